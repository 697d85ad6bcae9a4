/**
 * The controls around the timeline: the view switcher, the filters shared by every view, the zoom
 * and move buttons, the export buttons and the key to the drawing's shapes. Render helpers only;
 * every control is a native element (buttons, selects, a search field, a checkbox) with a label.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';

/** One choice of a filter list. */
export interface Choice {
  readonly id: string;
  readonly label: string;
  /** The label's language, when it is not the view's (model text; see `Localiser.textLang`). */
  readonly lang?: string | undefined;
}

/** What the filters offer, and what is chosen. */
export interface FilterControls {
  readonly lanes: readonly Choice[];
  readonly types: readonly Choice[];
  readonly agencies: readonly Choice[];
  readonly lane: string;
  readonly type: string;
  readonly agency: string;
  readonly text: string;
  readonly significantOnly: boolean;
  /** The selected person's name, when the views show only their entries. */
  readonly selectedName: string | undefined;
  readonly onFilter: (event: Event) => void;
  readonly onSignificant: (event: Event) => void;
  readonly onShowAll: () => void;
}

/** The view switcher: one pressed button per view. */
export function renderViews<V extends string>(
  views: readonly V[],
  current: V,
  label: (view: V) => string,
  i18n: Localiser,
  onClick: (event: Event) => void,
): TemplateResult {
  return html`<div class="views" part="views" role="group" aria-label=${i18n.t('timeline.views')}>
    ${views.map(
      (view) =>
        html`<button
          type="button"
          data-view=${String(view)}
          aria-pressed=${view === current ? 'true' : 'false'}
          @click=${onClick}
        >
          ${label(view)}
        </button>`,
    )}
  </div>`;
}

function select(
  id: string,
  name: string,
  label: string,
  all: string,
  choices: readonly Choice[],
  chosen: string,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} @change=${onChange}>
      <option value="" ?selected=${!chosen}>${all}</option>
      ${choices.map(
        (c) =>
          html`<option value=${c.id} ?selected=${chosen === c.id} lang=${ifDefined(c.lang)}>
            ${c.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** The filters: area, type, source, words, significant only, and the selected person. */
export function renderFilters(f: FilterControls, i18n: Localiser): TemplateResult {
  return html`<div
    class="controls"
    part="controls"
    role="group"
    aria-label=${i18n.t('timeline.filters')}
  >
    ${select(
      'filter-lane',
      'lanes',
      i18n.t('timeline.filter.lane'),
      i18n.t('timeline.filter.allLanes'),
      f.lanes,
      f.lane,
      f.onFilter,
    )}
    ${select(
      'filter-type',
      'types',
      i18n.t('timeline.filter.type'),
      i18n.t('timeline.filter.allTypes'),
      f.types,
      f.type,
      f.onFilter,
    )}
    ${
      f.agencies.length
        ? select(
            'filter-agency',
            'agencies',
            i18n.t('timeline.filter.agency'),
            i18n.t('timeline.filter.allAgencies'),
            f.agencies,
            f.agency,
            f.onFilter,
          )
        : nothing
    }
    <div class="field">
      <label for="filter-text">${i18n.t('timeline.filter.search')}</label>
      <input id="filter-text" name="text" type="search" .value=${f.text} @input=${f.onFilter} />
    </div>
    <div class="toggle">
      <input
        id="significant-only"
        type="checkbox"
        .checked=${f.significantOnly}
        @change=${f.onSignificant}
      />
      <label for="significant-only">${i18n.t('timeline.significantOnly')}</label>
    </div>
    ${
      f.selectedName === undefined
        ? nothing
        : html`<p class="filter" part="filter">
            ${i18n.t('timeline.filteredFor', { name: f.selectedName })}
            <button type="button" class="link-button" @click=${f.onShowAll}>
              ${i18n.t('timeline.showAll')}
            </button>
          </p>`
    }
  </div>`;
}

function buttons(
  i18n: Localiser,
  attribute: 'action' | 'export',
  items: readonly (readonly [string, TextMessageKey])[],
  onClick: (event: Event) => void,
): TemplateResult[] {
  return items.map(
    ([value, key]) =>
      html`<button
        type="button"
        data-action=${attribute === 'action' ? value : nothing}
        data-export=${attribute === 'export' ? value : nothing}
        @click=${onClick}
      >
        ${i18n.t(key)}
      </button>`,
  );
}

/** Zoom in and out, move earlier and later, the whole journey, today. */
export function renderToolbar(i18n: Localiser, onClick: (event: Event) => void): TemplateResult {
  return html`<div
    class="toolbar"
    part="toolbar"
    role="group"
    aria-label=${i18n.t('timeline.controls')}
  >
    ${buttons(
      i18n,
      'action',
      [
        ['zoom-in', 'timeline.zoomIn'],
        ['zoom-out', 'timeline.zoomOut'],
        ['earlier', 'timeline.earlier'],
        ['later', 'timeline.later'],
        ['fit', 'timeline.fit'],
        ['today', 'timeline.goToToday'],
      ],
      onClick,
    )}
  </div>`;
}

/** CSV, SVG and PNG (with the drawing) and print. */
export function renderExport(
  i18n: Localiser,
  drawing: boolean,
  onClick: (event: Event) => void,
): TemplateResult {
  const items: (readonly [string, TextMessageKey])[] = [['csv', 'timeline.export.csv']];
  if (drawing) items.push(['svg', 'timeline.export.svg'], ['png', 'timeline.export.png']);
  items.push(['print', 'timeline.export.print']);
  return html`<div
    class="export"
    part="export"
    role="group"
    aria-label=${i18n.t('timeline.export')}
  >
    ${buttons(i18n, 'export', items, onClick)}
  </div>`;
}

const LEGEND: readonly (readonly [SVGTemplateResult, TextMessageKey])[] = [
  [svg`<circle class="mark k-support" cx="14" cy="8" r="5"></circle>`, 'timeline.legend.point'],
  [
    svg`<path class="mark k-support significant" d="M14 1l7 7-7 7-7-7z"></path>`,
    'timeline.legend.significant',
  ],
  [
    svg`<rect class="mark k-care" x="2" y="3" width="24" height="10" rx="3"></rect>`,
    'timeline.legend.period',
  ],
  [
    svg`<rect class="mark k-care" x="2" y="3" width="24" height="10" rx="3" mask="url(#fade)"></rect>`,
    'timeline.legend.open',
  ],
  [
    svg`<rect class="fuzzy" x="2" y="3" width="24" height="10"></rect>`,
    'timeline.legend.uncertain',
  ],
  [
    svg`<rect class="badge-swatch" x="2" y="1" width="24" height="14" rx="7"></rect>`,
    'timeline.legend.cluster',
  ],
  [
    svg`<rect class="mark k-withheld" x="2" y="3" width="24" height="10" rx="3"></rect>`,
    'timeline.legend.withheld',
  ],
  [svg`<path class="clock overdue" d="M14 2l7 12h-14z"></path>`, 'timescale.status.overdue'],
  [svg`<path class="clock met-late" d="M9 3h10v10h-10z"></path>`, 'timescale.status.met-late'],
  [svg`<path class="clock due" d="M14 2l6 6-6 6-6-6z"></path>`, 'timescale.status.due'],
  [svg`<circle class="clock met" cx="14" cy="8" r="5"></circle>`, 'timescale.status.met'],
  [svg`<path class="restart" d="M10 2v12m0-12h6l-2 3 2 3h-6"></path>`, 'timeline.clock.restarted'],
  [
    svg`<path class="extension" d="M2 3h22v10h-22z"></path><path class="extended-due" d="M24 0v16"></path>`,
    'timeline.legend.extension',
  ],
];

/** The key to the drawing: every shape with what it means (colour only repeats it). */
export function renderLegend(i18n: Localiser): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${i18n.t('timeline.legend')}>
    ${LEGEND.map(
      ([shape, key]) =>
        html`<li>
          <svg class="swatch" width="28" height="16" aria-hidden="true">${shape}</svg>${i18n.t(key)}
        </li>`,
    )}
  </ul>`;
}
