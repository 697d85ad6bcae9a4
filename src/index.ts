/**
 * `practice-elements`: the element classes, their events, messages and context, and the whole
 * model API. Side-effect free: importing it registers nothing (import `practice-elements/define`
 * or one `practice-elements/practice-*` file for that).
 */
export { VERSION } from './version.js';

// Elements
export { PracticeCase } from './components/case/case.js';
export { PracticeTimeline } from './components/timeline/timeline.js';
export { PracticeGenogram, type GenogramMode } from './components/genogram/genogram.js';
export {
  PracticeAssessment,
  type AssessmentMode,
  type AssessmentError,
} from './components/assessment/assessment.js';
export {
  PracticeAnswerChangeEvent,
  PracticeSubmitEvent,
  PracticeStatusChangeEvent,
  type AnswerChangeValue,
} from './components/assessment/assessment.events.js';
export { PracticeDisputeChangeEvent } from './components/assessment/dispute.js';
export { CaseViewElement, type ReadyCaseView } from './components/shared/case-view-element.js';
export { defineElement } from './components/shared/define-element.js';

// Events
export { PracticeSelectEvent } from './events/select.js';
export { PracticeInvalidEvent, type InvalidSource } from './events/invalid.js';
export {
  PracticeRecordChangeEvent,
  RECORD_CHANGE_ACTIONS,
  type RecordChange,
  type RecordChangeAction,
  type RecordItems,
} from './events/record-change.js';

// Context and controllers
export { caseContext, type CaseContextValue } from './context/case-context.js';
export {
  CaseDataController,
  type CaseDataHost,
  type CaseDataInputs,
  type CaseView,
} from './controllers/case-data-controller.js';

// Messages
export * from './i18n/index.js';

// Model (also available alone as `practice-elements/model`)
export * from './model/index.js';
export {
  findAudience,
  isRedacted,
  isVisibleTo,
  redactRecord,
  REDACTED_EVENT_TYPE,
  type RedactionMarker,
} from './model/redaction.js';
export {
  assignGenerations,
  kinshipGraph,
  siblingsOf,
  type FeelingLink,
  type GenerationRow,
  type Generations,
  type KinLink,
  type KinshipGraph,
} from './model/genogram/generations.js';
export {
  answerValues,
  isAnswered,
  isVisible,
  type AnswerValues,
} from './model/assessment/conditions.js';

// Autosave (the IndexedDB adapter is opt-in: `practice-elements/autosave-indexeddb`)
export {
  AutosaveController,
  AutosaveDraftError,
  callbackAdapter,
  eventAdapter,
  DEFAULT_AUTOSAVE_DEBOUNCE_MS,
  AUTOSAVE_STATUSES,
  type AutosaveAdapter,
  type AutosaveCallbacks,
  type AutosaveKey,
  type AutosaveOptions,
  type AutosaveStatus,
} from './controllers/autosave.js';
export { PracticeSaveEvent, PracticeLoadDraftEvent, RespondWithError } from './events/autosave.js';
