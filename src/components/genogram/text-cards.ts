/**
 * A family in words: a person's card (name, relation to the index child, sex, gender, age or
 * dates, parents, partners with status, children in the child-side wording, brothers and sisters
 * with half-siblings derived, other relationships), a generation of cards, and the households.
 * The text view pages through these; the details dialog reuses a person's facts and relations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';
import type { Household, Person } from '../../model/case-record/schema.js';
import { siblingsOf, type KinLink, type KinshipGraph } from '../../model/genogram/generations.js';
import type { GenogramSettings } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { nameOf, personName } from '../shared/people.js';
import type { KinTerm } from './kinship.js';

/** What the text view and the details dialog need about the family. */
export interface Family {
  readonly i18n: Localiser;
  readonly today: string;
  readonly persons: ReadonlyMap<string, Person>;
  readonly graph: KinshipGraph;
  readonly index: string | undefined;
  readonly show: NonNullable<GenogramSettings['show']>;
  readonly redacting: boolean;
  readonly selection: string | undefined;
  /** Everyone's relation to the index child in words (computed on first use). */
  readonly kinTerms?: () => ReadonlyMap<string, KinTerm>;
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

/**
 * One generation's section with the cards of `persons` (all of the generation's people, or those
 * on the current page). `position` is the row's place among all rows, oldest first.
 */
export function renderGeneration(
  generation: number,
  position: number,
  persons: readonly string[],
  family: Family,
): TemplateResult {
  const { i18n } = family;
  const key = family.index === undefined ? undefined : GENERATION_NAMES[generation];
  const label = key ? i18n.t(key) : i18n.t('genogram.generation.other', { number: position + 1 });
  const id = `generation-${position}`;
  return html`<section class="generation" part="generation" aria-labelledby=${id}>
    ${heading(family.level(1), label, id)}
    <ul class="people">
      ${persons.map((personId) => {
        const person = family.persons.get(personId);
        return person ? html`<li>${renderPerson(person, family)}</li>` : nothing;
      })}
    </ul>
  </section>`;
}

function renderPerson(person: Person, family: Family): TemplateResult {
  const { i18n } = family;
  const selected = family.selection === person.id;
  return html`<div
    class="person ${selected ? 'person--selected' : ''}"
    part="person"
    data-person=${person.id}
  >
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

/**
 * Life status and twins, then the relation to the index child, sex, gender, pronouns, dates, age
 * and occupation.
 */
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
  const kin =
    family.index === undefined || family.index === person.id
      ? undefined
      : family.kinTerms?.().get(person.id)?.text;
  if (kin !== undefined && family.index !== undefined) {
    const child = nameOf(family.index, family.persons, i18n, family.redacting);
    facts.push([i18n.t('genogram.kin.heading', { name: child }), kin]);
  }
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

/**
 * The list of `households` (all, or one page of them); `first` is the place of the first one
 * among all, for the numbers of unlabelled households ("Household 51").
 */
export function renderHouseholdList(
  households: readonly Household[],
  first: number,
  family: Family,
): TemplateResult {
  const { i18n } = family;
  return html`<ul class="households">
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
        <strong
          >${household.label ?? i18n.t('genogram.household', { number: first + i + 1 })}</strong
        >
        ${definitions(rows, 'household-facts')}
      </li>`;
    })}
  </ul>`;
}
