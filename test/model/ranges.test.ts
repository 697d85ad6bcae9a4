import { expect } from '@open-wc/testing';
import { fromDayNumber, toDayNumber } from '../../src/model/calendar/dates.js';
import {
  compareEntries,
  readCaseRecord,
  timelineEntries,
  type CaseEvent,
  type CaseRecord,
} from '../../src/model/index.js';
import { byRanges, RANGE_SIZE } from '../../src/model/ranges.js';
import { proceedingsBars } from '../../src/model/timeline/episodes.js';
import { evaluateTimescales } from '../../src/model/timescales/index.js';
import { sampleModel } from '../../src/samples/index.js';

// Passes over a record's events run in ranges of RANGE_SIZE (see src/model/ranges.ts): what one
// range finds has to reach the next, so these records are long enough to span several.

const COUNT = RANGE_SIZE * 2 + 276;
const FIRST_DAY = toDayNumber('2010-01-01');

/** `COUNT` contacts in reverse date order (each range earlier than the one before), one a day. */
function contacts(): CaseEvent[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    id: `e${i}`,
    type: 'contact',
    date: fromDayNumber(FIRST_DAY + COUNT - 1 - i),
    persons: ['p1'],
  }));
}

function record(events: unknown[]): CaseRecord {
  return {
    id: 'case-1',
    subjects: ['p1'],
    persons: [{ id: 'p1', name: { given: 'Zara' } }],
    events,
  } as unknown as CaseRecord;
}

describe('passes over events in ranges', () => {
  it('byRanges covers every item once, in order, in ranges of at most RANGE_SIZE', () => {
    for (const count of [0, 1, RANGE_SIZE - 1, RANGE_SIZE, RANGE_SIZE + 1, RANGE_SIZE * 3 + 7]) {
      const seen: number[] = [];
      const ranges: [number, number][] = [];
      byRanges(count, (from, to) => {
        ranges.push([from, to]);
        for (let i = from; i < to; i++) seen.push(i);
      });
      expect(seen, String(count)).to.deep.equal(Array.from({ length: count }, (_, i) => i));
      expect(ranges.every(([from, to]) => to > from && to - from <= RANGE_SIZE)).to.equal(true);
      expect(ranges.length).to.equal(Math.ceil(count / RANGE_SIZE));
    }
  });

  it('reading finds a repeated id and dangling references in any range, in record order', () => {
    const events = contacts();
    events[COUNT - 3] = { ...events[COUNT - 3], id: 'e3' } as CaseEvent;
    events[RANGE_SIZE] = { ...events[RANGE_SIZE], agency: 'nowhere' } as CaseEvent;
    events[RANGE_SIZE - 1] = { ...events[RANGE_SIZE - 1], type: 'no-such-type' } as CaseEvent;
    const { record: read, issues } = readCaseRecord(record(events), sampleModel);
    const paths = issues.map((i) => `${i.segments.join('.')} ${i.code}`);
    expect(paths).to.deep.equal([
      `events.${COUNT - 3}.id duplicate-id`,
      `events.${RANGE_SIZE - 1}.type dangling-reference`,
      `events.${RANGE_SIZE}.agency dangling-reference`,
    ]);
    // The repeated id and the unknown type are left out; the dangling agency is dropped.
    expect(read?.events).to.have.length(COUNT - 2);
    const kept = read?.events?.find((e) => e.id === `e${RANGE_SIZE}`);
    expect(kept).to.not.equal(undefined);
    expect(kept?.agency).to.equal(undefined);
  });

  it('entries are in chronology order and span the journey when the ranges are out of order', () => {
    const { entries, extent } = timelineEntries(record(contacts()), sampleModel);
    expect(entries).to.have.length(COUNT);
    for (let i = 1; i < entries.length; i++) {
      expect(compareEntries(entries[i - 1]!, entries[i]!), String(i)).to.be.lessThan(0);
    }
    expect(entries[0]?.id).to.equal(`e${COUNT - 1}`);
    expect(extent).to.deep.equal({ start: FIRST_DAY, end: FIRST_DAY + COUNT - 1 });
  });

  it('a clock started in the first range is met by an entry in the last', () => {
    const events: CaseEvent[] = contacts();
    // A referral on the first day, and the assessment that meets its clock ending 30 days later.
    events[RANGE_SIZE * 2 + 100] = {
      id: 'assessment',
      type: 'child-and-family-assessment',
      date: fromDayNumber(FIRST_DAY + 5),
      end: fromDayNumber(FIRST_DAY + 30),
    };
    events[3] = { id: 'referral', type: 'referral', date: fromDayNumber(FIRST_DAY) };
    const clocks = evaluateTimescales(sampleModel, record(events), { today: '2016-01-01' });
    const assessment = clocks.find((c) => c.rule === 'child-and-family-assessment');
    expect(assessment?.anchor.event).to.equal('referral');
    expect(assessment?.status).to.equal('met');
    expect(assessment?.metBy?.event).to.equal('assessment');
  });

  it('proceedings found in the first range are extended by a hearing in the last', () => {
    const events: CaseEvent[] = contacts();
    events[2] = {
      id: 'proceedings',
      type: 'care-proceedings',
      date: '2012-01-02',
      end: '2012-09-28',
    };
    events[RANGE_SIZE * 2 + 50] = {
      id: 'hearing',
      type: 'hearing',
      date: '2012-06-01',
      attributes: { extendedTo: '2012-09-28' },
    };
    const { entries } = timelineEntries(record(events), sampleModel, { today: '2016-01-01' });
    const bars = proceedingsBars(entries, sampleModel, { today: '2016-01-01' });
    expect(bars.map((b) => [b.entry.id, b.untilDate])).to.deep.equal([
      ['proceedings', '2012-09-28'],
    ]);
    expect(bars[0]?.extensions.map((e) => e.entry.id)).to.deep.equal(['hearing']);
  });
});
