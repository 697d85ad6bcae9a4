/**
 * Where an answer lives in a response, and how it changes. Shared questions are stored under
 * `response.answers[questionId]`, per-child questions under `response.childAnswers[childId]`, and
 * the questions of a repeating group inside one item of the group's value. Every change returns a
 * new response (the old one is never touched) and appends who changed what, from what, to what.
 */
import type {
  Answer,
  AnswerValue,
  AssessmentResponse,
  StructuredEntry,
} from '../case-record/schema.js';
import type { Rater } from '../practice-model/schema.js';
import { answerKey, type AnswerAddress } from './address.js';
import { isLocked, ResponseLockedError } from './lifecycle.js';

export { isAnswered } from './conditions.js';
export {
  answerKey,
  parseAnswerKey,
  sameAddress,
  type AnswerAddress,
  type AnswerKey,
} from './address.js';

/** Readings of a scaling question by rater: `{ worker: 4, parent: 7 }` (null: asked, no number). */
export type ScaleReadingsValue = Partial<Record<Rater, number | null>>;
/** The value of one question inside a repeating group's item. */
export type GroupItemValue = ScalarValue | ScaleReadingsValue | StructuredEntry[];
/** One item of a repeating group: inner question id to value. */
export type GroupItem = Record<string, GroupItemValue>;
type ScalarValue = string | number | boolean | null | string[];

/** One entry of `response.changes`: who changed which answer, when, from what, to what. */
export type AnswerChange = NonNullable<AssessmentResponse['changes']>[number];

/** Who makes a change and when (an ISO date-time; the library never reads the clock). */
export interface ChangeAuthor {
  /** A user or professional id, or a name as written. */
  readonly by: string;
  /** When, as an ISO date-time such as `2024-01-09T15:10`. */
  readonly at: string;
  /**
   * Fold this change into the log's last entry when that entry is for the same answer by the same
   * person, keeping its `old` value: one entry per edit rather than one per keystroke.
   */
  readonly coalesce?: boolean;
}

/** The answers record an address reads from: shared, or the child's. */
function answersOf(
  response: AssessmentResponse,
  child: string | undefined,
): Readonly<Record<string, Answer>> | undefined {
  if (child === undefined) return response.answers;
  const own = response.childAnswers;
  return own && Object.hasOwn(own, child) ? own[child] : undefined;
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True for a repeating group's value: a list of plain objects (structured entries have an id). */
export function isGroupValue(value: unknown): value is GroupItem[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  );
}

/** The stored answer (value, citations, sensitivity) of a shared or per-child question. */
export function getAnswerRecord(
  response: AssessmentResponse,
  address: Pick<AnswerAddress, 'question' | 'child'>,
): Answer | undefined {
  return own(answersOf(response, address.child), address.question);
}

/**
 * The value at an address, or undefined when there is none. For an address inside a group, the
 * inner value of that item (or the whole item without `inner`).
 */
export function getAnswer(
  response: AssessmentResponse,
  address: AnswerAddress,
): AnswerValue | GroupItem | undefined {
  const value = getAnswerRecord(response, address)?.value;
  if (address.item === undefined) return value;
  if (!Array.isArray(value)) return undefined;
  const item: unknown = value[address.item];
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  if (address.inner === undefined) return item as GroupItem;
  return own(item as GroupItem, address.inner);
}

/**
 * Structural equality of answer values: same text, numbers, booleans, lists in the same order,
 * objects with the same keys and values (key order ignored).
 */
export function sameAnswerValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameAnswerValue(item, b[i]));
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return (
    left.length === rightCount &&
    left.every(([k, v]) => Object.hasOwn(right, k) && sameAnswerValue(v, right[k]))
  );
}

function withAnswer(
  answers: Readonly<Record<string, Answer>>,
  question: string,
  value: AnswerValue | undefined,
): Record<string, Answer> {
  const previous = own(answers, question);
  if (value !== undefined) return { ...answers, [question]: { ...previous, value } };
  // Metadata (citations, sensitivity, disagreements) stays attached while anything else is
  // recorded: clearing a value never deletes what someone said about it.
  if (
    previous &&
    (previous.cites !== undefined || previous.sensitivity !== undefined || hasDisputes(previous))
  ) {
    return { ...answers, [question]: { ...previous, value: null } };
  }
  return without(answers, question);
}

/** The group's new value with one item (or one inner value) replaced. */
function withItem(
  current: AnswerValue | undefined,
  address: AnswerAddress & { readonly item: number },
  value: AnswerValue | GroupItem | undefined,
): GroupItem[] {
  const items: GroupItem[] = isGroupValue(current) ? [...current] : [];
  if (!Number.isInteger(address.item) || address.item < 0 || address.item > items.length) {
    throw new RangeError(
      `item ${address.item} of "${address.question}" does not exist: the group has ${items.length} item(s), so the next new item is ${items.length}`,
    );
  }
  if (address.inner === undefined) {
    if (value === undefined) items.splice(address.item, 1);
    else items[address.item] = { ...(value as GroupItem) };
    return items;
  }
  const item = items[address.item] ?? {};
  items[address.item] =
    value === undefined
      ? without(item, address.inner)
      : { ...item, [address.inner]: value as GroupItemValue };
  return items;
}

function hasDisputes(answer: Answer): boolean {
  const disputes: unknown = (answer as { disputes?: unknown }).disputes;
  return Array.isArray(disputes) && disputes.length > 0;
}

/** A copy of a record without one key. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) copy[k] = v;
  return copy;
}

/**
 * A new response with the value at `address` replaced (undefined removes it; for a group item
 * without `inner`, removes the item). Appends `{ question, child, at, by, old, new }` to
 * `response.changes`, where `question` is the address's key without the child (so
 * `adults-in-household[1]/adult-agreed` inside a group); no entry is added when the value is
 * unchanged, and the response itself is returned. Answers hidden by conditions are changed and
 * logged like any other: nothing here knows or cares about visibility.
 *
 * An item one past the end of a group adds an item; further out is a `RangeError`.
 * @throws ResponseLockedError when the response is authorised (locked).
 */
export function setAnswer(
  response: AssessmentResponse,
  address: AnswerAddress,
  value: AnswerValue | GroupItem | undefined,
  author: ChangeAuthor,
): AssessmentResponse {
  if (isLocked(response)) throw new ResponseLockedError(response, 'change an answer');
  const old = getAnswer(response, address);
  if (sameAnswerValue(old, value)) return response;

  const scope = answersOf(response, address.child) ?? {};
  const stored =
    address.item === undefined
      ? (value as AnswerValue | undefined)
      : (withItem(
          own(scope, address.question)?.value,
          { ...address, item: address.item },
          value,
        ) as AnswerValue);
  const answers = withAnswer(scope, address.question, stored);

  const next: AssessmentResponse =
    address.child === undefined
      ? { ...response, answers }
      : { ...response, childAnswers: { ...response.childAnswers, [address.child]: answers } };
  next.changes = logChange(response.changes ?? [], address, old, value, author);
  return next;
}

function logChange(
  changes: readonly AnswerChange[],
  address: AnswerAddress,
  old: unknown,
  value: unknown,
  author: ChangeAuthor,
): AnswerChange[] {
  const question = answerKey({ ...address, child: undefined });
  const entry: AnswerChange = { question, at: author.at, by: author.by };
  if (address.child !== undefined) entry.child = address.child;
  const last = changes.at(-1);
  if (
    author.coalesce &&
    last &&
    last.question === question &&
    last.child === address.child &&
    last.by === author.by
  ) {
    if (last.old !== undefined) entry.old = last.old;
    if (value !== undefined) entry.new = value as AnswerValue;
    // Typed back to where it started: the edit changed nothing, so it leaves no entry.
    if (sameAnswerValue(entry.old, entry.new)) return changes.slice(0, -1);
    return [...changes.slice(0, -1), entry];
  }
  if (old !== undefined) entry.old = old as AnswerValue;
  if (value !== undefined) entry.new = value as AnswerValue;
  return [...changes, entry];
}

/**
 * Every address that holds a value in the response, in record order: shared answers, then each
 * child's. With `groups` (the ids of repeating-group questions), also the inner values of every
 * item of those groups, after the group's own address.
 */
export function answeredAddresses(
  response: AssessmentResponse,
  groups: ReadonlySet<string> = new Set(),
): AnswerAddress[] {
  const found: AnswerAddress[] = [];
  const visit = (answers: Readonly<Record<string, Answer>>, child: string | undefined) => {
    for (const [question, answer] of Object.entries(answers)) {
      const base: AnswerAddress = child === undefined ? { question } : { question, child };
      found.push(base);
      if (!groups.has(question) || !isGroupValue(answer.value)) continue;
      answer.value.forEach((item, index) => {
        for (const inner of Object.keys(item)) found.push({ ...base, item: index, inner });
      });
    }
  };
  visit(response.answers, undefined);
  for (const [child, answers] of Object.entries(response.childAnswers ?? {})) visit(answers, child);
  return found;
}
