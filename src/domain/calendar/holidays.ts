/**
 * Public holidays computed by rule for any year: Orthodox Easter, Russia's fixed list (TK RF art. 112),
 * Bulgaria's list with its weekend transfers (Labour Code art. 154), and Ukraine's statutory list kept
 * as data (suspended under martial law). Pure functions of the year.
 */
import { DomainError } from '../errors.ts';
import type { CalendarException } from './business-calendar.ts';
import { addCalendarDays, dayOfWeek, formatIsoDate } from './dates.ts';

export type HolidayRule = 'fixed' | 'easter' | 'transfer';
export type Holiday = { date: string; name: string; rule: HolidayRule };

/** A holiday on the same month and day every year. */
export type FixedHoliday = { month: number; day: number; name: string };

/** A holiday a number of days from Orthodox Easter Sunday (-2 = Good Friday, 1 = Easter Monday). */
export type EasterHoliday = { easterOffset: number; name: string };

function assertComputusYear(year: number): void {
  // The Julian→Gregorian difference used below (13 days in 1900–2099) is exact for spring dates 1583–4099.
  if (!Number.isInteger(year) || year < 1583 || year > 4099) {
    throw new DomainError('validation_failed', `year: ${year} is outside 1583–4099`, {
      year: 'Easter is computed for Gregorian years 1583–4099',
    });
  }
}

/**
 * Orthodox Easter Sunday as a Gregorian date: the Julian computus (Meeus), then converted from the
 * Julian to the Gregorian calendar (2024 → 2024-05-05, 2025 → 2025-04-20, 2026 → 2026-04-12).
 */
export function orthodoxEaster(year: number): string {
  assertComputusYear(year);
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addCalendarDays(formatIsoDate({ year, month, day }), julianToGregorian);
}

function fixedOn(year: number, list: readonly FixedHoliday[]): Holiday[] {
  return list.map((h) => ({ date: formatIsoDate({ year, month: h.month, day: h.day }), name: h.name, rule: 'fixed' }));
}

function easterOn(year: number, list: readonly EasterHoliday[]): Holiday[] {
  const easter = orthodoxEaster(year);
  return list.map((h) => ({ date: addCalendarDays(easter, h.easterOffset), name: h.name, rule: 'easter' }));
}

const isWeekend = (date: string) => dayOfWeek(date) >= 6;

/** Holidays as calendar exceptions (days off), for makeCalendar's year rule. */
export function asNonWorking(holidays: readonly Holiday[]): CalendarException[] {
  return holidays.map((h) => ({ date: h.date, kind: 'non_working', note: h.name }));
}

// ---------------------------------------------------------------------------------------------------
// Russia: the fixed list of TK RF art. 112 part 1. Used only for years the decree table
// (ru-exceptions.ts) does not cover, and then WITHOUT transfers: the transfers depend on each year's
// government decree and an admin enters them.

export const RU_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  ...[1, 2, 3, 4, 5, 6, 8].map((day) => ({ month: 1, day, name: 'New Year holidays' })),
  { month: 1, day: 7, name: 'Christmas' },
  { month: 2, day: 23, name: 'Defender of the Fatherland Day' },
  { month: 3, day: 8, name: "International Women's Day" },
  { month: 5, day: 1, name: 'Spring and Labour Day' },
  { month: 5, day: 9, name: 'Victory Day' },
  { month: 6, day: 12, name: 'Russia Day' },
  { month: 11, day: 4, name: 'National Unity Day' },
];

export function ruFixedHolidays(year: number): Holiday[] {
  return fixedOn(year, RU_FIXED_HOLIDAYS).sort((x, y) => x.date.localeCompare(y.date));
}

// ---------------------------------------------------------------------------------------------------
// Bulgaria: Labour Code art. 154 part 1 (official holidays). 1 November (Day of the People's
// Enlighteners) is a day off for schools only and is not listed. One-off bridge days the Council of
// Ministers declares by decree (with a working Saturday) are not rules: an admin enters them.

export const BG_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'New Year' },
  { month: 3, day: 3, name: 'Liberation Day' },
  { month: 5, day: 1, name: 'Labour Day' },
  { month: 5, day: 6, name: "St George's Day, Army Day" },
  { month: 5, day: 24, name: 'Day of Bulgarian Education and Culture and Slavonic Literature' },
  { month: 9, day: 6, name: 'Unification Day' },
  { month: 9, day: 22, name: 'Independence Day' },
  { month: 12, day: 24, name: 'Christmas Eve' },
  { month: 12, day: 25, name: 'Christmas' },
  { month: 12, day: 26, name: 'Christmas (second day)' },
];

export const BG_EASTER_HOLIDAYS: readonly EasterHoliday[] = [
  { easterOffset: -2, name: 'Good Friday' },
  { easterOffset: -1, name: 'Holy Saturday' },
  { easterOffset: 0, name: 'Easter Sunday' },
  { easterOffset: 1, name: 'Easter Monday' },
];

/**
 * Bulgaria's days off of a year. Labour Code art. 154 part 2: when a holiday other than the Easter
 * holidays falls on a Saturday or Sunday, the first working day(s) after it are days off — one per
 * such holiday, skipping days that are already holidays (24–26 Dec on Sat–Mon gives 27 and 28 Dec).
 */
export function bgHolidays(year: number): Holiday[] {
  const fixed = fixedOn(year, BG_FIXED_HOLIDAYS);
  const easter = easterOn(year, BG_EASTER_HOLIDAYS);
  const taken = new Set([...fixed, ...easter].map((h) => h.date));
  const transfers: Holiday[] = [];
  for (const h of fixed) {
    if (!isWeekend(h.date)) continue;
    let day = addCalendarDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addCalendarDays(day, 1);
    taken.add(day);
    transfers.push({ date: day, name: `day off for ${h.name} (${h.date}), Labour Code art. 154(2)`, rule: 'transfer' });
  }
  return [...fixed, ...easter, ...transfers].sort((x, y) => x.date.localeCompare(y.date));
}

// ---------------------------------------------------------------------------------------------------
// Ukraine: the statutory holidays of Labour Code art. 73 (as amended in 2023: Christmas on 25 Dec,
// Statehood Day on 15 Jul, Defenders' Day on 1 Oct, Remembrance and Victory Day on 8 May).
// Under martial law (since 24.02.2022) Law No 2136-IX of 15.03.2022 suspends these days off: the
// holidays are ordinary working days and no day off is transferred. The list is kept as data for the
// day martial law ends; the default UA calendar (calendars.ts) is weekends only.

export const UA_STATUTORY_HOLIDAYS = {
  suspendedUnderMartialLaw: true,
  fixed: [
    { month: 1, day: 1, name: 'New Year' },
    { month: 3, day: 8, name: "International Women's Day" },
    { month: 5, day: 1, name: 'Labour Day' },
    { month: 5, day: 8, name: 'Day of Remembrance and Victory over Nazism' },
    { month: 6, day: 28, name: 'Constitution Day' },
    { month: 7, day: 15, name: 'Day of Ukrainian Statehood' },
    { month: 8, day: 24, name: 'Independence Day' },
    { month: 10, day: 1, name: 'Day of Defenders' },
    { month: 12, day: 25, name: 'Christmas' },
  ] as readonly FixedHoliday[],
  easter: [
    { easterOffset: 0, name: 'Easter' },
    { easterOffset: 49, name: 'Trinity' },
  ] as readonly EasterHoliday[],
} as const;

/** Ukraine's statutory holidays of a year (information only while suspendedUnderMartialLaw is true). */
export function uaStatutoryHolidays(year: number): Holiday[] {
  return [...fixedOn(year, UA_STATUTORY_HOLIDAYS.fixed), ...easterOn(year, UA_STATUTORY_HOLIDAYS.easter)].sort(
    (x, y) => x.date.localeCompare(y.date),
  );
}
