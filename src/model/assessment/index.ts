/**
 * The assessment model behind `<practice-assessment>`: answer addresses and changes, value
 * checks, conditional visibility and requirement (incremental), scores, the response life cycle,
 * disagreements recorded against answers, migration between model versions, the assessment's
 * clock, redaction and the error summary.
 * Pure functions over the practice model and the case record: no DOM, no Lit, no clock.
 */
export {
  answerKey,
  parseAnswerKey,
  sameAddress,
  type AnswerAddress,
  type AnswerKey,
} from './address.js';
export {
  answeredAddresses,
  getAnswer,
  getAnswerRecord,
  isAnswered,
  isGroupValue,
  sameAnswerValue,
  setAnswer,
  type AnswerChange,
  type ChangeAuthor,
  type GroupItem,
  type GroupItemValue,
  type ScaleReadingsValue,
} from './answers.js';
export { answerValues, isVisible, type AnswerValues } from './conditions.js';
export {
  effectiveCodeList,
  effectiveCodes,
  listMinimum,
  unansweredErrors,
  validateAnswerValue,
  type AnyQuestion,
  type ValueContext,
} from './values.js';
export { compileTemplate, type CompiledTemplate, type Slot, type SlotRef } from './compile.js';
export {
  formState,
  questionState,
  updateFormState,
  type FormOptions,
  type FormState,
  type QuestionState,
  type SectionState,
} from './visibility.js';
export {
  errorSummary,
  fieldErrors,
  FIELD_ERROR_KEYS,
  type ErrorSummaryItem,
  type FieldError,
  type FieldErrorKey,
  type Interaction,
} from './errors.js';
export { computeScores, type ScoreBand, type ScoreOptions, type ScoreResult } from './scoring.js';
export {
  addComment,
  availableActions,
  canTransition,
  isLocked,
  resolveComment,
  RESPONSE_ACTIONS,
  RESPONSE_TRANSITIONS,
  ResponseLockedError,
  transition,
  TransitionError,
  type HistoryEntry,
  type NewComment,
  type ResponseAction,
  type ResponseComment,
  type TransitionErrorCode,
  type TransitionOptions,
} from './lifecycle.js';
export {
  migrateResponse,
  type MigratedResponse,
  type Migration,
  type MigrationOptions,
  type MigrationStatus,
  type OrphanedAnswer,
  type OrphanReason,
} from './migration.js';
export {
  answerDisputes,
  DISPUTE_RELATIONS,
  DisputeError,
  disputeRelation,
  newDisputeId,
  recordDispute,
  removeDispute,
  type DisputeChange,
  type DisputedAnswer,
  type DisputeInput,
  type DisputeRelation,
  type LoggedChange,
} from './disputes.js';
export { assessmentClock, responseStartDate, type AssessmentClock } from './timescale.js';
export { redactAnswers, type RedactedAnswers } from './redaction.js';
