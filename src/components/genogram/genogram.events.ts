/** Events `<practice-genogram>` fires. */
export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
export { PracticeSelectEvent } from '../../events/select.js';
