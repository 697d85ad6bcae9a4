import { expect } from '@open-wc/testing';
import type { CaseRecord } from '../../src/model/index.js';
import {
  estimateLabelPx,
  stackLane,
  timelineEntries,
  TimeScale,
  type StackItem,
  type StackResult,
} from '../../src/model/timeline/index.js';
import { mulberry32, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const point = (start: number): StackItem => ({ kind: 'point', start, end: start });
const period = (start: number, end: number): StackItem => ({ kind: 'period', start, end });

/** Every pair of items in one row is apart by at least `gap` pixels. */
function expectNoOverlap(result: StackResult, gap: number): void {
  const rows = new Map<number, number[]>();
  result.row.forEach((r, i) => {
    if (r < 0) return;
    const list = rows.get(r) ?? [];
    list.push(i);
    rows.set(r, list);
  });
  for (const [r, list] of rows) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a] as number;
        const j = list[b] as number;
        const apart =
          (result.x1[i] ?? 0) + gap <= (result.x0[j] ?? 0) ||
          (result.x1[j] ?? 0) + gap <= (result.x0[i] ?? 0);
        expect(apart, `items ${i} and ${j} overlap in row ${r}`).to.equal(true);
      }
    }
  }
}

/** The most items that overlap (with the gap) at any one place: no stacking can use fewer rows. */
function depth(result: StackResult, gap: number): number {
  const events: Array<[number, number]> = [];
  for (let i = 0; i < result.x0.length; i++) {
    events.push([result.x0[i] ?? 0, 1]);
    events.push([(result.x1[i] ?? 0) + gap, -1]);
  }
  // An item starting exactly where another ends (with the gap) may share its row.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, delta] of events) {
    open += delta;
    most = Math.max(most, open);
  }
  return most;
}

function generated(count: number, seed: number): StackItem[] {
  const random = mulberry32(seed);
  const items: StackItem[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * 3650) + (random() < 0.3 ? random() : 0);
    if (random() < 0.6) items.push(point(start));
    else items.push(period(start, start + random() * 400));
    if (random() < 0.05) {
      const last = items[items.length - 1] as StackItem;
      items[items.length - 1] = { ...last, from: last.start - 30, to: last.end + 30 };
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

describe('timeline model: stacking', () => {
  it('shares a row between items that do not touch and stacks those that do', () => {
    const result = stackLane([period(0, 10), period(5, 20), period(12, 30), period(31, 40)], 10, {
      gapPx: 4,
    });
    // The last starts 10 px after the third ends: row 0 is free again (the lowest free row).
    expect([...result.row]).to.deep.equal([0, 1, 0, 0]);
    expect(result.rows).to.equal(2);
    expect(result.overflow).to.deep.equal([]);
  });

  it('puts each item in the lowest free row', () => {
    const result = stackLane(
      [period(0, 100), period(0, 10), period(0, 50), period(20, 30), period(60, 70)],
      1,
      { gapPx: 0 },
    );
    // At day 20, rows 1 (ended 10) is free; at day 60, rows 1 and 2 are free: row 1 is taken.
    expect([...result.row]).to.deep.equal([0, 1, 2, 1, 1]);
  });

  it('takes a point as its marker plus its label', () => {
    const titled = {
      ...point(10),
      event: { id: 'e', type: 't', date: '2024-01-01', title: 'Twelve chars' },
    };
    const result = stackLane([titled, point(12)], 10, { markerPx: 10, gapPx: 2 });
    expect(result.x0[0]).to.equal(95);
    expect(result.x1[0]).to.equal(105 + estimateLabelPx('Twelve chars'));
    expect([...result.row]).to.deep.equal([0, 1]);
    const unlabelled = stackLane([titled, point(12)], 10, {
      markerPx: 10,
      gapPx: 2,
      labelPx: () => 0,
    });
    expect([...unlabelled.row]).to.deep.equal([0, 0]);
  });

  it('gives very short periods a minimum width and counts fuzzy bands as taken', () => {
    const result = stackLane([period(0, 0), period(0.1, 0.1)], 1, { minPeriodPx: 3, gapPx: 0 });
    expect(result.x1[0]).to.equal(3);
    expect([...result.row]).to.deep.equal([0, 1]);
    const fuzzy: StackItem = { kind: 'point', start: 100, end: 100, from: 80, to: 120 };
    const stacked = stackLane([point(85), fuzzy], 1, { markerPx: 2, gapPx: 0, labelPx: () => 0 });
    // The fuzzy band starts further left, so it is placed first.
    expect([...stacked.row]).to.deep.equal([1, 0]);
    const ignored = stackLane([point(85), fuzzy], 1, {
      markerPx: 2,
      gapPx: 0,
      labelPx: () => 0,
      includeUncertain: false,
    });
    expect([...ignored.row]).to.deep.equal([0, 0]);
  });

  it('orders same-day points by time, then record order', () => {
    const events = [
      { id: 'c', type: 'referral', date: '2024-03-01T15:00' },
      { id: 'a', type: 'referral', date: '2024-03-01' },
      { id: 'b', type: 'referral', date: '2024-03-01' },
      { id: 'd', type: 'referral', date: '2024-03-01T09:30' },
    ];
    const record: CaseRecord = { ...sampleCase, events };
    const { entries } = timelineEntries(record, sampleModel);
    expect(entries.map((e) => e.id)).to.deep.equal(['a', 'b', 'd', 'c']);
    // Zoomed out, the four share a pixel: they stack top to bottom in that order.
    const result = stackLane(entries, 0.01);
    expect([...result.row]).to.deep.equal([0, 1, 2, 3]);
  });

  it('is the same wherever the view is panned to', () => {
    const items = generated(300, 3);
    const a = stackLane(items, new TimeScale(0, 1000, 1000));
    const b = stackLane(items, new TimeScale(-5000, -4000, 1000));
    expect([...a.row]).to.deep.equal([...b.row]);
  });

  it('never overlaps in a row and uses the fewest rows (5,000 generated items)', () => {
    const items = generated(5000, 11);
    for (const ppd of [0.05, 0.5, 3]) {
      const result = stackLane(items, ppd, { maxRows: 100_000, gapPx: 4 });
      expect(result.overflow).to.deep.equal([]);
      expect(result.row.every((r) => r >= 0)).to.equal(true);
      expectNoOverlap(result, 4);
      expect(result.rows).to.equal(depth(result, 4));
    }
  });

  it('overflows past maxRows into "+N more" groups that count every item left out', () => {
    const items = generated(5000, 5);
    const result = stackLane(items, 0.5, { maxRows: 4 });
    expect(result.rows).to.equal(4);
    expectNoOverlap(result, 4);
    const left = [...result.row].filter((r) => r < 0).length;
    expect(left).to.be.greaterThan(0);
    expect(result.overflow.reduce((sum, g) => sum + g.count, 0)).to.equal(left);
    expect(result.overflowItems.length).to.equal(left);
    for (const group of result.overflow) {
      expect(group.x1).to.be.at.least(group.x0);
      expect(group.endDay).to.be.at.least(group.startDay);
      for (let k = group.offset; k < group.offset + group.count; k++) {
        expect(result.row[result.overflowItems[k] ?? 0]).to.equal(-1);
      }
    }
    for (let g = 1; g < result.overflow.length; g++) {
      expect(result.overflow[g]?.x0).to.be.greaterThan(result.overflow[g - 1]?.x1 ?? Infinity);
    }
  });

  it('handles 100,000 items on one day: maxRows rows and one overflow group', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => point(19_000 + (i % 1440) / 1440));
    const result = stackLane(items, 0.1, { maxRows: 6 });
    expect(result.rows).to.equal(6);
    expect(result.overflow).to.have.length(1);
    expect(result.overflow[0]?.count).to.equal(100_000 - 6);
  });

  it('stacks the sample case lanes without overlap', () => {
    const { entries } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });
    const scale = new TimeScale(0, 1, 1000).fit(entries);
    for (const lane of new Set(entries.map((e) => e.lane))) {
      const items = entries.filter((e) => e.lane === lane);
      const result = stackLane(items, scale, { maxRows: 1000 });
      expectNoOverlap(result, 4);
      expect(result.rows).to.equal(depth(result, 4));
    }
  });

  it('copes with nonsense zoom and options', () => {
    const items = generated(50, 1);
    for (const zoom of [0, -1, Number.NaN, Infinity]) {
      const result = stackLane(items, zoom, { maxRows: 0, markerPx: -3, gapPx: Number.NaN });
      expect(result.rows).to.be.at.most(1);
      expect(result.row).to.have.length(50);
    }
    expect(stackLane([], 1).rows).to.equal(0);
  });
});
