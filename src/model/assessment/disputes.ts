/**
 * Disagreements with recorded answers. A parent or a young person may dispute what the worker
 * recorded; their view is recorded alongside the answer, never instead of it. A disagreement
 * belongs to the whole answer of a question (shared, or one child's), names the person of the case
 * record who disagrees, and says what they say. Recording, changing and removing one returns a new
 * response and appends the change to `response.changes`, as a change of an answer value does.
 *
 * Stored on the answer as `disputes`, and logged as a change entry with `dispute: { id, old, new }`
 * (`AnswerDispute` and the change entry's `dispute` are part of the case-record schema).
 */
import type {
  Answer,
  AnswerDispute,
  AssessmentResponse,
  CaseRecord,
  Person,
} from '../case-record/schema.js';
import type { PracticeModel, RelationshipType } from '../practice-model/schema.js';
import type { AnswerAddress } from './address.js';
import type { AnswerChange, ChangeAuthor } from './answers.js';
import { isLocked, ResponseLockedError } from './lifecycle.js';

/** A disagreement to record: a new one, or (with the `id` of one on the answer) a changed one. */
export interface DisputeInput {
  readonly id?: string;
  readonly by: string;
  readonly text: string;
}

/** An answer with the disagreements recorded against it. */
export type DisputedAnswer = Answer & { disputes?: AnswerDispute[] };

/** What a change-log entry for a disagreement holds: which one, and it before and after. */
export interface DisputeChange {
  readonly id: string;
  /** The disagreement before (absent: it was recorded by this change). */
  readonly old?: AnswerDispute;
  /** The disagreement after (absent: it was removed by this change). */
  readonly new?: AnswerDispute;
}

/** A change-log entry; `dispute` is set when the change is to a disagreement, not to the value. */
export type LoggedChange = AnswerChange & { dispute?: DisputeChange };

/** Thrown when a disagreement lacks the person who disagrees or what they say. */
export class DisputeError extends Error {
  override readonly name = 'DisputeError';
}

function isDispute(value: unknown): value is AnswerDispute {
  if (typeof value !== 'object' || value === null) return false;
  const { id, by, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof by === 'string' && typeof text === 'string';
}

function answersOf(
  response: AssessmentResponse,
  child: string | undefined,
): Readonly<Record<string, Answer>> | undefined {
  if (child === undefined) return response.answers;
  const own = response.childAnswers;
  return own && Object.hasOwn(own, child) ? own[child] : undefined;
}

function answerAt(
  response: AssessmentResponse,
  address: AnswerAddress,
): DisputedAnswer | undefined {
  const answers = answersOf(response, address.child);
  return answers && Object.hasOwn(answers, address.question)
    ? (answers[address.question] as DisputedAnswer)
    : undefined;
}

/**
 * The disagreements recorded against the answer at `address` (its question, shared or one
 * child's: `item` and `inner` are ignored, a disagreement is about the whole answer), in the
 * order they were recorded. Malformed entries are left out.
 */
export function answerDisputes(
  response: AssessmentResponse,
  address: AnswerAddress,
): readonly AnswerDispute[] {
  const disputes: unknown = answerAt(response, address)?.disputes;
  return Array.isArray(disputes) ? disputes.filter(isDispute) : [];
}

/** A fresh id for one more disagreement: `dispute-3` after `dispute-1` and `dispute-2`. */
export function newDisputeId(disputes: readonly AnswerDispute[]): string {
  const taken = new Set(disputes.map((d) => d.id));
  let n = disputes.length + 1;
  while (taken.has(`dispute-${n}`)) n += 1;
  return `dispute-${n}`;
}

/** The response with the answer at `address` holding `disputes` (an answer is made if need be). */
function withDisputes(
  response: AssessmentResponse,
  address: AnswerAddress,
  disputes: readonly AnswerDispute[],
): AssessmentResponse {
  const scope = answersOf(response, address.child) ?? {};
  const { disputes: _old, ...rest } = answerAt(response, address) ?? { value: null };
  const answer: DisputedAnswer = disputes.length ? { ...rest, disputes: [...disputes] } : rest;
  // An answer that held nothing but disagreements goes with the last of them.
  const empty = !disputes.length && rest.value === null && Object.keys(rest).length === 1;
  const answers: Record<string, Answer> = empty
    ? Object.fromEntries(Object.entries(scope).filter(([id]) => id !== address.question))
    : { ...scope, [address.question]: answer };
  return address.child === undefined
    ? { ...response, answers }
    : { ...response, childAnswers: { ...response.childAnswers, [address.child]: answers } };
}

function logged(
  response: AssessmentResponse,
  address: AnswerAddress,
  change: DisputeChange,
  author: ChangeAuthor,
): LoggedChange[] {
  const entry: LoggedChange = {
    question: address.question,
    at: author.at,
    by: author.by,
    dispute: change,
  };
  if (address.child !== undefined) entry.child = address.child;
  return [...(response.changes ?? []), entry];
}

/**
 * A new response with a disagreement recorded against the answer at `address`: added, or when
 * `dispute.id` names one already there, changed (keeping who first recorded it). The answer may
 * have no value yet; its value is never touched. Logs `{ question, child, at, by, dispute: { id,
 * old, new } }`; an unchanged disagreement returns the response itself, with nothing logged.
 * @throws DisputeError when `by` or `text` is empty.
 * @throws ResponseLockedError when the response is authorised (locked).
 */
export function recordDispute(
  response: AssessmentResponse,
  address: AnswerAddress,
  dispute: DisputeInput,
  author: ChangeAuthor,
): AssessmentResponse {
  if (isLocked(response)) throw new ResponseLockedError(response, 'record a disagreement');
  const by = dispute.by.trim();
  const text = dispute.text.trim();
  if (!by) throw new DisputeError('a disagreement needs the person who disagrees');
  if (!text) throw new DisputeError('a disagreement needs what the person says');
  const disputes = [...answerDisputes(response, address)];
  const index = dispute.id === undefined ? -1 : disputes.findIndex((d) => d.id === dispute.id);
  const old = disputes[index];
  if (old && old.by === by && old.text === text) return response;
  const next: AnswerDispute = old
    ? { ...old, by, text }
    : {
        id: dispute.id ?? newDisputeId(disputes),
        by,
        text,
        recordedBy: author.by,
        recordedOn: author.at.slice(0, 10),
      };
  if (old) disputes[index] = next;
  else disputes.push(next);
  const changed = withDisputes(response, address, disputes);
  const change: DisputeChange = old ? { id: next.id, old, new: next } : { id: next.id, new: next };
  changed.changes = logged(response, address, change, author);
  return changed;
}

/**
 * A new response without the disagreement `id` of the answer at `address`, the removal logged
 * with the disagreement as it was. An id the answer does not have returns the response itself.
 * @throws ResponseLockedError when the response is authorised (locked).
 */
export function removeDispute(
  response: AssessmentResponse,
  address: AnswerAddress,
  id: string,
  author: ChangeAuthor,
): AssessmentResponse {
  if (isLocked(response)) throw new ResponseLockedError(response, 'remove a disagreement');
  const disputes = answerDisputes(response, address);
  const old = disputes.find((d) => d.id === id);
  if (!old) return response;
  const changed = withDisputes(
    response,
    address,
    disputes.filter((d) => d !== old),
  );
  changed.changes = logged(response, address, { id, old }, author);
  return changed;
}

// How the person who disagrees is related to the child ------------------------------------------

/** A relationship to the child that the model's messages name. */
export const DISPUTE_RELATIONS = [
  'child',
  'mother',
  'father',
  'parent',
  'stepmother',
  'stepfather',
  'step-parent',
] as const;

/**
 * How the person who disagrees stands to the child: one of {@link DISPUTE_RELATIONS}, or another
 * parent-child relationship type (foster carer, kinship carer, special guardian...) to show by its
 * label.
 */
export type DisputeRelation =
  | (typeof DISPUTE_RELATIONS)[number]
  | { readonly type: Extract<RelationshipType, { category: 'parent-child' }> };

function parentWord(person: Person | undefined): 'mother' | 'father' | 'parent' {
  const gender = person?.gender;
  if (gender === 'woman') return 'mother';
  if (gender === 'man') return 'father';
  if (gender !== undefined && gender !== 'unknown') return 'parent';
  if (person?.sex === 'female') return 'mother';
  if (person?.sex === 'male') return 'father';
  return 'parent';
}

/**
 * How `personId` stands to `children` (the child of a per-child answer, or the subject children),
 * from the record's parent-child relationships, for "Disputed by Kelly Hollis (mother)": `child`
 * for one of the children, `mother`, `father` or `parent` for a birth or adoptive parent (by
 * gender, else sex), `stepmother`, `stepfather` or `step-parent`, another parent-child type as
 * itself; undefined when the record relates them no other way.
 */
export function disputeRelation(
  record: CaseRecord,
  model: PracticeModel,
  personId: string,
  children: readonly string[],
): DisputeRelation | undefined {
  if (children.includes(personId)) return 'child';
  for (const relationship of record.relationships ?? []) {
    if (relationship.from !== personId || !children.includes(relationship.to)) continue;
    // Only the few relationships from this person to a subject child get this far.
    const type = model.relationshipTypes.find((t) => t.id === relationship.type);
    if (type?.category !== 'parent-child') continue;
    const person = record.persons.find((p) => p.id === personId);
    const word = parentWord(person);
    switch (type.notation) {
      case 'biological':
      case 'adoptive':
        return word;
      case 'step':
        return word === 'parent' ? 'step-parent' : word === 'mother' ? 'stepmother' : 'stepfather';
      default:
        return { type };
    }
  }
  return undefined;
}
