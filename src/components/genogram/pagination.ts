/**
 * The GOV.UK pagination pattern with buttons: "Previous", numbered pages (the first, the last,
 * the current one and its neighbours, gaps shown as an ellipsis) and "Next", in a navigation
 * landmark named for what it pages through. The current page is marked `aria-current="page"`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localiser } from '../../i18n/localiser.js';

/** A numbered page (0-based) or a gap between numbers. */
export type PageItem = number | 'gap';

/**
 * The pages to offer, as GOV.UK does: the first, the last, the current page and one either side;
 * a gap of a single page shows that page rather than an ellipsis. Pages are 0-based.
 */
export function pageItems(current: number, count: number): PageItem[] {
  const shown = [...new Set([0, current - 1, current, current + 1, count - 1])]
    .filter((page) => page >= 0 && page < count)
    .sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of shown) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}

/** What {@link renderPagination} draws. */
export interface Pagination {
  readonly i18n: Localiser;
  /** Names the navigation landmark ("Pages of people"). */
  readonly label: string;
  /** The current page, 0-based. */
  readonly current: number;
  readonly count: number;
  readonly onPage: (page: number) => void;
}

/** The pagination, or nothing when there is a single page. */
export function renderPagination(p: Pagination): TemplateResult | typeof nothing {
  if (p.count <= 1) return nothing;
  const { i18n, current } = p;
  const go = (page: number) => () => p.onPage(page);
  return html`<nav class="pagination" part="pagination" aria-label=${p.label}>
    ${
      current > 0
        ? html`<button type="button" class="pagination-prev" @click=${go(current - 1)}>
            <span aria-hidden="true">←</span> ${i18n.t('genogram.page.previous')}
          </button>`
        : nothing
    }
    <ul class="pagination-list">
      ${pageItems(current, p.count).map((item) =>
        item === 'gap'
          ? html`<li class="pagination-gap">⋯</li>`
          : html`<li>
              <button
                type="button"
                aria-label=${i18n.t('genogram.page.number', { number: i18n.number(item + 1) })}
                aria-current=${ifDefined(item === current ? 'page' : undefined)}
                @click=${go(item)}
              >
                ${i18n.number(item + 1)}
              </button>
            </li>`,
      )}
    </ul>
    ${
      current < p.count - 1
        ? html`<button type="button" class="pagination-next" @click=${go(current + 1)}>
            ${i18n.t('genogram.page.next')} <span aria-hidden="true">→</span>
          </button>`
        : nothing
    }
  </nav>`;
}
