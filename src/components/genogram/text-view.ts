/**
 * The genogram as text: people by generation, with sex, gender, age or dates, parents, partners
 * (with status), children (in the child-side wording: "birth child", "adopted child"), brothers
 * and sisters (half-siblings derived), other relationships and households. It is the diagram's
 * synchronised accessible equivalent and its print appendix; the details dialog reuses its facts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';
import type { Household, Person } from '../../model/case-record/schema.js';
import {
  siblingsOf,
  type GenerationRow,
  type KinLink,
  type KinshipGraph,
} from '../../model/genogram/generations.js';
import type { GenogramSettings } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { nameOf, personName } from '../shared/people.js';

/** What the text view needs about the family. */
export interface Family {
  readonly i18n: Localiser;
  readonly today: string;
  readonly persons: ReadonlyMap<string, Person>;
  readonly graph: KinshipGraph;
  readonly index: string | undefined;
  readonly show: NonNullable<GenogramSettings['show']>;
  readonly redacting: boolean;
  readonly selection: string | undefined;
  /** The heading level of the element's top heading plus `offset`. */
  readonly level: (offset: number) => HeadingLevel;
  /** Called when a person's button is pressed, with whether they were selected. */
  readonly onSelect: (personId: string, selected: boolean) => void;
}

const GENERATION_NAMES: Readonly<Record<number, TextMessageKey>> = {
  [-3]: 'genogram.generation.greatGrandparents',
  [-2]: 'genogram.generation.grandparents',
  [-1]: 'genogram.generation.parents',
  0: 'genogram.generation.index',
  1: 'genogram.generation.children',
  2: 'genogram.generation.grandchildren',
};

/** Every generation, then the households. */
export function renderTextView(
  rows: readonly GenerationRow[],
  households: readonly Household[],
  family: Family,
): TemplateResult {
  return html`<div class="text-view" part="text-view">
    ${rows.map((row, i) => renderGeneration(row, i, family))}
    ${renderHouseholds(households, family)}
  </div>`;
}

function renderGeneration(row: GenerationRow, position: number, family: Family): TemplateResult {
  const { i18n } = family;
  const key = family.index === undefined ? undefined : GENERATION_NAMES[row.generation];
  const label = key ? i18n.t(key) : i18n.t('genogram.generation.other', { number: position + 1 });
  const id = `generation-${position}`;
  return html`<section class="generation" part="generation" aria-labelledby=${id}>
    ${heading(family.level(1), label, id)}
    <ul class="people">
      ${row.persons.map((personId) => {
        const person = family.persons.get(personId);
        return person ? html`<li>${renderPerson(person, family)}</li>` : nothing;
      })}
    </ul>
  </section>`;
}

function renderPerson(person: Person, family: Family): TemplateResult {
  const { i18n } = family;
  const selected = family.selection === person.id;
  return html`<div class="person ${selected ? 'person--selected' : ''}" part="person">
    <button
      type="button"
      class="person-button"
      part="person-button"
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => family.onSelect(person.id, selected)}
    >
      <span class="name">${personName(person, i18n)}</span>
      ${
        family.index === person.id
          ? html`<span class="badge index-marker" part="index-marker"
              >${i18n.t('genogram.indexChild')}</span
            >`
          : nothing
      }
    </button>
    ${renderFacts(person, family)} ${renderRelations(person, family)}
  </div>`;
}

/** Life status and twins, then sex, gender, pronouns, dates, age and occupation. */
export function renderFacts(person: Person, family: Family): TemplateResult | typeof nothing {
  if (isRedacted(person)) return nothing;
  const { i18n, show } = family;
  const notes: string[] = [];
  if (person.lifeStatus && person.lifeStatus !== 'alive') {
    notes.push(i18n.t(`lifeStatus.${person.lifeStatus}`));
  }
  if (person.multipleBirth) {
    notes.push(i18n.t(person.multipleBirth.identical ? 'genogram.identicalTwin' : 'genogram.twin'));
  }
  const facts: [string, string][] = [];
  if (person.sex) facts.push([i18n.t('person.sex'), i18n.t(`sex.${person.sex}`)]);
  if (person.gender && show.genderIdentity !== false) {
    const gender =
      person.gender === 'other' && person.genderDescription
        ? person.genderDescription
        : i18n.t(`gender.${person.gender}`);
    facts.push([i18n.t('person.gender'), gender]);
  }
  if (person.pronouns) facts.push([i18n.t('person.pronouns'), person.pronouns]);
  const alive = person.lifeStatus === undefined || person.lifeStatus === 'alive';
  if (person.dateOfBirth && show.dates !== false) {
    facts.push([i18n.t('person.born'), i18n.date(person.dateOfBirth)]);
  }
  if (person.dateOfBirth && alive && !person.dateOfDeath && show.ages !== false) {
    const age = i18n.age(person.dateOfBirth, family.today);
    if (age) facts.push([i18n.t('person.age'), age]);
  }
  if (person.dateOfDeath && show.dates !== false) {
    facts.push([i18n.t('person.died'), i18n.date(person.dateOfDeath)]);
  }
  if (person.dueDate && person.lifeStatus === 'pregnancy') {
    facts.push([i18n.t('person.due'), i18n.date(person.dueDate)]);
  }
  if (person.occupation && show.occupation !== false) {
    facts.push([i18n.t('person.occupation'), person.occupation]);
  }
  return html`${notes.length ? html`<p class="status">${i18n.list(notes)}</p>` : nothing}
  ${facts.length ? definitions(facts, 'facts') : nothing}`;
}

function definitions(rows: readonly [string, string][], className: string): TemplateResult {
  return html`<dl class=${className}>
    ${rows.map(
      ([term, value]) =>
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

/** Parents, partners, children, brothers and sisters, and emotional relationships, in words. */
export function renderRelations(person: Person, family: Family): TemplateResult | typeof nothing {
  const { i18n, graph } = family;
  const name = (id: string) => nameOf(id, family.persons, i18n, family.redacting);
  const typed = (link: KinLink, type = i18n.text(link.type.label)) =>
    i18n.t('genogram.relation', { name: name(link.person), type });
  const rows: [string, string][] = [];
  const add = (term: string, items: readonly string[]) => {
    if (items.length) rows.push([term, i18n.list(items)]);
  };
  add(
    i18n.t('genogram.parents'),
    (graph.parents.get(person.id) ?? []).map((l) => typed(l)),
  );
  add(
    i18n.t('genogram.partners'),
    (graph.partners.get(person.id) ?? []).map((link) =>
      link.relationship.status
        ? i18n.t('genogram.relationWithStatus', {
            name: name(link.person),
            type: i18n.text(link.type.label),
            status: i18n.t(`coupleStatus.${link.relationship.status}`),
          })
        : typed(link),
    ),
  );
  // The child's side of the link: "birth child", never the parent's "birth parent".
  add(
    i18n.t('genogram.children'),
    (graph.children.get(person.id) ?? []).map((link) =>
      link.type.category === 'parent-child'
        ? typed(link, i18n.t(`genogram.child.${link.type.notation}`))
        : typed(link),
    ),
  );
  const siblings = siblingsOf(graph, person.id);
  add(i18n.t('genogram.siblings'), siblings.full.map(name));
  add(i18n.t('genogram.halfSiblings'), siblings.half.map(name));
  add(
    i18n.t('genogram.relationships'),
    (graph.feelings.get(person.id) ?? []).map((link) => {
      const params = { name: name(link.person), type: i18n.text(link.type.label) };
      if (link.direction === 'towards') return i18n.t('genogram.feelingTowards', params);
      if (link.direction === 'from') return i18n.t('genogram.feelingFrom', params);
      return i18n.t('genogram.relation', params);
    }),
  );
  return rows.length ? definitions(rows, 'relations') : nothing;
}

function renderHouseholds(
  households: readonly Household[],
  family: Family,
): TemplateResult | typeof nothing {
  if (households.length === 0) return nothing;
  const { i18n } = family;
  return html`<section part="households" aria-labelledby="households-heading">
    ${heading(family.level(1), i18n.t('genogram.households'), 'households-heading')}
    <ul class="households">
      ${households.map((household, i) => {
        if (isRedacted(household)) {
          return html`<li class="household withheld">${i18n.t('common.informationWithheld')}</li>`;
        }
        const members = household.members.map((m) =>
          nameOf(m.person, family.persons, i18n, family.redacting),
        );
        const address = household.address;
        const rows: [string, string][] = address
          ? [
              [
                i18n.t('genogram.address'),
                address.postcode ? `${address.text}, ${address.postcode}` : address.text,
              ],
            ]
          : [];
        rows.push([
          i18n.t('genogram.members'),
          members.length ? i18n.list(members) : i18n.t('common.none'),
        ]);
        return html`<li class="household">
          <strong>${household.label ?? i18n.t('genogram.household', { number: i + 1 })}</strong>
          ${definitions(rows, 'household-facts')}
        </li>`;
      })}
    </ul>
  </section>`;
}
