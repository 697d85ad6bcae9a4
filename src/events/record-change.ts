/**
 * `practice-record-change`: an edit to the case record made in a view (the genogram today),
 * already validated against the case-record schema. Shared, because the provider applies it and
 * any view may make one.
 */
import type { CaseRecord, Household, Person, Relationship } from '../model/case-record/schema.js';

/** What an edit in the genogram did, in words a host can log. */
export const RECORD_CHANGE_ACTIONS = [
  'add-parent',
  'add-partner',
  'add-child',
  'add-sibling',
  'edit-person',
  'edit-relationship',
  'remove-person',
  'remove-relationship',
  'undo',
  'redo',
] as const;
/** One of {@link RECORD_CHANGE_ACTIONS}. */
export type RecordChangeAction = (typeof RECORD_CHANGE_ACTIONS)[number];

/** Items of a case record a change adds, updates or removes (each list may be empty). */
export interface RecordItems {
  readonly persons: readonly Person[];
  readonly relationships: readonly Relationship[];
  readonly households: readonly Household[];
}

/**
 * One edit as data: the items added, the new values of the items updated (matched by `id`) and
 * the items removed (whole, so a host can audit what went). Undo and redo are changes too.
 */
export interface RecordChange {
  readonly action: RecordChangeAction;
  readonly added: RecordItems;
  readonly updated: RecordItems;
  readonly removed: RecordItems;
}

/**
 * `practice-record-change`: an edit made in the genogram, already validated against the case
 * record schema. `change` says what changed; `record` is the whole record after it. The host
 * persists it; inside `<practice-case>` the provider applies it so every view shows it at once.
 */
export class PracticeRecordChangeEvent extends Event {
  static readonly eventName = 'practice-record-change';

  /**
   * @param change the items added, updated and removed.
   * @param record the case record with the change applied.
   */
  constructor(
    readonly change: RecordChange,
    readonly record: CaseRecord,
  ) {
    super(PracticeRecordChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-record-change': PracticeRecordChangeEvent;
  }
}
