import { expect } from '@open-wc/testing';
import { toDayNumber, type CaseEvent } from '../../src/model/index.js';
import {
  buildLanes,
  clusterMembers,
  createTimelineIndex,
  intersecting,
  queryVisible,
  timelineEntries,
  TimeScale,
  type TimelineEntry,
  type TimelineIndex,
  type VisibleWindow,
} from '../../src/model/timeline/index.js';
import {
  generateCase,
  mulberry32,
  SAMPLE_TODAY,
  sampleCase,
  sampleModel,
} from '../../src/samples/index.js';

const CATEGORIES = ['visit', 'core-group', 'placement', 'police'] as const;

/** Hand-made entries: points, periods and fuzzy spans, over a few lanes. */
function makeEntries(count: number, seed: number, spanDays = 3650): TimelineEntry[] {
  const random = mulberry32(seed);
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < count; i++) {
    const start = random() * spanDays;
    const kind = random() < 0.6 ? 'point' : 'period';
    const end =
      kind === 'point' ? start : start + (random() < 0.1 ? random() * 2000 : random() * 60);
    const fuzzy = random() < 0.1;
    const from = fuzzy ? start - random() * 300 : start;
    const to = fuzzy ? end + random() * 300 : end;
    const event: CaseEvent = { id: `e${i}`, type: 't', date: '2024-01-01' };
    entries.push({
      id: event.id,
      index: i,
      event,
      type: 't',
      category: CATEGORIES[i % CATEGORIES.length] ?? 'other',
      lane: `lane-${Math.floor(random() * 3)}`,
      kind,
      start,
      end,
      open: false,
      minute: undefined,
      uncertain: fuzzy ? { earliest: from, latest: to - 1 } : undefined,
      endUncertain: undefined,
      from,
      to,
      significant: false,
      persons: [],
      agency: undefined,
      redacted: false,
    });
  }
  return entries.sort((a, b) => a.start - b.start || a.index - b.index);
}

function bruteForce(
  entries: readonly TimelineEntry[],
  lane: string,
  a: number,
  b: number,
): Set<string> {
  return new Set(
    entries.filter((e) => e.lane === lane && e.from <= b && e.to >= a).map((e) => e.id),
  );
}

/** Every entry in the window is drawn once, alone or in a cluster, and nothing else is. */
function expectExactCover(
  index: TimelineIndex,
  window: VisibleWindow,
  entries: readonly TimelineEntry[],
): void {
  for (const lane of window.lanes) {
    const expected = bruteForce(entries, lane.lane, window.startDay, window.endDay);
    const seen: string[] = lane.items.map((e) => e.id);
    let clustered = 0;
    for (const cluster of lane.clusters) {
      const members = clusterMembers(index, cluster);
      expect(members).to.have.length(cluster.count);
      const histogram = Object.values(cluster.categories).reduce((s, n) => s + (n ?? 0), 0);
      expect(histogram).to.equal(cluster.count);
      for (const m of members) {
        expect(m.from).to.be.at.least(cluster.startDay);
        expect(m.to).to.be.at.most(cluster.endDay);
      }
      seen.push(...members.map((e) => e.id));
      clustered += cluster.count;
    }
    expect(seen.length, 'no entry twice').to.equal(new Set(seen).size);
    expect(new Set(seen)).to.deep.equal(expected);
    expect(lane.total).to.equal(expected.size);
    expect(lane.items.length + clustered).to.equal(lane.total);
  }
}

describe('timeline model: visible window and clusters', () => {
  const entries = makeEntries(4000, 21);
  const index = createTimelineIndex(entries);

  it('indexes each lane sorted by drawn start, with the extent', () => {
    expect([...index.lanes.keys()].sort()).to.deep.equal(['lane-0', 'lane-1', 'lane-2']);
    for (const lane of index.lanes.values()) {
      for (let i = 1; i < lane.lo.length; i++) {
        expect(lane.lo[i]).to.be.at.least(lane.lo[i - 1] ?? -Infinity);
        expect(lane.maxHi[i]).to.be.at.least(lane.maxHi[i - 1] ?? -Infinity);
      }
    }
    expect(index.extent?.start).to.equal(Math.min(...entries.map((e) => e.from)));
    expect(index.extent?.end).to.equal(Math.max(...entries.map((e) => e.to)));
  });

  it('finds exactly the intersecting entries (property test over random windows)', () => {
    const random = mulberry32(99);
    for (let round = 0; round < 300; round++) {
      const a = random() * 4500 - 400;
      const b = a + (random() < 0.2 ? 0 : random() ** 3 * 4000);
      for (const lane of index.laneKeys) {
        const found = intersecting(index, lane, a, b).map((e) => e.id);
        expect(found.length).to.equal(new Set(found).size);
        expect(new Set(found)).to.deep.equal(bruteForce(entries, lane, a, b));
      }
    }
  });

  it('returns every intersecting entry one by one when aggregation is off', () => {
    const random = mulberry32(5);
    for (let round = 0; round < 100; round++) {
      const start = random() * 4000 - 200;
      const scale = new TimeScale(start, start + 1 + random() * 3000, 200 + random() * 1500);
      const window = queryVisible(index, scale, { maxPerBucket: Infinity, maxItems: Infinity });
      for (const lane of window.lanes) {
        expect(lane.clusters).to.deep.equal([]);
        expect(new Set(lane.items.map((e) => e.id))).to.deep.equal(
          bruteForce(entries, lane.lane, window.startDay, window.endDay),
        );
      }
    }
  });

  it('covers the window exactly with entries and clusters, within the budget', () => {
    const random = mulberry32(8);
    for (let round = 0; round < 100; round++) {
      const start = random() * 4000 - 200;
      const width = 200 + Math.floor(random() * 1500);
      const scale = new TimeScale(start, start + 1 + random() ** 2 * 4000, width);
      const options = {
        bucketPx: 4 + Math.floor(random() * 12),
        maxPerBucket: Math.floor(random() * 5),
        maxItems: 20 + Math.floor(random() * 300),
        marginPx: random() * 50,
      };
      const window = queryVisible(index, scale, options);
      expectExactCover(index, window, entries);
      const buckets = (width + 2 * options.marginPx) / options.bucketPx + 2;
      for (const lane of window.lanes) {
        expect(lane.items.length).to.be.at.most(options.maxItems);
        expect(lane.clusters.length).to.be.at.most(buckets);
        for (let i = 1; i < lane.clusters.length; i++) {
          expect(lane.clusters[i]?.bucketStartDay).to.be.at.least(
            lane.clusters[i - 1]?.bucketEndDay ?? Infinity,
          );
        }
      }
    }
  });

  it('keeps clusters in place while panning (an absolute bucket grid)', () => {
    const scale = new TimeScale(1000, 2000, 1000);
    const before = queryVisible(index, scale).lanes[0]?.clusters ?? [];
    const after = queryVisible(index, scale.panBy(40)).lanes[0]?.clusters ?? [];
    const inner = (c: { bucketStartDay: number; carriedFrom: number | undefined }) =>
      c.carriedFrom === undefined && c.bucketStartDay > 1100 && c.bucketStartDay < 1900;
    expect(after.filter(inner).map((c) => [c.bucketStartDay, c.count])).to.deep.equal(
      before.filter(inner).map((c) => [c.bucketStartDay, c.count]),
    );
  });

  it('queries only the lanes asked for, in that order', () => {
    const window = queryVisible(index, new TimeScale(0, 100, 500), { lanes: ['lane-2', 'nope'] });
    expect(window.lanes.map((l) => l.lane)).to.deep.equal(['lane-2', 'nope']);
    expect(window.lanes[1]).to.deep.equal({ lane: 'nope', items: [], clusters: [], total: 0 });
  });

  it('indexes collapsed lanes under their row with laneOf', () => {
    const { entries: sample } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });
    const layout = buildLanes(sampleModel, sample, { collapsed: ['looked-after'] });
    const collapsed = createTimelineIndex(sample, {
      laneOf: (e) => layout.rowOf.get(e.lane) ?? e.lane,
    });
    expect(collapsed.lanes.has('placements')).to.equal(false);
    expect(collapsed.lanes.get('looked-after')?.entries).to.have.length(
      layout.byId.get('looked-after')?.totalCount ?? -1,
    );
    const scale = new TimeScale(0, 1, 1200).fit(sample);
    const window = queryVisible(collapsed, scale, { maxPerBucket: Infinity, maxItems: Infinity });
    expect(window.lanes.reduce((sum, l) => sum + l.total, 0)).to.equal(sample.length);
  });

  it('indexes by rows exactly as by the equivalent laneOf, order within shared rows included', () => {
    const { entries: sample } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });
    for (const collapsed of [[], ['looked-after'], ['looked-after', 'child-protection']]) {
      const layout = buildLanes(sampleModel, sample, { collapsed });
      const byFunction = createTimelineIndex(sample, {
        laneOf: (e) => layout.rowOf.get(e.lane) ?? e.lane,
      });
      const byRows = createTimelineIndex(sample, { rows: layout.rowOf });
      expect(byRows.laneKeys).to.deep.equal(byFunction.laneKeys);
      for (const key of byFunction.laneKeys) {
        expect(byRows.lanes.get(key)?.entries.map((e) => e.id)).to.deep.equal(
          byFunction.lanes.get(key)?.entries.map((e) => e.id),
        );
      }
      expect(byRows.extent).to.deep.equal(byFunction.extent);
    }
  });

  it('turns 100,000 events on one day into a bounded number of clusters', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      type: i % 3 ? 'cp-visit' : 'core-group',
      date: `2024-03-01T${String(Math.floor((i % 1440) / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    }));
    const { entries: many, issues } = timelineEntries({ ...sampleCase, events }, sampleModel);
    expect(issues).to.deep.equal([]);
    const big = createTimelineIndex(many);
    const day = toDayNumber('2024-03-01');
    for (const scale of [
      new TimeScale(day - 3650, day + 3650, 1200),
      new TimeScale(day - 1, day + 2, 1200),
      new TimeScale(day, day + 1, 1200),
    ]) {
      const window = queryVisible(big, scale);
      const lane = window.lanes[0];
      expect(lane?.total).to.equal(100_000);
      expect(lane?.items.length).to.be.at.most(250);
      expect(lane?.clusters.length).to.be.at.most(1200 / 8 + 2);
      const counted =
        (lane?.items.length ?? 0) + (lane?.clusters ?? []).reduce((s, c) => s + c.count, 0);
      expect(counted).to.equal(100_000);
    }
    const zoomedOut = queryVisible(big, new TimeScale(day - 3650, day + 3650, 1200)).lanes[0];
    expect(zoomedOut?.clusters).to.have.length(1);
    expect(zoomedOut?.clusters[0]?.categories).to.deep.equal({
      visit: 66_666,
      'core-group': 33_334,
    });
  });

  it('bounds 100,000 events across 30 years in 8 lanes at every zoom', () => {
    const record = generateCase({
      seed: 4,
      persons: 30,
      events: 100_000,
      from: '1996-11-25',
      to: SAMPLE_TODAY,
    });
    const { entries: many } = timelineEntries(record, sampleModel, {
      today: SAMPLE_TODAY,
    });
    const big = createTimelineIndex(many);
    let scale = new TimeScale(0, 1, 1400).fit(many);
    for (let step = 0; step < 12; step++) {
      const window = queryVisible(big, scale, { maxItems: 250 });
      let drawn = 0;
      for (const lane of window.lanes) {
        expect(lane.items.length).to.be.at.most(250);
        drawn += lane.items.length + lane.clusters.length;
      }
      // Every lane together, at any zoom: well under a few thousand marks.
      expect(drawn).to.be.at.most(big.laneKeys.length * (250 + 1400 / 8 + 2));
      if (step === 0) {
        expect(window.lanes.reduce((s, l) => s + l.total, 0)).to.equal(many.length);
      }
      scale = scale.zoomAt(2.5, 700);
    }
  });

  it('returns nothing for an empty index', () => {
    const empty = createTimelineIndex([]);
    expect(empty.extent).to.equal(undefined);
    expect(queryVisible(empty, new TimeScale(0, 10, 100)).lanes).to.deep.equal([]);
    expect(intersecting(empty, 'x', 0, 10)).to.deep.equal([]);
  });
});
