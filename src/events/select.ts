/**
 * `practice-select`: a person was chosen in one view (a genogram symbol, a name in a list). The
 * `<practice-case>` provider listens for it and makes every view inside it follow the selection.
 */
export class PracticeSelectEvent extends Event {
  static readonly eventName = 'practice-select';

  /**
   * @param personId the selected person's id, or `undefined` when the selection is cleared.
   */
  constructor(readonly personId: string | undefined) {
    super(PracticeSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'practice-select': PracticeSelectEvent;
  }
}
