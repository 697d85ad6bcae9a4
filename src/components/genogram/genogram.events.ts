/** Events `<practice-genogram>` fires. */
export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
export { PracticeSelectEvent } from '../../events/select.js';
export {
  PracticeRecordChangeEvent,
  RECORD_CHANGE_ACTIONS,
  type RecordChange,
  type RecordChangeAction,
  type RecordItems,
} from '../../events/record-change.js';
