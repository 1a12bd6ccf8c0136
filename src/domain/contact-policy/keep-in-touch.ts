/**
 * N7: reminders too rare and irregular let the client forget you. While anything is overdue, the
 * customer gets at least one touch every N business days of their own calendar, so a Russian May
 * holiday week stretches the gap in calendar days but not in working days.
 */
import { addCalendarDays, businessDaysBetween, localDateOf, parseIsoDate, validateTimeZone, type BusinessCalendar } from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import type { ContactPolicy, Touch } from './types.ts';

/**
 * Is a "keep in touch" touch due on `asOf`? True when something is overdue and no touch (any channel,
 * made or planned) falls on the local dates from `touchEveryBusinessDays` business days before `asOf`
 * up to `asOf` itself: with N = 5 and a touch on Monday, it is due again on the next Monday.
 * Touches after `asOf` do not count; one later on `asOf` itself does.
 */
export function keepInTouchDue(
  policy: ContactPolicy,
  calendar: BusinessCalendar,
  timeZone: string,
  history: Touch[],
  asOf: string,
  anythingOverdue: boolean,
): boolean {
  everyBusinessDays(policy);
  parseIsoDate(asOf, 'asOf');
  validateTimeZone(timeZone);
  if (!anythingOverdue) return false;
  return keepInTouchDueOn(policy, calendar, touchDates(history, timeZone), asOf);
}

/** The local dates of the touches in `history`, in the customer's zone. */
export function touchDates(history: Touch[], timeZone: string): string[] {
  return history.map((touch) => localDateOf(touch.at, timeZone));
}

/**
 * keepInTouchDue for something overdue, from the touches' local dates (touchDates): a caller asking
 * about many dates works them out once.
 */
export function keepInTouchDueOn(policy: ContactPolicy, calendar: BusinessCalendar, dates: string[], asOf: string): boolean {
  const n = everyBusinessDays(policy);
  let last: string | null = null;
  for (const date of dates) {
    // ISO dates with four-digit years compare as strings.
    if (date <= asOf && (last === null || date > last)) last = date;
  }
  if (last === null) return true;
  return businessDaysBetween(calendar, last, asOf) >= n;
}

/**
 * The first working day from `from` on, within `days` days, on which keepInTouchDueOn holds (the day after
 * the last one looked at when none does). One pass: the working days since the last touch are counted on
 * as the days go by, not again for each day.
 */
export function firstKeepInTouchDay(policy: ContactPolicy, calendar: BusinessCalendar, dates: string[], from: string, days: number): string {
  const n = everyBusinessDays(policy);
  parseIsoDate(from, 'from');
  let last: string | null = null; // the latest touch on or before the day looked at
  for (const date of dates) if (date <= from && (last === null || date > last)) last = date;
  let since = last === null ? 0 : businessDaysBetween(calendar, last, from); // working days after it, up to the day
  let date = from;
  for (let i = 0; i < days; i++) {
    const working = calendar.isWorkingDay(date);
    if (i > 0) {
      if (dates.includes(date)) { last = date; since = 0; } else if (working) since += 1;
    }
    if (working && (last === null || since >= n)) return date;
    date = addCalendarDays(date, 1);
  }
  return date;
}

/** The policy's N, checked: a whole number of business days ≥ 1. */
function everyBusinessDays(policy: ContactPolicy): number {
  const n = policy.touchEveryBusinessDays;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('validation_failed', `touchEveryBusinessDays: ${n} is not a whole number ≥ 1`, {
      touchEveryBusinessDays: 'must be a whole number ≥ 1',
    });
  }
  return n;
}
