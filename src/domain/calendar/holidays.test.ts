import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './dates.ts';
import { bgHolidays, orthodoxEaster, ruFixedHolidays, UA_STATUTORY_HOLIDAYS, uaStatutoryHolidays } from './holidays.ts';

describe('orthodoxEaster: Julian computus converted to the Gregorian calendar', () => {
  it.each([
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2021, '2021-05-02'],
    [2023, '2023-04-16'],
    [2027, '2027-05-02'],
    [2010, '2010-04-04'], // same day as Western Easter that year
  ])('%i → %s', (year, easter) => {
    expect(orthodoxEaster(year)).toBe(easter);
  });

  it('is always a Sunday', () => {
    for (let year = 1900; year <= 2100; year++) expect(dayOfWeek(orthodoxEaster(year))).toBe(7);
  });

  it.each([1582, 4100, 2025.5])('rejects year %s', (year) => {
    expect(() => orthodoxEaster(year)).toThrow(String(year));
  });
});

describe("Bulgaria's holidays of a year (Labour Code art. 154)", () => {
  const on = (year: number) => bgHolidays(year).map((h) => `${h.date} ${h.rule}`);

  it('2025: the fixed list, four Easter days, and two weekend transfers', () => {
    expect(on(2025)).toEqual([
      '2025-01-01 fixed',
      '2025-03-03 fixed',
      '2025-04-18 easter',
      '2025-04-19 easter',
      '2025-04-20 easter',
      '2025-04-21 easter',
      '2025-05-01 fixed',
      '2025-05-06 fixed',
      '2025-05-24 fixed',
      '2025-05-26 transfer', // for Sat 24 May
      '2025-09-06 fixed',
      '2025-09-08 transfer', // for Sat 6 Sep
      '2025-09-22 fixed',
      '2025-12-24 fixed',
      '2025-12-25 fixed',
      '2025-12-26 fixed',
    ]);
  });

  it.each([
    [2024, ['2024-03-04', '2024-09-23']], // Sun 3 Mar, Sun 22 Sep
    [2021, ['2021-05-04', '2021-12-27', '2021-12-28']], // Sat 1 May = Holy Saturday, Easter Monday 3 May is taken
    [2027, ['2027-05-04', '2027-12-27', '2027-12-28']], // Sat 1 May; Sat 25 and Sun 26 Dec
  ])('%i transfers: %j', (year, transfers) => {
    expect(bgHolidays(year).filter((h) => h.rule === 'transfer').map((h) => h.date)).toEqual(transfers);
  });

  it('Easter days bring no transfer although Holy Saturday and Easter Sunday are always a weekend', () => {
    // 2026: Easter 12 April; transfers only for Sun 24 May, Sun 6 Sep and Sat 26 Dec.
    expect(bgHolidays(2026).filter((h) => h.rule === 'transfer').map((h) => h.date)).toEqual([
      '2026-05-25',
      '2026-09-07',
      '2026-12-28',
    ]);
  });
});

describe('Russia: the fixed list of TK RF art. 112 (years without a decree)', () => {
  it('has 1–8 January, 23 Feb, 8 Mar, 1 May, 9 May, 12 Jun, 4 Nov', () => {
    expect(ruFixedHolidays(2027).map((h) => h.date.slice(5))).toEqual([
      '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
      '02-23', '03-08', '05-01', '05-09', '06-12', '11-04',
    ]);
  });
});

describe('Ukraine: the statutory list is data, suspended under martial law', () => {
  it('is flagged as suspended', () => {
    expect(UA_STATUTORY_HOLIDAYS.suspendedUnderMartialLaw).toBe(true);
  });

  it('2025: nine fixed days plus Easter and Trinity (Easter + 49)', () => {
    expect(uaStatutoryHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01', '2025-03-08', '2025-04-20', '2025-05-01', '2025-05-08', '2025-06-08',
      '2025-06-28', '2025-07-15', '2025-08-24', '2025-10-01', '2025-12-25',
    ]);
  });
});
