/**
 * Russia's production calendar 2024–2026: weekdays that are days off (`non_working`) and weekend days
 * that are working (`working`); the ordinary weekend is Saturday and Sunday.
 *
 * Source: Government decrees No 1314 of 10.08.2023 (2024), No 1335 of 04.10.2024 (2025) and the decree
 * of 24.09.2025 (2026), plus the automatic transfers of Labour Code art. 112 part 2, as named in
 * shared/data/README.md. Copied verbatim from shared/data/ru_calendar_exceptions.csv (a test checks the
 * copy against the CSV when the file is present). Totals: 2024 = 248, 2025 = 247, 2026 = 247 working days.
 *
 * This constant only seeds the calendar: the store keeps an editable table seeded from it, and an admin
 * adds or corrects rows at run time (next year's decree, a regional day off). Those rows reach
 * calendarFor() as `extraExceptions` and override these for the same date.
 * The date-holidays package is never a source for RU: it does not know the transferred days.
 */
import type { CalendarException } from './business-calendar.ts';

/** Years this table covers completely; outside them Russia falls back to the fixed list of TK RF art. 112. */
export const RU_EXCEPTION_YEARS = { from: 2024, to: 2026 } as const;

export const RU_EXCEPTIONS: readonly CalendarException[] = [
  { date: '2024-01-01', kind: 'non_working', note: 'New Year holidays (TK 112)' },
  { date: '2024-01-02', kind: 'non_working', note: 'New Year holidays' },
  { date: '2024-01-03', kind: 'non_working', note: 'New Year holidays' },
  { date: '2024-01-04', kind: 'non_working', note: 'New Year holidays' },
  { date: '2024-01-05', kind: 'non_working', note: 'New Year holidays' },
  { date: '2024-01-08', kind: 'non_working', note: 'New Year holidays' },
  { date: '2024-02-23', kind: 'non_working', note: 'Defender of the Fatherland Day' },
  { date: '2024-03-08', kind: 'non_working', note: "International Women's Day" },
  { date: '2024-04-27', kind: 'working', note: 'working Saturday (PP 1314)' },
  { date: '2024-04-29', kind: 'non_working', note: 'transfer from Sat 2024-04-27 (PP 1314)' },
  { date: '2024-04-30', kind: 'non_working', note: 'transfer from Sat 2024-11-02 (PP 1314)' },
  { date: '2024-05-01', kind: 'non_working', note: 'Spring and Labour Day' },
  { date: '2024-05-09', kind: 'non_working', note: 'Victory Day' },
  { date: '2024-05-10', kind: 'non_working', note: 'transfer from Sat 2024-01-06 (PP 1314)' },
  { date: '2024-06-12', kind: 'non_working', note: 'Russia Day' },
  { date: '2024-11-02', kind: 'working', note: 'working Saturday (PP 1314)' },
  { date: '2024-11-04', kind: 'non_working', note: 'National Unity Day' },
  { date: '2024-12-28', kind: 'working', note: 'working Saturday (PP 1314)' },
  { date: '2024-12-30', kind: 'non_working', note: 'transfer from Sat 2024-12-28 (PP 1314)' },
  { date: '2024-12-31', kind: 'non_working', note: 'transfer from Sun 2024-01-07 (PP 1314)' },
  { date: '2025-01-01', kind: 'non_working', note: 'New Year holidays' },
  { date: '2025-01-02', kind: 'non_working', note: 'New Year holidays' },
  { date: '2025-01-03', kind: 'non_working', note: 'New Year holidays' },
  { date: '2025-01-06', kind: 'non_working', note: 'New Year holidays' },
  { date: '2025-01-07', kind: 'non_working', note: 'Christmas' },
  { date: '2025-01-08', kind: 'non_working', note: 'New Year holidays' },
  { date: '2025-05-01', kind: 'non_working', note: 'Spring and Labour Day' },
  { date: '2025-05-02', kind: 'non_working', note: 'transfer from Sat 2025-01-04 (PP 1335)' },
  { date: '2025-05-08', kind: 'non_working', note: 'transfer from Sun 2025-02-23 (PP 1335)' },
  { date: '2025-05-09', kind: 'non_working', note: 'Victory Day' },
  { date: '2025-06-12', kind: 'non_working', note: 'Russia Day' },
  { date: '2025-06-13', kind: 'non_working', note: 'transfer from Sat 2025-03-08 (PP 1335)' },
  { date: '2025-11-01', kind: 'working', note: 'working Saturday (PP 1335)' },
  { date: '2025-11-03', kind: 'non_working', note: 'transfer from Sat 2025-11-01 (PP 1335)' },
  { date: '2025-11-04', kind: 'non_working', note: 'National Unity Day' },
  { date: '2025-12-31', kind: 'non_working', note: 'transfer from Sun 2025-01-05 (PP 1335)' },
  { date: '2026-01-01', kind: 'non_working', note: 'New Year holidays' },
  { date: '2026-01-02', kind: 'non_working', note: 'New Year holidays' },
  { date: '2026-01-05', kind: 'non_working', note: 'New Year holidays' },
  { date: '2026-01-06', kind: 'non_working', note: 'New Year holidays' },
  { date: '2026-01-07', kind: 'non_working', note: 'Christmas' },
  { date: '2026-01-08', kind: 'non_working', note: 'New Year holidays' },
  { date: '2026-01-09', kind: 'non_working', note: 'transfer from Sat 2026-01-03 (PP of 24.09.2025)' },
  { date: '2026-02-23', kind: 'non_working', note: 'Defender of the Fatherland Day' },
  { date: '2026-03-09', kind: 'non_working', note: 'auto-transfer of Sun 2026-03-08 (TK 112 part 2)' },
  { date: '2026-05-01', kind: 'non_working', note: 'Spring and Labour Day' },
  { date: '2026-05-11', kind: 'non_working', note: 'auto-transfer of Sat 2026-05-09 (TK 112 part 2)' },
  { date: '2026-06-12', kind: 'non_working', note: 'Russia Day' },
  { date: '2026-11-04', kind: 'non_working', note: 'National Unity Day' },
  { date: '2026-12-31', kind: 'non_working', note: 'transfer from Sun 2026-01-04 (PP of 24.09.2025)' },
];
