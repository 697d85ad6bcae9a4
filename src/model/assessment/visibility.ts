/**
 * The live state of a form: for every question (once per subject child in per-child sections,
 * once per item inside repeating groups) whether it is shown, whether it is required, whether it
 * is answered and what is wrong with it; and for every section how far it has got.
 *
 * Conditions read the answers of questions that are shown: a hidden question's answer is kept in
 * the response (never cleared) but counts as unanswered for other conditions, so hiding a question
 * also hides what depends on it. Hidden questions are neither required nor validated.
 *
 * `formState` evaluates everything once; after one answer changes, `updateFormState` re-evaluates
 * only the questions whose conditions read it (and, when their visibility changes, theirs), in
 * the compiled evaluation order, so a keystroke costs the size of its dependants, not of the form.
 */
import type { AssessmentResponse } from '../case-record/schema.js';
import type { AssessmentTemplate, PracticeModel, Section } from '../practice-model/schema.js';
import { answerKey, type AnswerAddress, type AnswerKey } from './address.js';
import { getAnswer, getAnswerRecord, isGroupValue, sameAnswerValue } from './answers.js';
import { compileTemplate, type CompiledTemplate, type Slot, type SlotRef } from './compile.js';
import { isAnswered, isVisible } from './conditions.js';
import type { FieldError } from './errors.js';
import {
  listMinimum,
  unansweredErrors,
  validateAnswerValue,
  type AnyQuestion,
  type ValueContext,
} from './values.js';

/** What {@link formState} needs besides the template and the response. */
export interface FormOptions {
  /** The subject children per-child sections are answered for. Default: `response.subjects`. */
  readonly subjects?: readonly string[];
  /** Today, `YYYY-MM-DD`, for `notAfter: "today"` dates. */
  readonly today?: string;
  /** The practice model, to check choices against its code lists. */
  readonly model?: PracticeModel;
  /** The day code lists must be in effect on. Default: `response.started`, else `today`. */
  readonly on?: string;
  /** Ids of the record's people, to check person answers. */
  readonly persons?: Iterable<string>;
}

/** One question as the form stands: once per child in per-child sections, once per group item. */
export interface QuestionState {
  readonly key: AnswerKey;
  readonly address: AnswerAddress;
  readonly question: AnyQuestion;
  /** The section id. */
  readonly section: string;
  /** The section state's key (`section`, or `child/section`). */
  readonly sectionKey: string;
  /** The stored value (kept even while hidden). */
  readonly value: unknown;
  /** Shown: its section (or group) is shown and its `visibleWhen` holds. */
  readonly visible: boolean;
  /** Shown, and `required`, its `requiredWhen` holds, or a list with a minimum of 1 or more. */
  readonly required: boolean;
  readonly answered: boolean;
  /**
   * Field errors while shown: when required and unanswered, `required` (`tooFewItems` or
   * `tooFewSelected` with `count: 0` for a list); else the value's problems.
   */
  readonly errors: readonly FieldError[];
  /** Sort key in reading order: section, child, question, item, inner question. */
  readonly position: readonly number[];
}

/** One section (one child's copy of a per-child section) and how far it has got. */
export interface SectionState {
  /** `section`, or `child/section` for a per-child section. */
  readonly key: string;
  readonly id: string;
  readonly section: Section;
  readonly child?: string;
  /** The section's position in the template. */
  readonly index: number;
  readonly visible: boolean;
  /** Shown questions that take an answer (group items' questions included). */
  readonly questions: number;
  readonly answered: number;
  readonly required: number;
  readonly requiredAnswered: number;
  /** Field errors of its shown questions. */
  readonly errors: number;
  /** Every required question answered and no errors. */
  readonly complete: boolean;
}

/** The whole form as it stands. Immutable: {@link updateFormState} returns a new one. */
export interface FormState {
  readonly compiled: CompiledTemplate;
  readonly subjects: readonly string[];
  readonly context: ValueContext;
  /** Every question node by answer key (order unspecified: sort by `position`). */
  readonly questions: ReadonlyMap<AnswerKey, QuestionState>;
  /** Every section (per child for per-child sections) by key, in template order. */
  readonly sections: ReadonlyMap<string, SectionState>;
  /** Field errors in the whole form. */
  readonly errorCount: number;
  /** The question nodes evaluated to produce this state, in evaluation order. */
  readonly reevaluated: readonly AnswerKey[];
}

// ---------------------------------------------------------------------------------------------

type Scope = string | undefined;

interface NodeRef {
  readonly slot: Slot;
  readonly child: Scope;
  readonly item: number | undefined;
}

interface Work {
  readonly compiled: CompiledTemplate;
  readonly response: AssessmentResponse;
  readonly context: ValueContext;
  readonly subjects: readonly string[];
  readonly questions: Map<AnswerKey, QuestionState>;
  readonly sections: Map<string, SectionState>;
  errorCount: number;
  readonly reevaluated: AnswerKey[];
}

interface Changed {
  /** The value conditions read (the value while shown) changed. */
  readonly effective: boolean;
  readonly visibility: boolean;
}

const sectionKey = (section: string, child: Scope) =>
  child === undefined ? section : `${child}/${section}`;

function addressOf(node: NodeRef): AnswerAddress | undefined {
  const { slot, child, item } = node;
  if (slot.perChild !== (child !== undefined)) return undefined;
  if (slot.group) {
    if (item === undefined) return undefined;
    const address = { question: slot.group.id, item, inner: slot.id };
    return child === undefined ? address : { ...address, child };
  }
  return child === undefined ? { question: slot.id } : { question: slot.id, child };
}

function scopesOf(slot: Slot, work: Work): readonly Scope[] {
  return slot.perChild ? work.subjects : [undefined];
}

function itemCount(work: Work, group: Slot, child: Scope): number {
  const value = getAnswerRecord(work.response, { question: group.id, child })?.value;
  return isGroupValue(value) ? value.length : 0;
}

/** The answers a node's conditions read: each referenced question's value, while it is shown. */
function conditionValues(
  work: Work,
  refs: readonly SlotRef[],
  child: Scope,
  item: number | undefined,
) {
  const values: Record<string, unknown> = {};
  for (const ref of refs) {
    if (!ref.slot) continue;
    // A shared question cannot read one child's answer: it reads no answer.
    const scope = ref.slot.perChild ? child : undefined;
    const address = addressOf({ slot: ref.slot, child: scope, item });
    if (!address) continue;
    const state = work.questions.get(answerKey(address));
    // No state yet only around a cycle: read the stored answer.
    if (!state) values[ref.id] = getAnswer(work.response, address);
    else if (state.visible) values[ref.id] = state.value;
  }
  return values;
}

function emptySection(section: Section, index: number, child: Scope): SectionState {
  const state = {
    key: sectionKey(section.id, child),
    id: section.id,
    section,
    index,
    visible: true,
    questions: 0,
    answered: 0,
    required: 0,
    requiredAnswered: 0,
    errors: 0,
    complete: true,
  };
  return child === undefined ? state : { ...state, child };
}

function withCounts(
  state: SectionState,
  counts: Omit<SectionState, 'key' | 'id' | 'section' | 'child' | 'index' | 'visible' | 'complete'>,
): SectionState {
  return {
    ...state,
    ...counts,
    complete: counts.requiredAnswered === counts.required && counts.errors === 0,
  };
}

/** Moves a question's contribution out of (sign -1) or into (sign 1) its section's counts. */
function count(work: Work, state: QuestionState | undefined, sign: 1 | -1): void {
  if (!state || !state.visible || state.question.type === 'content') return;
  const section = work.sections.get(state.sectionKey);
  if (!section) return;
  work.errorCount += sign * state.errors.length;
  work.sections.set(
    state.sectionKey,
    withCounts(section, {
      questions: section.questions + sign,
      answered: section.answered + (state.answered ? sign : 0),
      required: section.required + (state.required ? sign : 0),
      requiredAnswered: section.requiredAnswered + (state.required && state.answered ? sign : 0),
      errors: section.errors + sign * state.errors.length,
    }),
  );
}

function evaluateSection(work: Work, node: NodeRef): Changed {
  const key = sectionKey(node.slot.id, node.child);
  const previous =
    work.sections.get(key) ?? emptySection(node.slot.section, node.slot.sectionIndex, node.child);
  const visible = isVisible(
    node.slot.section.visibleWhen,
    conditionValues(work, node.slot.refs, node.child, undefined),
  );
  work.sections.set(key, { ...previous, visible });
  const changed = previous.visible !== visible;
  return { effective: changed, visibility: changed };
}

function parentVisible(work: Work, node: NodeRef): boolean {
  const { slot, child } = node;
  if (slot.group) {
    const groupKey = answerKey(
      child === undefined ? { question: slot.group.id } : { question: slot.group.id, child },
    );
    return work.questions.get(groupKey)?.visible ?? true;
  }
  return work.sections.get(sectionKey(slot.section.id, child))?.visible ?? true;
}

function evaluateQuestion(work: Work, node: NodeRef, address: AnswerAddress): Changed {
  const { slot, child, item } = node;
  const question = slot.question as AnyQuestion;
  const key = answerKey(address);
  const previous = work.questions.get(key);
  const values = conditionValues(work, slot.refs, child, item);
  const visible = parentVisible(work, node) && isVisible(question.visibleWhen, values);
  const value = getAnswer(work.response, address);
  let required = false;
  let answered = false;
  let errors: readonly FieldError[] = [];
  if (question.type !== 'content') {
    const condition = question.requiredWhen;
    // A list's minimum holds when it is empty too: `minItems: 2` needs two, not "none or two".
    required =
      visible &&
      (question.required === true ||
        listMinimum(question) > 0 ||
        (condition !== undefined && isVisible(condition, values)));
    answered = isAnswered(value);
    if (visible) {
      errors = answered
        ? validateAnswerValue(question, value, work.context)
        : required
          ? unansweredErrors(question)
          : [];
    }
  }
  const childIndex = child === undefined ? -1 : work.subjects.indexOf(child);
  const position = slot.group
    ? [slot.sectionIndex, childIndex, slot.group.questionIndex, item ?? -1, slot.questionIndex]
    : [slot.sectionIndex, childIndex, slot.questionIndex, -1, -1];
  const state: QuestionState = {
    key,
    address,
    question,
    section: slot.section.id,
    sectionKey: sectionKey(slot.section.id, child),
    value,
    visible,
    required,
    answered,
    errors,
    position,
  };
  count(work, previous, -1);
  work.questions.set(key, state);
  count(work, state, 1);
  work.reevaluated.push(key);
  const visibility = previous?.visible !== visible;
  return {
    visibility,
    effective: visibility || (visible && !sameAnswerValue(previous?.value, value)),
  };
}

function evaluate(work: Work, node: NodeRef): Changed {
  if (node.slot.kind === 'section') return evaluateSection(work, node);
  const address = addressOf(node);
  return address ? evaluateQuestion(work, node, address) : { effective: false, visibility: false };
}

function createWork(
  compiled: CompiledTemplate,
  response: AssessmentResponse,
  context: ValueContext,
  subjects: readonly string[],
  previous?: FormState,
): Work {
  return {
    compiled,
    response,
    context,
    subjects,
    questions: new Map(previous?.questions),
    sections: new Map(previous?.sections),
    errorCount: previous?.errorCount ?? 0,
    reevaluated: [],
  };
}

function finish(work: Work): FormState {
  return {
    compiled: work.compiled,
    subjects: work.subjects,
    context: work.context,
    questions: work.questions,
    sections: work.sections,
    errorCount: work.errorCount,
    reevaluated: work.reevaluated,
  };
}

/**
 * The form's state for a response: every section and question (per subject child where the
 * section is `perChild`, per item inside groups) with visibility, requirement, answered and
 * errors, and each section's counts. Pass a template compiled with `compileTemplate` to reuse it.
 */
export function formState(
  template: AssessmentTemplate | CompiledTemplate,
  response: AssessmentResponse,
  options: FormOptions = {},
): FormState {
  const compiled = 'slots' in template ? template : compileTemplate(template);
  const on = options.on ?? response.started ?? options.today;
  const context: ValueContext = {
    ...(options.today !== undefined && { today: options.today }),
    ...(options.model !== undefined && { model: options.model }),
    ...(on !== undefined && { on: on.slice(0, 10) }),
    ...(options.persons !== undefined && { persons: new Set(options.persons) }),
  };
  const work = createWork(compiled, response, context, options.subjects ?? response.subjects ?? []);
  // Sections first, in template order, so the map reads in reading order.
  for (const slot of compiled.slots) {
    if (slot.kind !== 'section') continue;
    for (const child of scopesOf(slot, work)) {
      work.sections.set(
        sectionKey(slot.id, child),
        emptySection(slot.section, slot.sectionIndex, child),
      );
    }
  }
  for (const slot of compiled.order) {
    for (const child of scopesOf(slot, work)) {
      if (!slot.group) {
        evaluate(work, { slot, child, item: undefined });
        continue;
      }
      const items = itemCount(work, slot.group, child);
      for (let item = 0; item < items; item++) evaluate(work, { slot, child, item });
    }
  }
  return finish(work);
}

// ---------------------------------------------------------------------------------------------
// Incremental updates

/** A priority queue of nodes by evaluation rank, each node at most once while queued. */
class Queue {
  readonly #heap: { node: NodeRef; rank: number; seq: number; key: string }[] = [];
  readonly #queued = new Set<string>();
  #seq = 0;

  push(node: NodeRef): void {
    const key = nodeKey(node);
    if (this.#queued.has(key)) return;
    this.#queued.add(key);
    const heap = this.#heap;
    heap.push({ node, rank: node.slot.rank, seq: this.#seq++, key });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  pop(): { node: NodeRef; key: string } | undefined {
    const heap = this.#heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < heap.length && this.#before(left, best)) best = left;
        if (right < heap.length && this.#before(right, best)) best = right;
        if (best === i) break;
        [heap[i], heap[best]] = [heap[best], heap[i]];
        i = best;
      }
    }
    this.#queued.delete(top.key);
    return top;
  }

  #before(a: number, b: number): boolean {
    const x = this.#heap[a];
    const y = this.#heap[b];
    return x.rank < y.rank || (x.rank === y.rank && x.seq < y.seq);
  }
}

function nodeKey(node: NodeRef): string {
  if (node.slot.kind === 'section') return `section:${sectionKey(node.slot.id, node.child)}`;
  const address = addressOf(node);
  return address ? answerKey(address) : `none:${node.slot.index}`;
}

/** The scopes in which `reader` reads `source`'s answer given in scope `child`. */
function readerScopes(work: Work, source: Slot, reader: Slot, child: Scope): readonly Scope[] {
  if (!reader.perChild) return source.perChild ? [] : [undefined];
  if (source.perChild) return child === undefined ? [] : [child];
  return work.subjects;
}

function pushReaders(work: Work, queue: Queue, node: NodeRef): void {
  const source = node.slot;
  for (const reader of source.readers) {
    if (reader.group && reader.group === source.group) {
      queue.push({ slot: reader, child: node.child, item: node.item });
      continue;
    }
    for (const child of readerScopes(work, source, reader, node.child)) {
      if (!reader.group) {
        queue.push({ slot: reader, child, item: undefined });
        continue;
      }
      const items = itemCount(work, reader.group, child);
      for (let item = 0; item < items; item++) queue.push({ slot: reader, child, item });
    }
  }
}

function pushChildren(work: Work, queue: Queue, node: NodeRef): void {
  for (const child of node.slot.children) {
    if (child.group) {
      const items = itemCount(work, child.group, node.child);
      for (let item = 0; item < items; item++) queue.push({ slot: child, child: node.child, item });
    } else {
      queue.push({ slot: child, child: node.child, item: undefined });
    }
  }
}

/** Removes the nodes of group items past the end of the group's value. */
function dropStaleItems(work: Work, group: Slot, child: Scope, items: number): boolean {
  const first = group.children[0];
  if (!first) return false;
  let dropped = false;
  for (let item = items; ; item++) {
    const probe = addressOf({ slot: first, child, item });
    if (!probe || !work.questions.has(answerKey(probe))) break;
    for (const inner of group.children) {
      const address = addressOf({ slot: inner, child, item });
      if (!address) continue;
      const key = answerKey(address);
      count(work, work.questions.get(key), -1);
      work.questions.delete(key);
    }
    dropped = true;
  }
  return dropped;
}

/** Queues what a changed address invalidates: its node, and for groups the item nodes. */
function seed(work: Work, queue: Queue, address: AnswerAddress): void {
  const slot = work.compiled.questions.get(address.question);
  if (!slot || slot.perChild !== (address.child !== undefined)) return;
  if (address.child !== undefined && !work.subjects.includes(address.child)) return;
  const child = address.child;
  queue.push({ slot, child, item: undefined });
  if (slot.question?.type !== 'group') return;

  const items = itemCount(work, slot, child);
  const dropped = dropStaleItems(work, slot, child, items);
  const first = slot.children[0];
  const lastAddress =
    first && items > 0 ? addressOf({ slot: first, child, item: items - 1 }) : undefined;
  const added = lastAddress !== undefined && !work.questions.has(answerKey(lastAddress));
  const wholeGroup = address.item === undefined || dropped || added;
  for (const inner of slot.children) {
    if (!wholeGroup && address.inner !== undefined && inner.id !== address.inner) continue;
    if (wholeGroup)
      for (let item = 0; item < items; item++) queue.push({ slot: inner, child, item });
    else queue.push({ slot: inner, child, item: address.item });
  }
}

/** Each node is evaluated at most this often per update; only a cyclic model gets near it. */
const MAX_VISITS = 3;

/**
 * The form's state after the answers at `changed` were set in `response` (the new response; the
 * previous state came from the one before). Re-evaluates the changed questions, then only the
 * questions and sections whose conditions read a value that changed, following visibility
 * changes onwards, in evaluation order; everything else is carried over. `reevaluated` lists the
 * question nodes it evaluated. Given another compiled template than the previous state's (the
 * template changed), everything is evaluated again with the previous options. Use
 * {@link formState} instead when the subjects change.
 */
export function updateFormState(
  compiled: CompiledTemplate,
  previous: FormState,
  response: AssessmentResponse,
  changed: AnswerAddress | readonly AnswerAddress[],
): FormState {
  if (compiled !== previous.compiled) {
    const { today, model, on, persons } = previous.context;
    return formState(compiled, response, {
      subjects: previous.subjects,
      ...(today !== undefined && { today }),
      ...(model !== undefined && { model }),
      ...(on !== undefined && { on }),
      ...(persons !== undefined && { persons }),
    });
  }
  const work = createWork(compiled, response, previous.context, previous.subjects, previous);
  const queue = new Queue();
  const addresses: readonly AnswerAddress[] = Array.isArray(changed)
    ? changed
    : [changed as AnswerAddress];
  for (const address of addresses) seed(work, queue, address);
  const visits = new Map<string, number>();
  for (let next = queue.pop(); next; next = queue.pop()) {
    const seen = visits.get(next.key) ?? 0;
    if (seen >= MAX_VISITS) continue;
    visits.set(next.key, seen + 1);
    const { node } = next;
    if (
      node.slot.group &&
      node.item !== undefined &&
      node.item >= itemCount(work, node.slot.group, node.child)
    )
      continue;
    const result = evaluate(work, node);
    if (result.effective) pushReaders(work, queue, node);
    if (result.visibility) pushChildren(work, queue, node);
  }
  return finish(work);
}

/** The state of the question at `address`, if the form has it. */
export function questionState(state: FormState, address: AnswerAddress): QuestionState | undefined {
  return state.questions.get(answerKey(address));
}
