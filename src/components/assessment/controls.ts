/**
 * Reading a control back into an answer: the view value (what the worker typed or chose) to the
 * stored value (the answer), without losing what was typed. Controls say what they hold with
 * `data-key` (the answer key), `data-kind`, and for some `data-rater`, `data-entry`, `data-field`,
 * `data-part`. Numbers and dates keep the text as typed in `drafts`, so the field shows exactly
 * what the worker typed while the answer holds its parsed value (or the text itself when it does
 * not parse, which the form state then reports).
 */
import type { QuestionState } from '../../model/assessment/visibility.js';
import type { AnswerValue, StructuredEntry } from '../../model/case-record/schema.js';
import type { AnswerChangeValue } from './assessment.events.js';
import { composeDate } from './date-input.js';

/** What a control holds now: a new value for its answer, or the earlier answers it cites. */
export type ControlReading =
  { readonly value: AnswerChangeValue } | { readonly cites: readonly string[] } | undefined;

/** A form control the element reads. */
export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A number as typed: a number when it reads as one, the text itself when not (never lost). */
export function parseNumber(raw: string): number | string | undefined {
  const text = raw.trim().replace(/,/g, '');
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? n : raw;
}

/** A copy of a record without one key. */
export function without<T extends object>(record: T, key: string): T {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as T;
}

/** A scale question's readings by rater (a copy), or none. */
export function readingsOf(value: unknown): Record<string, number | null> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, number | null>) }
    : {};
}

/** Readings as an answer: undefined when no rater has one. */
export function readingsValue(readings: Record<string, number | null>): AnswerChangeValue {
  return Object.keys(readings).length ? (readings as AnswerValue) : undefined;
}

/** An entries question's entries (a copy), or none. */
export function entriesOf(value: unknown): StructuredEntry[] {
  return Array.isArray(value)
    ? value.filter((e): e is StructuredEntry => typeof e === 'object' && e !== null && 'id' in e)
    : [];
}

/** The entries with one field of one entry set (or removed, for `undefined`). */
function withEntryField(
  value: unknown,
  index: number,
  field: string,
  fieldValue: string | number | undefined,
): StructuredEntry[] | undefined {
  const entries = entriesOf(value);
  const entry = entries[index];
  if (!entry) return undefined;
  entries[index] = (
    fieldValue === undefined && field !== 'text'
      ? without(entry, field)
      : { ...entry, [field]: fieldValue ?? '' }
  ) as StructuredEntry;
  return entries;
}

/** The values of the checked boxes inside `container`, in order. */
function checked(container: Element | null): string[] {
  return [...(container?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])]
    .filter((input) => input.checked)
    .map((input) => input.value);
}

/**
 * The element that says which answer a control belongs to: the control itself, or the container
 * of a set of radios or checkboxes (which carries `data-key`, `data-kind` and `data-rater`).
 */
export function answerHolder(control: Element | null): HTMLElement | null {
  return control?.closest<HTMLElement>('[data-key]') ?? null;
}

/**
 * What `target` holds now for the question `state`, keeping typed text in `drafts` (by answer key,
 * with `~part` or `#entry-field` where a question has several fields). Undefined when the control
 * holds nothing the element can use (an unparsable reading typed into a wide scale).
 */
export function readControl(
  target: Control,
  state: QuestionState,
  drafts: Map<string, string>,
): ControlReading {
  // Which answer (and which entry field) from the control or its set's container.
  const { key, kind, rater, entry, field } = answerHolder(target)?.dataset ?? {};
  const value = target.value;
  switch (kind) {
    case 'text':
      return { value: value === '' ? undefined : value };
    case 'number':
      drafts.set(state.key, value);
      return { value: parseNumber(value) };
    case 'date': {
      const draftKey = entry === undefined ? state.key : `${state.key}#${entry}-${field}`;
      const inputs = [
        ...(target.closest('.date-input')?.querySelectorAll<HTMLInputElement>('input') ?? []),
      ];
      const part = (name: string) => inputs.find((i) => i.dataset.part === name)?.value ?? '';
      for (const name of ['day', 'month', 'year']) drafts.set(`${draftKey}~${name}`, part(name));
      const date = composeDate(part('day'), part('month'), part('year'));
      if (entry === undefined) return { value: date };
      const entries = withEntryField(state.value, Number(entry), field ?? '', date);
      return entries && { value: entries };
    }
    case 'choice':
    case 'person':
      return { value: value === '' ? undefined : value };
    case 'yes-no':
      return { value: value === 'true' ? true : value === 'false' ? false : value };
    case 'choices':
    case 'persons': {
      const codes = checked(target.closest('.choices'));
      return { value: codes.length ? codes : undefined };
    }
    case 'scale': {
      if (!rater) return undefined;
      const readings = readingsOf(state.value);
      if (target instanceof HTMLInputElement && target.type === 'text') {
        drafts.set(`${key}~${rater}`, value);
        const n = parseNumber(value);
        if (typeof n === 'string') return undefined;
        return {
          value: readingsValue(
            n === undefined ? without(readings, rater) : { ...readings, [rater]: n },
          ),
        };
      }
      return { value: readingsValue({ ...readings, [rater]: Number(value) }) };
    }
    case 'entry': {
      const name = field ?? 'text';
      let fieldValue: string | number | undefined = value;
      if (name === 'revision') {
        drafts.set(`${state.key}#${entry}-revision`, value);
        const n = parseNumber(value);
        fieldValue = typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
      } else if (name !== 'text' && value === '') {
        fieldValue = undefined;
      }
      const entries = withEntryField(state.value, Number(entry), name, fieldValue);
      return entries && { value: entries };
    }
    case 'cite':
      return { cites: checked(target.closest('.citation-list')) };
    default:
      return undefined;
  }
}
