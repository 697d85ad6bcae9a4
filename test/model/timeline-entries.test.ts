import { expect } from '@open-wc/testing';
import { toDayNumber, type CaseEvent, type CaseRecord } from '../../src/model/index.js';
import {
  buildLanes,
  laneAndDescendants,
  MAX_DAY,
  MAX_ENTRY_ISSUES,
  MIN_DAY,
  OTHER_LANE,
  timelineEntries,
  type TimelineEntry,
} from '../../src/model/timeline/index.js';
import { hostileStrings, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const day = (iso: string) => toDayNumber(iso);

/** A record around the sample's people and agencies with the given events (not validated). */
function recordWith(events: unknown[]): CaseRecord {
  return { ...sampleCase, events: events as CaseEvent[] };
}

function byId(entries: readonly TimelineEntry[], id: string): TimelineEntry {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

describe('timeline model: entries', () => {
  describe('the sample case', () => {
    const { entries, issues, extent } = timelineEntries(sampleCase, sampleModel, {
      today: SAMPLE_TODAY,
    });

    it('reads every event without issues', () => {
      expect(issues).to.deep.equal([]);
      expect(entries).to.have.length(sampleCase.events?.length ?? -1);
    });

    it('orders entries by start, then time of day (untimed first), then record order', () => {
      for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1] as TimelineEntry;
        const b = entries[i] as TimelineEntry;
        const order = a.start - b.start || (a.minute ?? -1) - (b.minute ?? -1) || a.index - b.index;
        expect(order, `${a.id} before ${b.id}`).to.be.lessThan(0);
      }
    });

    it('places each entry in its type lane with its category', () => {
      const placement = byId(entries, 'placement-1');
      expect(placement.lane).to.equal('placements');
      expect(placement.category).to.equal('placement');
      expect(placement.kind).to.equal('period');
      expect(byId(entries, 'icpc').lane).to.equal('child-protection');
    });

    it('reads times of day as fractions of a day', () => {
      const hospital = byId(entries, 'hospital-1');
      expect(hospital.minute).to.equal(19 * 60 + 5);
      expect(hospital.start).to.be.closeTo(day('2024-05-26') + (19 * 60 + 5) / 1440, 1e-9);
      const missing = byId(entries, 'missing-1');
      expect(missing.end).to.be.closeTo(day('2025-05-17') + (14 * 60 + 30) / 1440, 1e-9);
    });

    it('keeps uncertain dates as a span and draws from its first day', () => {
      const death = byId(entries, 'death-dennis');
      expect(death.uncertain).to.deep.equal({
        earliest: day('2014-01-01'),
        // "about 2015": a year either side of 2015 (365 days; 2016 is a leap year).
        latest: day('2016-12-30'),
      });
      expect(death.start).to.equal(day('2014-01-01'));
      expect(death.from).to.equal(day('2014-01-01'));
      expect(death.to).to.equal(day('2016-12-31'));
      expect(byId(entries, 'birth-ellie').uncertain).to.equal(undefined);
    });

    it('runs open periods to the end of today and flags them', () => {
      const placement = byId(entries, 'placement-3');
      expect(placement.open).to.equal(true);
      expect(placement.end).to.equal(day(SAMPLE_TODAY) + 1);
      expect(byId(entries, 'placement-1').open).to.equal(false);
      expect(extent?.end).to.equal(day(SAMPLE_TODAY) + 1);
      expect(extent?.start).to.equal(day('2013-08-21'));
    });

    it('marks significance from the entry, then the type', () => {
      expect(byId(entries, 'icpc').significant).to.equal(true);
      expect(byId(entries, 'cp-visit-1').significant).to.equal(false);
      const { entries: own } = timelineEntries(
        recordWith([
          { id: 'typed', type: 'referral', date: '2024-01-01' },
          { id: 'low', type: 'referral', date: '2024-01-01', significance: 'low' },
          { id: 'plain', type: 'core-group', date: '2024-01-01' },
        ]),
        sampleModel,
      );
      // The type's default counts when the entry has none; its own "low" wins over the type.
      expect(own.map((e) => [e.id, e.significant])).to.deep.equal([
        ['typed', true],
        ['low', false],
        ['plain', false],
      ]);
      const high = timelineEntries(sampleCase, sampleModel, { significance: 'high' }).entries;
      expect(byId(high, 'birth-ellie').significant).to.equal(false);
      expect(byId(high, 'icpc').significant).to.equal(true);
    });

    it('without today, runs open periods to the end of the latest entry', () => {
      const untimed = timelineEntries(sampleCase, sampleModel).entries;
      const placement = byId(untimed, 'placement-3');
      const latest = Math.max(...untimed.filter((e) => !e.open).map((e) => e.to));
      expect(placement.end).to.equal(Math.floor(latest) + 1);
    });

    it('redacts for an audience: withheld entries go to the Other lane with no issue', () => {
      const family = timelineEntries(sampleCase, sampleModel, {
        today: SAMPLE_TODAY,
        audience: 'family',
      });
      expect(family.issues).to.deep.equal([]);
      const neighbour = byId(family.entries, 'contact-neighbour');
      expect(neighbour.redacted).to.equal(true);
      expect(neighbour.lane).to.equal(OTHER_LANE);
      expect(neighbour.event.title).to.equal(undefined);
      expect(neighbour.start).to.be.closeTo(day('2023-11-06'), 1);
      expect(byId(family.entries, 'icpc').redacted).to.equal(false);
    });
  });

  describe('bad input', () => {
    it('puts an unknown type in the Other lane with an issue at events[i].type', () => {
      const { entries, issues } = timelineEntries(
        recordWith([
          { id: 'a', type: 'referral', date: '2024-01-01' },
          { id: 'b', type: 'no-such-type', date: '2024-01-02', end: '2024-02-01' },
        ]),
        sampleModel,
      );
      const b = byId(entries, 'b');
      expect(b.lane).to.equal(OTHER_LANE);
      expect(b.category).to.equal('other');
      expect(b.kind).to.equal('period');
      expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['events[1].type', 'unknown-event-type'],
      ]);
    });

    it('shows an end before the start as open, with an issue', () => {
      const { entries, issues } = timelineEntries(
        recordWith([{ id: 'p', type: 'placement', date: '2024-05-01', end: '2024-01-01' }]),
        sampleModel,
        { today: '2024-06-01' },
      );
      expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['events[0].end', 'end-before-start'],
      ]);
      const p = byId(entries, 'p');
      expect(p.open).to.equal(true);
      expect(p.end).to.equal(day('2024-06-02'));
      expect(p.end).to.be.at.least(p.start);
    });

    it('ignores the end of a point, and never draws an end before its start', () => {
      const { entries, issues } = timelineEntries(
        recordWith([
          { id: 'r', type: 'referral', date: '2024-05-01', end: '2024-06-01' },
          // Uncertain end overlapping the start: not certainly before, so clamped, not open.
          { id: 'p', type: 'placement', date: '2024-05-20', end: '2024-05' },
        ]),
        sampleModel,
      );
      expect(issues.map((i) => i.code)).to.deep.equal(['end-on-point']);
      expect(byId(entries, 'r').end).to.equal(byId(entries, 'r').start);
      const p = byId(entries, 'p');
      expect(p.open).to.equal(false);
      expect(p.end).to.equal(p.start);
      expect(p.endUncertain).to.deep.equal({
        earliest: day('2024-05-01'),
        latest: day('2024-05-31'),
      });
    });

    it('drops dangling person and agency references with issues', () => {
      const { entries, issues } = timelineEntries(
        recordWith([
          {
            id: 'x',
            type: 'referral',
            date: '2024-05-01',
            persons: ['ellie', 'nobody'],
            agency: 'ghost',
          },
        ]),
        sampleModel,
      );
      expect(byId(entries, 'x').persons).to.deep.equal(['ellie']);
      expect(byId(entries, 'x').agency).to.equal(undefined);
      expect(issues.map((i) => i.path)).to.deep.equal(['events[0].persons[1]', 'events[0].agency']);
    });

    it('reads dates at the ends of the calendar as finite numbers', () => {
      const { entries, issues, extent } = timelineEntries(
        recordWith([
          { id: 'first', type: 'referral', date: '0001-01-01' },
          { id: 'last', type: 'referral', date: '9999-12-31' },
          { id: 'last-month', type: 'referral', date: '9999-12' },
          { id: 'after', type: 'referral', date: { date: '9999', qualifier: 'after' } },
          { id: 'about', type: 'referral', date: { date: '0001', qualifier: 'about' } },
          { id: 'open', type: 'placement', date: '9999-12-31T23:59' },
        ]),
        sampleModel,
      );
      expect(issues).to.deep.equal([]);
      expect(entries).to.have.length(6);
      for (const e of entries) {
        for (const n of [e.start, e.end, e.from, e.to]) {
          expect(Number.isFinite(n), e.id).to.equal(true);
          expect(n).to.be.within(MIN_DAY, MAX_DAY);
        }
      }
      expect(extent?.start).to.equal(MIN_DAY);
      expect(extent?.end).to.equal(MAX_DAY);
    });

    it('leaves out events it cannot read, and never throws on junk', () => {
      const junk: unknown[] = [
        null,
        42,
        'event',
        { type: 'referral', date: '2024-01-01' },
        { id: 'bad-date', type: 'referral', date: '2024-13-45' },
        { id: 'no-date', type: 'referral' },
        { id: 'bad-end', type: 'placement', date: '2024-01-01', end: 'soon' },
        { id: 'weird-persons', type: 'referral', date: '2024-01-01', persons: [3, null] },
        ...hostileStrings.map((s, i) => ({ id: `h${i}`, type: s, date: '2024-01-01', title: s })),
      ];
      const { entries, issues } = timelineEntries(recordWith(junk), sampleModel);
      expect(entries.map((e) => e.id)).to.include.members(['bad-end', 'weird-persons', 'h0']);
      expect(byId(entries, 'bad-end').open).to.equal(true);
      expect(byId(entries, 'h0').lane).to.equal(OTHER_LANE);
      expect(byId(entries, 'h0').event.title).to.equal(hostileStrings[0]);
      const codes = new Set(issues.map((i) => i.code));
      expect([...codes]).to.include.members([
        'invalid-event',
        'invalid-end',
        'dangling-reference',
        'unknown-event-type',
      ]);
      expect(issues.filter((i) => i.code === 'invalid-event')).to.have.length(6);
    });

    it('caps the issue list and sums up the rest', () => {
      const events = Array.from({ length: MAX_ENTRY_ISSUES + 50 }, (_, i) => ({
        id: `u${i}`,
        type: 'unknown',
        date: '2024-01-01',
      }));
      const { entries, issues } = timelineEntries(recordWith(events), sampleModel);
      expect(entries).to.have.length(MAX_ENTRY_ISSUES + 50);
      expect(issues).to.have.length(MAX_ENTRY_ISSUES + 1);
      expect(issues.at(-1)?.code).to.equal('too-many-issues');
      expect(issues.at(-1)?.message).to.contain('50');
    });

    it('handles no model: every entry is Other, with an issue each', () => {
      const { entries, issues } = timelineEntries(sampleCase, undefined);
      expect(entries.every((e) => e.lane === OTHER_LANE)).to.equal(true);
      expect(issues).to.have.length(sampleCase.events?.length ?? -1);
    });
  });
});

describe('timeline model: lanes', () => {
  const { entries } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });

  it('builds the lane tree in model order with nesting', () => {
    const layout = buildLanes(sampleModel, entries);
    expect(layout.issues).to.deep.equal([]);
    expect(layout.roots.map((l) => l.id)).to.deep.equal(
      sampleModel.lanes.filter((l) => !l.parent).map((l) => l.id),
    );
    const lookedAfter = layout.byId.get('looked-after');
    expect(lookedAfter?.children.map((l) => l.id)).to.deep.equal([
      'legal-status',
      'placements',
      'visits-and-reviews',
    ]);
    expect(layout.byId.get('placements')?.depth).to.equal(1);
    expect(layout.visible.map((l) => l.id)).to.deep.equal(sampleModel.lanes.map((l) => l.id));
    expect(layout.byId.has(OTHER_LANE)).to.equal(false);
    const counted = layout.roots.reduce((sum, l) => sum + l.totalCount, 0);
    expect(counted).to.equal(entries.length);
  });

  it('draws a collapsed lane as one row holding its descendants, in chronology order', () => {
    const layout = buildLanes(sampleModel, entries, { collapsed: ['looked-after'] });
    const row = layout.byId.get('looked-after');
    expect(row?.collapsed).to.equal(true);
    expect(layout.visible.map((l) => l.id)).to.not.include('placements');
    expect(layout.byId.get('placements')?.hidden).to.equal(true);
    expect(layout.byId.get('placements')?.entries).to.deep.equal([]);
    expect(layout.rowOf.get('placements')).to.equal('looked-after');
    const ids = row?.entries.map((e) => e.id) ?? [];
    expect(ids).to.include.members(['placement-1', 'legal-c2', 'lac-visit-1']);
    expect(row?.entries).to.have.length(row?.totalCount ?? -1);
    const positions = row?.entries.map((e) => entries.indexOf(e)) ?? [];
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('adds the Other lane last, only when needed', () => {
    const { entries: withUnknown } = timelineEntries(
      recordWith([
        { id: 'a', type: 'referral', date: '2024-01-01' },
        { id: 'b', type: 'mystery', date: '2024-01-02' },
      ]),
      sampleModel,
    );
    const layout = buildLanes(sampleModel, withUnknown);
    expect(layout.roots.at(-1)?.id).to.equal(OTHER_LANE);
    expect(layout.roots.at(-1)?.other).to.equal(true);
    expect(layout.byId.get(OTHER_LANE)?.entries.map((e) => e.id)).to.deep.equal(['b']);
  });

  it('hides empty lanes on request', () => {
    const some = entries.filter((e) => e.lane === 'placements' || e.lane === 'court');
    const layout = buildLanes(sampleModel, some, { hideEmpty: true });
    expect(layout.visible.map((l) => l.id)).to.deep.equal(['looked-after', 'placements', 'court']);
  });

  it('survives lane cycles, missing parents and unknown entry lanes', () => {
    const model = {
      lanes: [
        { id: 'a', label: 'A', parent: 'b' },
        { id: 'b', label: 'B', parent: 'a' },
        { id: 'c', label: 'C', parent: 'missing' },
        { id: 'd', label: 'D', parent: 'c' },
      ],
    };
    const stray = { ...(entries[0] as TimelineEntry), lane: 'nowhere' };
    const layout = buildLanes(model, [stray]);
    expect(layout.issues.map((i) => i.code)).to.deep.equal([
      'lane-cycle',
      'unknown-lane',
      'unknown-lane',
    ]);
    expect(layout.visible.map((l) => l.id)).to.deep.equal(['a', 'b', 'c', 'd', OTHER_LANE]);
    expect(layout.byId.get(OTHER_LANE)?.entries).to.deep.equal([stray]);
    expect(laneAndDescendants(layout, 'c')).to.deep.equal(['c', 'd']);
  });
});
