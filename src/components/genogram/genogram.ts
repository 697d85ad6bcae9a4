import { html, nothing, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';
import type { Household, Person } from '../../model/case-record/schema.js';
import {
  assignGenerations,
  kinshipGraph,
  siblingsOf,
  type GenerationRow,
  type KinLink,
  type KinshipGraph,
} from '../../model/genogram/generations.js';
import type { GenogramSettings } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { heading } from '../shared/heading.js';
import { nameOf, personName, personsById } from '../shared/people.js';
import { renderEmpty } from '../shared/states.js';
import { genogramStyles } from './genogram.styles.js';

/** What one render of the genogram needs about the family. */
interface Family {
  readonly view: ReadyCaseView;
  readonly i18n: Localiser;
  readonly persons: ReadonlyMap<string, Person>;
  readonly graph: KinshipGraph;
  readonly index: string | undefined;
  readonly show: NonNullable<GenogramSettings['show']>;
  readonly redacting: boolean;
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
 * The family as text, for now the genogram's accessible equivalent (the SVG drawing will sit beside
 * it): people grouped by generation with sex, gender, age or dates (deceased, pregnancy outcomes),
 * their parents, partners (with status), children, brothers and sisters (half-siblings derived),
 * other relationships named by the practice model, and the households. The index child is marked.
 * Each person is a toggle button that selects them in every view of the case.
 *
 * Works inside `<practice-case>` or alone with `.model` and `.record`.
 *
 * @summary The family and its relationships, by generation, with person selection.
 * @tagname practice-genogram
 *
 * @csspart generation - Each generation's section.
 * @csspart person - Each person's card.
 * @csspart person-button - The toggle button that selects a person.
 * @csspart index-marker - The "Index child" marker.
 * @csspart households - The households section.
 * @csspart clear - The "Clear selection" button.
 * @csspart problem - The alert shown when the element's own practice model is rejected.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-text-secondary - Labels of facts (system token).
 * @cssprop --practice-color-background - Card background (system token).
 * @cssprop --practice-color-border - Card borders (system token).
 * @cssprop --practice-color-accent - Buttons and the selected person (system token).
 * @cssprop --practice-color-focus - Focus ring (system token).
 * @cssprop --practice-genogram-person-background - A person's card background.
 * @cssprop --practice-genogram-person-border - A person's card border.
 * @cssprop --practice-genogram-selected-border - The selected person's card border.
 * @cssprop --practice-genogram-index-color - The index child marker.
 * @cssprop --practice-genogram-generation-gap - Space between generations.
 *
 * @fires {PracticeSelectEvent} practice-select - A person was selected (`personId`) or the
 *   selection was cleared (`undefined`).
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 */
export class PracticeGenogram extends CaseViewElement {
  static override styles = genogramStyles;

  private onPersonClick(personId: string, selected: boolean): void {
    this.data.select(selected ? undefined : personId);
  }

  private onClear(): void {
    this.data.select(undefined);
  }

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const { model, record, i18n } = view;
    const headingId = 'genogram-heading';
    const top = heading(this.level(), i18n.t('genogram.heading'), headingId);
    if (record.persons.length === 0) {
      return html`${top}${renderEmpty(i18n.t('genogram.empty'))}`;
    }
    const generations = assignGenerations(record, model);
    const family: Family = {
      view,
      i18n,
      persons: personsById(record),
      graph: kinshipGraph(record, model),
      index: generations.index,
      show: model.genogram?.show ?? {},
      redacting: view.audience !== undefined,
    };
    return html`<section aria-labelledby=${headingId}>
      ${top}
      ${
        view.selection === undefined
          ? nothing
          : html`<button type="button" class="clear" part="clear" @click=${this.onClear}>
              ${i18n.t('genogram.clearSelection')}
            </button>`
      }
      ${generations.rows.map((row, i) => this.renderGeneration(row, i, family))}
      ${this.renderHouseholds(record.households ?? [], family)}
    </section>`;
  }

  private renderGeneration(row: GenerationRow, position: number, family: Family): TemplateResult {
    const { i18n } = family;
    const key = family.index === undefined ? undefined : GENERATION_NAMES[row.generation];
    const label = key ? i18n.t(key) : i18n.t('genogram.generation.other', { number: position + 1 });
    const id = `generation-${position}`;
    return html`<section class="generation" part="generation" aria-labelledby=${id}>
      ${heading(this.level(1), label, id)}
      <ul class="people">
        ${row.persons.map((personId) => {
          const person = family.persons.get(personId);
          return person ? html`<li>${this.renderPerson(person, family)}</li>` : nothing;
        })}
      </ul>
    </section>`;
  }

  private renderPerson(person: Person, family: Family): TemplateResult {
    const { i18n } = family;
    const selected = family.view.selection === person.id;
    const isIndex = family.index === person.id;
    return html`<div class="person ${selected ? 'person--selected' : ''}" part="person">
      <button
        type="button"
        class="person-button"
        part="person-button"
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.onPersonClick(person.id, selected)}
      >
        <span class="name">${personName(person, i18n)}</span>
        ${
          isIndex
            ? html`<span class="badge index-marker" part="index-marker"
                >${i18n.t('genogram.indexChild')}</span
              >`
            : nothing
        }
      </button>
      ${
        isRedacted(person)
          ? nothing
          : html`${this.renderStatus(person, i18n)} ${this.renderFacts(person, family)}`
      }
      ${this.renderRelations(person, family)}
    </div>`;
  }

  private renderStatus(person: Person, i18n: Localiser): TemplateResult | typeof nothing {
    const notes: string[] = [];
    if (person.lifeStatus && person.lifeStatus !== 'alive') {
      notes.push(i18n.t(`lifeStatus.${person.lifeStatus}`));
    }
    if (person.multipleBirth) {
      notes.push(
        i18n.t(person.multipleBirth.identical ? 'genogram.identicalTwin' : 'genogram.twin'),
      );
    }
    return notes.length ? html`<p class="status">${i18n.list(notes)}</p>` : nothing;
  }

  private renderFacts(person: Person, family: Family): TemplateResult | typeof nothing {
    const { i18n, show } = family;
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
      const age = i18n.age(person.dateOfBirth, family.view.today);
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
    if (facts.length === 0) return nothing;
    return html`<dl class="facts">
      ${facts.map(
        ([term, value]) =>
          html`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
  }

  private renderRelations(person: Person, family: Family): TemplateResult | typeof nothing {
    const { i18n, graph } = family;
    const name = (id: string) => nameOf(id, family.persons, i18n, family.redacting);
    const typed = (link: KinLink) =>
      i18n.t('genogram.relation', { name: name(link.person), type: i18n.text(link.type.label) });
    const rows: [string, string][] = [];
    const add = (term: string, items: readonly string[]) => {
      if (items.length) rows.push([term, i18n.list(items)]);
    };
    add(i18n.t('genogram.parents'), (graph.parents.get(person.id) ?? []).map(typed));
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
    add(i18n.t('genogram.children'), (graph.children.get(person.id) ?? []).map(typed));
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
    if (rows.length === 0) return nothing;
    return html`<dl class="relations">
      ${rows.map(
        ([term, value]) =>
          html`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
  }

  private renderHouseholds(
    households: readonly Household[],
    family: Family,
  ): TemplateResult | typeof nothing {
    if (households.length === 0) return nothing;
    const { i18n } = family;
    return html`<section part="households" aria-labelledby="households-heading">
      ${heading(this.level(1), i18n.t('genogram.households'), 'households-heading')}
      <ul class="households">
        ${households.map((household, i) => {
          if (isRedacted(household)) {
            return html`<li class="household withheld">
              ${i18n.t('common.informationWithheld')}
            </li>`;
          }
          const members = household.members.map((m) =>
            nameOf(m.person, family.persons, i18n, family.redacting),
          );
          return html`<li class="household">
            <strong>${household.label ?? i18n.t('genogram.household', { number: i + 1 })}</strong>
            <dl>
              ${
                household.address
                  ? html`<dt>${i18n.t('genogram.address')}</dt>
                      <dd>
                        ${household.address.text}${
                          household.address.postcode ? `, ${household.address.postcode}` : ''
                        }
                      </dd>`
                  : nothing
              }
              <dt>${i18n.t('genogram.members')}</dt>
              <dd>${members.length ? i18n.list(members) : i18n.t('common.none')}</dd>
            </dl>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
