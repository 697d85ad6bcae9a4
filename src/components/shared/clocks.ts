/**
 * Statutory clocks for a view: evaluated on the whole record (so a withheld visit does not show
 * its clock as overdue), then limited to clocks whose starting entry the audience may see (so a
 * withheld referral does not surface through its clock).
 */
import type { CaseView } from '../../controllers/case-data-controller.js';
import type { CaseEvent, CaseRecord } from '../../model/case-record/schema.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { evaluateTimescales, type TimescaleClock } from '../../model/timescales/index.js';

const evaluated = new WeakMap<CaseRecord, WeakMap<PracticeModel, Map<string, TimescaleClock[]>>>();

function clocksOf(view: CaseView, model: PracticeModel, record: CaseRecord): TimescaleClock[] {
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
  let clocks = byOptions.get(key);
  if (!clocks) {
    try {
      clocks = evaluateTimescales(model, record, { today: view.today, division: view.division });
    } catch {
      // A date the evaluation cannot use: no clocks rather than a broken view.
      clocks = [];
    }
    byOptions.set(key, clocks);
  }
  return clocks;
}

/** The clocks the view's audience may see, in the order `evaluateTimescales` gives them. */
export function visibleClocks(view: CaseView): readonly TimescaleClock[] {
  if (!view.model || !view.sourceRecord || !view.record) return [];
  const clocks = clocksOf(view, view.model, view.sourceRecord);
  if (view.record === view.sourceRecord) return clocks;
  // One pass over the events (no callbacks: this runs once per view, while the code is cold).
  const events = view.record.events ?? [];
  const shown = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    if (!isRedacted(event)) shown.add(event.id);
  }
  const visible: TimescaleClock[] = [];
  for (let i = 0; i < clocks.length; i++) {
    const clock = clocks[i] as TimescaleClock;
    if (shown.has(clock.anchor.event)) visible.push(clock);
  }
  return visible;
}
