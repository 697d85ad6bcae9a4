/**
 * Calendar and working days: ISO date arithmetic and UK bank-holiday-aware working-day counting
 * for England and Wales, Scotland and Northern Ireland. Pure: no DOM, no Lit, no Node.
 */
export {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  compareIso,
  dayNumberFromParts,
  dayOfWeek,
  dayOfWeekOfDayNumber,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  partsFromDayNumber,
  toDateParts,
  toDayNumber,
  type DateParts,
  type Weekday,
} from './dates.js';
export {
  addWorkingDays,
  BANK_HOLIDAY_DATA_FIRST_YEAR,
  BANK_HOLIDAY_DATA_LAST_YEAR,
  bankHolidaysByRule,
  bankHolidaysIn,
  CLOSURE_TITLE,
  createWorkingCalendar,
  DIVISIONS,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
  type BankHoliday,
  type BankHolidaysOptions,
  type Division,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingDayOptions,
} from './working-days.js';
