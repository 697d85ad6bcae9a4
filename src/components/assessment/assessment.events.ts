/**
 * Events `<practice-assessment>` fires. Each is a typed class, bubbles and is composed, so a host
 * page can listen on the element or on any ancestor, across shadow roots.
 */
import type {
  AnswerValue,
  AssessmentResponse,
  ResponseStatus,
} from '../../model/case-record/schema.js';
import type { AnswerAddress, AnswerKey } from '../../model/assessment/address.js';
import type { GroupItem } from '../../model/assessment/answers.js';
import type { ResponseAction } from '../../model/assessment/lifecycle.js';

export { PracticeInvalidEvent, type InvalidSource } from '../../events/invalid.js';
export {
  PracticeLoadDraftEvent,
  PracticeSaveEvent,
  RespondWithError,
  type AutosaveKey,
} from '../../events/autosave.js';

/** A value at an answer address: an answer, or a whole repeating-group item. */
export type AnswerChangeValue = AnswerValue | GroupItem | undefined;

/**
 * `practice-answer-change`: the worker changed an answer (typing, choosing, adding or removing an
 * entry or a group item). `old` and `new` are the values at `address` before and after, as in the
 * response's change log; `response` is the whole response after the change (a new object: the
 * element never mutates a response it was given).
 */
export class PracticeAnswerChangeEvent extends Event {
  static readonly eventName = 'practice-answer-change';

  /** The value before the change (`undefined`: there was none). */
  readonly old: AnswerChangeValue;
  /** The value after the change (`undefined`: the answer or item was removed). */
  readonly new: AnswerChangeValue;

  /**
   * @param address where the answer lives.
   * @param key the same address as one string (`ellie/analysis`, `adults[1]/adult`).
   * @param oldValue the value before.
   * @param newValue the value after.
   * @param response the response after the change.
   */
  constructor(
    readonly address: AnswerAddress,
    readonly key: AnswerKey,
    oldValue: AnswerChangeValue,
    newValue: AnswerChangeValue,
    readonly response: AssessmentResponse,
  ) {
    super(PracticeAnswerChangeEvent.eventName, { bubbles: true, composed: true });
    this.old = oldValue;
    this.new = newValue;
  }
}

/**
 * `practice-submit`: the worker submits (or resubmits) a response with no errors, for a manager to
 * authorise. Fired before the status changes; `response` is the response as it will be, already
 * moved to `submitted`. Cancel it (`preventDefault()`) to keep the response as it was, for example
 * when the host's own checks fail.
 */
export class PracticeSubmitEvent extends Event {
  static readonly eventName = 'practice-submit';

  /**
   * @param action `submit` (from a draft) or `resubmit` (after a return or an amendment).
   * @param response the response after the move to `submitted`.
   */
  constructor(
    readonly action: Extract<ResponseAction, 'submit' | 'resubmit'>,
    readonly response: AssessmentResponse,
  ) {
    super(PracticeSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * `practice-status-change`: the response moved through its life cycle (submitted, returned,
 * authorised, amended, resubmitted). `response` carries the new status and its history entry.
 */
export class PracticeStatusChangeEvent extends Event {
  static readonly eventName = 'practice-status-change';

  /**
   * @param action what was done.
   * @param from the status before.
   * @param to the status after.
   * @param response the response after the move.
   * @param reason the reason given (returning, amending), if any.
   */
  constructor(
    readonly action: ResponseAction,
    readonly from: ResponseStatus,
    readonly to: ResponseStatus,
    readonly response: AssessmentResponse,
    readonly reason?: string,
  ) {
    super(PracticeStatusChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-answer-change': PracticeAnswerChangeEvent;
    'practice-submit': PracticeSubmitEvent;
    'practice-status-change': PracticeStatusChangeEvent;
  }
}
