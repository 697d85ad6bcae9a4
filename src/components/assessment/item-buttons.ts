/**
 * The "Remove" and "Add another" buttons shared by repeating groups and structured entries, so
 * both lists behave the same: the add button takes the field's id while the list is empty (the
 * error summary links to it) and its own id after, where focus returns on removal. At the list's
 * maximum the add button is disabled and a note beside it, a polite live region, says why.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localiser } from '../../i18n/localiser.js';
import { answerKey, type AnswerKey } from '../../model/assessment/address.js';
import type { FormState } from '../../model/assessment/visibility.js';
import { addButtonId, fieldId } from './form-context.js';

/** What the buttons act on: `item` (a group's item) or `entry` (a structured entry). */
export type ListKind = 'item' | 'entry';

/** The id of the note that says a list is full. */
export const listLimitId = (key: AnswerKey): string => `limit-${key}`;

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

/**
 * The button that adds one more `one` to the list at `key`, which holds `count` already and may
 * hold at most `max`. At the maximum the button is disabled and described by a note saying the
 * list is full; the note is a live region from the start, so reaching the maximum is announced.
 */
export function addButton(
  i18n: Localiser,
  kind: ListKind,
  key: AnswerKey,
  count: number,
  one: string,
  max: number | undefined,
): TemplateResult {
  const full = max !== undefined && count >= max;
  return html`<button
      type="button"
      class="button button--secondary"
      id=${count ? addButtonId(key) : fieldId(key)}
      data-action=${`add-${kind}`}
      data-key=${key}
      aria-describedby=${ifDefined(full ? listLimitId(key) : undefined)}
      ?disabled=${full}
    >
      ${i18n.t(count ? 'assessment.addAnother' : 'assessment.addFirst', {
        item: one.toLocaleLowerCase(i18n.locale),
      })}
    </button>
    ${
      max === undefined
        ? nothing
        : html`<p
            class=${full ? 'hint list-limit' : 'visually-hidden'}
            id=${listLimitId(key)}
            aria-live="polite"
          >
            ${full ? i18n.t('assessment.listFull', { max: i18n.number(max) }) : ''}
          </p>`
    }`;
}

/**
 * The id of the element an error summary link for `key` moves focus to: the field's own id
 * (a list's add button while the list is empty, a multiple choice's first checkbox), except for a
 * list that has items: with too few, its "Add another" button, where the worker acts; a group's
 * other errors, its first item's first shown field.
 */
export function errorFocusId(form: FormState, key: AnswerKey): string {
  const state = form.questions.get(key);
  const question = state?.question;
  if (!state || (question?.type !== 'group' && question?.type !== 'entries')) return fieldId(key);
  const count = Array.isArray(state.value) ? state.value.length : 0;
  if (count === 0) return fieldId(key);
  if (state.errors.some((error) => error.key === 'tooFewItems')) return addButtonId(key);
  if (question.type === 'entries') return fieldId(key);
  for (const inner of question.questions) {
    const innerKey = answerKey({ ...state.address, item: 0, inner: inner.id });
    if (inner.type !== 'content' && form.questions.get(innerKey)?.visible) return fieldId(innerKey);
  }
  return addButtonId(key);
}
