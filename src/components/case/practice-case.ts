/** Registers `<practice-case>`. Import it, or `practice-elements/define`, once per page. */
import { defineElement } from '../shared/define-element.js';
import { PracticeCase } from './case.js';

export { PracticeCase };

defineElement('practice-case', PracticeCase);

declare global {
  interface HTMLElementTagNameMap {
    'practice-case': PracticeCase;
  }
}
