/** Events `<practice-timeline>` fires. */
export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
export { PracticeSelectEvent } from '../../events/select.js';
