/**
 * The working state of one open response: the response as it stands, the form state kept up to
 * date incrementally (`updateFormState`, never a full recompute per keystroke), what the worker has
 * touched, whether a submission was attempted, and the response to go back to on reset. No DOM:
 * the element renders from it and feeds it changes.
 */
import { answerKey, type AnswerAddress, type AnswerKey } from '../../model/assessment/address.js';
import {
  getAnswer,
  getAnswerRecord,
  setAnswer,
  type ChangeAuthor,
  type GroupItem,
} from '../../model/assessment/answers.js';
import type { CompiledTemplate } from '../../model/assessment/compile.js';
import {
  errorSummary,
  type ErrorSummaryItem,
  type Interaction,
} from '../../model/assessment/errors.js';
import { isLocked } from '../../model/assessment/lifecycle.js';
import { migrateResponse } from '../../model/assessment/migration.js';
import {
  formState,
  updateFormState,
  type FormOptions,
  type FormState,
} from '../../model/assessment/visibility.js';
import type { Answer, AnswerValue, AssessmentResponse } from '../../model/case-record/schema.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';

/** Why a response opens read-only even in edit mode. */
export type ReadOnlyReason = 'locked' | 'unknown-version';

/** What opening a response found: the response to work on and anything the worker must be told. */
export interface OpenedResponse {
  readonly response: AssessmentResponse;
  /** Set when the response cannot be changed here. */
  readonly readOnly?: ReadOnlyReason;
  /** True when it was moved from an older model version on opening. */
  readonly migrated: boolean;
}

/**
 * Opens a response against the current model: as it is when it is pinned to this model version;
 * migrated from the matching earlier model in `previousModels` when there is one (answers that do
 * not fit are kept in `previousVersionAnswers`, never dropped); otherwise untouched and read-only.
 */
export function openResponse(
  response: AssessmentResponse,
  model: PracticeModel,
  templateId: string,
  previousModels: readonly PracticeModel[],
): OpenedResponse {
  const pinned = response.model;
  if (pinned.id === model.id && pinned.version === model.version) {
    return { response, migrated: false, ...(isLocked(response) && { readOnly: 'locked' }) };
  }
  const from = previousModels.find((m) => m.id === pinned.id && m.version === pinned.version);
  let migration;
  try {
    migration = migrateResponse(response, from, model, templateId);
  } catch {
    return { response, migrated: false, readOnly: 'unknown-version' };
  }
  if (migration.status === 'unknown-version') {
    return { response, migrated: false, readOnly: 'unknown-version' };
  }
  const migrated = migration.response;
  return {
    response: migrated,
    migrated: migration.status === 'migrated',
    ...(isLocked(migrated) && { readOnly: 'locked' }),
  };
}

/** What one change did: the values before and after (nothing when the value did not change). */
export interface AppliedChange {
  readonly key: AnswerKey;
  readonly old: AnswerValue | GroupItem | undefined;
  readonly new: AnswerValue | GroupItem | undefined;
}

/**
 * How many answer changes back {@link AssessmentSession.changedBetween} can follow: the form is
 * drawn after every change, so one is the rule; each state kept holds a map of every question.
 */
const LINEAGE_STEPS = 8;

/** One open response and its live form state. */
export class AssessmentSession {
  #response: AssessmentResponse;
  #state: FormState;
  #touched = new Set<AnswerKey>();
  #touchedVersion = 0;
  #submitted = false;
  #summary: { key: readonly unknown[]; items: ErrorSummaryItem[] } | undefined;
  /** The states made by the latest answer changes, each with the state it was made from. */
  readonly #lineage = new Map<FormState, FormState>();
  #interactionVersion = 0;
  #replacedVersion = 0;

  /**
   * @param compiled the template, compiled once.
   * @param initial the response as opened (reset goes back to it).
   * @param options what the form state checks values against.
   */
  constructor(
    readonly compiled: CompiledTemplate,
    readonly initial: AssessmentResponse,
    private options: FormOptions,
  ) {
    this.#response = initial;
    this.#state = formState(compiled, initial, options);
  }

  /** The response as it stands. */
  get response(): AssessmentResponse {
    return this.#response;
  }

  /** The form state of the response as it stands. */
  get state(): FormState {
    return this.#state;
  }

  /** Submission was attempted: every error shows. */
  get submitted(): boolean {
    return this.#submitted;
  }

  set submitted(value: boolean) {
    if (value !== this.#submitted) this.#interactionVersion += 1;
    this.#submitted = value;
  }

  /** Changes whenever what decides which errors show changes (a field touched, a submission). */
  get interactionVersion(): number {
    return this.#interactionVersion;
  }

  /**
   * Changes whenever the response is replaced or changed other than by an answer (a status move,
   * a comment, a disagreement, citations, a restored draft): what the form state does not show.
   */
  get replacedVersion(): number {
    return this.#replacedVersion;
  }

  /** What decides which errors show now. */
  get interaction(): Interaction {
    return { submitted: this.#submitted, touched: this.#touched };
  }

  /** True when the field's errors show: it was touched, or submission was attempted. */
  shows(key: AnswerKey): boolean {
    return this.#submitted || this.#touched.has(key);
  }

  /** Marks a field as touched (left or changed); true when it was not before. */
  touch(key: AnswerKey): boolean {
    if (this.#touched.has(key)) return false;
    this.#touched.add(key);
    this.#touchedVersion += 1;
    this.#interactionVersion += 1;
    return true;
  }

  /** The errors showing now, in reading order (memoised until the state or interaction changes). */
  summary(): ErrorSummaryItem[] {
    const key = [this.#state, this.#touchedVersion, this.#submitted];
    const cached = this.#summary;
    if (cached && key.every((k, i) => k === cached.key[i])) return cached.items;
    // Nothing wrong, or nothing touched before a submission: nothing shows, and no question needs
    // reading (a form of 1,000 questions would read them all on every keystroke).
    const none = this.#state.errorCount === 0 || (!this.#submitted && this.#touched.size === 0);
    const items = none ? [] : errorSummary(this.#state, this.interaction);
    this.#summary = { key, items };
    return items;
  }

  /**
   * The answer keys whose question state may differ between `earlier` and `later`, two states of
   * this session made one from the other by answer changes (the keys each change re-evaluated).
   * Undefined when `later` was not made from `earlier` that way (or too many changes ago):
   * anything may differ then.
   */
  changedBetween(earlier: FormState, later: FormState): ReadonlySet<AnswerKey> | undefined {
    const keys = new Set<AnswerKey>();
    let state: FormState | undefined = later;
    while (state && state !== earlier) {
      for (const key of state.reevaluated) keys.add(key);
      state = this.#lineage.get(state);
    }
    return state === earlier ? keys : undefined;
  }

  /** Every error of the shown questions, whether or not it shows yet. */
  allErrors(): ErrorSummaryItem[] {
    return this.#state.errorCount === 0 ? [] : errorSummary(this.#state);
  }

  /**
   * Sets the value at an address (logged in the change log) and brings the form state up to date
   * for what the change touches. Undefined when nothing changed.
   * @throws ResponseLockedError when the response is authorised.
   */
  set(
    address: AnswerAddress,
    value: AnswerValue | GroupItem | undefined,
    author: ChangeAuthor,
  ): AppliedChange | undefined {
    const old = getAnswer(this.#response, address);
    const next = setAnswer(this.#response, address, value, author);
    if (next === this.#response) return undefined;
    const before = this.#state;
    this.#response = next;
    this.#state = updateFormState(this.compiled, before, next, address);
    if (this.#state !== before) {
      this.#lineage.set(this.#state, before);
      // Map keys keep their order: the first is the oldest change.
      const oldest = this.#lineage.keys().next();
      if (this.#lineage.size > LINEAGE_STEPS && !oldest.done) this.#lineage.delete(oldest.value);
    }
    return { key: answerKey(address), old, new: getAnswer(next, address) };
  }

  /** Replaces the earlier answers a long-text answer cites (not an answer change: not logged). */
  setCitations(address: AnswerAddress, cites: readonly string[]): boolean {
    const response = this.#response;
    const record: Answer | undefined = getAnswerRecord(response, address);
    const before = record?.cites ?? [];
    if (before.length === cites.length && before.every((c, i) => c === cites[i])) return false;
    const updated: Answer = { ...(record ?? { value: null }) };
    if (cites.length) updated.cites = [...cites];
    else delete updated.cites;
    const question = address.question;
    if (address.child === undefined) {
      this.#response = { ...response, answers: { ...response.answers, [question]: updated } };
    } else {
      const own = response.childAnswers?.[address.child] ?? {};
      this.#response = {
        ...response,
        childAnswers: {
          ...response.childAnswers,
          [address.child]: { ...own, [question]: updated },
        },
      };
    }
    // Citations change no value a condition reads: the form state stands as it is.
    this.#replacedVersion += 1;
    return true;
  }

  /**
   * Replaces the whole response (a status change, a comment, a restored draft). Answers changed
   * too when `answersChanged`: then the form state is worked out again in full.
   */
  replace(response: AssessmentResponse, answersChanged = false): void {
    this.#response = response;
    this.#replacedVersion += 1;
    if (answersChanged) this.#state = formState(this.compiled, response, this.options);
  }

  /** Works the form state out again with new options (today, the model, the record's people). */
  reconfigure(options: FormOptions): void {
    this.options = options;
    this.#state = formState(this.compiled, this.#response, options);
  }

  /** Back to the response as opened: nothing touched, no submission attempted. */
  reset(): void {
    this.#touched = new Set();
    this.#touchedVersion += 1;
    this.#interactionVersion += 1;
    this.#submitted = false;
    this.replace(this.initial, true);
  }
}
