/**
 * Edit mode: one native control (or group of controls) per question, GOV.UK style: label, hint,
 * guidance on request, the error message, then the control. Controls carry `data-key` (the
 * answer key) and `data-kind` (how to read their value); the element listens once, on the form,
 * and turns each input into a change of the response. No control holds a listener of its own.
 */
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { directive, Directive, PartType, type PartInfo } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { answerKey, type AnswerAddress } from '../../model/assessment/address.js';
import { getAnswerRecord, isGroupValue } from '../../model/assessment/answers.js';
import type { FieldError } from '../../model/assessment/errors.js';
import type { FormState, QuestionState } from '../../model/assessment/visibility.js';
import type { Person } from '../../model/case-record/schema.js';
import type { Question, SimpleQuestion } from '../../model/practice-model/schema.js';
import type { Code } from '../../model/practice-model/schema.js';
import type { SectionState } from '../../model/assessment/visibility.js';
import { personName } from '../shared/people.js';
import { addButton, removeButton } from './item-buttons.js';
import { renderDateInput } from './date-input.js';
import { disputeDependencies, disputeEditorsVersion, renderDisputes } from './dispute.js';
import { renderEntries } from './entries.js';
import type { AssessmentSession } from './session.js';
import {
  codeLabel,
  codesFor,
  contextualLabel,
  describedBy,
  errorId,
  errorText,
  fieldId,
  guidanceId,
  hintId,
  itemLabel,
  nameFor,
  offeredPersons,
  raterLabel,
  shownErrors,
  type FormContext,
  type QuestionOf,
} from './form-context.js';

type Field = QuestionState & { readonly question: Exclude<SimpleQuestion, { type: 'content' }> };

/** The questions of one section copy (shared, or one child's), with their states, in order. */
export function sectionQuestions(ctx: FormContext, section: SectionState): QuestionState[] {
  const found: QuestionState[] = [];
  for (const question of section.section.questions) {
    const address: AnswerAddress =
      section.child === undefined
        ? { question: question.id }
        : { question: question.id, child: section.child };
    const state = ctx.state.questions.get(answerKey(address));
    if (state?.visible) found.push(state);
  }
  return found;
}

/**
 * Questions per block of a long section. A section of more questions is drawn as blocks of this
 * many, each skipped by rendering while off screen (`content-visibility: auto`): a form of 1,000
 * questions styles and lays out a few dozen blocks when it opens, and a question shown, hidden or
 * typed into lays out its own block again, not a thousand siblings.
 */
const BLOCK_SIZE = 20;

/** A fixed run of {@link BLOCK_SIZE} of a section's questions, and those of them shown. */
interface Block {
  /** Which run: questions `index * BLOCK_SIZE` onwards. */
  readonly index: number;
  readonly shown: readonly QuestionState[];
  /** It shows a question that reads other nodes (items, earlier answers): drawn on every render. */
  readonly reads: boolean;
}

/** A section copy's blocks with a question shown, and the form state they were worked out from. */
interface SectionBlocks {
  readonly state: FormState;
  readonly blocks: readonly Block[];
}

/** The blocks last worked out for each section copy, per open response (dropped with it). */
const blockCache = new WeakMap<AssessmentSession, Map<string, SectionBlocks>>();

/** Groups, entries and citing texts read other nodes too (items, earlier answers): never guarded. */
function readsOtherNodes(question: QuestionState['question']): boolean {
  return (
    question.type === 'group' ||
    question.type === 'entries' ||
    (question.type === 'long-text' && question.citations === true)
  );
}

/** The block a question of the section copy falls in (by its place among the section's questions). */
function blockOf(state: QuestionState): number {
  return Math.floor((state.position[2] ?? 0) / BLOCK_SIZE);
}

/**
 * Block `index` of a section copy as the form stands (undefined when none of its questions is
 * shown): `before` itself when it shows the same question states, so that its guard lets it be.
 */
function buildBlock(
  ctx: FormContext,
  section: SectionState,
  index: number,
  before: Block | undefined,
): Block | undefined {
  const questions = section.section.questions;
  const shown: QuestionState[] = [];
  const end = Math.min(questions.length, (index + 1) * BLOCK_SIZE);
  for (let i = index * BLOCK_SIZE; i < end; i++) {
    const id = questions[i]?.id ?? '';
    const key =
      section.child === undefined ? id : answerKey({ question: id, child: section.child });
    const state = ctx.state.questions.get(key);
    if (state?.visible) shown.push(state);
  }
  if (shown.length === 0) return undefined;
  if (
    before &&
    before.shown.length === shown.length &&
    shown.every((s, i) => s === before.shown[i])
  ) {
    return before;
  }
  return { index, shown, reads: shown.some((state) => readsOtherNodes(state.question)) };
}

/**
 * The blocks of a section copy with a question shown, in order. After an answer changes, only the
 * blocks of the questions it re-evaluated are worked out again (the session knows which), so a
 * keystroke reads a block of questions, not the whole section; the others keep their identity.
 */
function sectionBlocks(ctx: FormContext, section: SectionState): readonly Block[] {
  const { session, state } = ctx;
  // Only the session's own states are made one from another (an audience's is worked out apart).
  const own = state === session.state;
  let cache = blockCache.get(session);
  const cached = own ? cache?.get(section.key) : undefined;
  if (cached?.state === state) return cached.blocks;
  const changed = cached && session.changedBetween(cached.state, state);
  // One way for both: the blocks to work out again are those of the changed questions, or all.
  const indexes = new Set<number>();
  if (cached && changed) {
    for (const key of changed) {
      const question = state.questions.get(key) ?? cached.state.questions.get(key);
      if (question?.sectionKey === section.key) indexes.add(blockOf(question));
    }
  } else {
    const count = Math.ceil(section.section.questions.length / BLOCK_SIZE);
    for (let index = 0; index < count; index++) indexes.add(index);
  }
  const byIndex = new Map(cached?.blocks.map((block) => [block.index, block]));
  for (const index of indexes) {
    const block = buildBlock(ctx, section, index, byIndex.get(index));
    if (block) byIndex.set(index, block);
    else byIndex.delete(index);
  }
  const blocks = [...byIndex.values()].sort((a, b) => a.index - b.index);
  if (own) {
    if (!cache) {
      cache = new Map();
      blockCache.set(session, cache);
    }
    cache.set(section.key, { state, blocks });
  }
  return blocks;
}

/** The shown questions of a section copy, as controls (in blocks in a long section). */
export function renderSectionFields(ctx: FormContext, section: SectionState): unknown {
  // A block holds a fixed run of the template's questions, so it keeps its DOM as questions are
  // shown and hidden; a block with none shown is left out.
  const blocks = sectionBlocks(ctx, section);
  if (section.section.questions.length <= BLOCK_SIZE) {
    return renderBlock(ctx, blocks[0]?.shown ?? []);
  }
  // What each question's guard lists besides its own state, for every block at once: the epoch,
  // which errors show, comments, disagreements and their editors. Any of them changed, every
  // block is drawn again (and each question's own guard decides). Otherwise only a block whose
  // question states changed is, or the one with the field being typed into (its disagreement
  // button waits until the answer is committed).
  const shared = [
    ctx.epoch,
    ctx.session.interactionVersion,
    ctx.session.replacedVersion,
    ctx.comments,
    disputeEditorsVersion(ctx.session),
  ];
  const typing = ctx.typing;
  const typed = typing ? ctx.state.questions.get(typing.key) : undefined;
  const typingBlock = typed?.sectionKey === section.key ? blockOf(typed) : undefined;
  return repeat(
    blocks,
    (block) => block.index,
    (block) => {
      const drawn = guard(
        [
          block,
          ...shared,
          block.index === typingBlock ? typing : undefined,
          block.reads ? {} : undefined,
        ],
        () => renderBlock(ctx, block.shown),
      );
      return html`<div class="question-block">${drawn}</div>`;
    },
  );
}

/** Questions as controls, keyed: one shown or hidden by a condition moves no other's DOM. */
function renderBlock(ctx: FormContext, shown: readonly QuestionState[]): unknown {
  return repeat(
    shown,
    (state) => state.key,
    (state) => {
      if (readsOtherNodes(state.question)) return renderQuestion(ctx, state);
      // One template per question: its disagreements are drawn inside it, so the guard lists
      // what they read too.
      return guard(
        [
          state,
          ctx.session.shows(state.key),
          ctx.epoch,
          ctx.comments.get(state.key),
          ...disputeDependencies(ctx, state),
        ],
        () => renderQuestion(ctx, state),
      );
    },
  );
}

/** One question of any type, at its address. */
export function renderQuestion(ctx: FormContext, state: QuestionState): unknown {
  const question = state.question;
  switch (question.type) {
    case 'content':
      return html`<div class="content-block" part="content">
        <p class="content-label" lang=${ifDefined(ctx.i18n.textLang(question.label))}>
          ${ctx.i18n.text(question.label)}
        </p>
        ${
          question.body
            ? html`<p class="content-body" lang=${ifDefined(ctx.i18n.textLang(question.body))}>
                ${ctx.i18n.text(question.body)}
              </p>`
            : nothing
        }
      </div>`;
    case 'group':
      return renderGroup(ctx, state as QuestionState & { question: QuestionOf<'group'> });
    case 'entries':
      return renderEntries(ctx, state, question, fieldParts(ctx, state));
    default:
      return renderField(ctx, state as Field);
  }
}

// Shared parts --------------------------------------------------------------------------------

/** The label, hint, guidance, comments and error of a question, and the ids that tie them up. */
export interface FieldParts {
  readonly key: string;
  readonly label: string;
  /** The label's language when it is not the view's (see `Localiser.textLang`). */
  readonly labelLang: string | undefined;
  readonly errors: readonly FieldError[];
  /** `aria-describedby` for the control or fieldset. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  /** Hint, guidance, comments and error message, in GOV.UK order after the label. */
  readonly below: unknown;
  /** The disagreements recorded against the answer, after the controls (edit mode). */
  readonly disputes: unknown;
}

/** The parts every question shares. */
export function fieldParts(ctx: FormContext, state: QuestionState): FieldParts {
  const { i18n } = ctx;
  const question = state.question as Question;
  const key = state.key;
  const errors = shownErrors(ctx, state);
  const hint = 'hint' in question && question.hint ? i18n.text(question.hint) : undefined;
  const guidance =
    'guidance' in question && question.guidance ? i18n.text(question.guidance) : undefined;
  const label = i18n.text(question.label);
  const labelLang = i18n.textLang(question.label);
  const comments = ctx.comments.get(key) ?? [];
  // Most questions have none of these: no template (and no DOM) for them then.
  const hasBelow = hint || guidance || comments.length || errors.length;
  const context = errors.length ? contextualLabel(ctx, state) : label;
  const below = !hasBelow
    ? nothing
    : html`${
        hint
          ? html`<p
              class="hint"
              id=${hintId(key)}
              lang=${ifDefined('hint' in question ? i18n.textLang(question.hint) : undefined)}
            >
              ${hint}
            </p>`
          : nothing
      }
      ${
        guidance
          ? html`<details class="guidance">
              <summary>${i18n.t('assessment.guidance')}</summary>
              <p
                id=${guidanceId(key)}
                lang=${ifDefined('guidance' in question ? i18n.textLang(question.guidance) : undefined)}
              >
                ${guidance}
              </p>
            </details>`
          : nothing
      }
      ${comments.map(
        (comment) =>
          html`<div class="comment" part="comment">
            <p class="comment-meta">
              ${i18n.t('assessment.comment.from', {
                name: ctx.professionals.get(comment.by)?.name ?? comment.by,
                date: i18n.date(comment.at.slice(0, 10)),
              })}
            </p>
            <p class="comment-text">${comment.text}</p>
            ${
              ctx.editable
                ? html`<button
                    type="button"
                    class="button button--secondary button--small"
                    data-action="resolve-comment"
                    data-comment=${comment.id}
                  >
                    ${i18n.t('assessment.comment.resolve')}
                  </button>`
                : nothing
            }
          </div>`,
      )}
      ${
        errors.length
          ? html`<p class="error-message" id=${errorId(key)}>
              ${errors.map(
                (error) =>
                  html`<span class="error-line"
                    ><span class="visually-hidden">${i18n.t('assessment.errorPrefix')}</span>
                    ${errorText(ctx, error, context)}</span
                  >`,
              )}
            </p>`
          : nothing
      }`;
  return {
    key,
    label,
    labelLang,
    errors,
    describedBy: describedBy(key, hint !== undefined, errors.length > 0) || undefined,
    invalid: errors.length > 0,
    below,
    disputes: renderDisputes(ctx, state),
  };
}

function questionClass(parts: FieldParts, extra = ''): string {
  return `question${parts.invalid ? ' question--error' : ''}${extra ? ` ${extra}` : ''}`;
}

/** A question answered with one control: a `<label>` and the control. */
function labelled(parts: FieldParts, control: unknown, extra = ''): TemplateResult {
  return html`<div class=${questionClass(parts, extra)} part="question">
    <label class="label" for=${fieldId(parts.key)} lang=${ifDefined(parts.labelLang)}
      >${parts.label}</label
    >
    ${parts.below} ${control}${parts.disputes}
  </div>`;
}

/** A question answered with several controls: a `<fieldset>` with the label as its legend. */
function grouped(parts: FieldParts, controls: unknown, extra = ''): TemplateResult {
  return html`<fieldset
    class=${questionClass(parts, extra)}
    part="question"
    aria-describedby=${ifDefined(parts.describedBy)}
  >
    <legend class="label" lang=${ifDefined(parts.labelLang)}>${parts.label}</legend>
    ${parts.below} ${controls}${parts.disputes}
  </fieldset>`;
}

// Choice sets ---------------------------------------------------------------------------------

/** One entry of a set of radios or checkboxes: a heading over the choices after it, or a choice. */
type ChoiceItem =
  | { readonly heading: string; readonly lang?: string | undefined }
  | {
      readonly value: string;
      readonly label: string;
      readonly checked: boolean;
      /** The label's language when it is not the view's (a code list's label: `textLang`). */
      readonly lang?: string | undefined;
    };

/** A set of radios or checkboxes: what {@link choiceSet} draws inside its container. */
interface ChoiceSetOptions {
  readonly type: 'radio' | 'checkbox';
  /** The answer key: the radios' group name; the first choice's id is its field id. */
  readonly name: string;
  readonly items: readonly ChoiceItem[];
}

/** A document fragment of a set's labels and inputs, by what they show, for one render epoch. */
const choicePrototypes = new WeakMap<object, Map<string, DocumentFragment>>();

/**
 * What a set shows, as one string: the same string, the same headings, labels and values. JSON, so
 * no value or label (a stored code can be any text) can make two different sets look the same.
 */
function choiceShape(options: ChoiceSetOptions): string {
  return JSON.stringify([
    options.type,
    options.items.map((item) =>
      'heading' in item
        ? ['h', item.heading, item.lang ?? '']
        : ['c', item.value, item.label, item.lang ?? ''],
    ),
  ]);
}

function buildChoices(document: Document, options: ChoiceSetOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const item of options.items) {
    if ('heading' in item) {
      const heading = document.createElement('p');
      heading.className = 'choice-group';
      if (item.lang) heading.lang = item.lang;
      heading.textContent = item.heading;
      fragment.append(heading);
      continue;
    }
    const label = document.createElement('label');
    label.className = 'choice';
    const input = document.createElement('input');
    input.type = options.type;
    input.value = item.value;
    // Text nodes, never markup: labels may be anything a model or record says. The label's own
    // language goes on its text alone, so the input keeps the view's.
    if (item.lang) {
      const text = document.createElement('span');
      text.lang = item.lang;
      text.textContent = item.label;
      label.append(input, text);
    } else label.append(input, item.label);
    fragment.append(label);
  }
  return fragment;
}

/**
 * Draws a set of radios or checkboxes inside the element it is bound to, and keeps each input's
 * `checked` in step with the answer (as `live()` would). A set costs one clone of a prototype
 * shared by every set that shows the same choices, instead of one Lit template per choice: the
 * choice questions of a long form are most of the DOM it creates when it opens. Drawn again only
 * when the choices themselves change (another locale, a code list version, unlisted codes).
 */
class ChoiceSetDirective extends Directive {
  #shape: string | undefined;
  #name: string | undefined;
  #inputs: HTMLInputElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('choiceSet() goes on an element');
  }

  render(_options: ChoiceSetOptions, _epoch: object): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [options, epoch]: [ChoiceSetOptions, object]): unknown {
    const shape = choiceShape(options);
    if (shape !== this.#shape || options.name !== this.#name) {
      this.#draw(part.element, options, shape, epoch);
    }
    let i = 0;
    for (const item of options.items) {
      if ('heading' in item) continue;
      const input = this.#inputs[i++];
      if (input && input.checked !== item.checked) input.checked = item.checked;
    }
    return noChange;
  }

  #draw(container: Element, options: ChoiceSetOptions, shape: string, epoch: object): void {
    let byShape = choicePrototypes.get(epoch);
    if (!byShape) {
      byShape = new Map();
      choicePrototypes.set(epoch, byShape);
    }
    let prototype = byShape.get(shape);
    if (!prototype) {
      prototype = buildChoices(container.ownerDocument, options);
      byShape.set(shape, prototype);
    }
    const fragment = prototype.cloneNode(true) as DocumentFragment;
    const inputs: HTMLInputElement[] = [];
    for (let child = fragment.firstElementChild; child; child = child.nextElementSibling) {
      const input = child.firstElementChild;
      if (input instanceof HTMLInputElement) {
        input.name = options.name;
        inputs.push(input);
      }
    }
    if (inputs[0]) inputs[0].id = fieldId(options.name);
    container.replaceChildren(fragment);
    this.#shape = shape;
    this.#name = options.name;
    this.#inputs = inputs;
  }
}

/**
 * Radios or checkboxes drawn into the element this is bound to: `<div ${choiceSet(...)}>`. The
 * first carries the question's field id; the container says which answer they are (`data-key`,
 * `data-kind`). `epoch` scopes the shared prototypes (see {@link FormContext.epoch}).
 */
const choiceSet = directive(ChoiceSetDirective);

// Fields --------------------------------------------------------------------------------------

function renderField(ctx: FormContext, state: Field): TemplateResult {
  const parts = fieldParts(ctx, state);
  const question = state.question;
  const value = state.value;
  const { key } = parts;
  const invalid = parts.invalid ? 'true' : undefined;
  switch (question.type) {
    // Text fields: one template each, label and control together (no nested template).
    case 'text':
      return html`<div class=${questionClass(parts)} part="question">
        <label class="label" for=${fieldId(key)} lang=${ifDefined(parts.labelLang)}
          >${parts.label}</label
        >${parts.below}<input
          class="input"
          type="text"
          id=${fieldId(key)}
          .value=${live(textOf(value))}
          data-key=${key}
          data-kind="text"
          aria-describedby=${ifDefined(parts.describedBy)}
          aria-invalid=${ifDefined(invalid)}
        />${parts.disputes}
      </div>`;
    case 'long-text':
      return html`<div class=${questionClass(parts)} part="question">
        <label class="label" for=${fieldId(key)} lang=${ifDefined(parts.labelLang)}
          >${parts.label}</label
        >${parts.below}<textarea
          class="textarea"
          rows="5"
          id=${fieldId(key)}
          .value=${live(textOf(value))}
          data-key=${key}
          data-kind="text"
          aria-describedby=${ifDefined(parts.describedBy)}
          aria-invalid=${ifDefined(invalid)}
        ></textarea
        >${question.citations ? renderCitations(ctx, state, question) : nothing}${parts.disputes}
      </div>`;
    case 'number': {
      const shown =
        ctx.drafts.get(key) ?? (value === undefined || value === null ? '' : String(value));
      const unit = question.unit ? ctx.i18n.text(question.unit) : undefined;
      return html`<div class=${questionClass(parts)} part="question">
        <label class="label" for=${fieldId(key)} lang=${ifDefined(parts.labelLang)}
          >${parts.label}</label
        >${parts.below}<span class="with-suffix"
          ><input
            class="input input--number"
            type="text"
            inputmode="decimal"
            id=${fieldId(key)}
            .value=${live(shown)}
            data-key=${key}
            data-kind="number"
            aria-describedby=${ifDefined(parts.describedBy)}
            aria-invalid=${ifDefined(invalid)}
          />${unit ? html`<span class="suffix">${unit}</span>` : nothing}</span
        >${parts.disputes}
      </div>`;
    }
    case 'date':
      return grouped(
        parts,
        renderDateInput(ctx, {
          id: fieldId(key),
          key,
          value,
          invalid: parts.invalid,
        }),
      );
    case 'single-choice':
      return question.display === 'select'
        ? labelled(
            parts,
            renderSelect(
              ctx,
              parts,
              'choice',
              codesFor(ctx, question.codeList).map((c) => [
                c.code,
                ctx.i18n.text(c.label),
                ctx.i18n.textLang(c.label),
              ]),
              value,
              (code) => codeLabel(ctx, question.codeList, code),
            ),
          )
        : grouped(parts, renderCodeChoices(ctx, state, 'radio', question.codeList));
    case 'multiple-choice':
      return grouped(parts, renderCodeChoices(ctx, state, 'checkbox', question.codeList));
    case 'yes-no': {
      const options: [string, string][] = [
        ['true', ctx.i18n.t('common.yes')],
        ['false', ctx.i18n.t('common.no')],
      ];
      if (question.allowUnknown) options.push(['unknown', ctx.i18n.t('common.notKnown')]);
      const current = value === true ? 'true' : value === false ? 'false' : String(value);
      const items = options.map(([v, label]) => ({ value: v, label, checked: current === v }));
      return grouped(
        parts,
        html`<div
          class="choices choices--inline"
          data-key=${key}
          data-kind="yes-no"
          ${choiceSet({ type: 'radio', name: key, items }, ctx.epoch)}
        ></div>`,
      );
    }
    case 'scale':
      return grouped(parts, renderScale(ctx, state, question), 'scale-question');
    case 'person':
      return question.multiple
        ? grouped(parts, renderPersonChoices(ctx, state, offeredPersons(ctx, question.offer)))
        : labelled(
            parts,
            renderSelect(
              ctx,
              parts,
              'person',
              offeredPersons(ctx, question.offer).map((p) => [p.id, personName(p, ctx.i18n)]),
              value,
              (id) => nameFor(ctx, id),
            ),
          );
    case 'entries':
      // Rendered by renderEntries; kept for exhaustiveness.
      return html``;
  }
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** A `<select>` with an empty first option; a stored value not offered stays as an option. */
function renderSelect(
  ctx: FormContext,
  parts: FieldParts,
  kind: string,
  /** Value, label and, when it is not the view's, the label's language. */
  options: readonly (readonly [string, string, (string | undefined)?])[],
  value: unknown,
  unknownLabel: (value: string) => string,
): TemplateResult {
  const current = typeof value === 'string' ? value : '';
  const offered = options.some(([v]) => v === current);
  return html`<select
    class="select"
    id=${fieldId(parts.key)}
    data-key=${parts.key}
    data-kind=${kind}
    aria-describedby=${ifDefined(parts.describedBy)}
    aria-invalid=${ifDefined(parts.invalid ? 'true' : undefined)}
  >
    <option value="" .selected=${current === ''}>${ctx.i18n.t('assessment.choose')}</option>
    ${options.map(
      ([v, label, lang]) =>
        html`<option value=${v} .selected=${v === current} lang=${ifDefined(lang)}>
          ${label}
        </option>`,
    )}
    ${
      current && !offered
        ? html`<option value=${current} selected>${unknownLabel(current)}</option>`
        : nothing
    }
  </select>`;
}

/** Radios or checkboxes for a code list, under their code groups; unlisted stored codes stay. */
function renderCodeChoices(
  ctx: FormContext,
  state: QuestionState,
  type: 'radio' | 'checkbox',
  listId: string,
): TemplateResult {
  const codes = codesFor(ctx, listId);
  const chosen = chosenValues(state.value);
  // Codes under their group headings, groups in the order they first appear.
  const groups = new Map<string, Code[]>();
  for (const code of codes) {
    const heading = code.group ? ctx.i18n.text(code.group) : '';
    const list = groups.get(heading);
    if (list) list.push(code);
    else groups.set(heading, [code]);
  }
  const items: ChoiceItem[] = [];
  for (const [heading, list] of groups) {
    const group = (list[0] as Code).group;
    if (heading) items.push({ heading, lang: ctx.i18n.textLang(group) });
    for (const code of list) {
      items.push({
        value: code.code,
        label: ctx.i18n.text(code.label),
        checked: chosen.has(code.code),
        lang: ctx.i18n.textLang(code.label),
      });
    }
  }
  if (chosen.size) {
    const listed = new Set(codes.map((c) => c.code));
    for (const code of chosen) {
      if (!listed.has(code)) {
        items.push({ value: code, label: codeLabel(ctx, listId, code), checked: true });
      }
    }
  }
  const set = choiceSet({ type, name: state.key, items }, ctx.epoch);
  return type === 'radio'
    ? html`<div class="choices" data-key=${state.key} data-kind="choice" ${set}></div>`
    : html`<div class="choices" data-key=${state.key} data-kind="choices" ${set}></div>`;
}

/** The string values of an answer (one, or a list). */
function chosenValues(value: unknown): Set<string> {
  const chosen = new Set<string>();
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v === 'string') chosen.add(v);
  }
  return chosen;
}

function renderPersonChoices(
  ctx: FormContext,
  state: QuestionState,
  persons: readonly Person[],
): TemplateResult {
  const chosen = chosenValues(state.value);
  const items: ChoiceItem[] = persons.map((p) => ({
    value: p.id,
    label: personName(p, ctx.i18n),
    checked: chosen.has(p.id),
  }));
  const offered = new Set(persons.map((p) => p.id));
  for (const id of chosen) {
    if (!offered.has(id)) items.push({ value: id, label: nameFor(ctx, id), checked: true });
  }
  return html`<div
    class="choices"
    data-key=${state.key}
    data-kind="persons"
    ${choiceSet({ type: 'checkbox', name: state.key, items }, ctx.epoch)}
  ></div>`;
}

/** The most points a scale shows as radios; a wider range is typed as a number. */
const MAX_SCALE_POINTS = 21;

function renderScale(
  ctx: FormContext,
  state: QuestionState,
  question: QuestionOf<'scale'>,
): unknown {
  const { i18n } = ctx;
  const min = question.min ?? 0;
  const max = question.max ?? 10;
  const readings =
    typeof state.value === 'object' && state.value !== null && !Array.isArray(state.value)
      ? (state.value as Record<string, unknown>)
      : {};
  const raters = question.raters ?? ['worker'];
  const points =
    max >= min && max - min < MAX_SCALE_POINTS
      ? Array.from({ length: max - min + 1 }, (_, i) => min + i)
      : undefined;
  const anchors = [...question.anchors].sort((a, b) => a.value - b.value);
  return html`<ul class="anchors">
      ${anchors.map(
        (a) =>
          html`<li>
            ${i18n.t('assessment.scaleAnchor', {
              value: i18n.number(a.value),
              anchor: i18n.text(a.label),
            })}
          </li>`,
      )}
    </ul>
    ${raters.map((rater, r) => {
      const reading = readings[rater];
      const current = typeof reading === 'number' ? reading : undefined;
      const label = raterLabel(ctx, rater);
      const id = r === 0 ? fieldId(state.key) : `${fieldId(state.key)}~${rater}`;
      const control = points
        ? html`<div class="scale" data-key=${state.key} data-kind="scale" data-rater=${rater}>
            ${points.map(
              (n, i) =>
                html`<label class="scale-point"
                  ><input
                    type="radio"
                    id=${ifDefined(i === 0 ? id : undefined)}
                    name=${`${state.key}~${rater}`}
                    value=${n}
                    .checked=${current === n}
                  />${i18n.number(n)}</label
                >`,
            )}
          </div>`
        : html`<input
            class="input input--number"
            type="text"
            inputmode="numeric"
            id=${id}
            aria-label=${label}
            .value=${live(ctx.drafts.get(`${state.key}~${rater}`) ?? (current === undefined ? '' : String(current)))}
            data-key=${state.key}
            data-kind="scale"
            data-rater=${rater}
          />`;
      return html`<fieldset class="rater">
        <legend class="rater-label">${label}</legend>
        ${control}
        ${
          current !== undefined && ctx.editable
            ? html`<button
                type="button"
                class="button button--link"
                data-action="clear-reading"
                data-key=${state.key}
                data-rater=${rater}
              >
                ${i18n.t('assessment.clearReading', { rater: label })}
              </button>`
            : nothing
        }
      </fieldset>`;
    })}`;
}

// Citations -----------------------------------------------------------------------------------

/** Earlier answered questions (same scope: shared, or the same child's and the shared ones). */
function citable(ctx: FormContext, state: QuestionState): QuestionState[] {
  const found: QuestionState[] = [];
  for (const other of ctx.state.questions.values()) {
    const a = other.address;
    if (a.item !== undefined || !other.visible || !other.answered) continue;
    if (other.question.type === 'content' || other.key === state.key) continue;
    if (a.child !== undefined && a.child !== state.address.child) continue;
    if (comparePositions(other.position, state.position) >= 0) continue;
    found.push(other);
  }
  return found.sort((x, y) => comparePositions(x.position, y.position));
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function renderCitations(
  ctx: FormContext,
  state: QuestionState,
  question: QuestionOf<'long-text'>,
): TemplateResult {
  const { i18n } = ctx;
  const cites = new Set(getAnswerRecord(ctx.response, state.address)?.cites ?? []);
  const options = citable(ctx, state);
  return html`<details class="citations" ?open=${cites.size > 0}>
    <summary>${i18n.plural('assessment.citations.summary', cites.size)}</summary>
    <fieldset class="citation-list">
      <legend class="visually-hidden">
        ${i18n.t('assessment.citations.legend', { label: i18n.text(question.label) })}
      </legend>
      ${
        options.length
          ? options.map(
              (other) =>
                html`<label class="choice">
                  <input
                    type="checkbox"
                    value=${other.address.question}
                    .checked=${live(cites.has(other.address.question))}
                    data-key=${state.key}
                    data-kind="cite"
                  />${i18n.text(other.question.label)}
                </label>`,
            )
          : html`<p class="hint">${i18n.t('assessment.citations.none')}</p>`
      }
    </fieldset>
  </details>`;
}

// Repeating groups ----------------------------------------------------------------------------

/** The id of the first shown control of a group item (for focus after adding or removing). */
export function itemFocusId(state: FormState, groupKey: string, item: number): string | undefined {
  const group = state.questions.get(groupKey);
  if (!group || group.question.type !== 'group') return undefined;
  for (const inner of group.question.questions) {
    if (inner.type === 'content') continue;
    const key = answerKey({ ...group.address, item, inner: inner.id });
    if (state.questions.get(key)?.visible) return fieldId(key);
  }
  return undefined;
}

function renderGroup(
  ctx: FormContext,
  state: QuestionState & { question: QuestionOf<'group'> },
): TemplateResult {
  const { i18n } = ctx;
  const parts = fieldParts(ctx, state);
  const question = state.question;
  const items = isGroupValue(state.value) ? state.value : [];
  const one = itemLabel(ctx, question);
  return grouped(
    parts,
    html`${items.map((_, i) => {
      const title = i18n.t('assessment.groupItem', { label: one, number: i + 1 });
      return html`<fieldset class="group-item" part="group-item">
        <legend class="item-label">${title}</legend>
        ${question.questions.map((inner) => {
          const key = answerKey({ ...state.address, item: i, inner: inner.id });
          const innerState = ctx.state.questions.get(key);
          return innerState?.visible ? renderQuestion(ctx, innerState) : nothing;
        })}
        ${removeButton(i18n, 'item', state.key, i, title)}
      </fieldset>`;
    })}
    ${addButton(i18n, 'item', state.key, items.length, one, question.maxItems)}`,
    'group',
  );
}
