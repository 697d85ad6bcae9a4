/** Reactive controllers and the memoised readings they share. */
export {
  CaseDataController,
  type CaseDataHost,
  type CaseDataInputs,
  type CaseView,
} from './case-data-controller.js';
export { readModel, readRecord, redactedRecord, type ModelReading } from './readings.js';
export { localToday } from './today.js';
export {
  AUTOSAVE_STATUSES,
  AutosaveController,
  AutosaveDraftError,
  callbackAdapter,
  DEFAULT_AUTOSAVE_DEBOUNCE_MS,
  eventAdapter,
  type AutosaveAdapter,
  type AutosaveCallbacks,
  type AutosaveKey,
  type AutosaveOptions,
  type AutosaveStatus,
} from './autosave.js';
// Opt-in: the package also offers it alone (`practice-elements/autosave-indexeddb`), so hosts that
// keep drafts elsewhere never bundle it. Re-exported here for code inside the package.
export {
  DEFAULT_DRAFT_DATABASE,
  DEFAULT_DRAFT_EXPIRY_DAYS,
  DRAFT_STORE,
  indexedDbAdapter,
  type IndexedDbAdapter,
  type IndexedDbAdapterOptions,
  type StoredDraft,
} from './autosave-indexeddb.js';
