/**
 * The contents of the genogram's details dialog: a person's facts and relationships, a couple's
 * relationship, and the forms that add a relative or edit a person or a relationship. Every edit
 * is a form with buttons (no dragging, WCAG 2.5.7); errors are listed in an alert.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';
import {
  COUPLE_STATUSES,
  GENDERS,
  LIFE_STATUSES,
  SEXES,
  type Person,
  type Relationship,
} from '../../model/case-record/schema.js';
import type { FuzzyDate } from '../../model/common.js';
import type { RelationshipType } from '../../model/practice-model/schema.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { nameOf } from '../shared/people.js';
import type { Relative } from './record-changes.js';
import { renderFacts, renderRelations, type Family } from './text-cards.js';

/** What the dialog shows. */
export type DialogState =
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'edit-person'; readonly id: string }
  | { readonly kind: 'relationship'; readonly id: string }
  | { readonly kind: 'edit-relationship'; readonly id: string }
  | { readonly kind: 'add'; readonly id: string; readonly relative: Relative };

/** A button press in the dialog. */
export type DialogAction =
  | { readonly kind: 'close' }
  | {
      readonly kind: 'centre' | 'select' | 'remove-person' | 'remove-relationship';
      readonly id: string;
    }
  | { readonly kind: 'open'; readonly state: DialogState };

/** What the dialog needs from the element. */
export interface DialogContext {
  readonly family: Family;
  readonly level: HeadingLevel;
  readonly editable: boolean;
  readonly relationships: ReadonlyMap<string, Relationship>;
  readonly types: ReadonlyMap<string, RelationshipType>;
  readonly errors: readonly string[];
  readonly act: (action: DialogAction) => void;
  readonly submit: (event: SubmitEvent) => void;
}

const HEADING_ID = 'details-heading';

const ADD_ACTIONS: readonly [Relative, TextMessageKey][] = [
  ['parent', 'genogram.addParent'],
  ['partner', 'genogram.addPartner'],
  ['child', 'genogram.addChild'],
  ['sibling', 'genogram.addSibling'],
];

/** Short words for a relationship: "Married (separated): Jason Carver and Kelly Hollis". */
export function describeRelationship(
  relationship: Relationship,
  name: (personId: string) => string,
  types: ReadonlyMap<string, RelationshipType>,
  i18n: Localiser,
): string {
  const type = types.get(relationship.type);
  const typeLabel = type ? i18n.text(type.label) : relationship.type;
  const status = relationship.status ? ` (${i18n.t(`coupleStatus.${relationship.status}`)})` : '';
  return i18n.t('genogram.coupleLabel', {
    type: `${typeLabel}${status}`,
    first: name(relationship.from),
    second: name(relationship.to),
  });
}

function describe(relationship: Relationship, context: DialogContext): string {
  const { i18n, persons, redacting } = context.family;
  const name = (id: string) => nameOf(id, persons, i18n, redacting);
  return describeRelationship(relationship, name, context.types, i18n);
}

/** The dialog's contents for its state. */
export function renderDialog(state: DialogState, context: DialogContext): TemplateResult {
  switch (state.kind) {
    case 'person':
      return renderPerson(state.id, context);
    case 'relationship':
      return renderRelationship(state.id, context);
    case 'edit-relationship':
      return renderRelationshipForm(state.id, context);
    default:
      return renderPersonForm(state, context);
  }
}

function button(label: string, onClick: () => void, hidden?: string): TemplateResult {
  return html`<button type="button" @click=${onClick}>
    ${label}${hidden ? html`<span class="visually-hidden">: ${hidden}</span>` : nothing}
  </button>`;
}

function closeButton(context: DialogContext): TemplateResult {
  return button(context.family.i18n.t('genogram.close'), () => context.act({ kind: 'close' }));
}

function renderPerson(id: string, context: DialogContext): TemplateResult {
  const { family, editable, act } = context;
  const { i18n } = family;
  const person = family.persons.get(id);
  const name = nameOf(id, family.persons, i18n, family.redacting);
  const own = editable
    ? [...context.relationships.values()].filter((r) => r.from === id || r.to === id)
    : [];
  const selected = family.selection === id;
  return html`${heading(context.level, name, HEADING_ID)} ${renderErrors(context)}
    ${person ? html`${renderFacts(person, family)} ${renderRelations(person, family)}` : nothing}
    <div class="actions">
      ${button(i18n.t(selected ? 'genogram.clearSelection' : 'genogram.select'), () =>
        act({ kind: 'select', id }),
      )}
      ${button(i18n.t('genogram.centre'), () => act({ kind: 'centre', id }))}
      ${
        editable && person
          ? html`${ADD_ACTIONS.map(([relative, key]) =>
              button(i18n.t(key), () =>
                act({ kind: 'open', state: { kind: 'add', id, relative } }),
              ),
            )}
            ${button(i18n.t('genogram.edit'), () =>
              act({ kind: 'open', state: { kind: 'edit-person', id } }),
            )}
            ${button(i18n.t('genogram.remove'), () => act({ kind: 'remove-person', id }))}`
          : nothing
      }
      ${closeButton(context)}
    </div>
    ${
      own.length
        ? html`<p class="list-title">${i18n.t('genogram.allRelationships')}</p>
            <ul class="relationship-list">
              ${own.map((r) => {
                const words = describe(r, context);
                return html`<li>
                  <span>${words}</span>
                  ${button(
                    i18n.t('genogram.edit'),
                    () => act({ kind: 'open', state: { kind: 'edit-relationship', id: r.id } }),
                    words,
                  )}
                  ${button(
                    i18n.t('genogram.remove'),
                    () => act({ kind: 'remove-relationship', id: r.id }),
                    words,
                  )}
                </li>`;
              })}
            </ul>`
        : nothing
    }`;
}

function renderRelationship(id: string, context: DialogContext): TemplateResult {
  const { family, editable, act } = context;
  const { i18n } = family;
  const relationship = context.relationships.get(id);
  if (!relationship)
    return html`${heading(context.level, i18n.t('common.informationWithheld'), HEADING_ID)}
    ${closeButton(context)}`;
  const facts: [string, FuzzyDate | string | undefined][] = [
    [i18n.t('genogram.field.start'), relationship.start && i18n.date(relationship.start)],
    [i18n.t('genogram.field.end'), relationship.end && i18n.date(relationship.end)],
  ];
  return html`${heading(context.level, describe(relationship, context), HEADING_ID)}
    ${renderErrors(context)}
    <dl class="facts">
      ${facts.map(([term, value]) =>
        value
          ? html`<dt>${term}</dt>
              <dd>${value}</dd>`
          : nothing,
      )}
    </dl>
    <div class="actions">
      ${
        editable
          ? html`${button(i18n.t('genogram.edit'), () =>
              act({ kind: 'open', state: { kind: 'edit-relationship', id } }),
            )}
            ${button(i18n.t('genogram.remove'), () => act({ kind: 'remove-relationship', id }))}`
          : nothing
      }
      ${closeButton(context)}
    </div>`;
}

// ---------------------------------------------------------------------------------------------
// Forms

interface Choice {
  readonly value: string;
  readonly label: string;
  /** The label's language, when it is not the view's (a model's label: see `Localiser.textLang`). */
  readonly lang?: string | undefined;
}

function written(date: FuzzyDate | undefined): string {
  return date === undefined ? '' : typeof date === 'string' ? date : date.date;
}

function textField(name: string, label: string, value: string, hint?: string): TemplateResult {
  const id = `field-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
    <input
      id=${id}
      name=${name}
      type="text"
      autocomplete="off"
      .value=${value}
      aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
    />
  </div>`;
}

function selectField(
  name: string,
  label: string,
  choices: readonly Choice[],
  value: string,
): TemplateResult {
  const id = `field-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name}>
      ${choices.map((c) => {
        const selected = c.value === value;
        return html`<option value=${c.value} ?selected=${selected} lang=${ifDefined(c.lang)}>
          ${c.label}
        </option>`;
      })}
    </select>
  </div>`;
}

function renderErrors(context: DialogContext): TemplateResult | typeof nothing {
  if (context.errors.length === 0) return nothing;
  return html`<div class="problem form-errors" role="alert" tabindex="-1">
    <p>${context.family.i18n.t('genogram.rejected')}</p>
    <ul>
      ${context.errors.map((error) => html`<li>${error}</li>`)}
    </ul>
  </div>`;
}

function formActions(context: DialogContext): TemplateResult {
  const { i18n } = context.family;
  return html`<div class="actions">
    <button type="submit" class="primary">${i18n.t('genogram.save')}</button>
    ${button(i18n.t('genogram.cancel'), () => context.act({ kind: 'close' }))}
  </div>`;
}

/** Types of one category, for a relationship select. */
function typeChoices(context: DialogContext, category: RelationshipType['category']): Choice[] {
  return [...context.types.values()]
    .filter((t) => t.category === category)
    .map((t) => ({
      value: t.id,
      label: context.family.i18n.text(t.label),
      lang: context.family.i18n.textLang(t.label),
    }));
}

function renderPersonForm(
  state: Extract<DialogState, { kind: 'add' | 'edit-person' }>,
  context: DialogContext,
): TemplateResult {
  const { family } = context;
  const { i18n } = family;
  const anchorName = nameOf(state.id, family.persons, i18n, family.redacting);
  const person: Person | undefined =
    state.kind === 'edit-person' ? family.persons.get(state.id) : undefined;
  const title =
    state.kind === 'add'
      ? i18n.t(`genogram.addHeading.${state.relative}`, { name: anchorName })
      : i18n.t('genogram.editPersonHeading', { name: anchorName });
  const notRecorded: Choice = { value: '', label: i18n.t('common.notRecorded') };
  const hint = i18n.t('genogram.field.dateHint');

  let relationship: TemplateResult | typeof nothing = nothing;
  if (state.kind === 'add') {
    const hasParents = (family.graph.parents.get(state.id) ?? []).length > 0;
    const category =
      state.relative === 'partner'
        ? 'couple'
        : state.relative === 'sibling' && !hasParents
          ? 'sibling'
          : 'parent-child';
    const partners = (family.graph.partners.get(state.id) ?? []).map((l) => ({
      value: l.person,
      label: nameOf(l.person, family.persons, i18n, family.redacting),
    }));
    relationship = html`${selectField(
      'type',
      i18n.t('genogram.field.type'),
      typeChoices(context, category),
      '',
    )}
    ${
      state.relative === 'child' && partners.length
        ? selectField(
            'otherParent',
            i18n.t('genogram.field.otherParent'),
            [notRecorded, ...partners],
            partners[0]?.value ?? '',
          )
        : nothing
    }`;
  }
  return html`<form class="form" novalidate @submit=${context.submit}>
    ${heading(context.level, title, HEADING_ID)} ${renderErrors(context)} ${relationship}
    ${textField('given', i18n.t('genogram.field.given'), person?.name.given ?? '')}
    ${textField('family', i18n.t('genogram.field.family'), person?.name.family ?? '')}
    ${selectField(
      'sex',
      i18n.t('person.sex'),
      [notRecorded, ...SEXES.map((s) => ({ value: s, label: i18n.t(`sex.${s}`) }))],
      person?.sex ?? '',
    )}
    ${selectField(
      'gender',
      i18n.t('person.gender'),
      [notRecorded, ...GENDERS.map((g) => ({ value: g, label: i18n.t(`gender.${g}`) }))],
      person?.gender ?? '',
    )}
    ${textField('dateOfBirth', i18n.t('genogram.field.dateOfBirth'), written(person?.dateOfBirth), hint)}
    ${selectField(
      'lifeStatus',
      i18n.t('genogram.field.lifeStatus'),
      LIFE_STATUSES.map((s) => ({
        value: s,
        label: s === 'alive' ? i18n.t('genogram.alive') : i18n.t(`lifeStatus.${s}`),
      })),
      person?.lifeStatus ?? 'alive',
    )}
    ${textField('dateOfDeath', i18n.t('genogram.field.dateOfDeath'), written(person?.dateOfDeath), hint)}
    ${formActions(context)}
  </form>`;
}

function renderRelationshipForm(id: string, context: DialogContext): TemplateResult {
  const { i18n } = context.family;
  const relationship = context.relationships.get(id);
  if (!relationship) return html`${closeButton(context)}`;
  const type = context.types.get(relationship.type);
  const hint = i18n.t('genogram.field.dateHint');
  return html`<form class="form" novalidate @submit=${context.submit}>
    ${heading(
      context.level,
      i18n.t('genogram.editRelationshipHeading', { name: describe(relationship, context) }),
      HEADING_ID,
    )}
    ${renderErrors(context)}
    ${type ? selectField('type', i18n.t('genogram.field.type'), typeChoices(context, type.category), type.id) : nothing}
    ${
      type?.category === 'couple'
        ? selectField(
            'status',
            i18n.t('genogram.field.status'),
            [
              { value: '', label: i18n.t('common.notRecorded') },
              ...COUPLE_STATUSES.map((s) => ({ value: s, label: i18n.t(`coupleStatus.${s}`) })),
            ],
            relationship.status ?? '',
          )
        : nothing
    }
    ${textField('start', i18n.t('genogram.field.start'), written(relationship.start), hint)}
    ${textField('end', i18n.t('genogram.field.end'), written(relationship.end), hint)}
    ${formActions(context)}
  </form>`;
}
