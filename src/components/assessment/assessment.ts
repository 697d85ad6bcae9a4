import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import {
  AutosaveController,
  callbackAdapter,
  eventAdapter,
  type AutosaveAdapter,
  type AutosaveCallbacks,
} from '../../controllers/autosave.js';
import { readModel } from '../../controllers/readings.js';
import type { AutosaveKey } from '../../events/autosave.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { AnswerAddress } from '../../model/assessment/address.js';
import { isGroupValue, sameAnswerValue } from '../../model/assessment/answers.js';
import { compileTemplate, type CompiledTemplate } from '../../model/assessment/compile.js';
import type { ErrorSummaryItem } from '../../model/assessment/errors.js';
import {
  addComment,
  isLocked,
  resolveComment,
  RESPONSE_ACTIONS,
  transition,
  TransitionError,
  type ResponseAction,
  type ResponseComment,
} from '../../model/assessment/lifecycle.js';
import { redactAnswers } from '../../model/assessment/redaction.js';
import { computeScores } from '../../model/assessment/scoring.js';
import { assessmentClock, type AssessmentClock } from '../../model/assessment/timescale.js';
import {
  formState,
  type FormOptions,
  type FormState,
  type QuestionState,
  type SectionState,
} from '../../model/assessment/visibility.js';
import { AssessmentResponse, type StructuredEntry } from '../../model/case-record/schema.js';
import { fromZodIssues, type ValidationIssue } from '../../model/issues.js';
import type { AssessmentTemplate, PracticeModel } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { useJitlessZod } from '../../model/zod-config.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { heading } from '../shared/heading.js';
import { modelText } from '../shared/model-text.js';
import { personsById } from '../shared/people.js';
import { renderEmpty, renderIssueList } from '../shared/states.js';
import {
  PracticeAnswerChangeEvent,
  PracticeStatusChangeEvent,
  PracticeSubmitEvent,
  type AnswerChangeValue,
} from './assessment.events.js';
import { assessmentStyles } from './assessment.styles.js';
import {
  answerHolder,
  entriesOf,
  readControl,
  readingsOf,
  readingsValue,
  without,
  type Control,
} from './controls.js';
import { handleDisputeAction } from './dispute.js';
import { entryFieldId, newEntryId } from './entries.js';
import { itemFocusId, renderSectionFields } from './fields.js';
import { errorFocusId } from './item-buttons.js';
import {
  addButtonId,
  ASSESSMENT_MODES,
  contextualLabel,
  errorText,
  fieldId,
  nameFor,
  sectionHeadingId,
  type AssessmentMode,
  type FormContext,
} from './form-context.js';
import {
  ERROR_SUMMARY_ID,
  errorsBySection,
  focusableHeading,
  LIFECYCLE_IDS,
  renderErrorSummary,
  renderHeader,
  renderLifecycle,
  renderPagination,
  renderPreviousVersion,
  renderSectionNav,
  sectionHeading,
  sectionTitle,
  type ShownScore,
} from './panels.js';
import { renderReviewRows, reviewRows } from './review.js';
import { AssessmentSession, openResponse, type ReadOnlyReason } from './session.js';

export type { AssessmentMode } from './form-context.js';

/** An error of the form as the `errors` property lists it: where, which, and the sentence. */
export interface AssessmentError extends ErrorSummaryItem {
  /** The message shown beside the field and in the error summary. */
  readonly message: string;
}

/** The response the element works on, and where it came from. */
interface Opened {
  /** The inputs it was opened from: a change of any of them opens the response again. */
  source: readonly unknown[];
  readonly model: PracticeModel;
  readonly template: AssessmentTemplate;
  readonly session: AssessmentSession;
  readonly caseId: string;
  /** Not in the record yet: a new draft. */
  readonly isNew: boolean;
  readonly unknownVersion: boolean;
  readonly migrated: boolean;
  /** Today and the record's people the form state was worked out with. */
  optionsKey: readonly unknown[];
  /** A saved draft was looked for. */
  restoreTried: boolean;
}

/** Why the element cannot open a response. */
interface Problem {
  readonly source: readonly unknown[];
  readonly content: (i18n: Localiser) => TemplateResult;
}

const DEFAULT_ACTIONS: readonly ResponseAction[] = ['submit', 'resubmit', 'amend'];
const NOTHING_WITHHELD: ReadonlySet<string> = new Set();
const compiledTemplates = new WeakMap<AssessmentTemplate, CompiledTemplate>();

function compiledFor(template: AssessmentTemplate): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = compileTemplate(template);
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/** Local date and time, `YYYY-MM-DDTHH:MM`, for the change log and the history. */
function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The last moment a response records: its latest change or status move. */
function lastActivity(response: AssessmentResponse): string {
  const times = [
    ...(response.changes ?? []).map((c) => c.at),
    ...(response.history ?? []).map((h) => h.at),
  ];
  return times.sort().at(-1) ?? '';
}

/**
 * True when `later` carries on from `earlier`: every change and status move of `earlier`, in the
 * same order, and more (further changes, or the last edit taken further: typing into one field
 * folds into one change-log entry). Times are kept to the minute, so a draft saved seconds after
 * the host kept its copy is told apart by its change log, not by its times.
 */
function carriesOn(later: AssessmentResponse, earlier: AssessmentResponse): boolean {
  const ours = later.changes ?? [];
  const theirs = earlier.changes ?? [];
  const history = later.history ?? [];
  const earlierHistory = earlier.history ?? [];
  if (ours.length < theirs.length || history.length < earlierHistory.length) return false;
  if (!earlierHistory.every((entry, i) => sameAnswerValue(entry, history[i]))) return false;
  const last = theirs.length - 1;
  for (let i = 0; i < last; i++) if (!sameAnswerValue(theirs[i], ours[i])) return false;
  const theirLast = theirs[last];
  const ourLast = ours[last];
  if (theirLast && ourLast && !sameAnswerValue(theirLast, ourLast)) {
    // The same edit, typed on: same question, same person, same value before it.
    return (
      !theirLast.dispute &&
      !ourLast.dispute &&
      theirLast.question === ourLast.question &&
      theirLast.child === ourLast.child &&
      theirLast.by === ourLast.by &&
      sameAnswerValue(theirLast.old, ourLast.old)
    );
  }
  return ours.length > theirs.length || history.length > earlierHistory.length;
}

/**
 * True when `theirs` is the response as this session opened it, as it stands, or a state in
 * between: its change log longer than the opened one's and a beginning of ours, no further on in
 * its life cycle.
 */
function isEarlierState(theirs: AssessmentResponse, session: AssessmentSession): boolean {
  const ours = session.response;
  if (sameAnswerValue(theirs, ours) || sameAnswerValue(theirs, session.initial)) return true;
  const theirChanges = theirs.changes ?? [];
  const ourChanges = ours.changes ?? [];
  // Ours as opened, plus some of the changes made since (opened-as-is was checked above).
  return (
    theirs.template === ours.template &&
    theirChanges.length > (session.initial.changes?.length ?? 0) &&
    theirChanges.length <= ourChanges.length &&
    (theirs.history?.length ?? 0) <= (ours.history?.length ?? 0) &&
    theirChanges.every((change, i) => sameAnswerValue(change, ourChanges[i]))
  );
}

/**
 * The form social workers fill in for an assessment, for any template of the practice model, and
 * its "check your answers" and print views.
 *
 * - **Edit** (default while the response is not locked): one section at a time with the section
 *   list beside it (GOV.UK task list: each section with its status and error count), previous and
 *   next; every question type as native controls (text, long text, number, GOV.UK date input,
 *   radios or a select, checkboxes, yes/no, 0-10 scaling with one set of readings per rater and
 *   the anchor texts, person choices from the case record, structured entries, repeating groups),
 *   guidance on request, citations of earlier answers, live scores. Conditions are re-evaluated
 *   on every change with the incremental form state; answers hidden by conditions are kept.
 *   Errors show once a field is touched or a submission is attempted, with a GOV.UK error summary
 *   whose links move focus to each field.
 * - **Review**: every shown section as summary lists. **Print**: the same, with no controls and a
 *   page break between sections (also while the page prints from the browser's menu).
 * - **Life cycle**: submit, return with comments anchored to questions, authorise (then locked and
 *   read-only), amend with a reason, resubmit, and the history.
 * - **Versions**: a response written under an earlier model version is migrated when the host
 *   gives that version in `previousModels`; answers that do not fit are shown in a "from the
 *   previous version" panel, never dropped. Without that version, the response opens read-only.
 * - **Autosave** through `adapter`, `saveDraft`/`loadDraft`, or `autosave="events"`, with a
 *   "saved at" status; a saved draft newer than the record's response is restored on opening.
 * - **Form-associated**: inside a `<form>` it submits its response as JSON under `name`, blocks
 *   submission while it has errors (`reportValidity()` moves focus to the first), resets, follows
 *   disabled fieldsets and restores its state. Alone: `value`, `validate()`, `errors`, `focus()`.
 *
 * Works inside `<practice-case>` or alone with `.model` and `.record`. Answers the audience may not
 * see are withheld; with an audience, the element only shows (review or print).
 *
 * @summary An assessment form: edit, review and print, with its life cycle and autosave.
 * @tagname practice-assessment
 *
 * @csspart header - The status, subjects, due date and scores above the sections.
 * @csspart save-status - The autosave status ("Saved at 10:42").
 * @csspart error-summary - The GOV.UK error summary.
 * @csspart section-nav - The list of sections in edit mode.
 * @csspart task - One section in the section list.
 * @csspart section - Each section (each child's copy of a per-child section).
 * @csspart question - A question with its label, hint, error and controls (edit mode).
 * @csspart content - A content block (text with no answer).
 * @csspart group-item - One item of a repeating group (edit mode).
 * @csspart entry - One structured entry (edit mode).
 * @csspart comment - A manager's comment anchored to a question.
 * @csspart disputes - The disagreements under an answer, with the button to record one (edit mode).
 * @csspart dispute - One disagreement recorded against an answer ("Disputed by …").
 * @csspart pagination - The previous and next section buttons.
 * @csspart summary-list - A list of questions and answers (review and print).
 * @csspart row - One question and its answer.
 * @csspart key - A question.
 * @csspart value - An answer.
 * @csspart score - A score's value.
 * @csspart not-answered - The "Not answered" text.
 * @csspart status - The timescale status text.
 * @csspart lifecycle - The status, actions and history panel.
 * @csspart previous-version - Answers kept from a previous model version.
 * @csspart notice - A notice above the form (read-only, restored draft, migrated).
 * @csspart problem - The alert shown when the model or the response cannot be used.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-text-secondary - Hints, "Not answered" and entry details (system token).
 * @cssprop --practice-color-border - Borders of fields and rows (system token).
 * @cssprop --practice-color-surface - Background of the header and panels (system token).
 * @cssprop --practice-color-accent - Links and the current section (system token).
 * @cssprop --practice-color-error - Errors (system token).
 * @cssprop --practice-color-success - The primary button and completed sections (system token).
 * @cssprop --practice-color-focus - Focus ring (system token).
 * @cssprop --practice-font-family - Font (system token).
 * @cssprop --practice-assessment-key-width - Width of the question column in review.
 * @cssprop --practice-assessment-row-border - Border under each row in review.
 * @cssprop --practice-assessment-header-background - Background of the header.
 * @cssprop --practice-assessment-nav-width - Width of the section list.
 * @cssprop --practice-assessment-field-border - Border of text fields and selects.
 * @cssprop --practice-assessment-button-background - Background of the primary button.
 *
 * @fires {PracticeAnswerChangeEvent} practice-answer-change - An answer changed (address, old, new, response).
 * @fires {PracticeSubmitEvent} practice-submit - The worker submits or resubmits a response with no errors (cancelable).
 * @fires {PracticeStatusChangeEvent} practice-status-change - The response moved through its life cycle.
 * @fires {PracticeDisputeChangeEvent} practice-dispute-change - A disagreement with an answer was recorded, changed or removed.
 * @fires {PracticeSaveEvent} practice-save - With `autosave="events"`: save this draft (answer with `respondWith`).
 * @fires {PracticeLoadDraftEvent} practice-load-draft - With `autosave="events"`: is there a saved draft?
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 * @fires {Event} change - An answer was committed (a choice made, a field left after typing).
 */
export class PracticeAssessment extends CaseViewElement {
  static override styles = assessmentStyles;

  /** Takes part in a host `<form>` (value, validity, reset, disabled, state restore). */
  static readonly formAssociated = true;

  // Public properties ---------------------------------------------------------------------------

  /** The template id (default: the response's template, else the model's first template). */
  @property() template?: string;

  /** The response id in the record (default: the record's first response of the template). */
  @property() response?: string;

  /**
   * `edit` (default while the response can be changed), `review` ("check your answers") or
   * `print` (no controls, a page break between sections). A locked (authorised) response, one from
   * an unknown model version, or any view for an audience is shown in review.
   */
  @property({ reflect: true }) mode?: AssessmentMode;

  /** The form field name the response is submitted under, as JSON. */
  @property({ reflect: true }) name?: string;

  /** Who is making changes (a user or professional id): recorded in the change log and history. */
  @property() user?: string;

  /**
   * The life-cycle actions this user may take, space-separated: `submit`, `return`, `authorise`,
   * `amend`, `resubmit` (default `submit resubmit amend`; a manager's view adds `return authorise`).
   */
  @property() actions?: string;

  /** Disables every control (as a disabled fieldset around the element does). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Earlier versions of the practice model, to migrate responses written under them. */
  @property({ attribute: false }) previousModels?: readonly unknown[];

  /** Where autosave keeps drafts (see `callbackAdapter`, `eventAdapter`, `indexedDbAdapter`). */
  @property({ attribute: false }) adapter?: AutosaveAdapter;

  /** Autosave through the host's own function (with `loadDraft`). */
  @property({ attribute: false }) saveDraft?: AutosaveCallbacks['saveDraft'];

  /** Loads a saved draft through the host's own function (with `saveDraft`). */
  @property({ attribute: false }) loadDraft?: AutosaveCallbacks['loadDraft'];

  /** `events`: autosave by dispatching `practice-save` and `practice-load-draft` for the page to answer. */
  @property() autosave?: string;

  /** Milliseconds from the last change to the autosave (default 1000). */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay?: number;

  /**
   * The response as it stands (a new object after every change; the element never mutates one it
   * was given). Set it to open a response that is not in the record.
   */
  get value(): AssessmentResponse | undefined {
    return this.#opened?.session.response;
  }

  set value(value: unknown) {
    this.#external = value;
    // The getter returns the working response, so Lit could not see this change by comparing.
    this.requestUpdate();
  }

  /** Every error of the shown questions, in reading order, with its message (shown or not yet). */
  get errors(): readonly AssessmentError[] {
    const opened = this.#opened;
    const ctx = this.#ctx;
    if (!opened || !ctx || ctx.session !== opened.session) return [];
    return opened.session.allErrors().map((item) => this.#describe(ctx, item));
  }

  /** The `<form>` the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's validity, as a form control's. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The first error's message, as a form control's. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** True when the form validates the element (not disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** True when the response has no errors (fires `invalid` otherwise), as a form control's. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity`, then shows every error and moves focus to the first. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /**
   * Shows every error (as a submission attempt does) and says whether there are none, in every
   * mode; a response that cannot be changed here (locked, from an unknown model version, shown to
   * an audience) counts as valid, as for `checkValidity()`. Focus does not move: call `focus()` or
   * use the error summary.
   */
  validate(): boolean {
    const session = this.#opened?.session;
    if (!session) return true;
    session.submitted = true;
    this.requestUpdate();
    return session.state.errorCount === 0 || this.#readOnly !== undefined;
  }

  /**
   * Moves focus to the first field of the current section in edit mode; to the element's heading
   * in review and print (and when there is no field).
   */
  override focus(options?: FocusOptions): void {
    const root = this.shadowRoot;
    const field =
      this.#mode === 'edit'
        ? root?.querySelector<HTMLElement>('.section :is(input, select, textarea, button)')
        : undefined;
    const target = field ?? root?.getElementById('assessment-heading');
    if (target) target.focus(options);
    else super.focus(options);
  }

  // Internal state ------------------------------------------------------------------------------

  readonly #internals: ElementInternals;
  #external: unknown;
  #opened: Opened | undefined;
  #problem: Problem | undefined;
  #ctx: FormContext | undefined;
  #current: string | undefined;
  #drafts = new Map<string, string>();
  /** The text field being typed into, and whether its answer was given before (see FormContext). */
  #typing: { readonly key: string; readonly answeredBefore: boolean } | undefined;
  #formDisabled = false;
  #rendering = false;
  /** Between `beforeprint` and `afterprint`: every section shows as in print mode. */
  #printing = false;
  /** The id of what had focus when printing began. */
  #focusBeforePrint: string | undefined;
  #message: { text: string; error: boolean } | undefined;
  #restored = false;
  /** A form state the browser restored before any response was open. */
  #pendingRestore: AssessmentResponse | undefined;
  #focusAfterUpdate: string | undefined;
  /** After `invalid`: the first error's field, and what had focus before. */
  #reportFocus: { readonly id: string; readonly before: Element | null } | undefined;
  #lastFormValue: AssessmentResponse | undefined | null = null;
  #epoch: { key: readonly unknown[]; value: object } = { key: [], value: {} };
  #memos = new Map<string, { key: readonly unknown[]; value: unknown }>();

  // Controllers ---------------------------------------------------------------------------------

  readonly #autosave: AutosaveController;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- read lazily by the controller
    const host = this;
    this.#autosave = new AutosaveController(this, {
      adapter: () => this.#adapter(),
      key: () => this.#autosaveKey(),
      value: () => this.#opened?.session.response,
      // Read at each change: the host may set the delay after the element is created.
      get debounceMs() {
        return host.autosaveDelay;
      },
    });
    this.addEventListener('invalid', this.#onInvalid);
  }

  // Lifecycle -----------------------------------------------------------------------------------

  /** One listener of each kind on the shadow root reads every control (no listener per field). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('input', this.#onInput);
    root.addEventListener('change', this.#onChange);
    root.addEventListener('click', this.#onClick);
    root.addEventListener('focusout', this.#onFocusOut as EventListener);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncForm();
    const report = this.#reportFocus;
    if (report) {
      this.#reportFocus = undefined;
      // Focus moved into the element since `invalid`: the browser reported it (not a check).
      const active = this.shadowRoot?.activeElement;
      if (active && active !== report.before && this.#mode === 'edit') {
        this.#focusAfterUpdate = report.id;
      }
    }
    const id = this.#focusAfterUpdate;
    if (id !== undefined) {
      this.#focusAfterUpdate = undefined;
      // After this update: the field left behind marks itself touched, which is another update.
      queueMicrotask(() => this.shadowRoot?.getElementById(id)?.focus());
    }
  }

  /** The host form was reset: back to the response as opened. */
  formResetCallback(): void {
    this.#pendingRestore = undefined;
    const opened = this.#opened;
    if (!opened) return;
    opened.session.reset();
    this.#drafts.clear();
    this.#typing = undefined;
    this.#message = undefined;
    this.#current = undefined;
    if (this.#editable) this.#autosave.markDirty();
    this.requestUpdate();
  }

  /** A fieldset or form around the element was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    const before = this.#isDisabled;
    this.#formDisabled = disabled;
    // Reflecting the element's own `disabled` attribute calls this too: no second update then.
    if (this.#isDisabled !== before) this.requestUpdate();
  }

  /**
   * The browser restores the form (back and forward, autofill): the response saved as JSON. Kept
   * until the response it belongs to opens when nothing is open yet (the host sets `model` and
   * `record` after the browser restores the form).
   */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(state);
    } catch {
      return;
    }
    useJitlessZod();
    const result = z.safeParse(AssessmentResponse, parsed);
    if (!result.success) return;
    const opened = this.#opened;
    if (!opened) {
      this.#pendingRestore = result.data;
      return;
    }
    if (this.#applyRestore(opened, result.data)) this.requestUpdate();
  }

  /** Opens a response the browser restored in place of this one; false when it is another. */
  #applyRestore(opened: Opened, restored: AssessmentResponse): boolean {
    const current = opened.session.response;
    if (restored.id !== current.id || restored.template !== current.template) return false;
    opened.session.replace(restored, true);
    this.#drafts.clear();
    return true;
  }

  // Event handlers ------------------------------------------------------------------------------

  readonly #onInvalid = (): void => {
    const session = this.#opened?.session;
    if (!session) return;
    session.submitted = true;
    const [first] = session.allErrors();
    if (first) {
      this.#current = this.#sectionKeyOf(first);
      // A report (not a check) then focuses the anchor, which may be the section's button when the
      // field is in another section: the field gets focus once its section shows (see `updated`).
      this.#reportFocus = {
        id: errorFocusId(session.state, first.answerKey),
        before: this.shadowRoot?.activeElement ?? null,
      };
    }
    this.requestUpdate();
  };

  /**
   * Printing from the browser's menu: every section, as print mode shows them, rendered now,
   * before the page is laid out for paper. `afterprint` goes back with focus where it was.
   */
  readonly #onBeforePrint = (): void => {
    if (this.#printing) return;
    this.#printing = true;
    this.#focusBeforePrint = this.shadowRoot?.activeElement?.id || undefined;
    this.requestUpdate();
    this.performUpdate();
  };

  readonly #onAfterPrint = (): void => {
    if (!this.#printing) return;
    this.#printing = false;
    this.#focusAfterUpdate = this.#focusBeforePrint;
    this.#focusBeforePrint = undefined;
    this.requestUpdate();
  };

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    // Radios, checkboxes and selects are read on `change`; text as it is typed.
    if (!(target instanceof HTMLTextAreaElement) && !(target instanceof HTMLInputElement)) return;
    if (target instanceof HTMLInputElement && target.type !== 'text') return;
    this.#read(target, true);
  };

  readonly #onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const holder = answerHolder(target);
    const key = holder?.dataset.key;
    if (!key) return;
    const textLike =
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && target.type === 'text');
    if (!textLike) this.#read(target, false);
    // Leaving one part of a date for the next commits nothing: leaving the question does.
    const committed = holder?.dataset.kind === 'date' ? false : this.#endTyping();
    const session = this.#opened?.session;
    if (session?.touch(key) || committed) this.requestUpdate();
    // `change` does not leave a shadow root: say it from the element, as a native field does.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const key = answerHolder(event.target as Element)?.dataset.key;
    // The fields leave the page while it prints: the worker has not left the field.
    if (!key || this.#printing) return;
    // Moving between the radios or date parts of one question does not leave it.
    if (answerHolder(event.relatedTarget as Element | null)?.dataset.key === key) return;
    const committed = this.#endTyping();
    if (!this.#opened?.session.touch(key) && !committed) return;
    // A focused control removed by a render (its question hidden) fires this during the render.
    if (this.#rendering) queueMicrotask(() => this.requestUpdate());
    else this.requestUpdate();
  };

  readonly #onClick = (event: Event): void => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!target) return;
    const key = target.dataset.key ?? '';
    switch (target.dataset.action) {
      case 'section':
        this.#goToSection(target.dataset.section ?? '');
        return;
      case 'summary-link':
        event.preventDefault();
        this.#goToField(key);
        return;
      case 'add-item':
        this.#addItem(key);
        return;
      case 'remove-item':
        this.#removeItem(key, Number(target.dataset.item));
        return;
      case 'add-entry':
        this.#addEntry(key);
        return;
      case 'remove-entry':
        this.#removeEntry(key, Number(target.dataset.item));
        return;
      case 'clear-reading':
        this.#clearReading(key, target.dataset.rater ?? '');
        return;
      case 'transition':
        this.#transition(target.dataset.transition as ResponseAction);
        return;
      case 'add-comment':
        this.#addComment();
        return;
      case 'resolve-comment':
        this.#resolveComment(target.dataset.comment ?? '');
        return;
      default:
        handleDisputeAction(target, {
          element: this,
          session: this.#editable ? this.#opened?.session : undefined,
          ctx: this.#ctx,
          author: () => this.#author(),
          changed: () => this.#autosave.markDirty(),
          announce: (text) => this.#announce(text),
        });
    }
  };

  // Changes -------------------------------------------------------------------------------------

  #author(coalesce = false) {
    return { by: this.user || 'unknown', at: localDateTime(new Date()), coalesce };
  }

  /** Reads a control's value into the response. */
  #read(target: Control, typing: boolean): void {
    const key = answerHolder(target)?.dataset.key;
    const session = this.#opened?.session;
    const state = key ? session?.state.questions.get(key) : undefined;
    if (!key || !session || !state || !this.#editable) return;
    // One change-log entry per edit: keystrokes in one field fold into the entry they started.
    const coalesce = typing && this.#typing?.key === key;
    if (typing && !coalesce) this.#typing = { key, answeredBefore: state.answered };
    const reading = readControl(target, state, this.#drafts);
    if (!reading) return;
    if ('cites' in reading) {
      if (session.setCitations(state.address, reading.cites)) {
        this.#autosave.markDirty();
        this.requestUpdate();
      }
      return;
    }
    this.#set(state, reading.value, coalesce);
  }

  /**
   * The field being typed into was left or changed: its answer is committed. True when that
   * changes what the form shows (the answer was given or cleared by the typing).
   */
  #endTyping(): boolean {
    const typing = this.#typing;
    this.#typing = undefined;
    if (!typing) return false;
    const answered = this.#opened?.session.state.questions.get(typing.key)?.answered ?? false;
    return answered !== typing.answeredBefore;
  }

  /** Sets one answer, then tells the page and autosave. */
  #set(state: QuestionState, value: AnswerChangeValue, coalesce: boolean): boolean {
    const session = this.#opened?.session;
    if (!session) return false;
    let change;
    try {
      change = session.set(state.address, value, this.#author(coalesce));
    } catch {
      // Locked since the form was drawn (authorised elsewhere): nothing to change.
      return false;
    }
    if (!change) return false;
    this.#changed(state.address, change.key, change.old, change.new);
    return true;
  }

  #changed(
    address: AnswerAddress,
    key: string,
    oldValue: AnswerChangeValue,
    newValue: AnswerChangeValue,
  ): void {
    const session = this.#opened?.session;
    if (!session) return;
    this.#autosave.markDirty();
    this.requestUpdate();
    // Built first, then dispatched: the manifest documents events from the @fires tags.
    const event = new PracticeAnswerChangeEvent(address, key, oldValue, newValue, session.response);
    this.dispatchEvent(event);
  }

  /** Sets a value at an address inside a question (a group item); false when nothing changed. */
  #setAt(address: AnswerAddress, value: AnswerChangeValue): boolean {
    const session = this.#opened?.session;
    if (!session) return false;
    let change;
    try {
      change = session.set(address, value, this.#author());
    } catch {
      return false;
    }
    if (!change) return false;
    this.#changed(address, change.key, change.old, change.new);
    return true;
  }

  #addItem(key: string): void {
    const session = this.#opened?.session;
    const state = session?.state.questions.get(key);
    if (!session || !state) return;
    const item = isGroupValue(state.value) ? state.value.length : 0;
    if (this.#setAt({ ...state.address, item }, {})) {
      this.#focusAfterUpdate = itemFocusId(session.state, key, item) ?? fieldId(key);
    }
  }

  #removeItem(key: string, index: number): void {
    const session = this.#opened?.session;
    const state = session?.state.questions.get(key);
    if (!session || !state || !Number.isInteger(index)) return;
    if (!this.#setAt({ ...state.address, item: index }, undefined)) return;
    const value = session.state.questions.get(key)?.value;
    const left = isGroupValue(value) ? value.length : 0;
    this.#focusAfterUpdate =
      (index < left ? itemFocusId(session.state, key, index) : undefined) ??
      (left ? addButtonId(key) : fieldId(key));
    this.#announce(this.#ctx?.i18n.t('assessment.itemRemoved'));
  }

  #addEntry(key: string): void {
    const state = this.#opened?.session.state.questions.get(key);
    if (!state || state.question.type !== 'entries') return;
    const entries = entriesOf(state.value);
    const added: StructuredEntry = { id: newEntryId(state.question.entry, entries), text: '' };
    if (state.question.entry === 'child-voice') {
      // Nothing typed twice: the child of a per-child section, the worker, today.
      if (state.address.child !== undefined) added.saidBy = state.address.child;
      if (this.user) added.recordedBy = this.user;
      added.recordedOn = this.data.view.today;
    }
    if (this.#set(state, [...entries, added], false)) {
      this.#focusAfterUpdate = entryFieldId(key, entries.length, 'text');
    }
  }

  #removeEntry(key: string, index: number): void {
    const state = this.#opened?.session.state.questions.get(key);
    if (!state) return;
    const entries = entriesOf(state.value);
    if (!entries[index]) return;
    entries.splice(index, 1);
    if (this.#set(state, entries.length ? entries : undefined, false)) {
      this.#focusAfterUpdate =
        index < entries.length
          ? entryFieldId(key, index, 'text')
          : entries.length
            ? addButtonId(key)
            : fieldId(key);
      this.#announce(this.#ctx?.i18n.t('assessment.itemRemoved'));
    }
  }

  #clearReading(key: string, rater: string): void {
    const state = this.#opened?.session.state.questions.get(key);
    if (!state) return;
    const readings = without(readingsOf(state.value), rater);
    this.#drafts.delete(`${key}~${rater}`);
    if (this.#set(state, readingsValue(readings), false)) {
      const raters =
        state.question.type === 'scale' ? (state.question.raters ?? ['worker']) : ['worker'];
      this.#focusAfterUpdate = raters[0] === rater ? fieldId(key) : `${fieldId(key)}~${rater}`;
    }
  }

  /** Says something to screen readers through the status region. */
  #announce(text: string | undefined): void {
    const region = this.shadowRoot?.getElementById('announcer');
    if (region && text) region.textContent = text;
  }

  // Life cycle ----------------------------------------------------------------------------------

  #allowedActions(): Set<ResponseAction> {
    if (this.actions === undefined) return new Set(DEFAULT_ACTIONS);
    const words = this.actions.split(/\s+/);
    return new Set(RESPONSE_ACTIONS.filter((action) => words.includes(action)));
  }

  #fieldText(id: string): string {
    const field = this.shadowRoot?.getElementById(id) as HTMLTextAreaElement | null;
    return field?.value ?? '';
  }

  #transition(action: ResponseAction): void {
    const opened = this.#opened;
    const i18n = this.#ctx?.i18n;
    if (!opened || !i18n || !this.#allowedActions().has(action) || this.#isDisabled) return;
    if (this.#readOnly === 'audience' || this.#readOnly === 'unknown-version') return;
    const session = opened.session;
    const before = session.response;
    if (action === 'submit' || action === 'resubmit') {
      session.submitted = true;
      if (session.state.errorCount > 0) {
        this.#message = undefined;
        this.#focusAfterUpdate = ERROR_SUMMARY_ID;
        const [first] = session.allErrors();
        if (first && this.#mode === 'edit') this.#current ??= this.#sectionKeyOf(first);
        this.requestUpdate();
        return;
      }
    }
    const reasonId =
      action === 'return'
        ? LIFECYCLE_IDS.returnReason
        : action === 'amend'
          ? LIFECYCLE_IDS.amendReason
          : undefined;
    const reason = reasonId ? this.#fieldText(reasonId).trim() : '';
    let next: AssessmentResponse;
    try {
      next = transition(before, action, {
        ...this.#author(),
        ...(reason && { reason }),
      });
    } catch (error) {
      if (!(error instanceof TransitionError)) throw error;
      this.#message = { text: i18n.t(`assessment.transitionError.${error.code}`), error: true };
      this.requestUpdate();
      return;
    }
    if (action === 'submit' || action === 'resubmit') {
      const submit = new PracticeSubmitEvent(action, next);
      this.dispatchEvent(submit);
      if (submit.defaultPrevented) return;
    }
    session.replace(next);
    this.#message = { text: i18n.t(`assessment.action.done.${action}`), error: false };
    if (action === 'amend') this.#current = undefined;
    this.#autosave.markDirty();
    this.requestUpdate();
    const moved = new PracticeStatusChangeEvent(
      action,
      before.status,
      next.status,
      next,
      reason || undefined,
    );
    this.dispatchEvent(moved);
  }

  #addComment(): void {
    const session = this.#opened?.session;
    const i18n = this.#ctx?.i18n;
    const select = this.shadowRoot?.getElementById(
      LIFECYCLE_IDS.commentQuestion,
    ) as HTMLSelectElement | null;
    const textarea = this.shadowRoot?.getElementById(
      LIFECYCLE_IDS.commentText,
    ) as HTMLTextAreaElement | null;
    if (!session || !i18n || !select || !textarea || this.#isDisabled) return;
    const text = textarea.value.trim();
    if (!text) {
      this.#message = { text: i18n.t('assessment.comment.empty'), error: true };
      this.requestUpdate();
      return;
    }
    let next: AssessmentResponse;
    try {
      next = addComment(session.response, { question: select.value, text, ...this.#author() });
    } catch {
      return;
    }
    session.replace(next);
    textarea.value = '';
    this.#message = { text: i18n.t('assessment.comment.added'), error: false };
    this.#autosave.markDirty();
    this.requestUpdate();
  }

  #resolveComment(id: string): void {
    const session = this.#opened?.session;
    if (!session || !this.#editable) return;
    try {
      session.replace(resolveComment(session.response, id));
    } catch {
      return;
    }
    this.#autosave.markDirty();
    this.requestUpdate();
  }

  // Navigation ----------------------------------------------------------------------------------

  #sectionKeyOf(item: ErrorSummaryItem): string {
    return item.address.child === undefined
      ? item.section
      : `${item.address.child}/${item.section}`;
  }

  #goToSection(key: string): void {
    this.#current = key;
    this.#focusAfterUpdate = sectionHeadingId(key);
    this.requestUpdate();
  }

  #goToField(key: string): void {
    const form = this.#opened?.session.state;
    const state = form?.questions.get(key);
    if (!form || !state) return;
    // From review, an error link goes back to the question to change it.
    if (this.#mode !== 'edit' && !this.#readOnly) this.mode = 'edit';
    this.#current = state.sectionKey;
    this.#focusAfterUpdate = errorFocusId(form, key);
    this.requestUpdate();
  }

  // Autosave ------------------------------------------------------------------------------------

  #adapter(): AutosaveAdapter | undefined {
    if (this.adapter) return this.adapter;
    const { saveDraft, loadDraft } = this;
    if (saveDraft && loadDraft) return callbackAdapter({ saveDraft, loadDraft });
    if (this.autosave === 'events') return eventAdapter(this);
    return undefined;
  }

  #autosaveKey(): AutosaveKey | undefined {
    const opened = this.#opened;
    if (!opened) return undefined;
    return {
      caseId: opened.caseId,
      responseId: opened.session.response.id,
      template: opened.template.id,
    };
  }

  /**
   * Opens a saved draft of this response when it is newer than the one opened: later, or from the
   * same minute and carrying on from it (see `carriesOn`).
   */
  async #restoreDraft(opened: Opened): Promise<void> {
    const before = opened.session.response;
    const draft = await this.#autosave.restore();
    if (!draft || this.#opened !== opened || opened.session.response !== before) return;
    if (draft.id !== before.id || draft.template !== before.template) return;
    if (sameAnswerValue(draft, before)) return;
    const [draftTime, openedTime] = [lastActivity(draft), lastActivity(before)];
    const newer = draftTime > openedTime || (draftTime === openedTime && carriesOn(draft, before));
    if (!newer) return;
    const reopened = openResponse(draft, opened.model, opened.template.id, this.#previousModels());
    if (reopened.readOnly === 'unknown-version') return;
    opened.session.replace(reopened.response, true);
    this.#drafts.clear();
    this.#restored = true;
    this.requestUpdate();
  }

  #saveStatus(i18n: Localiser): string | undefined {
    if (!this.#adapter()) return undefined;
    const status = this.#autosave.status;
    if (status === 'saved' && this.#autosave.savedAt) {
      const time = new Intl.DateTimeFormat(i18n.locale, {
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(this.#autosave.savedAt));
      return i18n.t('assessment.save.saved', { time });
    }
    if (status === 'saving') return i18n.t('assessment.save.saving');
    if (status === 'pending') return i18n.t('assessment.save.pending');
    if (status === 'error') return i18n.t('assessment.save.error');
    return '';
  }

  // Form association ----------------------------------------------------------------------------

  get #isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** The reason the response cannot be changed here, if any. */
  get #readOnly(): ReadOnlyReason | 'audience' | undefined {
    const opened = this.#opened;
    if (!opened) return undefined;
    if (opened.unknownVersion) return 'unknown-version';
    if (isLocked(opened.session.response)) return 'locked';
    if (this.data.view.audience) return 'audience';
    return undefined;
  }

  get #mode(): AssessmentMode {
    if (this.#printing) return 'print';
    const requested = (ASSESSMENT_MODES as readonly string[]).includes(this.mode ?? '')
      ? (this.mode as AssessmentMode)
      : 'edit';
    return requested === 'edit' && this.#readOnly ? 'review' : requested;
  }

  get #editable(): boolean {
    return this.#opened !== undefined && this.#mode === 'edit' && !this.#isDisabled;
  }

  #syncForm(): void {
    const session = this.#opened?.session;
    const response = session?.response;
    if (response !== this.#lastFormValue) {
      this.#lastFormValue = response;
      const json = response ? JSON.stringify(response) : null;
      this.#internals.setFormValue(json, json);
    }
    const ctx = this.#ctx;
    if (
      !session ||
      !ctx ||
      ctx.session !== session ||
      this.#readOnly ||
      session.state.errorCount === 0
    ) {
      this.#internals.setValidity({});
      return;
    }
    const [first] = session.allErrors();
    if (!first) {
      this.#internals.setValidity({});
      return;
    }
    const root = this.shadowRoot;
    const anchor =
      root?.getElementById(errorFocusId(session.state, first.answerKey)) ??
      root?.getElementById(fieldId(first.answerKey)) ??
      root?.querySelector<HTMLElement>(
        `[data-section="${CSS.escape(this.#sectionKeyOf(first))}"]`,
      ) ??
      root?.getElementById('assessment-heading') ??
      undefined;
    this.#internals.setValidity({ customError: true }, this.#describe(ctx, first).message, anchor);
  }

  #describe(ctx: FormContext, item: ErrorSummaryItem): AssessmentError {
    const state = ctx.session.state.questions.get(item.answerKey);
    const label = state ? contextualLabel(ctx, state) : item.answerKey;
    return { ...item, message: errorText(ctx, item, label) };
  }

  // Opening -------------------------------------------------------------------------------------

  #previousModels(): PracticeModel[] {
    return (this.previousModels ?? [])
      .map((input) => readModel(input).model)
      .filter((model): model is PracticeModel => model !== undefined);
  }

  /** The response to work on for these inputs: the same session while they stay the same. */
  #open(view: ReadyCaseView): Opened | Problem {
    const { model, sourceRecord } = view;
    const source = [
      model,
      sourceRecord,
      this.template,
      this.response,
      this.#external,
      this.previousModels,
    ];
    const current = this.#opened ?? this.#problem;
    if (current && source.every((s, i) => s === current.source[i])) return current;
    const opened = this.#opened;
    if (opened && this.#continues(opened, view, source)) {
      opened.source = source;
      return opened;
    }
    const result = this.#openFresh(view, source);
    if ('session' in result) {
      this.#opened = result;
      this.#problem = undefined;
      this.#drafts.clear();
      this.#current = undefined;
      this.#message = undefined;
      this.#restored = false;
      const pending = this.#pendingRestore;
      if (pending && this.#applyRestore(result, pending)) this.#pendingRestore = undefined;
    } else {
      this.#opened = undefined;
      this.#problem = result;
    }
    return result;
  }

  /**
   * True when new inputs still describe the response being worked on, so the worker's session
   * (what they typed, touched, the section they are in) carries on: the host gave back this
   * element's own `value`, or passed a new record whose copy of the response is this one or an
   * earlier state of it (a host saving as the worker types is always a little behind).
   */
  #continues(opened: Opened, view: ReadyCaseView, source: readonly unknown[]): boolean {
    const before = opened.source;
    if ([0, 2, 3, 5].some((i) => source[i] !== before[i])) return false;
    const session = opened.session;
    const external = source[4];
    if (external !== before[4]) return external === session.response;
    // Only the record changed.
    if (external !== undefined && external !== null) return true;
    const theirs = (view.sourceRecord.responses ?? []).find((r) => r.id === session.response.id);
    if (!theirs) return opened.isNew;
    return isEarlierState(theirs, session);
  }

  #openFresh(view: ReadyCaseView, source: readonly unknown[]): Opened | Problem {
    const { model, sourceRecord } = view;
    const problem = (content: (i18n: Localiser) => TemplateResult): Problem => ({
      source,
      content,
    });
    const [first] = model.templates;
    if (!first) return problem((i18n) => renderEmpty(i18n.t('assessment.noTemplates')));
    let given: AssessmentResponse | undefined;
    if (this.#external !== undefined && this.#external !== null) {
      useJitlessZod();
      const parsed = z.safeParse(AssessmentResponse, this.#external);
      if (!parsed.success) {
        const issues = fromZodIssues(parsed.error.issues, this.#external);
        return problem((i18n) => this.#renderResponseProblem(i18n, issues));
      }
      given = parsed.data;
    }
    const responses = sourceRecord.responses ?? [];
    const chosen =
      given ?? (this.response ? responses.find((r) => r.id === this.response) : undefined);
    if (this.response && !chosen) {
      const id = this.response;
      return problem((i18n) => renderEmpty(i18n.t('assessment.unknownResponse', { id })));
    }
    const templateId = this.template || chosen?.template || first.id;
    const template = model.templates.find((t) => t.id === templateId);
    if (!template) {
      return problem((i18n) =>
        renderEmpty(i18n.t('assessment.unknownTemplate', { id: templateId })),
      );
    }
    const existing = chosen ?? responses.find((r) => r.template === template.id);
    const response: AssessmentResponse = existing ?? {
      id: this.response || `${template.id}-draft`,
      model: { id: model.id, version: model.version },
      template: template.id,
      subjects: [...sourceRecord.subjects],
      status: 'draft',
      answers: {},
    };
    const opened = openResponse(response, model, template.id, this.#previousModels());
    const session = new AssessmentSession(
      compiledFor(template),
      opened.response,
      this.#formOptions(view, opened.response),
    );
    return {
      source,
      model,
      template,
      session,
      caseId: sourceRecord.id,
      isNew: existing === undefined,
      unknownVersion: opened.readOnly === 'unknown-version',
      migrated: opened.migrated,
      optionsKey: [view.today, model, sourceRecord],
      restoreTried: false,
    };
  }

  #formOptions(view: ReadyCaseView, response: AssessmentResponse): FormOptions {
    return {
      subjects: response.subjects ?? view.sourceRecord.subjects,
      today: view.today,
      model: view.model,
      persons: view.sourceRecord.persons.map((p) => p.id),
    };
  }

  // Render helpers ------------------------------------------------------------------------------

  /** A value worked out once while its inputs stay the same (by identity). */
  #memo<T>(name: string, key: readonly unknown[], compute: () => T): T {
    const cached = this.#memos.get(name);
    if (cached && cached.key.length === key.length && key.every((k, i) => k === cached.key[i])) {
      return cached.value as T;
    }
    const value = compute();
    this.#memos.set(name, { key, value });
    return value;
  }

  #renderResponseProblem(i18n: Localiser, issues: readonly ValidationIssue[]): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      ${heading(this.level(), i18n.t('assessment.responseInvalid.heading'))}
      <p>${i18n.t('assessment.responseInvalid.intro')}</p>
      ${renderIssueList(issues, i18n)}
    </div>`;
  }

  #clock(view: ReadyCaseView, opened: Opened): AssessmentClock | undefined {
    const response = opened.session.response;
    return this.#memo(
      'clock',
      [
        view.model,
        view.sourceRecord,
        view.record,
        view.today,
        view.division,
        response.started,
        response.template,
        response.history,
        response.changes?.[0],
      ],
      () => {
        let clock: AssessmentClock | undefined;
        try {
          clock = assessmentClock(view.model, view.sourceRecord, response, {
            today: view.today,
            division: view.division,
          });
        } catch {
          return undefined;
        }
        // A referral withheld from the audience must not surface through its clock.
        if (clock && view.record !== view.sourceRecord) {
          const anchor = clock.clock.anchor.event;
          const shown = (view.record.events ?? []).some((e) => e.id === anchor && !isRedacted(e));
          if (!shown) return undefined;
        }
        return clock;
      },
    );
  }

  #scores(ctx: FormContext, opened: Opened): ShownScore[] {
    const { template, model, session } = opened;
    const scores = template.scores ?? [];
    if (scores.length === 0) return [];
    return this.#memo('scores', [ctx.state, ctx.response, ctx.i18n], () => {
      const compiled = session.compiled;
      const perChild = (id: string) => compiled.questions.get(id)?.perChild === true;
      const shown: ShownScore[] = [];
      const add = (results: ReturnType<typeof computeScores>, child?: string) => {
        for (const result of results) {
          const score = scores.find((s) => s.id === result.id);
          if (!score || score.of.some(perChild) !== (child !== undefined)) continue;
          const label = ctx.i18n.text(score.label);
          shown.push({
            label:
              child === undefined
                ? label
                : ctx.i18n.t('assessment.labelInContext', {
                    label,
                    context: nameFor(ctx, child),
                  }),
            value: result.value,
            ...(result.band && { band: ctx.i18n.text(result.band.label) }),
          });
        }
      };
      add(computeScores(compiled, ctx.response, model, { state: ctx.state }));
      if (scores.some((s) => s.of.some(perChild))) {
        for (const child of ctx.state.subjects) {
          add(computeScores(compiled, ctx.response, model, { state: ctx.state, child }), child);
        }
      }
      return shown;
    });
  }

  #context(view: ReadyCaseView, opened: Opened): FormContext {
    const session = opened.session;
    // Today or the record's people changed: the checks that read them run again.
    const optionsKey = [view.today, view.model, view.sourceRecord];
    if (!optionsKey.every((k, i) => k === opened.optionsKey[i])) {
      opened.optionsKey = optionsKey;
      session.reconfigure(this.#formOptions(view, session.response));
    }
    const mode = this.#mode;
    const editable = this.#editable;
    const audience = view.audience;
    let response = session.response;
    let state: FormState = session.state;
    let withheld: ReadonlySet<string> = NOTHING_WITHHELD;
    if (audience) {
      const redacted = this.#memo('redacted', [session.response, audience, opened.template], () => {
        const result = redactAnswers(opened.template, session.response, audience);
        return { response: result.response, withheld: new Set(result.withheld) };
      });
      response = redacted.response;
      withheld = redacted.withheld;
      state = this.#memo('redactedState', [response, session.compiled, view.today], () =>
        formState(session.compiled, redacted.response, this.#formOptions(view, redacted.response)),
      );
    }
    const comments = this.#memo('comments', [response.comments], () => {
      const byKey = new Map<string, ResponseComment[]>();
      for (const comment of response.comments ?? []) {
        if (comment.resolved || comment.question === undefined) continue;
        const list = byKey.get(comment.question) ?? [];
        list.push(comment);
        byKey.set(comment.question, list);
      }
      return byKey;
    });
    const disabled = this.#isDisabled;
    const epochKey = [view, mode, editable, disabled, state.compiled];
    if (!epochKey.every((k, i) => k === this.#epoch.key[i])) {
      this.#epoch = { key: epochKey, value: {} };
    }
    return {
      i18n: view.i18n,
      model: view.model,
      record: view.record,
      persons: this.#memo('persons', [view.record], () => personsById(view.record)),
      professionals: this.#memo(
        'professionals',
        [view.record],
        () => new Map((view.record.professionals ?? []).map((p) => [p.id, p])),
      ),
      redacting: audience !== undefined,
      today: view.today,
      mode,
      editable,
      disabled,
      session,
      state,
      response,
      withheld,
      typing: this.#typing,
      drafts: this.#drafts,
      comments,
      level: (offset = 0) => this.level(offset),
      epoch: this.#epoch.value,
    };
  }

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const opened = this.#open(view);
    if (!('session' in opened)) {
      this.#ctx = undefined;
      return opened.content(view.i18n);
    }
    // A saved draft is looked for once, as soon as there is somewhere to look (the host may set
    // the adapter after the element opened the response).
    if (!opened.restoreTried && this.#adapter()) {
      opened.restoreTried = true;
      if (!opened.unknownVersion && !isLocked(opened.session.response)) {
        void this.#restoreDraft(opened);
      }
    }
    const ctx = this.#context(view, opened);
    this.#ctx = ctx;
    const { i18n } = ctx;
    const mode = ctx.mode;
    const response = ctx.response;
    const started =
      !opened.isNew || Object.keys(response.answers).length > 0 || !!response.childAnswers;
    const sections = [...ctx.state.sections.values()].filter((s) => s.visible);
    // In review, errors show after a submission attempt ("check your answers", then submit).
    const summary =
      mode === 'edit' || (mode === 'review' && opened.session.submitted && !this.#readOnly)
        ? opened.session.summary()
        : [];
    return html`<article class="assessment mode-${mode}" aria-labelledby="assessment-heading">
      ${focusableHeading(this.level(), modelText(i18n, opened.template.name), 'assessment-heading')}
      ${this.#renderNotices(ctx, opened)}
      ${renderHeader(
        ctx,
        {
          clock: this.#clock(view, opened),
          scores: this.#scores(ctx, opened),
          saveStatus: mode === 'edit' ? this.#saveStatus(i18n) : undefined,
        },
        started,
      )}
      ${renderErrorSummary(ctx, summary)} ${renderPreviousVersion(ctx)}
      ${
        mode === 'edit'
          ? this.#renderEdit(ctx, sections, summary)
          : sections.map((section) => this.#renderReviewSection(ctx, section))
      }
      ${
        mode === 'print' || !started
          ? nothing
          : renderLifecycle(ctx, {
              // Nothing moves a response shown to an audience or from an unknown version.
              allowed:
                this.#readOnly === 'audience' || this.#readOnly === 'unknown-version'
                  ? new Set()
                  : this.#allowedActions(),
              message: this.#message,
              anchors: this.#commentAnchors(ctx),
              disabled: this.#isDisabled,
            })
      }
      <p id="announcer" class="visually-hidden" role="status"></p>
    </article>`;
  }

  #renderNotices(ctx: FormContext, opened: Opened): unknown {
    const { i18n } = ctx;
    const notices: string[] = [];
    const readOnly = this.#readOnly;
    const pinned = opened.session.response.model;
    if (readOnly === 'unknown-version') {
      notices.push(
        i18n.t('assessment.notice.unknownVersion', {
          version: pinned.version,
          model: pinned.id,
        }),
      );
    } else if (readOnly === 'locked' && (this.mode ?? 'edit') === 'edit') {
      notices.push(i18n.t('assessment.notice.locked'));
    }
    if (opened.migrated) {
      notices.push(i18n.t('assessment.notice.migrated', { version: ctx.model.version }));
    }
    if (this.#restored) notices.push(i18n.t('assessment.notice.restored'));
    if (ctx.mode === 'print' || notices.length === 0) return nothing;
    return notices.map((text) => html`<p class="notice" part="notice">${text}</p>`);
  }

  #commentAnchors(ctx: FormContext): [string, string][] {
    if (!this.#allowedActions().has('return') || ctx.response.status !== 'submitted') return [];
    const anchors: [string, string][] = [];
    const states = [...ctx.state.questions.values()]
      .filter((q) => q.visible && q.question.type !== 'content' && q.address.item === undefined)
      .sort((a, b) => {
        for (let i = 0; i < a.position.length; i++) {
          const d = (a.position[i] ?? 0) - (b.position[i] ?? 0);
          if (d) return d;
        }
        return 0;
      });
    for (const state of states) anchors.push([state.key, contextualLabel(ctx, state)]);
    return anchors;
  }

  #renderEdit(
    ctx: FormContext,
    sections: readonly SectionState[],
    summary: readonly ErrorSummaryItem[],
  ): TemplateResult {
    const index = Math.max(
      0,
      sections.findIndex((s) => s.key === this.#current),
    );
    const section = sections[index];
    if (!section) return renderEmpty(ctx.i18n.t('assessment.nothingToAnswer'));
    const several = sections.length > 1;
    // The questions sit in one wrapper, not directly in the fieldset: Chromium rebuilds the layout
    // of all a fieldset's children whenever a child is added, so a question shown by a condition
    // would otherwise rebuild the whole section's.
    return html`<div class="layout${several ? ' layout--nav' : ''}">
      ${several ? renderSectionNav(ctx, sections, section.key, errorsBySection(summary)) : nothing}
      <section class="section" part="section" aria-labelledby=${sectionHeadingId(section.key)}>
        ${sectionHeading(ctx, section)}
        ${
          section.section.description
            ? html`<p
                class="description"
                lang=${ifDefined(ctx.i18n.textLang(section.section.description))}
              >
                ${ctx.i18n.text(section.section.description)}
              </p>`
            : nothing
        }
        ${
          section.section.guidance
            ? html`<details class="guidance">
                <summary>${ctx.i18n.t('assessment.sectionGuidance')}</summary>
                <p lang=${ifDefined(ctx.i18n.textLang(section.section.guidance))}>
                  ${ctx.i18n.text(section.section.guidance)}
                </p>
              </details>`
            : nothing
        }
        <fieldset
          class="section-fields"
          ?disabled=${ctx.disabled}
          aria-labelledby=${sectionHeadingId(section.key)}
        >
          <div class="questions">${renderSectionFields(ctx, section)}</div>
        </fieldset>
        ${several ? renderPagination(ctx, sections[index - 1], sections[index + 1]) : nothing}
      </section>
    </div>`;
  }

  #renderReviewSection(ctx: FormContext, section: SectionState): unknown {
    if (section.questions === 0) return nothing;
    // A section whose every answer is hidden from the audience is left out with them.
    const rows = reviewRows(ctx, section);
    if (rows.length === 0 && ctx.withheld.size > 0) return nothing;
    return html`<section
      class="section"
      part="section"
      aria-labelledby=${sectionHeadingId(section.key)}
    >
      ${heading(
        ctx.level(1),
        section.child === undefined
          ? modelText(ctx.i18n, section.section.title)
          : sectionTitle(ctx, section),
        sectionHeadingId(section.key),
      )}
      ${
        section.section.description
          ? html`<p
              class="description"
              lang=${ifDefined(ctx.i18n.textLang(section.section.description))}
            >
              ${ctx.i18n.text(section.section.description)}
            </p>`
          : nothing
      }
      ${renderReviewRows(ctx, rows)}
    </section>`;
  }
}
