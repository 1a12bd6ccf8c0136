import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, yearOf } from './dates.ts';
import { RU_EXCEPTION_YEARS, RU_EXCEPTIONS } from './ru-exceptions.ts';

const CSV = fileURLToPath(new URL('../../../../shared/data/ru_calendar_exceptions.csv', import.meta.url));

describe('RU_EXCEPTIONS: the decree table for 2024–2026', () => {
  it.skipIf(!existsSync(CSV))('is a faithful copy of shared/data/ru_calendar_exceptions.csv', () => {
    const rows = readFileSync(CSV, 'utf8').trim().split('\n').slice(1);
    const fromCsv = rows.map((row) => {
      const [date, kind, ...note] = row.trim().split(',');
      return { date, kind, note: note.join(',') };
    });
    expect(RU_EXCEPTIONS).toEqual(fromCsv);
  });

  it('lists each date once, in order, inside the covered years', () => {
    const dates = RU_EXCEPTIONS.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) {
      expect(yearOf(d)).toBeGreaterThanOrEqual(RU_EXCEPTION_YEARS.from);
      expect(yearOf(d)).toBeLessThanOrEqual(RU_EXCEPTION_YEARS.to);
    }
  });

  it('marks only weekend days as working and only weekdays as non-working', () => {
    for (const e of RU_EXCEPTIONS) {
      const weekend = dayOfWeek(e.date) >= 6;
      expect({ date: e.date, weekend }).toEqual({ date: e.date, weekend: e.kind === 'working' });
    }
  });
});
