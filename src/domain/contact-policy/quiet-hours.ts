/**
 * Quiet hours: local hours in which a customer is not called or messaged. 230-FZ art. 7 (part 3 for
 * calls and meetings, part 5 for messages): not on working days from 22:00 to 08:00, not on days off
 * and non-working holidays from 20:00 to 09:00, local time where the debtor lives.
 *
 * Each local date is judged by its own kind on the customer's calendar: Friday 21:30 is a working-day
 * evening (allowed), Saturday 08:30 a day-off morning (quiet); a Russian holiday Thursday keeps day-off
 * hours and a working Saturday keeps working-day hours. Letters by post and legal steps are not bound:
 * they do not reach the customer at the moment they are sent, and art. 7 sets hours for calls,
 * meetings and electronic messages only.
 *
 * Boundaries are the instants at which the customer's wall clock shows them on that date
 * (localDateTimeToInstant), so a 23- or 25-hour DST day gets its own offsets; a boundary the clock
 * skips moves forward by the gap, one it shows twice takes the earlier instant.
 */
import { addCalendarDays, isWorkingDay, localDateTimeToInstant, type BusinessCalendar } from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import type { Channel, ContactPolicy, LocalSpan, TouchWindow } from './types.ts';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 1440;

/** Do the policy's quiet hours bind this channel? */
export function quietHoursApply(policy: ContactPolicy, channel: Channel): boolean {
  return policy.quietHours !== undefined && channel !== 'letter' && channel !== 'legal';
}

function minutesOf(time: string, field: string): number {
  const m = typeof time === 'string' ? HH_MM.exec(time) : null;
  if (!m) {
    throw new DomainError('validation_failed', `${field}: "${String(time)}" is not a time of day HH:MM`, {
      [field]: 'must be HH:MM, 00:00–23:59',
    });
  }
  return Number(m[1]) * 60 + Number(m[2]);
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The local day `date` in `timeZone`: from its 00:00 to the next day's 00:00 (23, 24 or 25 hours). */
export function localDay(date: string, timeZone: string): TouchWindow {
  return {
    start: localDateTimeToInstant(date, '00:00', timeZone),
    end: localDateTimeToInstant(addCalendarDays(date, 1), '00:00', timeZone),
  };
}

/** The quiet span that applies on a local date: the working-day one or the day-off one. */
export function quietSpanOn(policy: ContactPolicy, calendar: BusinessCalendar, date: string): LocalSpan | null {
  if (!policy.quietHours) return null;
  return isWorkingDay(calendar, date) ? policy.quietHours.workingDay : policy.quietHours.dayOff;
}

/**
 * The parts of the local date `date` in which a touch by `channel` may happen, in order: the whole
 * day when quiet hours do not bind the channel, else the day minus its quiet span
 * (a working day under 230-FZ: 08:00–22:00; a day off: 09:00–20:00).
 */
export function allowedOn(
  policy: ContactPolicy,
  calendar: BusinessCalendar,
  timeZone: string,
  channel: Channel,
  date: string,
): TouchWindow[] {
  const day = localDay(date, timeZone);
  const span = quietHoursApply(policy, channel) ? quietSpanOn(policy, calendar, date) : null;
  if (!span) return [day];
  const from = minutesOf(span.from, 'quietHours.from');
  const to = minutesOf(span.to, 'quietHours.to');
  const open: Array<[number, number]> =
    from === to ? [[0, MINUTES_PER_DAY]] : from < to ? [[0, from], [to, MINUTES_PER_DAY]] : [[to, from]];
  const instant = (minutes: number): Date =>
    minutes === 0 ? day.start : minutes === MINUTES_PER_DAY ? day.end : localDateTimeToInstant(date, hhmm(minutes), timeZone);
  return open
    .map(([a, b]) => ({ start: instant(a), end: instant(b) }))
    .filter((w) => w.start.getTime() < w.end.getTime());
}
