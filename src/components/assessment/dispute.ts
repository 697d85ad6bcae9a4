/**
 * Disagreements with recorded answers, in edit mode. A parent or a young person may dispute what
 * the worker recorded: their view is recorded alongside the answer, never instead of it. Under each
 * answered question: the disagreements recorded against it ("Disputed by Kelly Hollis (mother):
 * …"), each with "Change" and "Remove", then a "Record a disagreement" button that shows and hides
 * a region asking who disagrees (a person of the case record) and what they say.
 *
 * The controls carry `data-dispute-key`, never `data-key`: they are not answers, so the element's
 * answer listeners pass them by. The element hands the clicks it does not handle itself to
 * {@link handleDisputeAction}, which reads the two fields when "Save" is pressed (as the comment
 * form is read), records the change through the pure model, and fires `practice-dispute-change`.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AnswerAddress, AnswerKey } from '../../model/assessment/address.js';
import { getAnswerRecord, type ChangeAuthor } from '../../model/assessment/answers.js';
import {
  answerDisputes,
  disputeRelation,
  recordDispute,
  removeDispute,
  type DisputedAnswer,
} from '../../model/assessment/disputes.js';
import type { QuestionState } from '../../model/assessment/visibility.js';
import type { AnswerDispute, AssessmentResponse } from '../../model/case-record/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { personChoices, selectOptions } from './entries.js';
import { fieldId, nameFor, type FormContext } from './form-context.js';
import type { AssessmentSession } from './session.js';

// Event ---------------------------------------------------------------------------------------

/**
 * `practice-dispute-change`: the worker recorded, changed or removed a disagreement with an
 * answer. `old` and `new` are the disagreement before and after (as in the change log entry);
 * `response` is the whole response after the change. The answer's value did not change.
 */
export class PracticeDisputeChangeEvent extends Event {
  static readonly eventName = 'practice-dispute-change';

  /** The disagreement before (`undefined`: it was recorded by this change). */
  readonly old: AnswerDispute | undefined;
  /** The disagreement after (`undefined`: it was removed). */
  readonly new: AnswerDispute | undefined;

  /**
   * @param address the answer disagreed with.
   * @param key the same address as one string (`ellie/analysis`).
   * @param oldDispute the disagreement before.
   * @param newDispute the disagreement after.
   * @param response the response after the change.
   */
  constructor(
    readonly address: AnswerAddress,
    readonly key: AnswerKey,
    oldDispute: AnswerDispute | undefined,
    newDispute: AnswerDispute | undefined,
    readonly response: AssessmentResponse,
  ) {
    super(PracticeDisputeChangeEvent.eventName, { bubbles: true, composed: true });
    this.old = oldDispute;
    this.new = newDispute;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-dispute-change': PracticeDisputeChangeEvent;
  }
}

// Ids and editor state ------------------------------------------------------------------------

/** The ids of one answer's disagreement controls: the toggle, the region and its fields. */
export const disputeIds = (key: AnswerKey) =>
  ({
    toggle: `dispute-${key}`,
    editor: `dispute-${key}-editor`,
    by: `dispute-${key}-by`,
    text: `dispute-${key}-text`,
    hint: `dispute-${key}-hint`,
    byError: `dispute-${key}-by-error`,
    textError: `dispute-${key}-text-error`,
  }) as const;

/** What the worker left out when saving a disagreement. */
type Missing = 'by' | 'text';

/**
 * One open editor: the disagreement being changed (none: a new one), and what was missing at the
 * last attempt to save. A closed editor has no state, and no fields in the DOM.
 */
interface EditorState {
  readonly editing?: string;
  readonly missing: readonly Missing[];
  /**
   * What the worker has chosen and typed and not yet saved, kept while the editor is open, so
   * moving to another section (which removes the fields from the DOM) loses nothing.
   */
  readonly draft?: { by?: string; text?: string };
}

/** Open editors by answer key, per open response (dropped with the session). */
const editors = new WeakMap<AssessmentSession, Map<AnswerKey, EditorState>>();
/** How many times a session's editors were opened, changed or closed. */
const editorChanges = new WeakMap<AssessmentSession, number>();

/**
 * Changes whenever an editor of the session opens, changes or closes: a long section's blocks list
 * it with what they draw (see `renderSectionFields`), as each question's guard lists its editor.
 */
export function disputeEditorsVersion(session: AssessmentSession): number {
  return editorChanges.get(session) ?? 0;
}

function editorsChanged(session: AssessmentSession): void {
  editorChanges.set(session, disputeEditorsVersion(session) + 1);
}

function editorsOf(session: AssessmentSession): Map<AnswerKey, EditorState> {
  let map = editors.get(session);
  if (!map) {
    map = new Map();
    editors.set(session, map);
  }
  return map;
}

// Words ---------------------------------------------------------------------------------------

/**
 * Who disagrees, as shown: the name with how they stand to the child where the record says
 * ("Kelly Hollis (mother)"), "Name withheld" for a person the audience may not see.
 */
export function disputerName(ctx: FormContext, address: AnswerAddress, personId: string): string {
  const { i18n } = ctx;
  const name = nameFor(ctx, personId);
  const children =
    address.child !== undefined ? [address.child] : (ctx.response.subjects ?? ctx.record.subjects);
  const relation = disputeRelation(ctx.record, ctx.model, personId, children);
  if (relation === undefined || !ctx.persons.has(personId)) return name;
  const context =
    typeof relation === 'string'
      ? i18n.t(`assessment.dispute.relation.${relation}`)
      : i18n.text(relation.type.label).toLocaleLowerCase(i18n.locale);
  return i18n.t('assessment.labelInContext', { label: name, context });
}

/**
 * True when the person who disagrees is withheld from the audience: their disagreement is then
 * withheld with them, since what they say could tell who they are.
 */
export function isDisputerWithheld(ctx: FormContext, personId: string): boolean {
  if (!ctx.redacting) return false;
  const person = ctx.persons.get(personId);
  return !person || isRedacted(person);
}

/** "Disputed by Kelly Hollis (mother): …", or "Information withheld". */
export function disputeSentence(
  ctx: FormContext,
  address: AnswerAddress,
  dispute: AnswerDispute,
): string {
  if (isDisputerWithheld(ctx, dispute.by)) return ctx.i18n.t('common.informationWithheld');
  return ctx.i18n.t('assessment.dispute.shown', {
    name: disputerName(ctx, address, dispute.by),
    text: dispute.text,
  });
}

// Rendering -----------------------------------------------------------------------------------

/** The disagreements stored with the answer of `state` (undefined: none, or no answer). */
function storedDisputes(ctx: FormContext, state: QuestionState): DisputedAnswer['disputes'] {
  return (getAnswerRecord(ctx.response, state.address) as DisputedAnswer | undefined)?.disputes;
}

/**
 * True when the question's answer is committed: given, and not just being typed. A text field's
 * answer counts once the field is left or changed (`change`), not from its first keystroke; while
 * a field already answered is typed into again, it still counts.
 */
function hasCommittedAnswer(ctx: FormContext, state: QuestionState): boolean {
  const typing = ctx.typing;
  return typing?.key === state.key ? typing.answeredBefore : state.answered;
}

/**
 * What {@link renderDisputes} reads besides the question's state and the form's epoch: the
 * answer's disagreements (by identity), the open editor, and whether the answer is committed. A
 * guard over the question lists these so that the question and its disagreements render as one.
 */
export function disputeDependencies(ctx: FormContext, state: QuestionState): readonly unknown[] {
  if (state.question.type === 'content' || state.address.item !== undefined) return NO_DEPENDENCIES;
  return [
    storedDisputes(ctx, state),
    editors.get(ctx.session)?.get(state.key),
    hasCommittedAnswer(ctx, state),
  ];
}

const NO_DEPENDENCIES: readonly unknown[] = [undefined, undefined, false];

/**
 * The disagreements under one question in edit mode, and the "Record a disagreement" button that
 * shows and hides the region to record one: only for a question with a committed answer (see
 * {@link hasCommittedAnswer}) or already disputed (top-level or a child's, not inside a group
 * item). The region's fields are in the DOM only while it is open, so an answered question costs
 * one button. Drawn inside the question's own template; re-rendered only when the disagreements,
 * the editor, the committed answer or the form's epoch change.
 */
export function renderDisputes(ctx: FormContext, state: QuestionState): unknown {
  if (state.question.type === 'content' || state.address.item !== undefined) return nothing;
  const stored = storedDisputes(ctx, state);
  const committed = hasCommittedAnswer(ctx, state);
  if (!committed && !stored?.length) return nothing;
  const editor = editors.get(ctx.session)?.get(state.key);
  return guard([stored, editor, ctx.epoch], () => renderRegion(ctx, state, editor));
}

function renderRegion(
  ctx: FormContext,
  state: QuestionState,
  editor: EditorState | undefined,
): TemplateResult {
  const { i18n } = ctx;
  const key = state.key;
  const ids = disputeIds(key);
  const disputes = answerDisputes(ctx.response, state.address);
  const toggle = html`<button
    type="button"
    class="button button--link dispute-toggle"
    id=${ids.toggle}
    aria-expanded=${editor ? 'true' : 'false'}
    aria-controls=${ifDefined(editor ? ids.editor : undefined)}
    data-action="toggle-dispute"
    data-dispute-key=${key}
  >
    ${i18n.t('assessment.dispute.record')}
  </button>`;
  // Most answers are not disputed: then the button alone, one element.
  if (!disputes.length && !editor) return toggle;
  return html`<div class="disputes" part="disputes">
    ${disputes.length ? renderList(ctx, state, disputes) : nothing}${toggle}
    ${editor ? renderEditor(ctx, key, disputes, editor) : nothing}
  </div>`;
}

function renderList(
  ctx: FormContext,
  state: QuestionState,
  disputes: readonly AnswerDispute[],
): TemplateResult {
  const { i18n } = ctx;
  const button = (action: string, id: string, text: string) =>
    html`<button
      type="button"
      class="button button--link"
      data-action=${action}
      data-dispute-key=${state.key}
      data-dispute=${id}
    >
      ${text}
    </button>`;
  return html`<ul class="plain-list dispute-list">
    ${disputes.map((dispute) => {
      const name = nameFor(ctx, dispute.by);
      return html`<li class="dispute" part="dispute">
        <p class="long-text">${disputeSentence(ctx, state.address, dispute)}</p>
        <div class="button-group">
          ${button('change-dispute', dispute.id, i18n.t('assessment.dispute.change', { name }))}
          ${button('remove-dispute', dispute.id, i18n.t('assessment.dispute.remove', { name }))}
        </div>
      </li>`;
    })}
  </ul>`;
}

function fieldError(ctx: FormContext, id: string, text: string): TemplateResult {
  return html`<p class="error-message" id=${id}>
    <span class="visually-hidden">${ctx.i18n.t('assessment.errorPrefix')}</span> ${text}
  </p>`;
}

function renderEditor(
  ctx: FormContext,
  key: AnswerKey,
  disputes: readonly AnswerDispute[],
  editor: EditorState,
): TemplateResult {
  const { i18n } = ctx;
  const ids = disputeIds(key);
  const editing = disputes.find((d) => d.id === editor.editing);
  const draft = editor.draft;
  const byMissing = editor.missing.includes('by');
  const textMissing = editor.missing.includes('text');
  return html`<fieldset class="dispute-editor group-item" id=${ids.editor}>
    <legend class="item-label">
      ${
        editing
          ? i18n.t('assessment.dispute.change', { name: nameFor(ctx, editing.by) })
          : i18n.t('assessment.dispute.record')
      }
    </legend>
    <div class="entry-field${byMissing ? ' question--error' : ''}">
      <label class="label label--small" for=${ids.by}>${i18n.t('assessment.dispute.who')}</label>
      ${byMissing ? fieldError(ctx, ids.byError, i18n.t('assessment.dispute.error.who')) : nothing}
      <select
        class="select"
        id=${ids.by}
        @change=${(event: Event) => {
          if (draft) draft.by = (event.target as HTMLSelectElement).value;
        }}
        aria-describedby=${ifDefined(byMissing ? ids.byError : undefined)}
        aria-invalid=${ifDefined(byMissing ? 'true' : undefined)}
      >
        ${selectOptions(ctx, personChoices(ctx), draft?.by ?? editing?.by ?? '', (id) =>
          nameFor(ctx, id),
        )}
      </select>
    </div>
    <div class="entry-field${textMissing ? ' question--error' : ''}">
      <label class="label label--small" for=${ids.text}>${i18n.t('assessment.dispute.what')}</label>
      <p class="hint" id=${ids.hint}>${i18n.t('assessment.dispute.whatHint')}</p>
      ${textMissing ? fieldError(ctx, ids.textError, i18n.t('assessment.dispute.error.what')) : nothing}
      <textarea
        class="textarea"
        rows="3"
        id=${ids.text}
        .value=${draft?.text ?? editing?.text ?? ''}
        @input=${(event: Event) => {
          if (draft) draft.text = (event.target as HTMLTextAreaElement).value;
        }}
        aria-describedby=${textMissing ? `${ids.hint} ${ids.textError}` : ids.hint}
        aria-invalid=${ifDefined(textMissing ? 'true' : undefined)}
      ></textarea>
    </div>
    <div class="button-group">
      <button
        type="button"
        class="button button--secondary"
        data-action="save-dispute"
        data-dispute-key=${key}
      >
        ${i18n.t('assessment.dispute.save')}
      </button>
      <button
        type="button"
        class="button button--link"
        data-action="cancel-dispute"
        data-dispute-key=${key}
      >
        ${i18n.t('assessment.dispute.cancel')}
      </button>
    </div>
  </fieldset>`;
}

// Actions -------------------------------------------------------------------------------------

/** What the disagreement actions need from the element. */
export interface DisputeHost {
  /** The element: events are dispatched from it, and focus moves inside its shadow root. */
  readonly element: ReactiveElement;
  /** The open response's session while the response may be changed here; else undefined. */
  readonly session: AssessmentSession | undefined;
  /** The words and the record of the last render. */
  readonly ctx: FormContext | undefined;
  /** Who makes the change, and when. */
  author(): ChangeAuthor;
  /** The response changed: mark it for autosave (the element is asked to render again too). */
  changed(): void;
  /** Says something to screen readers. */
  announce(text: string): void;
}

/** The disagreement actions, by the `data-action` of their buttons. */
export const DISPUTE_ACTIONS = [
  'toggle-dispute',
  'change-dispute',
  'remove-dispute',
  'save-dispute',
  'cancel-dispute',
] as const;
type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

function isDisputeAction(action: string | undefined): action is DisputeAction {
  return (DISPUTE_ACTIONS as readonly string[]).includes(action ?? '');
}

/** Focuses the element with `id` once the element has rendered. */
function focusAfterUpdate(host: DisputeHost, id: string, fallback?: string): void {
  void host.element.updateComplete.then(() => {
    const root = host.element.shadowRoot;
    // The toggle is gone when the last disagreement of a cleared answer is removed: the field
    // then takes focus, never the page's body.
    const target = root?.getElementById(id) ?? (fallback ? root?.getElementById(fallback) : null);
    target?.focus();
  });
}

/** Opens (with a state) or closes the editor of the answer at `key`, and renders again. */
function setEditor(
  host: DisputeHost,
  session: AssessmentSession,
  key: AnswerKey,
  state: EditorState | undefined,
): void {
  const map = editorsOf(session);
  if (state) {
    // The same disagreement stays open (a save that found something missing): keep the draft.
    const previous = map.get(key);
    const draft = previous && previous.editing === state.editing ? previous.draft : undefined;
    map.set(key, { ...state, draft: draft ?? {} });
  } else map.delete(key);
  editorsChanged(session);
  host.element.requestUpdate();
}

/** Puts the new response in place, closes the editor and tells the page. */
function commit(
  host: DisputeHost,
  session: AssessmentSession,
  address: AnswerAddress,
  key: AnswerKey,
  next: AssessmentResponse,
  change: { readonly old?: AnswerDispute; readonly new?: AnswerDispute },
): void {
  session.replace(next);
  editorsOf(session).delete(key);
  editorsChanged(session);
  host.changed();
  host.element.requestUpdate();
  host.element.dispatchEvent(
    new PracticeDisputeChangeEvent(address, key, change.old, change.new, next),
  );
}

/** Saves the open editor of the answer at `address`: records the disagreement, or says what is missing. */
function save(
  host: DisputeHost,
  session: AssessmentSession,
  address: AnswerAddress,
  key: AnswerKey,
  i18n: FormContext['i18n'],
): void {
  const ids = disputeIds(key);
  const root = host.element.shadowRoot;
  const by = (root?.getElementById(ids.by) as HTMLSelectElement | null)?.value ?? '';
  const text = (root?.getElementById(ids.text) as HTMLTextAreaElement | null)?.value ?? '';
  const open = editorsOf(session).get(key);
  const editing = open?.editing;
  if (open?.draft) Object.assign(open.draft, { by, text });
  const missing: Missing[] = [];
  if (!by) missing.push('by');
  if (!text.trim()) missing.push('text');
  if (missing.length) {
    setEditor(host, session, key, { ...(editing !== undefined && { editing }), missing });
    focusAfterUpdate(host, missing[0] === 'by' ? ids.by : ids.text);
    return;
  }
  const old = answerDisputes(session.response, address).find((d) => d.id === editing);
  let next: AssessmentResponse;
  try {
    next = recordDispute(
      session.response,
      address,
      { ...(old && { id: old.id }), by, text },
      host.author(),
    );
  } catch {
    // Locked meanwhile (authorised in another tab): say so rather than look saved.
    host.announce(i18n.t('assessment.dispute.notSaved'));
    return;
  }
  if (next === session.response) {
    setEditor(host, session, key, undefined);
  } else {
    const recorded = answerDisputes(next, address);
    const updated = old ? recorded.find((d) => d.id === old.id) : recorded.at(-1);
    commit(host, session, address, key, next, {
      ...(old && { old }),
      ...(updated && { new: updated }),
    });
    host.announce(i18n.t(old ? 'assessment.dispute.changed' : 'assessment.dispute.recorded'));
  }
  focusAfterUpdate(host, ids.toggle);
}

/**
 * Handles a click on a disagreement button (`data-action` one of {@link DISPUTE_ACTIONS}, with
 * `data-dispute-key`): show or hide the editor, open a disagreement for changing, remove one,
 * save the editor, or cancel. Returns false for any other target; does nothing while the
 * response cannot be changed.
 */
export function handleDisputeAction(target: HTMLElement, host: DisputeHost): boolean {
  const action = target.dataset.action;
  const key = target.dataset.disputeKey;
  if (!isDisputeAction(action) || key === undefined) return false;
  const session = host.session;
  const ctx = host.ctx;
  const address = session?.state.questions.get(key)?.address;
  if (!session || !ctx || !address) return true;
  const ids = disputeIds(key);
  const id = target.dataset.dispute;
  switch (action) {
    case 'toggle-dispute':
      if (editorsOf(session).has(key)) {
        setEditor(host, session, key, undefined);
      } else {
        setEditor(host, session, key, { missing: [] });
        focusAfterUpdate(host, ids.by);
      }
      return true;
    case 'change-dispute':
      if (!answerDisputes(session.response, address).some((d) => d.id === id)) return true;
      setEditor(host, session, key, { ...(id !== undefined && { editing: id }), missing: [] });
      focusAfterUpdate(host, ids.by);
      return true;
    case 'cancel-dispute':
      setEditor(host, session, key, undefined);
      focusAfterUpdate(host, ids.toggle);
      return true;
    case 'remove-dispute': {
      const old = answerDisputes(session.response, address).find((d) => d.id === id);
      if (!old) return true;
      let next: AssessmentResponse;
      try {
        next = removeDispute(session.response, address, old.id, host.author());
      } catch {
        host.announce(ctx.i18n.t('assessment.dispute.notSaved'));
        return true;
      }
      commit(host, session, address, key, next, { old });
      host.announce(ctx.i18n.t('assessment.dispute.removed'));
      focusAfterUpdate(host, ids.toggle, fieldId(key));
      return true;
    }
    case 'save-dispute':
      save(host, session, address, key, ctx.i18n);
      return true;
  }
}
