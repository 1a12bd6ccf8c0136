/**
 * Instants and the customer's local time, with Intl only (architecture.md: "Times are instants with an
 * IANA time zone per customer"). L8: a level-2 call is set for a time of the client's day, e.g. 10:00
 * in Vladivostok, which is a different instant than 10:00 in Moscow. No clock is read here.
 */
import { DomainError } from '../errors.ts';
import { fromEpochDay, toEpochDay } from './dates.ts';

export type LocalDateTime = { date: string; time: string; offset: string };

type WallClock = { date: string; time: string; seconds: string; offsetMs: number };

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An ISO 8601 instant must carry its offset: without one it would be read in the server's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a DomainError naming the value unless `tz` is an IANA time zone name Intl knows. */
export function validateTimeZone(tz: string): string {
  formatterFor(tz);
  return tz;
}

const unknownZones = new Set<string>();

/**
 * Is `tz` a time zone validateTimeZone accepts? For checks that collect errors instead of throwing (an
 * import's rows); both answers are remembered, a file has few distinct zones.
 */
export function isTimeZone(tz: string): boolean {
  if (unknownZones.has(tz)) return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    if (unknownZones.size < 10_000) unknownZones.add(tz);
    return false;
  }
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  const cached = typeof tz === 'string' ? formatters.get(tz) : undefined;
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat | undefined;
  // Offsets like "+03:00" are not zones: they have no DST rules and no place.
  if (typeof tz === 'string' && /^[A-Za-z]/.test(tz)) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      formatter = undefined;
    }
  }
  if (!formatter) {
    throw new DomainError('validation_failed', `timeZone: "${String(tz)}" is not a known IANA time zone`, {
      timeZone: 'must be an IANA time zone name, e.g. Europe/Moscow, Asia/Vladivostok',
    });
  }
  formatters.set(tz, formatter);
  return formatter;
}

/** Accepts a Date or an ISO 8601 string with an offset; throws a DomainError naming anything else. */
export function toInstant(instant: Date | string, field = 'instant'): Date {
  const date =
    instant instanceof Date ? instant : typeof instant === 'string' && ISO_INSTANT.test(instant) ? new Date(instant) : null;
  if (!date || Number.isNaN(date.getTime())) {
    const shown = instant instanceof Date ? 'Invalid Date' : `"${String(instant)}"`;
    throw new DomainError('validation_failed', `${field}: ${shown} is not an instant with an offset`, {
      [field]: 'must be a valid Date or an ISO 8601 time with an offset, e.g. 2025-11-05T10:00:00+03:00',
    });
  }
  return date;
}

/**
 * A zone's offset from UTC at `ms`. Intl's formatToParts is slow, and zones change offset only on
 * quarter-hour boundaries (every real transition is at :00, :15, :30 or :45 UTC), so the offset is asked
 * once per zone and quarter hour and remembered.
 */
const QUARTER_HOUR = 15 * MS_PER_MINUTE;
const offsets = new Map<string, Map<number, number>>(); // zone -> quarter hour -> offset

function offsetAt(ms: number, tz: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let zone = offsets.get(tz);
  if (!zone) offsets.set(tz, (zone = new Map()));
  const cached = zone.get(bucket);
  if (cached !== undefined) return cached;
  const at = bucket * QUARTER_HOUR;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(tz).formatToParts(new Date(at))) parts[p.type] = p.value;
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  if (zone.size > 200_000) zone.clear();
  zone.set(bucket, asUtc - at);
  return asUtc - at;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The wall clock in `tz` at `ms`, and the zone's offset from UTC then. */
function wallClock(ms: number, tz: string): WallClock {
  const offsetMs = offsetAt(ms, tz);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMs);
  return {
    date: `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`,
    time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
    seconds: two(local.getUTCSeconds()),
    offsetMs,
  };
}

function formatOffset(offsetMs: number): string {
  const totalMinutes = Math.round(offsetMs / MS_PER_MINUTE);
  const sign = totalMinutes < 0 ? '-' : '+';
  const abs = Math.abs(totalMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local date, time ('HH:MM', seconds dropped) and offset ('+03:00') of an instant in a zone. */
export function instantToLocal(instant: Date | string, timeZone: string): LocalDateTime {
  const wall = wallClock(toInstant(instant).getTime(), timeZone);
  return { date: wall.date, time: wall.time, offset: formatOffset(wall.offsetMs) };
}

/** The calendar date in a zone at an instant: "today" for a customer in that zone. */
export function localDateOf(instant: Date | string, timeZone: string): string {
  const ms = toInstant(instant).getTime();
  return fromEpochDay(Math.floor((ms + offsetAt(ms, timeZone)) / MS_PER_DAY));
}

/** ISO 8601 with the zone's offset at that instant, to the second: "2025-11-05T10:00:00+03:00". */
export function formatInstantWithOffset(instant: Date | string, timeZone: string): string {
  const wall = wallClock(toInstant(instant).getTime(), timeZone);
  return `${wall.date}T${wall.time}:${wall.seconds}${formatOffset(wall.offsetMs)}`;
}

function parseLocalTime(time: string): { hour: number; minute: number } {
  const m = typeof time === 'string' ? HH_MM.exec(time) : null;
  if (!m) {
    throw new DomainError('validation_failed', `time: "${String(time)}" is not a time of day HH:MM`, {
      time: 'must be HH:MM, 00:00–23:59',
    });
  }
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

// The engine asks for the same few windows (date, 'HH:MM', zone) over and over: remembered by zone, then
// date, then time (one key made of the three was a new string to join and hash at every call).
const instants = new Map<string, Map<string, Map<string, number>>>();
let remembered = 0;

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. Across DST: a local time that
 * does not exist (the clock jumps over it) moves forward by the gap (02:30 on a spring-forward night
 * in New York → 03:30 EDT); a local time that happens twice (fall back) takes the earlier instant.
 */
export function localDateTimeToInstant(date: string, time: string, timeZone: string): Date {
  const cached = instants.get(timeZone)?.get(date)?.get(time);
  if (cached !== undefined) return new Date(cached);
  const { hour, minute } = parseLocalTime(time);
  validateTimeZone(timeZone);
  const local = toEpochDay(date) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  // A zone changes its offset at most once within a day either side: the offsets before and after
  // give every candidate instant; the earlier one that really shows this wall time wins.
  const before = offsetAt(local - MS_PER_DAY, timeZone);
  const after = offsetAt(local + MS_PER_DAY, timeZone);
  let earliest: number | undefined;
  for (const ms of [local - before, local - after]) {
    if (offsetAt(ms, timeZone) === local - ms && (earliest === undefined || ms < earliest)) earliest = ms;
  }
  // No candidate: the time falls in a gap; the offset before the jump moves it forward by the gap.
  const result = earliest ?? local - before;
  if (++remembered > 100_000) { instants.clear(); remembered = 1; }
  let dates = instants.get(timeZone);
  if (!dates) instants.set(timeZone, (dates = new Map()));
  let times = dates.get(date);
  if (!times) dates.set(date, (times = new Map()));
  times.set(time, result);
  return new Date(result);
}
