/** Registers `<practice-assessment>`. Import it, or `practice-elements/define`, once per page. */
import { defineElement } from '../shared/define-element.js';
import { PracticeAssessment } from './assessment.js';

export { PracticeAssessment };

defineElement('practice-assessment', PracticeAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'practice-assessment': PracticeAssessment;
  }
}
