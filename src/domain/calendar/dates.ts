/**
 * Calendar dates as 'YYYY-MM-DD' strings (architecture.md, "Money, dates, time"). A calendar date has no
 * time zone: all arithmetic here runs on whole days in UTC, so no local clock or DST can shift a date.
 * Nothing here reads the clock.
 */
import { DomainError } from '../errors.ts';

export type DateParts = { year: number; month: number; day: number };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function invalidDate(value: unknown, field: string, reason: string): DomainError {
  return new DomainError('invalid_date', `${field}: ${describe(value)} ${reason}`, { [field]: reason });
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Validates a calendar date and splits it into parts. Throws a DomainError ('invalid_date') naming the
 * value for anything that is not an existing date written exactly as YYYY-MM-DD ("2025-02-30",
 * "2025-1-5", "05.11.2025" and timestamps are all rejected).
 */
const parsedDates = new Map<string, Readonly<DateParts>>(); // the engine parses the same dates over and over

export function parseIsoDate(value: string, field = 'date'): DateParts {
  const cached = parsedDates.get(value);
  if (cached) return cached;
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) throw invalidDate(value, field, 'is not a calendar date in the form YYYY-MM-DD');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidDate(value, field, 'is not an existing calendar date');
  }
  if (parsedDates.size > 100_000) parsedDates.clear();
  const parts = Object.freeze({ year, month, day });
  parsedDates.set(value, parts);
  return parts;
}

/** Formats parts as 'YYYY-MM-DD' (years 0000–9999). */
export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days since 1970-01-01 (negative before). The single bridge between strings and arithmetic. */
// The engine converts the same few thousand dates millions of times: remember valid conversions.
const epochDays = new Map<string, number>();
const isoDates = new Map<number, string>();
const CACHE_LIMIT = 100_000;

export function toEpochDay(date: string, field = 'date'): number {
  const cached = epochDays.get(date);
  if (cached !== undefined) return cached;
  const { year, month, day } = parseIsoDate(date, field);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const epochDay = Math.round(d.getTime() / MS_PER_DAY);
  if (epochDays.size > CACHE_LIMIT) epochDays.clear();
  epochDays.set(date, epochDay);
  return epochDay;
}

/** The calendar date of an epoch day. */
export function fromEpochDay(epochDay: number): string {
  const cached = isoDates.get(epochDay);
  if (cached !== undefined) return cached;
  const d = new Date(epochDay * MS_PER_DAY);
  const date = formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  if (isoDates.size > CACHE_LIMIT) isoDates.clear();
  isoDates.set(epochDay, date);
  return date;
}

function assertInteger(n: number, field: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('validation_failed', `${field}: ${n} is not a whole number of days`, {
      [field]: 'must be a whole number',
    });
  }
}

/** date + n calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  assertInteger(n, 'days');
  return fromEpochDay(toEpochDay(date) + n);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: string): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  const zeroBasedFromMonday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (zeroBasedFromMonday + 1) as IsoWeekday;
}

/** Calendar days from a to b: positive when b is later ("2025-01-01" → "2025-01-31" = 30). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b, 'b') - toEpochDay(a, 'a');
}

/** -1 if a is before b, 0 if the same day, 1 if after; usable as an Array.sort comparator. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  const diff = toEpochDay(a, 'a') - toEpochDay(b, 'b');
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The last day of the month the date falls in ("2024-02-10" → "2024-02-29"). */
export function endOfMonth(date: string): string {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** The calendar year of a date. */
export function yearOf(date: string): number {
  return parseIsoDate(date).year;
}
