/**
 * Chronology order and significance: pure functions the chronology table (and later the visual
 * timeline) share. No DOM.
 */
import type { CaseEvent } from '../../model/case-record/schema.js';
import { normaliseDate, sortDay } from '../../model/fuzzy-dates.js';
import type { EventType } from '../../model/practice-model/schema.js';

/** Minutes after midnight for an entry recorded to the minute; -1 for a date without a time. */
function minuteOf(event: CaseEvent): number {
  const d = normaliseDate(event.date);
  if (d.precision !== 'minute') return -1;
  return Number(d.date.slice(11, 13)) * 60 + Number(d.date.slice(14, 16));
}

/**
 * Entries in chronology order: by the first day each may mean, then by time of day (entries
 * without a time first), then in the order the record lists them.
 */
export function chronologyOrder(events: readonly CaseEvent[]): CaseEvent[] {
  return events
    .map((event, index) => ({ event, index, day: sortDay(event.date), minute: minuteOf(event) }))
    .sort((a, b) => a.day - b.day || a.minute - b.minute || a.index - b.index)
    .map((entry) => entry.event);
}

/**
 * True when an entry belongs in a "significant events only" chronology: its own significance is
 * medium or high, or, when it has none, its event type is significant by default.
 */
export function isSignificant(event: CaseEvent, type: EventType | undefined): boolean {
  if (event.significance !== undefined) return event.significance !== 'low';
  return type?.significant === true;
}
