import { html, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { LocalisedText } from '../../model/common.js';

/**
 * Text written by the practice model's author, for an element's content: in a `<span lang>` when
 * it is not in the view's language (an English-only model in a Welsh view), so that a screen
 * reader reads it in its own language (WCAG 3.1.2); otherwise the text itself.
 */
export function modelText(
  i18n: Localiser,
  value: LocalisedText | undefined,
): string | TemplateResult {
  const text = i18n.text(value);
  const lang = i18n.textLang(value);
  return lang === undefined ? text : html`<span lang=${lang}>${text}</span>`;
}
