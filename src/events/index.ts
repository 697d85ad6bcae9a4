/** Events shared by several elements. Element-specific events live beside their element. */
export { PracticeSelectEvent } from './select.js';
export { PracticeInvalidEvent, type InvalidSource } from './invalid.js';
export {
  PracticeRecordChangeEvent,
  RECORD_CHANGE_ACTIONS,
  type RecordChange,
  type RecordChangeAction,
  type RecordItems,
} from './record-change.js';
