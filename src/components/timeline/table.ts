/**
 * The text views of the timeline: the chronology table (the screen-reader equivalent of the
 * drawing, sortable and paged, with a "Details" button per row), the court chronology, and the
 * statutory timescales with their compliance and those met late or overdue. Render helpers only;
 * the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type {
  ChronologySortKey,
  CourtChronologyRow,
  SortDirection,
  TimelineEntry,
} from '../../model/timeline/index.js';
import type { ComplianceSummary, TimescaleClock } from '../../model/timescales/index.js';
import { renderClockStatus } from '../shared/clock-status.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { renderEmpty } from '../shared/states.js';
import type { EntryText } from './labels.js';

/** The table's sort, as `aria-sort` names directions. */
export interface TableSort {
  readonly key: ChronologySortKey;
  readonly direction: SortDirection;
}

/** Open timescales listed at most; the compliance table counts every clock. */
export const OPEN_CLOCKS_SHOWN = 20;
/** Timescales met late or overdue listed at most per rule, the latest first. */
export const LATE_CLOCKS_SHOWN = 10;
/** Rows printed at most, so printing a huge record cannot freeze the page. */
export const PRINT_ROWS = 5000;

/** The columns of the chronology table, and the sort key of those that sort. */
const COLUMNS = [
  ['timeline.column.date', 'date'],
  ['timeline.column.entry', 'title'],
  ['timeline.column.lane', 'lane'],
  ['timeline.column.agency', 'agency'],
  ['timeline.column.significance', 'significance'],
  ['timeline.column.persons', undefined],
  ['timeline.column.details', undefined],
] as const;

/** A scrollable table that keyboard users can reach and screen readers can name. */
function wrapper(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-wrapper" tabindex="0" role="region" aria-label=${label}>
    ${table}
  </div>`;
}

/** The rows `[start, start + size)` of `total`, with "Previous" and "Next" around the count. */
export function renderPager(
  total: number,
  start: number,
  size: number,
  i18n: Localiser,
  onPage: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (total <= size) return nothing;
  const end = Math.min(total, start + size);
  return html`<nav class="pager" part="pager" aria-label=${i18n.t('timeline.page.label')}>
    <button type="button" data-page="-1" ?disabled=${start === 0} @click=${onPage}>
      ${i18n.t('timeline.page.previous')}
    </button>
    <span
      >${i18n.t('timeline.page.status', {
        from: i18n.number(start + 1),
        to: i18n.number(end),
        total: i18n.number(total),
      })}</span
    >
    <button type="button" data-page="1" ?disabled=${end >= total} @click=${onPage}>
      ${i18n.t('timeline.page.next')}
    </button>
  </nav>`;
}

/**
 * Above a printed table: when it has more rows than are printed, which are, and where to find
 * every row.
 */
export function renderPrintNote(total: number, i18n: Localiser): TemplateResult | typeof nothing {
  if (total <= PRINT_ROWS) return nothing;
  return html`<p class="note print-note" role="note">
    ${i18n.t('timeline.print.truncated', {
      to: i18n.number(PRINT_ROWS),
      total: i18n.number(total),
    })}
  </p>`;
}

/** Options of {@link renderChronologyTable}. */
export interface ChronologyTableOptions {
  readonly caption: string;
  readonly sort: TableSort;
  readonly onSort: (event: Event) => void;
  /**
   * Opens an entry's details from its row's "Details" button (`data-entry` is the entry's
   * index); without it, the table has no buttons (as printed).
   */
  readonly onDetails?: ((event: Event) => void) | undefined;
}

/** The chronology table: the entries given (one page), with sortable column headers. */
export function renderChronologyTable(
  rows: readonly TimelineEntry[],
  text: EntryText,
  options: ChronologyTableOptions,
): TemplateResult {
  const { i18n } = text;
  const { onDetails } = options;
  return wrapper(
    options.caption,
    html`<table part="table">
      <caption>
        ${options.caption}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map(([key, sort]) => {
            if (sort === undefined) return html`<th scope="col">${i18n.t(key)}</th>`;
            const direction = options.sort.key === sort ? options.sort.direction : 'none';
            return html`<th scope="col" aria-sort=${direction}>
              <button type="button" class="sort" data-sort=${sort} @click=${options.onSort}>
                ${i18n.t(key)}
              </button>
            </th>`;
          })}
          ${onDetails ? html`<th scope="col">${i18n.t('timeline.details.open')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((entry) => renderRow(entry, text, onDetails))}
      </tbody>
    </table>`,
  );
}

/** The "Details" button of a row, named after its entry ("Details of Referral, 4 March 2024"). */
function renderDetailsCell(
  entry: TimelineEntry,
  text: EntryText,
  onDetails: ((event: Event) => void) | undefined,
): TemplateResult | typeof nothing {
  if (!onDetails) return nothing;
  const { i18n } = text;
  return html`<td class="open-cell">
    <button
      type="button"
      class="open-details"
      data-entry=${entry.index}
      aria-haspopup="dialog"
      aria-label=${i18n.t('timeline.details.of', { entry: text.name(entry), date: text.when(entry) })}
      @click=${onDetails}
    >
      ${i18n.t('timeline.details.open')}
    </button>
  </td>`;
}

function renderRow(
  entry: TimelineEntry,
  text: EntryText,
  onDetails: ((event: Event) => void) | undefined,
): TemplateResult {
  const { i18n } = text;
  if (entry.redacted) {
    return html`<tr class="withheld-row" part="row withheld">
      <td>${text.when(entry)}</td>
      <th scope="row" class="withheld">${i18n.t('common.informationWithheld')}</th>
      <td></td>
      <td></td>
      <td>${text.significance(entry)}</td>
      <td></td>
      <td></td>
      ${renderDetailsCell(entry, text, onDetails)}
    </tr>`;
  }
  const title = text.title(entry);
  const recorded = text.recorded(entry);
  const author = text.author(entry);
  const agency = text.agency(entry);
  const { impact, analysis } = entry.event;
  return html`<tr part="row">
    <td>
      ${text.when(entry)}${
        recorded
          ? html`<span class="note">${i18n.t('timeline.recordedOn', { date: recorded })}</span>`
          : nothing
      }
    </td>
    <th scope="row">
      <span class="type">${text.type(entry)}</span>
      ${title ? html`<span class="title">${title}</span>` : nothing}
    </th>
    <td>${text.lane(entry.lane)}</td>
    <td>
      ${agency || i18n.t('common.notRecorded')}${
        author
          ? html`<span class="note">${i18n.t('timeline.recordedBy', { author })}</span>`
          : nothing
      }
    </td>
    <td>${text.significance(entry)}</td>
    <td>${i18n.list(text.people(entry))}</td>
    <td>
      ${impact ? html`<p class="cell-text">${impact}</p>` : nothing}
      ${analysis ? html`<p class="cell-text">${analysis}</p>` : nothing}
    </td>
    ${renderDetailsCell(entry, text, onDetails)}
  </tr>`;
}

/**
 * The court chronology table (PD12A style): number, date, event, source, reference, and on screen
 * (with `onDetails`) a "Details" button per row, as in the chronology table.
 */
export function renderCourtTable(
  rows: readonly CourtChronologyRow[],
  text: EntryText,
  caption: string,
  onDetails?: (event: Event) => void,
): TemplateResult {
  const { i18n } = text;
  return wrapper(
    caption,
    html`<table part="table court">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="number">${i18n.t('timeline.court.number')}</th>
          <th scope="col">${i18n.t('timeline.column.date')}</th>
          <th scope="col">${i18n.t('timeline.court.event')}</th>
          <th scope="col">${i18n.t('timeline.court.source')}</th>
          <th scope="col">${i18n.t('timeline.court.reference')}</th>
          ${onDetails ? html`<th scope="col">${i18n.t('timeline.details.open')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr
              part=${row.redacted ? 'row withheld' : 'row'}
              class=${row.redacted ? 'withheld-row' : ''}
            >
              <td class="number">${i18n.number(row.number)}</td>
              <td>
                ${
                  row.end === undefined
                    ? i18n.date(row.date)
                    : i18n.t('timeline.period', {
                        from: i18n.date(row.date),
                        to: i18n.date(row.end),
                      })
                }
              </td>
              <th scope="row">
                ${row.redacted ? i18n.t('common.informationWithheld') : row.event}
              </th>
              <td>${row.source}</td>
              <td>${row.reference}</td>
              ${renderDetailsCell(row.entry, text, onDetails)}
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

const OPEN_STATUSES: ReadonlySet<string> = new Set(['upcoming', 'due', 'overdue']);
const LATE_STATUSES: ReadonlySet<string> = new Set(['met-late', 'overdue']);

/** The disclosure of the timescales met late or overdue: whether it is open, and its toggle. */
export interface LateClocksDisclosure {
  readonly open: boolean;
  readonly onToggle: (event: Event) => void;
}

/**
 * Every rule's timescales met late or overdue, in words (the clock rows of the drawing are only a
 * picture): a disclosure with a table per rule, the latest first, at most
 * {@link LATE_CLOCKS_SHOWN} each. The tables are rendered once it is opened, so a closed one
 * costs the page one line.
 */
function renderLateClocks(
  clocks: readonly TimescaleClock[],
  ruleLabel: (id: string) => string,
  i18n: Localiser,
  disclosure: LateClocksDisclosure,
): TemplateResult | typeof nothing {
  const byRule = new Map<string, TimescaleClock[]>();
  let count = 0;
  for (const clock of clocks) {
    if (!LATE_STATUSES.has(clock.status)) continue;
    count += 1;
    const list = byRule.get(clock.rule);
    if (list) list.push(clock);
    else byRule.set(clock.rule, [clock]);
  }
  if (!count) return nothing;
  return html`<details class="late-clocks" ?open=${disclosure.open} @toggle=${disclosure.onToggle}>
    <summary>${i18n.plural('timeline.late.summary', count)}</summary>
    ${disclosure.open ? renderLateTables(byRule, ruleLabel, i18n) : nothing}
  </details>`;
}

function renderLateTables(
  byRule: ReadonlyMap<string, TimescaleClock[]>,
  ruleLabel: (id: string) => string,
  i18n: Localiser,
): TemplateResult[] {
  const latestFirst = (a: TimescaleClock, b: TimescaleClock) =>
    a.due < b.due ? 1 : a.due > b.due ? -1 : 0;
  return [...byRule].map(([rule, list]) => {
    const caption = i18n.t('timeline.late.caption', { rule: ruleLabel(rule) });
    const shown = list.sort(latestFirst).slice(0, LATE_CLOCKS_SHOWN);
    return html`${wrapper(
      caption,
      html`<table>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${i18n.t('timeline.clocks.due')}</th>
            <th scope="col">${i18n.t('timeline.clocks.started')}</th>
            <th scope="col">${i18n.t('timeline.late.met')}</th>
            <th scope="col" class="number">${i18n.t('timeline.late.days')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (clock) =>
              html`<tr>
                <th scope="row">${i18n.date(clock.due)}</th>
                <td>${i18n.date(clock.anchor.date)}</td>
                <td>
                  ${clock.metBy ? i18n.date(clock.metBy.date) : i18n.t('timeline.late.notMet')}
                </td>
                <td class="number">${i18n.number(clock.daysLate ?? 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${
      list.length > shown.length
        ? html`<p class="note">${i18n.plural('timeline.andMore', list.length - shown.length)}</p>`
        : nothing
    }`;
  });
}

/**
 * The statutory timescales: the open ones (soonest first), compliance by rule, and those met late
 * or overdue.
 */
export function renderClocksSection(
  clocks: readonly TimescaleClock[],
  summaries: readonly ComplianceSummary[],
  ruleLabel: (id: string) => string,
  i18n: Localiser,
  level: HeadingLevel,
  late: LateClocksDisclosure,
): TemplateResult {
  let body: TemplateResult;
  if (clocks.length === 0) body = renderEmpty(i18n.t('timeline.clocks.none'));
  else {
    const open = clocks
      .filter((c) => OPEN_STATUSES.has(c.status))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const shown = open.slice(0, OPEN_CLOCKS_SHOWN);
    body = html`${
      open.length === 0
        ? renderEmpty(i18n.t('timeline.clocks.noneOpen'))
        : wrapper(
            i18n.t('timeline.clocks.caption'),
            html`<table>
              <caption>
                ${i18n.t('timeline.clocks.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${i18n.t('timeline.clocks.rule')}</th>
                  <th scope="col">${i18n.t('timeline.clocks.started')}</th>
                  <th scope="col">${i18n.t('timeline.clocks.due')}</th>
                  <th scope="col">${i18n.t('timeline.clocks.status')}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map(
                  (clock) =>
                    html`<tr>
                      <th scope="row">${ruleLabel(clock.rule)}</th>
                      <td>${i18n.date(clock.anchor.date)}</td>
                      <td>${i18n.date(clock.due)}</td>
                      <td>${renderClockStatus(clock, i18n)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
          )
    }
    ${
      open.length > shown.length
        ? html`<p class="note">${i18n.plural('timeline.andMore', open.length - shown.length)}</p>`
        : nothing
    }
    ${renderCompliance(summaries, ruleLabel, i18n)}
    ${renderLateClocks(clocks, ruleLabel, i18n, late)}`;
  }
  return html`<section class="clocks" part="clocks" aria-labelledby="clocks-heading">
    ${heading(level, i18n.t('timeline.clocks.heading'), 'clocks-heading')} ${body}
  </section>`;
}

function renderCompliance(
  summaries: readonly ComplianceSummary[],
  ruleLabel: (id: string) => string,
  i18n: Localiser,
): TemplateResult {
  return wrapper(
    i18n.t('timeline.compliance.caption'),
    html`<table>
      <caption>
        ${i18n.t('timeline.compliance.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${i18n.t('timeline.compliance.rule')}</th>
          <th scope="col" class="number">${i18n.t('timeline.compliance.met')}</th>
          <th scope="col" class="number">${i18n.t('timeline.compliance.metLate')}</th>
          <th scope="col" class="number">${i18n.t('timeline.compliance.overdue')}</th>
          <th scope="col" class="number">${i18n.t('timeline.compliance.open')}</th>
          <th scope="col" class="number">${i18n.t('timeline.compliance.onTime')}</th>
        </tr>
      </thead>
      <tbody>
        ${summaries.map(
          (s) =>
            html`<tr>
              <th scope="row">${ruleLabel(s.rule)}</th>
              <td class="number">${i18n.number(s.met)}</td>
              <td class="number">${i18n.number(s.metLate)}</td>
              <td class="number">${i18n.number(s.overdue)}</td>
              <td class="number">${i18n.number(s.due + s.upcoming)}</td>
              <td class="number">
                ${i18n.t('timeline.compliance.rate', {
                  met: i18n.number(s.met),
                  total: i18n.number(s.met + s.metLate + s.overdue),
                })}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
