/** Registers `<practice-genogram>`. Import it, or `practice-elements/define`, once per page. */
import { defineElement } from '../shared/define-element.js';
import { PracticeGenogram } from './genogram.js';

export { PracticeGenogram };

defineElement('practice-genogram', PracticeGenogram);

declare global {
  interface HTMLElementTagNameMap {
    'practice-genogram': PracticeGenogram;
  }
}
