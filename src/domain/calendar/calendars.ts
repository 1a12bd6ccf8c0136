/**
 * The business calendar of a country: RU, UA and BG by their own rules, any other country Saturday and
 * Sunday only. Admin edits (the store's editable exception table) arrive as `extraExceptions` and win
 * over everything shipped for the same date (architecture.md: "our own table of exceptions per country").
 */
import { DomainError } from '../errors.ts';
import { makeCalendar, type BusinessCalendar, type CalendarException, type YearRule } from './business-calendar.ts';
import { asNonWorking, bgHolidays, ruFixedHolidays } from './holidays.ts';
import { RU_EXCEPTION_YEARS, RU_EXCEPTIONS } from './ru-exceptions.ts';

/** Saturday and Sunday (ISO weekdays). */
export const SAT_SUN: readonly number[] = [6, 7];

const COUNTRY = /^[A-Z]{2}$/;

function normalizeCountry(country: string): string {
  const code = typeof country === 'string' ? country.trim().toUpperCase() : '';
  if (!COUNTRY.test(code)) {
    throw new DomainError('validation_failed', `country: "${String(country)}" is not an ISO 3166-1 alpha-2 code`, {
      country: 'must be two letters, e.g. RU, UA, BG',
    });
  }
  return code;
}

/**
 * Russia: the decree table for the years it covers (2024–2026); for any other year only the fixed
 * holidays of TK RF art. 112, without transfers, until an admin enters that year's decree.
 */
const ruYearRule: YearRule = (year) =>
  year >= RU_EXCEPTION_YEARS.from && year <= RU_EXCEPTION_YEARS.to ? [] : asNonWorking(ruFixedHolidays(year));

/** Bulgaria: Labour Code art. 154 holidays with Orthodox Easter and the weekend transfers. */
const bgYearRule: YearRule = (year) => (year >= 1583 && year <= 4099 ? asNonWorking(bgHolidays(year)) : []);

type CountryRules = { exceptions: readonly CalendarException[]; yearRule?: YearRule };

const RULES: Record<string, CountryRules> = {
  RU: { exceptions: RU_EXCEPTIONS, yearRule: ruYearRule },
  BG: { exceptions: [], yearRule: bgYearRule },
  // Ukraine: weekends only. Under martial law (Law No 2136-IX of 15.03.2022) public holidays are
  // working days and no day off is transferred; the statutory list is kept in holidays.ts
  // (UA_STATUTORY_HOLIDAYS, suspendedUnderMartialLaw) for when martial law ends.
  UA: { exceptions: [] },
};

/**
 * The calendar of a country (ISO 3166-1 alpha-2, case-insensitive). `extraExceptions` are the admin's
 * rows: for the same date they override the shipped exceptions and the rule-computed holidays.
 */
export function calendarFor(country: string, extraExceptions: CalendarException[] = []): BusinessCalendar {
  const code = normalizeCountry(country);
  const rules = RULES[code] ?? { exceptions: [] };
  // Later entries win in makeCalendar, so the admin's rows go last.
  return makeCalendar(code, [...SAT_SUN], [...rules.exceptions, ...extraExceptions], rules.yearRule);
}
