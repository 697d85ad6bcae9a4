/**
 * `practice-elements/model`: the practice model, the case record and every pure function the
 * components use. No DOM and no Lit: importable in Node, on a server, in a build step.
 */
export {
  Id,
  LocaleTag,
  LocalisedText,
  IsoDate,
  PartialDate,
  FuzzyDate,
  Sensitivity,
  Division,
  Nation,
  NATIONS,
  nationOfDivision,
  DATE_QUALIFIERS,
  SENSITIVITY_TAGS,
  isPartialDate,
  type DateQualifier,
  type SensitivityTag,
} from './common.js';
export * from './issues.js';
export * from './fuzzy-dates.js';
export * from './practice-model/index.js';
export * from './case-record/index.js';
export {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  compareIso,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  addWorkingDays,
  bankHolidaysIn,
  createWorkingCalendar,
  DIVISIONS,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
  type BankHoliday,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingDayOptions,
} from './calendar/index.js';
export * from './timescales/index.js';
export * from './timeline/index.js';
export * from './redaction.js';
export * from './genogram/generations.js';
export { kinRelations, type KinRelation } from './genogram/kinship.js';
export * from './assessment/conditions.js';
export * from './json-schema.js';
export * from './assessment/index.js';
export * from './genogram/layout-types.js';
export { layoutGenogram, DEFAULT_NODE_SIZE } from './genogram/layout.js';
export { layoutEcomap, type EcomapOptions } from './genogram/ecomap.js';
export { layoutMetrics } from './genogram/metrics.js';
export { legendItems, symbolShape } from './genogram/legend.js';
