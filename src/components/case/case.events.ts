/** Events `<practice-case>` fires, or listens for from the views inside it. */
export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
export { PracticeSelectEvent } from '../../events/select.js';
