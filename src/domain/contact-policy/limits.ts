/**
 * N4 "never a barrage": caps on calls and on messages per customer per day, week and month.
 *
 * 230-FZ art. 7 (part 3 for calls, part 5 for messages) caps contacts "в сутки", "в неделю" and
 * "в месяц" without saying whether a week or a month is a calendar one. We count ROLLING periods of
 * the customer's LOCAL dates, the stricter reading: every calendar week or month lies inside some
 * rolling one, so a history that keeps the rolling caps keeps the calendar ones too.
 * - a day is the local date of the touch;
 * - a week is the 7 local dates ending on it (2025-03-15 counts 2025-03-09 … 2025-03-15);
 * - a month is the dates after the same day of the month before (2025-03-15 counts 2025-02-16 …
 *   2025-03-15); a day that month lacks is its last day (2025-03-31 counts 2025-03-01 … 2025-03-31).
 * Only touches up to the end of that local date count, made or planned; later ones are checked when
 * they are planned themselves.
 */
import { addCalendarDays, daysInMonth, formatIsoDate, localDateOf, parseIsoDate } from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import type { Channel, ContactPolicy, LimitRule, Limits, Touch, TouchRefusal } from './types.ts';

export type Period = 'day' | 'week' | 'month';
export type LimitedKind = 'calls' | 'messages';

const PERIODS: readonly Period[] = ['day', 'week', 'month'];
const CAP_OF: Record<Period, keyof Limits> = { day: 'perDay', week: 'perWeek', month: 'perMonth' };
const PER: Record<Period, string> = { day: 'a day', week: 'in 7 days', month: 'in a month' };
const COUNTED: Record<LimitedKind, readonly Channel[]> = { calls: ['call'], messages: ['email', 'sms'] };
const NOUN: Record<LimitedKind, [string, string]> = {
  calls: ['call', 'calls'],
  messages: ['e-mail or SMS', 'e-mails or SMS'],
};

/** What a channel counts against: calls, messages, or nothing (letters by post and legal steps). */
export function limitedAs(channel: Channel): LimitedKind | null {
  if (channel === 'call') return 'calls';
  if (channel === 'email' || channel === 'sms') return 'messages';
  return null;
}

/** The first local date of the rolling period that ends on `date` (see the header). */
export function periodStart(period: Period, date: string): string {
  const { year, month, day } = parseIsoDate(date);
  if (period === 'day') return date;
  if (period === 'week') return addCalendarDays(date, -6);
  const [prevYear, prevMonth] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const sameDay = formatIsoDate({ year: prevYear, month: prevMonth, day: Math.min(day, daysInMonth(prevYear, prevMonth)) });
  return addCalendarDays(sameDay, 1);
}

function capOf(policy: ContactPolicy, kind: LimitedKind, period: Period): number | undefined {
  const cap = policy[kind][CAP_OF[period]];
  if (cap !== undefined && !(Number.isSafeInteger(cap) && cap >= 0)) {
    const field = `${kind}.${CAP_OF[period]}`;
    throw new DomainError('validation_failed', `${field}: ${cap} is not a whole number ≥ 0`, {
      [field]: 'must be a whole number ≥ 0, or absent for no cap',
    });
  }
  return cap;
}

/**
 * Would one more touch by `channel` on the local date `date` exceed a cap of the policy? Returns the
 * narrowest cap exceeded (day before week before month), or null when the touch fits.
 */
export function checkLimits(
  policy: ContactPolicy,
  timeZone: string,
  history: Touch[],
  channel: Channel,
  date: string,
): TouchRefusal | null {
  const kind = limitedAs(channel);
  if (!kind) return null;
  const counted = COUNTED[kind];
  // ISO dates with four-digit years compare as strings.
  const dates = history.filter((t) => counted.includes(t.channel)).map((t) => localDateOf(t.at, timeZone));
  for (const period of PERIODS) {
    const cap = capOf(policy, kind, period);
    if (cap === undefined) continue;
    const from = periodStart(period, date);
    const used = dates.filter((d) => d >= from && d <= date).length;
    if (used < cap) continue;
    const rule: LimitRule = `${kind}-per-${period}`;
    const noun = NOUN[kind][cap === 1 ? 0 : 1];
    const span = from === date ? `on ${date}` : `on ${from} … ${date}`;
    return {
      allowed: false,
      rule,
      reason: `${policy.name}: at most ${cap} ${noun} ${PER[period]} per customer; ${used} already ${span} (local dates, ${timeZone})`,
    };
  }
  return null;
}
