/**
 * The "Remove" and "Add another" buttons shared by repeating groups and structured entries, so
 * both lists behave the same: the add button takes the field's id while the list is empty (the
 * error summary links to it) and its own id after, where focus returns on removal.
 */
import { html, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { AnswerKey } from '../../model/assessment/address.js';
import { addButtonId, fieldId } from './form-context.js';

/** What the buttons act on: `item` (a group's item) or `entry` (a structured entry). */
export type ListKind = 'item' | 'entry';

/** The button that removes item `index` (titled `title`) from the list at `key`. */
export function removeButton(
  i18n: Localiser,
  kind: ListKind,
  key: AnswerKey,
  index: number,
  title: string,
): TemplateResult {
  return html`<button
    type="button"
    class="button button--secondary"
    data-action=${`remove-${kind}`}
    data-key=${key}
    data-item=${index}
  >
    ${i18n.t('assessment.removeItem', { item: title })}
  </button>`;
}

/** The button that adds one more `one` to the list at `key`, which holds `count` already. */
export function addButton(
  i18n: Localiser,
  kind: ListKind,
  key: AnswerKey,
  count: number,
  one: string,
  full: boolean,
): TemplateResult {
  return html`<button
    type="button"
    class="button button--secondary"
    id=${count ? addButtonId(key) : fieldId(key)}
    data-action=${`add-${kind}`}
    data-key=${key}
    ?disabled=${full}
  >
    ${i18n.t(count ? 'assessment.addAnother' : 'assessment.addFirst', {
      item: one.toLocaleLowerCase(i18n.locale),
    })}
  </button>`;
}
