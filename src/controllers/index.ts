/** Reactive controllers and the memoised readings they share. */
export {
  CaseDataController,
  type CaseDataHost,
  type CaseDataInputs,
  type CaseView,
} from './case-data-controller.js';
export { readModel, readRecord, redactedRecord, type ModelReading } from './readings.js';
export { localToday } from './today.js';
