/**
 * The genogram as text: the diagram's synchronised accessible equivalent and its print appendix.
 * People are listed by generation, then the households. A small family is listed whole; a family
 * larger than a page (50 people by default) gets, as GOV.UK does, a "Find a person" filter (name
 * or relation to the index child, its result count announced politely), a "Showing 1 to 50 of
 * 2,000 people" line and pagination; households page the same way. Selecting someone in the
 * diagram brings their page; print lists everyone. A page of 2,000 people is about 1,300 elements
 * instead of 47,000: quick to draw, to check with axe and to read with a screen reader.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Household } from '../../model/case-record/schema.js';
import type { GenerationRow } from '../../model/genogram/generations.js';
import { heading } from '../shared/heading.js';
import { personName } from '../shared/people.js';
import { renderPagination } from './pagination.js';
import { renderGeneration, renderHouseholdList, type Family } from './text-cards.js';
import { foldText } from '../../model/fold-text.js';

export { renderFacts, renderRelations, type Family } from './text-cards.js';

/** Everything the text view is drawn from. */
export interface TextViewData extends Family {
  /** The case shown: another case starts again on page 1, with no filter. */
  readonly caseId: string;
  /** People by generation row, oldest first, in reading order. */
  readonly rows: readonly GenerationRow[];
  readonly households: readonly Household[];
  /** People (and households) per page; a family no larger than this is listed whole. */
  readonly pageSize: number;
  /** Lists everyone and every household, with no filter or pagination (for print). */
  readonly printing: boolean;
}

/** A person in the text view's order, with the words the filter looks in. */
interface Entry {
  readonly id: string;
  /** The place of their generation row among all rows. */
  readonly row: number;
  readonly search: string;
}

/** How long typing pauses before the number of people found is announced. */
const ANNOUNCE_DELAY_MS = 500;

const IDS = {
  search: 'people-search',
  hint: 'people-search-hint',
  count: 'people-count',
  householdCount: 'households-count',
} as const;

/**
 * Draws the text view into a host element and keeps its own state: the filter, the page of people
 * and the page of households. Only the text view is drawn again when these change (typing in the
 * filter never redraws the diagram).
 */
export class GenogramTextView {
  private data?: TextViewData;
  private host?: HTMLElement;
  private caseId?: string;
  private query = '';
  private page = 0;
  private householdPage = 0;
  /** The selection last brought into view. */
  private followed?: string;
  private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The id of the element to focus once drawn (the result count, after a page change). */
  private focusTarget?: string;
  private cache?: {
    readonly rows: readonly GenerationRow[];
    readonly data: Pick<Family, 'persons' | 'i18n' | 'kinTerms'>;
    readonly entries: readonly Entry[];
  };

  /** Draws `data` into `host`, bringing a newly selected person's page into view. */
  draw(host: HTMLElement, data: TextViewData): void {
    this.host = host;
    this.data = data;
    if (data.caseId !== this.caseId) {
      this.caseId = data.caseId;
      this.query = '';
      this.page = 0;
      this.householdPage = 0;
      this.followed = undefined;
      this.announcement = '';
    }
    this.follow(data);
    this.redraw();
  }

  /** Stops a pending announcement (the element left the page). */
  disconnect(): void {
    clearTimeout(this.announceTimer);
  }

  private redraw(): void {
    const { host, data } = this;
    if (!host || !data) return;
    render(this.template(data), host);
    if (this.focusTarget) {
      host.querySelector<HTMLElement>(`#${this.focusTarget}`)?.focus();
      this.focusTarget = undefined;
    }
  }

  /** Everyone in reading order, with their search text (kept while the family is unchanged). */
  private entries(data: TextViewData): readonly Entry[] {
    const cached = this.cache;
    if (
      cached &&
      cached.rows === data.rows &&
      cached.data.persons === data.persons &&
      cached.data.i18n === data.i18n &&
      cached.data.kinTerms === data.kinTerms
    ) {
      return cached.entries;
    }
    const terms = data.kinTerms?.();
    const entries = data.rows.flatMap((row, position) =>
      row.persons.flatMap((id) => {
        const person = data.persons.get(id);
        if (!person) return [];
        const search = foldText(`${personName(person, data.i18n)} ${terms?.get(id)?.search ?? ''}`);
        return [{ id, row: position, search }];
      }),
    );
    this.cache = { rows: data.rows, data, entries };
    return entries;
  }

  /** The people the filter lets through: every word of it is in their name or relation. */
  private matching(entries: readonly Entry[]): readonly Entry[] {
    const words = foldText(this.query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return entries;
    return entries.filter((entry) => words.every((word) => entry.search.includes(word)));
  }

  /** Moves to a newly selected person's page; clears a filter that hides them. */
  private follow(data: TextViewData): void {
    const selection = data.selection;
    if (selection === this.followed) return;
    this.followed = selection;
    if (selection === undefined) return;
    const entries = this.entries(data);
    if (entries.length <= data.pageSize) return;
    let at = this.matching(entries).findIndex((entry) => entry.id === selection);
    if (at < 0 && entries.some((entry) => entry.id === selection)) {
      this.query = '';
      this.announcement = '';
      at = entries.findIndex((entry) => entry.id === selection);
    }
    if (at >= 0) this.page = Math.floor(at / data.pageSize);
  }

  private readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 0;
    // Emptied first, so that the same count found again is announced again.
    this.announcement = '';
    this.redraw();
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const data = this.data;
      if (!data) return;
      const found = this.matching(this.entries(data)).length;
      this.announcement = found
        ? data.i18n.plural('genogram.text.found', found)
        : data.i18n.t('genogram.text.noneFound');
      this.redraw();
    }, ANNOUNCE_DELAY_MS);
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  private template(data: TextViewData): TemplateResult {
    const entries = this.entries(data);
    const whole = data.printing || entries.length <= data.pageSize;
    return html`<div class="text-view" part="text-view">
      ${whole ? this.renderPeople(entries, data) : this.renderPaged(entries, data)}
      ${this.renderHouseholds(data)}
    </div>`;
  }

  /** Cards by generation: a heading for each run of people of one generation row. */
  private renderPeople(entries: readonly Entry[], data: TextViewData): TemplateResult[] {
    const groups: { row: number; persons: string[] }[] = [];
    for (const entry of entries) {
      const last = groups.at(-1);
      if (last?.row === entry.row) last.persons.push(entry.id);
      else groups.push({ row: entry.row, persons: [entry.id] });
    }
    return groups.map(({ row, persons }) =>
      renderGeneration(data.rows[row]?.generation ?? 0, row, persons, data),
    );
  }

  private renderPaged(entries: readonly Entry[], data: TextViewData): TemplateResult {
    const { i18n, pageSize } = data;
    const found = this.matching(entries);
    const pages = Math.max(1, Math.ceil(found.length / pageSize));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    const start = this.page * pageSize;
    const shown = found.slice(start, start + pageSize);
    const count = found.length
      ? i18n.plural('genogram.text.showingPeople', found.length, {
          from: i18n.number(start + 1),
          to: i18n.number(start + shown.length),
        })
      : i18n.t('genogram.text.noneFound');
    return html`<div class="text-search" part="search">
        <label for=${IDS.search}>${i18n.t('genogram.text.search')}</label>
        <p id=${IDS.hint} class="hint">${i18n.t('genogram.text.searchHint')}</p>
        <input
          id=${IDS.search}
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${IDS.hint}
          .value=${live(this.query)}
          @input=${this.onSearch}
        />
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p id=${IDS.count} class="result-count" part="result-count" tabindex="-1">${count}</p>
      ${this.renderPeople(shown, data)}
      ${renderPagination({
        i18n,
        label: i18n.t('genogram.page.people'),
        current: this.page,
        count: pages,
        onPage: (page) => this.goTo('people', page),
      })}`;
  }

  private renderHouseholds(data: TextViewData): TemplateResult | typeof nothing {
    const { households, i18n, pageSize } = data;
    if (households.length === 0) return nothing;
    const paged = !data.printing && households.length > pageSize;
    const pages = Math.ceil(households.length / pageSize);
    this.householdPage = paged ? Math.min(Math.max(0, this.householdPage), pages - 1) : 0;
    const start = this.householdPage * pageSize;
    const shown = paged ? households.slice(start, start + pageSize) : households;
    return html`<section part="households" aria-labelledby="households-heading">
      ${heading(data.level(1), i18n.t('genogram.households'), 'households-heading')}
      ${
        paged
          ? html`<p id=${IDS.householdCount} class="result-count" part="result-count" tabindex="-1">
              ${i18n.plural('genogram.text.showingHouseholds', households.length, {
                from: i18n.number(start + 1),
                to: i18n.number(start + shown.length),
              })}
            </p>`
          : nothing
      }
      ${renderHouseholdList(shown, start, data)}
      ${
        paged
          ? renderPagination({
              i18n,
              label: i18n.t('genogram.page.households'),
              current: this.householdPage,
              count: pages,
              onPage: (page) => this.goTo('households', page),
            })
          : nothing
      }
    </section>`;
  }

  /** Shows a page and moves focus to its result count, where reading the new page starts. */
  private goTo(list: 'people' | 'households', page: number): void {
    if (list === 'people') this.page = page;
    else this.householdPage = page;
    this.focusTarget = list === 'people' ? IDS.count : IDS.householdCount;
    this.redraw();
  }
}
