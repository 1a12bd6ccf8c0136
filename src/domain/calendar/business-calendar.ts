/**
 * A business calendar: which calendar dates are working days in a country, and the arithmetic the
 * pressure scale needs on top of it (L1 "within 3 business days", L2 "the last day of the payment term",
 * L8 "every invoice gets its task in the calendar"). Pure: no I/O, no clock.
 *
 * A date is decided in this order: an explicit exception (shipped data or an admin edit) wins; then the
 * rule-computed holidays of its year (e.g. Bulgaria's Easter, Russia's fixed list outside the years the
 * decrees cover); then the weekly weekend.
 */
import { DomainError } from '../errors.ts';
import { addCalendarDays, compare, dayOfWeek, parseIsoDate, toEpochDay, yearOf } from './dates.ts';

export type CalendarException = { date: string; kind: 'working' | 'non_working'; note?: string };

export type BusinessCalendar = { country: string; isWorkingDay(date: string): boolean };

/** Holidays computed by rule for one year; consulted only for dates without an explicit exception. */
export type YearRule = (year: number) => CalendarException[];

/** No real calendar has a year of days off; this bounds every search so a bad calendar cannot hang. */
const MAX_SEARCH_DAYS = 366;

function validateWeekend(weekend: number[]): Set<number> {
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new DomainError('validation_failed', `weekend: ${day} is not an ISO weekday 1 (Mon) … 7 (Sun)`, {
        weekend: 'each day must be 1 (Monday) … 7 (Sunday)',
      });
    }
  }
  return new Set(weekend);
}

/** Indexes exceptions by date. For duplicate dates the later entry wins, so admin edits go last. */
export function indexExceptions(exceptions: CalendarException[]): Map<string, CalendarException['kind']> {
  const byDate = new Map<string, CalendarException['kind']>();
  for (const e of exceptions) {
    parseIsoDate(e.date, 'exception.date');
    if (e.kind !== 'working' && e.kind !== 'non_working') {
      throw new DomainError('validation_failed', `exception.kind: "${String(e.kind)}" on ${e.date} is unknown`, {
        'exception.kind': 'must be "working" or "non_working"',
      });
    }
    byDate.set(e.date, e.kind);
  }
  return byDate;
}

/**
 * Builds a calendar from a weekly weekend (ISO weekdays, e.g. [6, 7]) and dated exceptions
 * (non-working weekdays, working weekend days). `yearRule` optionally supplies rule-computed holidays
 * per year; it is evaluated once per year and cached.
 */
export function makeCalendar(
  country: string,
  weekend: number[],
  exceptions: CalendarException[],
  yearRule?: YearRule,
): BusinessCalendar {
  return new RuledCalendar(country, validateWeekend(weekend), indexExceptions(exceptions), yearRule);
}

/**
 * A class, not an object literal with its own isWorkingDay: one function for every calendar made, so
 * code that a long-running process has compiled around the call stays valid for the next daily run's
 * calendars (actions/run-collection.ts).
 */
class RuledCalendar implements BusinessCalendar {
  private readonly byYear = new Map<number, Map<string, CalendarException['kind']>>();
  constructor(
    readonly country: string,
    private readonly weekendDays: Set<number>,
    private readonly explicit: Map<string, CalendarException['kind']>,
    private readonly yearRule: YearRule | undefined,
  ) {}

  isWorkingDay(date: string): boolean {
    const kind = this.explicit.get(date) ?? this.ruled(date);
    if (kind) return kind === 'working';
    return !this.weekendDays.has(dayOfWeek(date));
  }

  private ruled(date: string): CalendarException['kind'] | undefined {
    if (!this.yearRule) return undefined;
    const year = yearOf(date);
    let index = this.byYear.get(year);
    if (!index) {
      index = indexExceptions(this.yearRule(year));
      this.byYear.set(year, index);
    }
    return index.get(date);
  }
}

export function isWorkingDay(cal: BusinessCalendar, date: string): boolean {
  parseIsoDate(date);
  return cal.isWorkingDay(date);
}

/** Steps one day at a time in `direction` until a working day; `includeStart` decides if `date` counts. */
function findWorkingDay(cal: BusinessCalendar, date: string, direction: 1 | -1, includeStart: boolean): string {
  let current = includeStart ? date : addCalendarDays(date, direction);
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    if (cal.isWorkingDay(current)) return current;
    current = addCalendarDays(current, direction);
  }
  throw new DomainError(
    'validation_failed',
    `calendar ${cal.country}: no working day within ${MAX_SEARCH_DAYS} days of ${date}`,
    { calendar: 'has no working days' },
  );
}

/** The date itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(cal: BusinessCalendar, date: string): string {
  parseIsoDate(date);
  return findWorkingDay(cal, date, 1, true);
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0), counting as the Civil Code counts a
 * term: from the day after the starting day, whether or not the starting day is itself a working day.
 * So +1 from a Friday before a normal weekend is Monday, +1 from a Saturday is also Monday, and -3 from
 * a due date is the third working day before it (P4: remind before the due date).
 * n = 0 returns the effective working day on or after `date` (same as nextWorkingDay).
 */
export function addBusinessDays(cal: BusinessCalendar, date: string, n: number): string {
  parseIsoDate(date);
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('validation_failed', `businessDays: ${n} is not a whole number`, {
      businessDays: 'must be a whole number',
    });
  }
  if (n === 0) return findWorkingDay(cal, date, 1, true);
  const direction = n > 0 ? 1 : -1;
  let current = date;
  for (let left = Math.abs(n); left > 0; left--) current = findWorkingDay(cal, current, direction, false);
  return current;
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`
 * (then: working days after `to` up to and including `from`). Inverse of addBusinessDays for a
 * working `from`: businessDaysBetween(cal, d, addBusinessDays(cal, d, n)) === n.
 */
export function businessDaysBetween(cal: BusinessCalendar, from: string, to: string): number {
  const order = compare(from, to);
  if (order === 0) return 0;
  const [start, end] = order < 0 ? [from, to] : [to, from];
  const span = toEpochDay(end) - toEpochDay(start);
  let count = 0;
  let current = start;
  for (let i = 0; i < span; i++) {
    current = addCalendarDays(current, 1);
    if (cal.isWorkingDay(current)) count++;
  }
  return order < 0 ? count : -count;
}

/**
 * L2: a due date on a day off moves to the next working day; the "last day of the payment term" call
 * and every later rung of the escalation ladder count from this date (Civil Code of the RF art. 193).
 */
export function effectiveDueDate(cal: BusinessCalendar, dueDate: string): string {
  parseIsoDate(dueDate, 'dueDate');
  return findWorkingDay(cal, dueDate, 1, true);
}

/** Working days in a calendar year (checks a calendar against official totals). */
export function countWorkingDays(cal: BusinessCalendar, year: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new DomainError('validation_failed', `year: ${year} is not a year 1–9999`, { year: 'must be 1–9999' });
  }
  const first = `${String(year).padStart(4, '0')}-01-01`;
  return businessDaysBetween(cal, addCalendarDays(first, -1), `${String(year).padStart(4, '0')}-12-31`);
}
