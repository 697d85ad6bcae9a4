/**
 * Statutory clocks for a view: evaluated on the whole record (so a withheld visit does not show
 * its clock as overdue), then limited to clocks whose starting entry the audience may see (so a
 * withheld referral does not surface through its clock).
 */
import type { CaseView } from '../../controllers/case-data-controller.js';
import type { CaseEvent, CaseRecord } from '../../model/case-record/schema.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import type { TimescaleClock } from '../../model/timescales/index.js';
import { evaluateClockTable, type ClockTable } from '../../model/timescales/evaluate.js';

/** Evaluations by record, model, then today and division; null when the evaluation failed. */
const evaluated = new WeakMap<CaseRecord, WeakMap<PracticeModel, Map<string, ClockTable | null>>>();

function tableOf(view: CaseView, model: PracticeModel, record: CaseRecord): ClockTable | null {
  let byModel = evaluated.get(record);
  if (!byModel) {
    byModel = new WeakMap();
    evaluated.set(record, byModel);
  }
  let byOptions = byModel.get(model);
  if (!byOptions) {
    byOptions = new Map();
    byModel.set(model, byOptions);
  }
  const key = `${view.today}|${view.division}`;
  let table = byOptions.get(key);
  if (table === undefined) {
    try {
      table = evaluateClockTable(model, record, { today: view.today, division: view.division });
    } catch {
      // A date the evaluation cannot use: no clocks rather than a broken view.
      table = null;
    }
    byOptions.set(key, table);
  }
  return table;
}

/** A view's clocks, evaluated on its whole record, and which of them its audience may see. */
export interface ViewClocks {
  readonly table: ClockTable;
  /** The evaluated record's events: a clock's anchor is a position in them. */
  readonly events: readonly CaseEvent[];
  /** Whether the audience may see clock `i` (its anchor entry is not withheld); undefined: all. */
  readonly shown: ((clock: number) => boolean) | undefined;
}

/** The view's clocks as numbers (see `ClockTable`); undefined when there are none to show. */
export function viewClocks(view: CaseView): ViewClocks | undefined {
  if (!view.model || !view.sourceRecord || !view.record) return undefined;
  const table = tableOf(view, view.model, view.sourceRecord);
  if (!table) return undefined;
  const events = view.sourceRecord.events ?? [];
  if (view.record === view.sourceRecord) return { table, events, shown: undefined };
  // One pass over the events (no callbacks: this runs once per view, while the code is cold).
  const audienceEvents = view.record.events ?? [];
  const ids = new Set<string>();
  for (let i = 0; i < audienceEvents.length; i++) {
    const event = audienceEvents[i] as CaseEvent;
    if (!isRedacted(event)) ids.add(event.id);
  }
  const shown = (clock: number): boolean =>
    ids.has((events[table.anchorPositionOf(clock)] as CaseEvent).id);
  return { table, events, shown };
}

/** The clocks the view's audience may see, in the order `evaluateTimescales` gives them. */
export function visibleClocks(view: CaseView): readonly TimescaleClock[] {
  const clocks = viewClocks(view);
  if (!clocks) return [];
  const { table, shown } = clocks;
  let all: TimescaleClock[];
  try {
    all = table.clocks();
  } catch {
    // Written out as the evaluation read them, they cannot fail; should one, no clocks rather than
    // a broken view.
    return [];
  }
  if (!shown) return all;
  const visible: TimescaleClock[] = [];
  for (let i = 0; i < all.length; i++) if (shown(i)) visible.push(all[i] as TimescaleClock);
  return visible;
}
