/**
 * The life of a response: drafted, submitted to a manager, returned with comments, authorised
 * (and then locked), amended after authorisation with a reason, and submitted again. A state
 * machine as data; every move appends to the response's history and returns a new response.
 */
import type { AssessmentResponse, ResponseStatus } from '../case-record/schema.js';
import { answerKey, type AnswerAddress, type AnswerKey } from './address.js';

/** What a worker or manager can do to a response. */
export const RESPONSE_ACTIONS = ['submit', 'return', 'authorise', 'amend', 'resubmit'] as const;
/** One of {@link RESPONSE_ACTIONS}. */
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

/**
 * The allowed moves: `draft` -submit-> `submitted`; `submitted` -return-> `returned` or
 * -authorise-> `authorised`; `returned` -resubmit-> `submitted`; `authorised` -amend-> `amended`;
 * `amended` -resubmit-> `submitted`.
 */
export const RESPONSE_TRANSITIONS: Readonly<
  Record<ResponseStatus, Readonly<Partial<Record<ResponseAction, ResponseStatus>>>>
> = {
  draft: { submit: 'submitted' },
  submitted: { return: 'returned', authorise: 'authorised' },
  returned: { resubmit: 'submitted' },
  authorised: { amend: 'amended' },
  amended: { resubmit: 'submitted' },
};

/** One entry of `response.history`. */
export type HistoryEntry = NonNullable<AssessmentResponse['history']>[number];
/** One entry of `response.comments`. */
export type ResponseComment = NonNullable<AssessmentResponse['comments']>[number];

/** Why a transition was refused. */
export type TransitionErrorCode =
  'invalid-transition' | 'reason-required' | 'comment-or-reason-required';

/**
 * A transition the state machine refuses: not allowed from the response's status, an amendment
 * without a reason, or a return with neither a reason nor an open comment.
 */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
  /** A stable code for programs. */
  readonly code: TransitionErrorCode;
  /** The status the response was in. */
  readonly from: ResponseStatus;
  /** The action that was refused. */
  readonly action: ResponseAction;

  constructor(code: TransitionErrorCode, from: ResponseStatus, action: ResponseAction) {
    super(transitionMessage(code, from, action));
    this.code = code;
    this.from = from;
    this.action = action;
  }
}

function transitionMessage(
  code: TransitionErrorCode,
  from: ResponseStatus,
  action: ResponseAction,
): string {
  if (code === 'reason-required') return `"${action}" needs a reason`;
  if (code === 'comment-or-reason-required') {
    return `"${action}" needs a reason or at least one open comment for the worker`;
  }
  const allowed = Object.keys(RESPONSE_TRANSITIONS[from]);
  return `a response that is ${from} cannot be sent to "${action}"; allowed: ${allowed.join(', ') || 'nothing'}`;
}

/** A change refused because the response is authorised: amend it first, with a reason. */
export class ResponseLockedError extends Error {
  override readonly name = 'ResponseLockedError';
  /** The locked response's id. */
  readonly response: string;

  constructor(response: AssessmentResponse, attempted: string) {
    super(
      `response "${response.id}" is authorised and locked: amend it (with a reason) to ${attempted}`,
    );
    this.response = response.id;
  }
}

/** Who moves the response and when; `reason` is required to amend, and to return without comments. */
export interface TransitionOptions {
  readonly by: string;
  /** An ISO date-time: the library never reads the clock. */
  readonly at: string;
  readonly reason?: string;
}

/** True when an authorised response is locked: no answer or comment changes until amended. */
export function isLocked(response: Pick<AssessmentResponse, 'status'>): boolean {
  return response.status === 'authorised';
}

/** True when `action` is allowed from `status` (reasons and comments are checked by {@link transition}). */
export function canTransition(status: ResponseStatus, action: ResponseAction): boolean {
  return Object.hasOwn(RESPONSE_TRANSITIONS[status], action);
}

/** The actions allowed from `status`, in {@link RESPONSE_ACTIONS} order. */
export function availableActions(status: ResponseStatus): ResponseAction[] {
  return RESPONSE_ACTIONS.filter((action) => canTransition(status, action));
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * A new response moved by `action`, with `{ status, at, by, reason? }` appended to its history.
 * `return` needs a reason or at least one unresolved comment; `amend` (only from `authorised`)
 * needs a reason.
 * @throws TransitionError when the move is not allowed or lacks its reason.
 */
export function transition(
  response: AssessmentResponse,
  action: ResponseAction,
  options: TransitionOptions,
): AssessmentResponse {
  const from = response.status;
  const to = canTransition(from, action) ? RESPONSE_TRANSITIONS[from][action] : undefined;
  if (to === undefined) throw new TransitionError('invalid-transition', from, action);
  const reason = hasText(options.reason) ? options.reason.trim() : undefined;
  if (action === 'amend' && reason === undefined) {
    throw new TransitionError('reason-required', from, action);
  }
  if (
    action === 'return' &&
    reason === undefined &&
    !(response.comments ?? []).some((comment) => !comment.resolved)
  ) {
    throw new TransitionError('comment-or-reason-required', from, action);
  }
  const entry: HistoryEntry = { status: to, at: options.at, by: options.by };
  if (reason !== undefined) entry.reason = reason;
  return { ...response, status: to, history: [...(response.history ?? []), entry] };
}

/** A comment to add: anchored to an answer (an address or its key) or to the whole response. */
export interface NewComment {
  readonly question?: AnswerAddress | AnswerKey;
  readonly text: string;
  readonly by: string;
  readonly at: string;
  /** Default: the first free `comment-N`. */
  readonly id?: string;
}

function nextCommentId(comments: readonly ResponseComment[]): string {
  const taken = new Set(comments.map((c) => c.id));
  let n = comments.length + 1;
  while (taken.has(`comment-${n}`)) n += 1;
  return `comment-${n}`;
}

/**
 * A new response with a comment appended (managers' comments anchored to questions are stored by
 * answer key, e.g. `tyler/analysis`).
 * @throws ResponseLockedError when the response is authorised.
 * @throws RangeError when the text is blank or the id is taken.
 */
export function addComment(response: AssessmentResponse, comment: NewComment): AssessmentResponse {
  if (isLocked(response)) throw new ResponseLockedError(response, 'add a comment');
  if (!hasText(comment.text)) throw new RangeError('a comment needs some text');
  const comments = response.comments ?? [];
  const id = comment.id ?? nextCommentId(comments);
  if (comments.some((c) => c.id === id)) throw new RangeError(`comment id "${id}" is taken`);
  const added: ResponseComment = { id, at: comment.at, by: comment.by, text: comment.text };
  if (comment.question !== undefined)
    added.question =
      typeof comment.question === 'string' ? comment.question : answerKey(comment.question);
  return { ...response, comments: [...comments, added] };
}

/**
 * A new response with the comment marked resolved (the response itself when it already is).
 * @throws ResponseLockedError when the response is authorised.
 * @throws RangeError when there is no comment with that id.
 */
export function resolveComment(
  response: AssessmentResponse,
  commentId: string,
): AssessmentResponse {
  if (isLocked(response)) throw new ResponseLockedError(response, 'resolve a comment');
  const comments = response.comments ?? [];
  const index = comments.findIndex((c) => c.id === commentId);
  const found = comments[index];
  if (!found) throw new RangeError(`there is no comment "${commentId}"`);
  if (found.resolved) return response;
  const copy = [...comments];
  copy[index] = { ...found, resolved: true };
  return { ...response, comments: copy };
}
