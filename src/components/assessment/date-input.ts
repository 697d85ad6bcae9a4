/**
 * The GOV.UK date input: day, month and year as three short text fields, so a date is typed the
 * same way in every browser and locale, and what was typed is kept even when it is not a date.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormContext } from './form-context.js';

/** The day, month and year typed so far, from the stored value (`YYYY-MM-DD` or partial). */
export function dateParts(value: unknown): [string, string, string] {
  if (typeof value !== 'string') return ['', '', ''];
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  if (!match) return ['', '', value];
  return [match[3] ?? '', match[2] ?? '', match[1] ?? ''];
}

/**
 * The value of a day, month and year: undefined when all are empty, `YYYY-MM-DD` when all are
 * numbers (the form state says whether it is a real date), else the parts as typed, which the form
 * state reports as not a date: what was typed is never lost.
 */
export function composeDate(day: string, month: string, year: string): string | undefined {
  const clean = (part: string) => part.trim().replace(/-/g, '');
  const [d, m, y] = [clean(day), clean(month), clean(year)];
  if (!d && !m && !y) return undefined;
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return `${y}-${m}-${d}`;
}

/** Where a date input is and what it holds. */
export interface DateInputOptions {
  /** The id of the day field (the label of the whole date points at it). */
  readonly id: string;
  readonly key: string;
  readonly value: unknown;
  readonly invalid: boolean;
  /** Extra data attributes for an entry's date (`data-entry`, `data-field`). */
  readonly entry?: number;
  readonly field?: string;
}

/**
 * GOV.UK date input: day, month and year as three short text fields, in one template. The
 * container says which answer it is (`data-key`, `data-kind`, and for an entry's date
 * `data-entry` and `data-field`); each field says which part it is (`data-part`).
 */
export function renderDateInput(ctx: FormContext, options: DateInputOptions): TemplateResult {
  const { i18n } = ctx;
  const { id, key, entry, field } = options;
  const [day, month, year] = dateParts(options.value);
  const draftKey = entry === undefined ? key : `${key}#${entry}-${field}`;
  const shown = (part: string, stored: string) => ctx.drafts.get(`${draftKey}~${part}`) ?? stored;
  const invalid = options.invalid ? 'true' : 'false';
  return html`<div
    class="date-input"
    data-key=${key}
    data-kind="date"
    data-entry=${ifDefined(entry)}
    data-field=${ifDefined(field)}
  >
    <label class="date-item"
      >${i18n.t('assessment.date.day')}<input
        class="input input--short"
        type="text"
        inputmode="numeric"
        id=${id}
        data-part="day"
        .value=${live(shown('day', day))}
        aria-invalid=${invalid}
    /></label>
    <label class="date-item"
      >${i18n.t('assessment.date.month')}<input
        class="input input--short"
        type="text"
        inputmode="numeric"
        id=${`${id}~month`}
        data-part="month"
        .value=${live(shown('month', month))}
        aria-invalid=${invalid}
    /></label>
    <label class="date-item"
      >${i18n.t('assessment.date.year')}<input
        class="input input--year"
        type="text"
        inputmode="numeric"
        id=${`${id}~year`}
        data-part="year"
        .value=${live(shown('year', year))}
        aria-invalid=${invalid}
    /></label>
  </div>`;
}
