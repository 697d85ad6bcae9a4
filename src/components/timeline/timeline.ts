import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { Agency, CaseEvent, Person } from '../../model/case-record/schema.js';
import type { EventType, PracticeModel } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { summariseCompliance, type ComplianceSummary } from '../../model/timescales/index.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { renderClockStatus } from '../shared/clock-status.js';
import { visibleClocks } from '../shared/clocks.js';
import { heading } from '../shared/heading.js';
import { nameOf, personsById } from '../shared/people.js';
import { renderEmpty } from '../shared/states.js';
import { chronologyOrder, isSignificant } from './chronology.js';
import { timelineStyles } from './timeline.styles.js';

/** Lookups one render of the chronology uses. */
interface Lookups {
  readonly i18n: Localiser;
  readonly model: PracticeModel;
  readonly types: ReadonlyMap<string, EventType>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly redacting: boolean;
}

const OPEN_STATUSES = new Set(['upcoming', 'due', 'overdue']);

/**
 * The child's journey as an accessible chronology table: every entry in date order (uncertain
 * dates written honestly, periods from start to end or ongoing), with its area, source agency,
 * significance and people, a "significant events only" filter, and the statutory timescales with
 * their status and compliance. Follows the selected person inside `<practice-case>`. Entries the
 * audience may not see are removed or shown as "Information withheld".
 *
 * Works inside `<practice-case>` or alone with `.model` and `.record`.
 *
 * @summary The chronology: a table of the case's entries and statutory timescales.
 * @tagname practice-timeline
 *
 * @csspart controls - The filter controls above the table.
 * @csspart filter - The "Showing entries for ..." notice with its "Show all" button.
 * @csspart count - The live count of entries shown.
 * @csspart table - The chronology table.
 * @csspart row - Each entry's row.
 * @csspart withheld - The row of an entry withheld from the audience.
 * @csspart clocks - The statutory timescales section.
 * @csspart status - A timescale's status text.
 * @csspart problem - The alert shown when the element's own practice model is rejected.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-text-secondary - Secondary text (system token).
 * @cssprop --practice-color-surface - Header and withheld-row background (system token).
 * @cssprop --practice-color-border - Row borders (system token).
 * @cssprop --practice-color-accent - Links, buttons and the checkbox (system token).
 * @cssprop --practice-color-focus - Focus ring (system token).
 * @cssprop --practice-font-family - Font (system token).
 * @cssprop --practice-timeline-header-background - Table header background.
 * @cssprop --practice-timeline-row-border - Border under each row.
 * @cssprop --practice-timeline-withheld-background - Background of withheld rows.
 * @cssprop --practice-timeline-overdue-color - Marker of overdue timescales.
 * @cssprop --practice-timeline-due-color - Marker of timescales due soon or met late.
 * @cssprop --practice-timeline-met-color - Marker of timescales met on time.
 *
 * @fires {PracticeSelectEvent} practice-select - "Show all" cleared the person filter
 *   (`personId` is `undefined`).
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 */
export class PracticeTimeline extends CaseViewElement {
  static override styles = timelineStyles;

  /** Shows only significant entries (medium or high, or significant by type). */
  @property({ type: Boolean, reflect: true, attribute: 'significant-only' })
  significantOnly = false;

  private onSignificantChange(event: Event): void {
    this.significantOnly = (event.target as HTMLInputElement).checked;
  }

  private onShowAll(): void {
    this.data.select(undefined);
  }

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const { model, record, i18n } = view;
    const lookups: Lookups = {
      i18n,
      model,
      types: new Map(model.eventTypes.map((t) => [t.id, t])),
      agencies: new Map((record.agencies ?? []).map((a) => [a.id, a])),
      persons: personsById(record),
      redacting: view.audience !== undefined,
    };
    const all = chronologyOrder(record.events ?? []);
    const selection = view.selection;
    let shown = all;
    if (selection !== undefined) shown = shown.filter((e) => e.persons?.includes(selection));
    if (this.significantOnly) {
      shown = shown.filter((e) => isSignificant(e, lookups.types.get(e.type)));
    }
    const selectedName =
      selection === undefined
        ? undefined
        : nameOf(selection, lookups.persons, i18n, lookups.redacting);
    return html`
      ${this.renderControls(i18n, selectedName)}
      <p class="count" part="count" role="status">${i18n.plural('timeline.count', shown.length)}</p>
      ${
        all.length === 0
          ? renderEmpty(i18n.t('timeline.empty'))
          : shown.length === 0
            ? renderEmpty(i18n.t('timeline.emptyFiltered'))
            : this.renderTable(shown, lookups, selectedName)
      }
      ${model.timescales.length ? this.renderClocks(view) : nothing}
    `;
  }

  private renderControls(i18n: Localiser, selectedName: string | undefined): TemplateResult {
    return html`<div class="controls" part="controls">
      <div class="toggle">
        <input
          id="significant-only"
          type="checkbox"
          .checked=${this.significantOnly}
          @change=${this.onSignificantChange}
        />
        <label for="significant-only">${i18n.t('timeline.significantOnly')}</label>
      </div>
      ${
        selectedName === undefined
          ? nothing
          : html`<p class="filter" part="filter">
              ${i18n.t('timeline.filteredFor', { name: selectedName })}
              <button type="button" class="link-button" @click=${this.onShowAll}>
                ${i18n.t('timeline.showAll')}
              </button>
            </p>`
      }
    </div>`;
  }

  private renderTable(
    events: readonly CaseEvent[],
    lookups: Lookups,
    selectedName: string | undefined,
  ): TemplateResult {
    const { i18n } = lookups;
    return html`<div class="table-wrapper">
      <table part="table">
        <caption>
          ${
            selectedName === undefined
              ? i18n.t('timeline.caption')
              : i18n.t('timeline.captionFor', { name: selectedName })
          }
        </caption>
        <thead>
          <tr>
            <th scope="col">${i18n.t('timeline.column.date')}</th>
            <th scope="col">${i18n.t('timeline.column.entry')}</th>
            <th scope="col">${i18n.t('timeline.column.lane')}</th>
            <th scope="col">${i18n.t('timeline.column.agency')}</th>
            <th scope="col">${i18n.t('timeline.column.significance')}</th>
            <th scope="col">${i18n.t('timeline.column.persons')}</th>
          </tr>
        </thead>
        <tbody>
          ${events.map((event) => this.renderRow(event, lookups))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(event: CaseEvent, lookups: Lookups): TemplateResult {
    const { i18n } = lookups;
    if (isRedacted(event)) {
      return html`<tr class="withheld-row" part="row withheld">
        <td>${this.renderWhen(event, undefined, i18n)}</td>
        <th scope="row" class="withheld">${i18n.t('common.informationWithheld')}</th>
        <td></td>
        <td></td>
        <td>${this.renderSignificance(event, i18n)}</td>
        <td></td>
      </tr>`;
    }
    const type = lookups.types.get(event.type);
    const laneId = type?.lane;
    const lane =
      laneId === undefined ? undefined : lookups.model.lanes.find((l) => l.id === laneId);
    const agency = event.agency === undefined ? undefined : lookups.agencies.get(event.agency);
    const people = (event.persons ?? []).map((id) =>
      nameOf(id, lookups.persons, i18n, lookups.redacting),
    );
    return html`<tr part="row">
      <td>${this.renderWhen(event, type, i18n)}</td>
      <th scope="row">
        <span class="type">${type ? i18n.text(type.label) : i18n.t('timeline.unknownType')}</span>
        ${event.title ? html`<span class="title">${event.title}</span>` : nothing}
      </th>
      <td>${lane ? i18n.text(lane.label) : nothing}</td>
      <td>${agency ? agency.name : i18n.t('common.notRecorded')}</td>
      <td>${this.renderSignificance(event, i18n)}</td>
      <td>${i18n.list(people)}</td>
    </tr>`;
  }

  private renderWhen(event: CaseEvent, type: EventType | undefined, i18n: Localiser): string {
    const from = i18n.date(event.date);
    if (event.end !== undefined)
      return i18n.t('timeline.period', { from, to: i18n.date(event.end) });
    if (type?.kind === 'period') return i18n.t('timeline.periodOngoing', { from });
    return from;
  }

  private renderSignificance(event: CaseEvent, i18n: Localiser): string {
    return event.significance
      ? i18n.t(`timeline.significance.${event.significance}`)
      : i18n.t('timeline.significance.none');
  }

  // Statutory timescales ------------------------------------------------------------------------

  private renderClocks(view: ReadyCaseView): TemplateResult {
    const { i18n, model } = view;
    const clocks = visibleClocks(view);
    const open = clocks
      .filter((c) => OPEN_STATUSES.has(c.status))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const ruleLabel = (id: string) => {
      const rule = model.timescales.find((r) => r.id === id);
      return rule ? i18n.text(rule.label) : id;
    };
    let body: unknown;
    if (clocks.length === 0) body = renderEmpty(i18n.t('timeline.clocks.none'));
    else {
      body = html`${
        open.length === 0
          ? renderEmpty(i18n.t('timeline.clocks.noneOpen'))
          : html`<div class="table-wrapper">
              <table>
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
                  ${open.map(
                    (clock) =>
                      html`<tr>
                        <th scope="row">${ruleLabel(clock.rule)}</th>
                        <td>${i18n.date(clock.anchor.date)}</td>
                        <td>${i18n.date(clock.due)}</td>
                        <td>${renderClockStatus(clock, i18n)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${this.renderCompliance(summariseCompliance(clocks), ruleLabel, i18n)}`;
    }
    return html`<section class="clocks" part="clocks" aria-labelledby="clocks-heading">
      ${heading(this.level(), i18n.t('timeline.clocks.heading'), 'clocks-heading')} ${body}
    </section>`;
  }

  private renderCompliance(
    summaries: readonly ComplianceSummary[],
    ruleLabel: (id: string) => string,
    i18n: Localiser,
  ): TemplateResult {
    return html`<div class="table-wrapper">
      <table>
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
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
