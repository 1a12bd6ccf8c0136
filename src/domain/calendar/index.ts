/** The business calendar: calendar dates, working days per country, and customers' local time. */
export {
  type DateParts,
  type IsoWeekday,
  parseIsoDate,
  formatIsoDate,
  daysInMonth,
  toEpochDay,
  fromEpochDay,
  addCalendarDays,
  dayOfWeek,
  daysBetween,
  compare,
  endOfMonth,
  yearOf,
} from './dates.ts';
export {
  type CalendarException,
  type BusinessCalendar,
  type YearRule,
  makeCalendar,
  indexExceptions,
  isWorkingDay,
  nextWorkingDay,
  addBusinessDays,
  businessDaysBetween,
  effectiveDueDate,
  countWorkingDays,
} from './business-calendar.ts';
export { RU_EXCEPTIONS, RU_EXCEPTION_YEARS } from './ru-exceptions.ts';
export {
  type Holiday,
  type HolidayRule,
  type FixedHoliday,
  type EasterHoliday,
  orthodoxEaster,
  asNonWorking,
  RU_FIXED_HOLIDAYS,
  ruFixedHolidays,
  BG_FIXED_HOLIDAYS,
  BG_EASTER_HOLIDAYS,
  bgHolidays,
  UA_STATUTORY_HOLIDAYS,
  uaStatutoryHolidays,
} from './holidays.ts';
export { SAT_SUN, calendarFor } from './calendars.ts';
export {
  type LocalDateTime,
  validateTimeZone,
  isTimeZone,
  toInstant,
  instantToLocal,
  localDateOf,
  formatInstantWithOffset,
  localDateTimeToInstant,
} from './local-time.ts';
