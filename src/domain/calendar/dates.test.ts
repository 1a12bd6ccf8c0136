import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  addCalendarDays,
  compare,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  fromEpochDay,
  parseIsoDate,
  toEpochDay,
} from './dates.ts';

describe('parseIsoDate: a calendar date is exactly YYYY-MM-DD and exists', () => {
  it.each([
    ['2025-11-05', { year: 2025, month: 11, day: 5 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('%s is valid', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-1-5', '05.11.2025', '2025-11-05T00:00:00Z', ''])(
    '%j is rejected with an error naming the value',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(DomainError);
      expect(() => parseIsoDate(text)).toThrow(`"${text}"`);
    },
  );

  it('names the field and carries the code invalid_date', () => {
    try {
      parseIsoDate('2025-02-30', 'dueDate');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid_date', fields: { dueDate: expect.any(String) } });
      expect((e as Error).message).toContain('dueDate: "2025-02-30"');
    }
  });
});

describe('calendar arithmetic in whole UTC days', () => {
  it.each([
    ['2025-11-05', 1, '2025-11-06'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-03-30', 1, '2025-03-31'], // a DST night in Europe changes nothing
    ['2025-01-31', 365, '2026-01-31'],
    ['2025-11-05', 0, '2025-11-05'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addCalendarDays('2025-11-05', 1.5)).toThrow(/1.5/);
  });

  it.each([
    ['2025-11-03', 1], // Monday
    ['2025-11-05', 3],
    ['2025-11-01', 6], // Saturday
    ['2025-11-02', 7], // Sunday
    ['1970-01-01', 4],
    ['1969-12-28', 7],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it.each([
    ['2025-01-01', '2025-01-31', 30],
    ['2025-01-31', '2025-01-01', -30],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-11-05', '2025-11-05', 0],
  ])('daysBetween(%s, %s) = %i', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });

  it('compare orders dates and sorts an array', () => {
    expect(compare('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compare('2025-01-10', '2025-01-10')).toBe(0);
    expect(compare('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2026-01-01', '2024-05-05', '2025-04-20'].sort(compare)).toEqual(['2024-05-05', '2025-04-20', '2026-01-01']);
  });

  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2025-02-01', '2025-02-28'],
    ['2025-04-30', '2025-04-30'],
    ['2025-12-05', '2025-12-31'],
  ])('endOfMonth(%s) = %s', (date, end) => {
    expect(endOfMonth(date)).toBe(end);
  });

  it('epoch days round-trip, including years before 100', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('0050-06-15'))).toBe('0050-06-15');
    expect(fromEpochDay(toEpochDay('2099-12-31'))).toBe('2099-12-31');
  });
});
