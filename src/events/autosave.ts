/**
 * The events of {@link eventAdapter}: for hosts that prefer answering events to passing callbacks.
 * The element asks; a listener on the element (or any ancestor, across shadow roots) answers with
 * `respondWith(promise)` while the event is being dispatched, as a service worker's `FetchEvent`
 * is answered.
 */
import type { AssessmentResponse } from '../model/case-record/schema.js';

/** Which saved draft: one response of one template in one case. */
export interface AutosaveKey {
  /** The case record's id. */
  readonly caseId: string;
  /** The response's id. */
  readonly responseId: string;
  /** The template's id. */
  readonly template: string;
}

/** Thrown by `respondWith` when it is called twice, or after the event was dispatched. */
export class RespondWithError extends Error {
  override readonly name = 'RespondWithError';
}

/** The answer of one listener, with the checks `respondWith` shares between both events. */
class Reply<T> {
  promise: Promise<T> | undefined;

  set(event: Event, eventName: string, reply: Promise<T> | T): void {
    if (this.promise) {
      throw new RespondWithError(`respondWith was already called for this ${eventName} event`);
    }
    // Outside dispatch (before it, or after an `await` in the listener) the element has already
    // moved on: an answer now would be lost, so say so at once.
    if (event.eventPhase === Event.NONE) {
      throw new RespondWithError(
        `respondWith must be called while the ${eventName} event is being dispatched (before any await)`,
      );
    }
    this.promise = Promise.resolve(reply);
  }
}

/**
 * `practice-save`: save this draft of the response. Answer with `event.respondWith(promise)`,
 * settling when the draft is stored (reject to report a failed save: the element shows it and
 * tries again on the next change). Unanswered, the save counts as done: nothing to do.
 *
 * ```js
 * form.addEventListener('practice-save', (event) => {
 *   event.respondWith(api.saveDraft(event.key, event.response));
 * });
 * ```
 */
export class PracticeSaveEvent extends Event {
  static readonly eventName = 'practice-save';

  readonly #reply = new Reply<void>();

  /**
   * @param key which draft this is.
   * @param response the response as it stands: a plain, JSON-safe object.
   */
  constructor(
    readonly key: AutosaveKey,
    readonly response: AssessmentResponse,
  ) {
    super(PracticeSaveEvent.eventName, { bubbles: true, composed: true });
  }

  /** Answers the event: `promise` settles when the draft is saved. Once, during dispatch. */
  respondWith(promise: Promise<void> | void): void {
    this.#reply.set(this, PracticeSaveEvent.eventName, promise);
  }

  /** What a listener answered with `respondWith`, if anything (read by the element). */
  get reply(): Promise<void> | undefined {
    return this.#reply.promise;
  }
}

/**
 * `practice-load-draft`: is there a saved draft of this response? Answer with
 * `event.respondWith(promise)`, resolving to the draft, or to `undefined` when there is none.
 * Unanswered, there is no draft.
 *
 * ```js
 * form.addEventListener('practice-load-draft', (event) => {
 *   event.respondWith(api.loadDraft(event.key));
 * });
 * ```
 */
export class PracticeLoadDraftEvent extends Event {
  static readonly eventName = 'practice-load-draft';

  readonly #reply = new Reply<AssessmentResponse | undefined>();

  /** @param key which draft is wanted. */
  constructor(readonly key: AutosaveKey) {
    super(PracticeLoadDraftEvent.eventName, { bubbles: true, composed: true });
  }

  /** Answers the event with the draft (or `undefined`: none). Once, during dispatch. */
  respondWith(
    draft: Promise<AssessmentResponse | undefined> | AssessmentResponse | undefined,
  ): void {
    this.#reply.set(this, PracticeLoadDraftEvent.eventName, draft);
  }

  /** What a listener answered with `respondWith`, if anything (read by the element). */
  get reply(): Promise<AssessmentResponse | undefined> | undefined {
    return this.#reply.promise;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-save': PracticeSaveEvent;
    'practice-load-draft': PracticeLoadDraftEvent;
  }
}
