/** Registers `<practice-timeline>`. Import it, or `practice-elements/define`, once per page. */
import { defineElement } from '../shared/define-element.js';
import { PracticeTimeline } from './timeline.js';

export { PracticeTimeline };

defineElement('practice-timeline', PracticeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'practice-timeline': PracticeTimeline;
  }
}
