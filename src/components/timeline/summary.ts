/**
 * The journey summary under the drawing: one child's looked-after episodes (placements and
 * moves), the DfE stability indicators on today, and the timetable of each set of care
 * proceedings (with the court's extensions), in words. The most recent few are listed; older ones are counted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { Person } from '../../model/case-record/schema.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import {
  lookedAfterEpisodes,
  stabilityIndicators,
  type ProceedingsBar,
  type TimelineEntry,
} from '../../model/timeline/index.js';
import { heading, type HeadingLevel } from '../shared/heading.js';

/** Episodes and proceedings listed at most (the latest ones). */
export const SUMMARY_ITEMS = 5;

/** One line of the journey summary: a term and its descriptions. */
export interface SummaryItem {
  readonly term: string;
  readonly details: readonly string[];
}

/** The last `max` items, after an "and N more" line when some are left out. */
function capped<T>(items: readonly T[], max: number, i18n: Localiser): (T | string)[] {
  if (items.length <= max) return [...items];
  return [i18n.plural('timeline.andMore', items.length - max), ...items.slice(-max)];
}

function episodeItems(
  child: Person,
  entries: readonly TimelineEntry[],
  model: PracticeModel,
  today: string,
  i18n: Localiser,
): SummaryItem[] {
  const episodes = lookedAfterEpisodes(entries, model, { person: child.id });
  if (!episodes.length) return [];
  const stability = stabilityIndicators(episodes, today, {
    ...(child.dateOfBirth !== undefined ? { dateOfBirth: child.dateOfBirth } : {}),
  });
  const placements = i18n.number(stability.placementsInLast12Months);
  return [
    {
      term: i18n.t('timeline.episodes'),
      details: capped(episodes, SUMMARY_ITEMS, i18n).map((e) =>
        typeof e === 'string'
          ? e
          : i18n.t(e.endDate ? 'timeline.episodes.item' : 'timeline.episodes.openItem', {
              from: i18n.date(e.startDate),
              to: e.endDate ? i18n.date(e.endDate) : '',
              placements: i18n.plural('timeline.episodes.placements', e.placements.length),
              moves: i18n.plural('timeline.episodes.moves', e.placementMoves),
            }),
      ),
    },
    {
      term: i18n.t('timeline.stability.placements'),
      details: [
        stability.threeOrMorePlacements
          ? i18n.t('timeline.stability.threeOrMore', { count: placements })
          : placements,
      ],
    },
    {
      term: i18n.t('timeline.stability.longTerm'),
      details: [i18n.t(stability.longTermStability ? 'common.yes' : 'common.no')],
    },
    {
      term: i18n.t('timeline.stability.missing'),
      details: [i18n.number(stability.missingEpisodes)],
    },
  ];
}

/**
 * The summary's lines: the child's episodes and stability (when the child is known and not
 * withheld), then the proceedings.
 */
export function journeySummary(
  child: Person | undefined,
  entries: readonly TimelineEntry[],
  bars: readonly ProceedingsBar[],
  model: PracticeModel,
  today: string,
  i18n: Localiser,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (child) {
    try {
      items.push(...episodeItems(child, entries, model, today, i18n));
    } catch {
      // Episodes need a readable today; without one the summary leaves them out.
    }
  }
  if (bars.length) {
    items.push({
      term: i18n.t('timeline.proceedings.row'),
      details: capped(bars, SUMMARY_ITEMS, i18n).map((bar) => {
        if (typeof bar === 'string') return bar;
        const params = {
          issued: i18n.date(bar.issuedDate),
          week: i18n.number(bar.week),
          due: i18n.date(bar.dueDate),
        };
        const parts = [
          i18n.t(bar.open ? 'timeline.proceedings.open' : 'timeline.proceedings.ended', params),
        ];
        if (bar.extensions.length) {
          parts.push(i18n.t('timeline.proceedings.extended', { date: i18n.date(bar.untilDate) }));
        }
        const line = parts.join('; ');
        if (!bar.overdue) return line;
        const over = bar.extensions.length ? 'overExtended' : 'over';
        return `${line} (${i18n.t(`timeline.proceedings.${over}`)})`;
      }),
    });
  }
  return items;
}

/** The journey summary as a description list under a heading. */
export function renderSummary(
  title: string,
  items: readonly SummaryItem[],
  level: HeadingLevel,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    ${heading(level, title, 'summary-heading')}
    <dl>
      ${items.map(
        (item) =>
          html`<div>
            <dt>${item.term}</dt>
            ${item.details.map((d) => html`<dd>${d}</dd>`)}
          </div>`,
      )}
    </dl>
  </section>`;
}
