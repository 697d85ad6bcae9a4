import type { ValidationIssue } from '../model/issues.js';

/** Which input a {@link PracticeInvalidEvent} is about. */
export type InvalidSource = 'model' | 'record';

/**
 * `practice-invalid`: the practice model cannot be used, or parts of the case record were left out.
 * `issues` name each problem by JSON path. The event carries no case data beyond those messages.
 */
export class PracticeInvalidEvent extends Event {
  static readonly eventName = 'practice-invalid';

  /**
   * @param source `model` when the practice model is rejected, `record` when parts of the case
   *   record were left out (the valid part is still shown).
   * @param issues every problem found, with its path.
   */
  constructor(
    readonly source: InvalidSource,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(PracticeInvalidEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-invalid': PracticeInvalidEvent;
  }
}
