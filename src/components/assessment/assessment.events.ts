/** Events `<practice-assessment>` fires. */
export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
