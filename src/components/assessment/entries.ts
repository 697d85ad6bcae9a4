/**
 * Editors for structured entries: strengths, worries, next steps (who and by when), danger
 * statements with their safety goals, the child's voice (who said it, who recorded it, when and
 * how), hypotheses (evidence for and against, revision) and outcomes. Each entry is a fieldset
 * with its own fields and a "Remove" button; "Add" appends one and moves focus into it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { QuestionState } from '../../model/assessment/visibility.js';
import type { StructuredEntry } from '../../model/case-record/schema.js';
import type { EntryKind } from '../../model/practice-model/schema.js';
import { personName } from '../shared/people.js';
import { entriesOf } from './controls.js';
import { renderDateInput } from './date-input.js';
import { addButton, removeButton } from './item-buttons.js';
import type { FieldParts } from './fields.js';
import {
  fieldId,
  nameFor,
  offeredPersons,
  type FormContext,
  type QuestionOf,
} from './form-context.js';

/** The fields of an entry besides its text, by kind. */
export type EntryField =
  | 'owner'
  | 'due'
  | 'safetyGoal'
  | 'saidBy'
  | 'recordedBy'
  | 'recordedOn'
  | 'method'
  | 'evidenceFor'
  | 'evidenceAgainst'
  | 'revision';

/** Which fields each kind of entry has, in the order they are asked. */
export const ENTRY_FIELDS: Readonly<Record<EntryKind, readonly EntryField[]>> = {
  strength: [],
  worry: [],
  'next-step': ['owner', 'due'],
  'danger-statement': ['safetyGoal'],
  'safety-goal': [],
  'child-voice': ['saidBy', 'recordedBy', 'recordedOn', 'method'],
  hypothesis: ['evidenceFor', 'evidenceAgainst', 'revision'],
  outcome: [],
};

/** How the child's voice was gathered. */
export const ENTRY_METHODS = [
  'own-words',
  'drawing-described',
  'advocate',
  'observation',
  'other',
] as const;

/** The id of an entry's field; the first entry's text carries the question's field id. */
export function entryFieldId(key: string, entry: number, field: EntryField | 'text'): string {
  return entry === 0 && field === 'text' ? fieldId(key) : `${fieldId(key)}#${entry}-${field}`;
}

/** A fresh id for a new entry of `kind`: `worry-3` after `worry-1` and `worry-2`. */
export function newEntryId(kind: EntryKind, entries: readonly StructuredEntry[]): string {
  const taken = new Set(entries.map((e) => e.id));
  let n = entries.length + 1;
  while (taken.has(`${kind}-${n}`)) n += 1;
  return `${kind}-${n}`;
}

/** The entries question: each entry as a fieldset, then "Add". */
export function renderEntries(
  ctx: FormContext,
  state: QuestionState,
  question: QuestionOf<'entries'>,
  parts: FieldParts,
): TemplateResult {
  const { i18n } = ctx;
  const entries = entriesOf(state.value);
  const kind = question.entry;
  const one = i18n.t(`assessment.entryKind.${kind}`);
  return html`<fieldset
    class="question entries-question${parts.invalid ? ' question--error' : ''}"
    part="question"
    aria-describedby=${ifDefined(parts.describedBy)}
  >
    <legend class="label">${parts.label}</legend>
    ${parts.below}
    ${entries.map((entry, i) => {
      const title = i18n.t('assessment.groupItem', { label: one, number: i + 1 });
      return html`<fieldset class="group-item entry-item" part="entry">
        <legend class="item-label">${title}</legend>
        ${renderText(state.key, i, 'text', i18n.t(`assessment.entryText.${kind}`), entry.text, true)}
        ${ENTRY_FIELDS[kind].map((field) => renderEntryField(ctx, state.key, i, field, entry))}
        ${removeButton(i18n, 'entry', state.key, i, title)}
      </fieldset>`;
    })}
    ${addButton(i18n, 'entry', state.key, entries.length, one, question.maxItems)}${parts.disputes}
  </fieldset>`;
}

function renderText(
  key: string,
  entry: number,
  field: EntryField | 'text',
  label: string,
  value: string | undefined,
  long: boolean,
): TemplateResult {
  const id = entryFieldId(key, entry, field);
  const control = long
    ? html`<textarea
        class="textarea"
        rows="3"
        id=${id}
        .value=${live(value ?? '')}
        data-key=${key}
        data-kind="entry"
        data-entry=${entry}
        data-field=${field}
      ></textarea>`
    : html`<input
        class="input"
        type="text"
        id=${id}
        .value=${live(value ?? '')}
        data-key=${key}
        data-kind="entry"
        data-entry=${entry}
        data-field=${field}
      />`;
  return html`<div class="entry-field">
    <label class="label label--small" for=${id}>${label}</label>
    ${control}
  </div>`;
}

/** Where an entry's select sits and what it holds now. */
interface EntrySelectPlace {
  readonly id: string;
  readonly key: string;
  readonly entry: number;
  readonly field: EntryField;
  readonly label: string;
  readonly current: string;
}

/** One option of a select: the stored value and what the worker reads. */
export interface SelectChoice {
  readonly value: string;
  readonly text: unknown;
}

/** The record's people as select choices, by name (people withheld from view left out). */
export function personChoices(ctx: FormContext): SelectChoice[] {
  return offeredPersons(ctx, 'everyone').map((p) => ({
    value: p.id,
    text: personName(p, ctx.i18n),
  }));
}

/** A next step's owner by name: a person of the record, a professional, or as written. */
export function ownerName(ctx: FormContext, owner: string): string {
  const professional = ctx.professionals.get(owner);
  return professional ? professional.name : nameFor(ctx, owner);
}

/**
 * The options of a select: "Not chosen", the choices, and a current value that is not among them
 * (a name typed before the record listed the person) shown by `unknownText`, so it stays chosen.
 */
export function selectOptions(
  ctx: FormContext,
  choices: readonly SelectChoice[],
  current: string,
  unknownText?: (value: string) => unknown,
): unknown {
  const known = choices.some((choice) => choice.value === current);
  return html`<option value="" .selected=${current === ''}>
      ${ctx.i18n.t('assessment.choose')}
    </option>
    ${choices.map(
      (choice) =>
        html`<option value=${choice.value} .selected=${choice.value === current}>
          ${choice.text}
        </option>`,
    )}
    ${
      current && !known && unknownText
        ? html`<option value=${current} .selected=${true}>${unknownText(current)}</option>`
        : nothing
    }`;
}

/** A labelled select for one field of an entry (see {@link selectOptions}). */
function renderEntrySelect(
  ctx: FormContext,
  place: EntrySelectPlace,
  choices: readonly SelectChoice[],
  unknownText?: (value: string) => unknown,
): TemplateResult {
  const { id, key, entry, field, label, current } = place;
  return html`<div class="entry-field">
    <label class="label label--small" for=${id}>${label}</label>
    <select
      class="select"
      id=${id}
      data-key=${key}
      data-kind="entry"
      data-entry=${entry}
      data-field=${field}
    >
      ${selectOptions(ctx, choices, current, unknownText)}
    </select>
  </div>`;
}

function renderEntryField(
  ctx: FormContext,
  key: string,
  entry: number,
  field: EntryField,
  value: StructuredEntry,
): unknown {
  const { i18n } = ctx;
  const label = i18n.t(`assessment.entry.${field}`);
  const id = entryFieldId(key, entry, field);
  switch (field) {
    case 'owner': {
      // Who does it: a person of the record or a professional, chosen so nothing is typed twice; a
      // name typed before the record listed them stays as written.
      const current = value.owner ?? '';
      return renderEntrySelect(
        ctx,
        { id, key, entry, field, label, current },
        [
          ...personChoices(ctx),
          ...[...ctx.professionals.values()].map((p) => ({ value: p.id, text: p.name })),
        ],
        (unknown) => ownerName(ctx, unknown),
      );
    }
    case 'recordedBy': {
      // The record's professionals by name; anyone else stays as written.
      const professionals = [...ctx.professionals.values()];
      if (professionals.length === 0)
        return renderText(key, entry, field, label, value[field], false);
      const current = value.recordedBy ?? '';
      return renderEntrySelect(
        ctx,
        { id, key, entry, field, label, current },
        professionals.map((p) => ({ value: p.id, text: p.name })),
        (unknown) => unknown,
      );
    }
    case 'safetyGoal':
    case 'evidenceFor':
    case 'evidenceAgainst':
      return renderText(key, entry, field, label, value[field], true);
    case 'revision': {
      const shown =
        ctx.drafts.get(`${key}#${entry}-revision`) ??
        (value.revision === undefined ? '' : String(value.revision));
      return html`<div class="entry-field">
        <label class="label label--small" for=${id}>${label}</label>
        <input
          class="input input--number"
          type="text"
          inputmode="numeric"
          id=${id}
          .value=${live(shown)}
          data-key=${key}
          data-kind="entry"
          data-entry=${entry}
          data-field=${field}
        />
      </div>`;
    }
    case 'due':
    case 'recordedOn':
      return html`<fieldset class="entry-field entry-date">
        <legend class="label label--small">${label}</legend>
        ${renderDateInput(ctx, {
          id,
          key,
          value: value[field],
          invalid: false,
          entry,
          field,
        })}
      </fieldset>`;
    case 'saidBy': {
      const current = value.saidBy ?? '';
      return renderEntrySelect(
        ctx,
        { id, key, entry, field, label, current },
        personChoices(ctx),
        (unknown) => nameFor(ctx, unknown),
      );
    }
    case 'method': {
      const current = value.method ?? '';
      return renderEntrySelect(
        ctx,
        { id, key, entry, field, label, current },
        ENTRY_METHODS.map((m) => ({ value: m, text: i18n.t(`entryMethod.${m}`) })),
      );
    }
  }
}
