/**
 * The visual timeline's layout helpers, without a browser fixture: what one frame draws (bounded
 * whatever the record holds, nothing overlapping), where the keyboard goes, and the statutory
 * clock rows.
 */
import { expect } from '@open-wc/testing';
import { clockMarkers, clockRows } from '../../src/components/timeline/clock-rows.js';
import {
  computeFrame,
  MARK_BUDGET,
  MAX_ROWS,
  ROW_HEIGHT,
  stepAcross,
  stepInLane,
  type EntryMark,
  type Frame,
  type GroupMark,
  type LaneRow,
} from '../../src/components/timeline/frame.js';
import {
  buildLanes,
  createTimelineIndex,
  TimeScale,
  timelineEntries,
  type TimelineEntry,
} from '../../src/model/index.js';
import { RANGE_SIZE } from '../../src/model/ranges.js';
import { evaluateClockTable } from '../../src/model/timescales/index.js';
import {
  generateCase,
  mulberry32,
  SAMPLE_TODAY,
  sampleCase,
  sampleModel,
} from '../../src/samples/index.js';
import { spansPath } from '../../src/components/timeline/visual.js';
import { model, record, TODAY } from './fixtures.js';

function frameOf(
  source: typeof record,
  scaleOf: (entries: readonly TimelineEntry[]) => TimeScale,
  m = model,
  today = TODAY,
): {
  frame: Frame;
  entries: readonly TimelineEntry[];
  index: ReturnType<typeof createTimelineIndex>;
} {
  const { entries } = timelineEntries(source, m, { today });
  const layout = buildLanes(m, entries, { hideEmpty: true });
  const index = createTimelineIndex(entries, { laneOf: (e) => layout.rowOf.get(e.lane) ?? e.lane });
  const frame = computeFrame(index, layout, scaleOf(entries), {
    labelOf: (e) => e.event.title ?? e.type,
  });
  return { frame, entries, index };
}

const whole = (entries: readonly TimelineEntry[]) => new TimeScale(0, 1, 800).fit(entries, 0.05);

describe('timeline frame', () => {
  it('draws each entry of a small record once, in its lane row, left to right', () => {
    const { frame } = frameOf(record, whole);
    expect(frame.rows.map((r) => r.key)).to.deep.equal(['social-care', 'police']);
    const keys = frame.rows.flatMap((r) => r.marks.map((m) => m.key));
    expect(keys).to.have.length(5);
    expect(new Set(keys).size).to.equal(5);
    for (const row of frame.rows) {
      const xs = row.marks.map((m) => Math.round(m.x0));
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
      expect(row.height).to.equal(Math.max(1, row.rows) * ROW_HEIGHT + 8);
    }
    expect(frame.total).to.equal(5);
  });

  it('stacks marks of one row so they never overlap', () => {
    const { frame } = frameOf(sampleCase, whole, sampleModel, SAMPLE_TODAY);
    for (const row of frame.rows) {
      const entries = row.marks.filter((m): m is EntryMark => m.type === 'entry');
      for (const a of entries) {
        for (const b of entries) {
          if (a === b || a.row !== b.row || a.entry.kind !== 'period' || b.entry.kind !== 'period')
            continue;
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0;
          expect(apart, `${a.key} and ${b.key}`).to.equal(true);
        }
      }
      expect(Math.max(0, ...row.marks.map((m) => m.row))).to.be.lessThan(MAX_ROWS);
    }
  });

  it('keeps "+N more" badges in the last row clear of each other, however long their text', () => {
    const child = sampleCase.index ?? '';
    // Three long placements fill the rows; one-day placements every other day overflow.
    const events = [
      ...[0, 1, 2].map((i) => ({
        id: `long-${i}`,
        type: 'placement',
        date: '2026-02-01',
        end: '2026-05-01',
        persons: [child],
      })),
      ...Array.from({ length: 30 }, (_, i) => {
        const date = `2026-03-${String(1 + 2 * Math.floor(i / 2)).padStart(2, '0')}`;
        return { id: `short-${i}`, type: 'placement', date, end: date, persons: [child] };
      }),
    ];
    const { entries } = timelineEntries({ ...sampleCase, events }, sampleModel, {
      today: SAMPLE_TODAY,
    });
    const layout = buildLanes(sampleModel, entries, { hideEmpty: true });
    const index = createTimelineIndex(entries, { rows: layout.rowOf });
    const scale = TimeScale.fromDates('2026-02-20', '2026-03-25', 800);
    const countOf = (text: (n: number) => string) => {
      const frame = computeFrame(index, layout, scale, { labelOf: () => '', countText: text });
      const more = frame.rows
        .flatMap((r) => r.marks)
        .filter((m): m is GroupMark => m.type === 'more');
      for (let i = 1; i < more.length; i++) {
        expect(more[i]!.x0, `badge ${i}`).to.be.at.least(more[i - 1]!.x1 + 1);
        expect(more[i]!.row).to.equal(MAX_ROWS - 1);
      }
      return { badges: more.length, count: more.reduce((n, m) => n + m.count, 0) };
    };
    const short = countOf(String);
    // Badges four times as wide stand for the same entries, fewer of them.
    const long = countOf((n) => `${n} entries`);
    expect(short.badges).to.be.greaterThan(3);
    expect(long.badges).to.be.lessThan(short.badges);
    expect(long.count).to.equal(short.count);
  });

  it('stays within its budget for 100,000 entries, zoomed out or in', function () {
    this.timeout(60_000);
    const big = generateCase({ seed: 3, persons: 40, events: 100_000 });
    const { entries } = timelineEntries(big as typeof record, sampleModel, { today: SAMPLE_TODAY });
    const layout = buildLanes(sampleModel, entries, { hideEmpty: true });
    const index = createTimelineIndex(entries, {
      laneOf: (e) => layout.rowOf.get(e.lane) ?? e.lane,
    });
    let scale = new TimeScale(0, 1, 1100).fit(entries, 0.02);
    for (let i = 0; i < 8; i++) {
      const frame = computeFrame(index, layout, scale, { labelOf: () => 'Visit' });
      const drawn = frame.rows.flatMap((r) => r.marks);
      const single = drawn.filter((m) => m.type === 'entry').length;
      expect(single).to.be.at.most(MARK_BUDGET + layout.visible.length);
      expect(drawn.length).to.be.lessThan(1500);
      const counted = drawn.reduce((n, m) => n + (m.type === 'entry' ? 1 : m.count), 0);
      expect(counted).to.equal(frame.total);
      scale = scale.zoomAt(3);
    }
  });

  it('steps through a lane in time, and past the window to the next entry', () => {
    const narrow = () => TimeScale.fromDates('2018-06-01', '2019-12-31', 800);
    const { frame, index } = frameOf(record, narrow);
    const row = frame.rows.find((r) => r.key === 'social-care') as LaneRow;
    expect(row.marks).to.have.length(1);
    const step = stepInLane(index, row, row.marks[0]!, 1, 800);
    expect(step && 'day' in step ? step.lane : undefined).to.equal('social-care');
    expect(stepInLane(index, row, row.marks[0]!, -1, 800)).to.equal(undefined);
    const all = frameOf(record, whole);
    const social = all.frame.rows[0]!;
    const next = stepInLane(all.index, social, social.marks[0]!, 1, 800);
    expect(next && 'mark' in next ? next.mark.key : undefined).to.equal(social.marks[1]!.key);
    const below = stepAcross(all.frame, social, social.marks[1]!, 1);
    expect(below?.type === 'entry' ? below.entry.id : undefined).to.equal('e-police');
    expect(stepAcross(all.frame, social, social.marks[1]!, -1)).to.equal(undefined);
  });
});

describe('timeline clock rows', () => {
  it('draws one row per rule, marks restarts, and keeps the most urgent of close markers', () => {
    const clocks = evaluateClockTable(sampleModel, sampleCase, { today: '2027-03-01' });
    const rows = clockRows(clocks, sampleModel, sampleCase.events ?? [], '2027-03-01');
    expect(rows.map((r) => r.rule)).to.include('looked-after-visits');
    const visits = rows.find((r) => r.rule === 'looked-after-visits')!;
    expect(visits.restarts.length).to.be.greaterThan(0);
    expect(visits.points.some((p) => p.status === 'overdue')).to.equal(true);
    const narrow = new TimeScale(visits.points[0]!.due - 2000, visits.points.at(-1)!.due + 10, 20);
    const markers = clockMarkers(visits, narrow);
    expect(markers.length).to.be.lessThan(visits.points.length);
    expect(markers.map((m) => m.status)).to.include('overdue');
  });

  it('keeps only the clocks asked for, and counts a restart only among the anchors kept', () => {
    const clocks = evaluateClockTable(sampleModel, sampleCase, { today: '2027-03-01' });
    const events = sampleCase.events ?? [];
    const all = clockRows(clocks, sampleModel, events, '2027-03-01');
    const visits = all.find((r) => r.rule === 'looked-after-visits')!;
    const onlyVisits = clockRows(
      clocks,
      sampleModel,
      events,
      '2027-03-01',
      (i) => clocks.ruleOf(i) === 'looked-after-visits',
    );
    expect(onlyVisits.map((r) => r.rule)).to.deep.equal(['looked-after-visits']);
    expect(onlyVisits[0]!.points).to.deep.equal(visits.points);
    expect(onlyVisits[0]!.restarts).to.deep.equal(visits.restarts);
    // Without the first chain, its restart becomes the first anchor: no longer a restart.
    const first = clocks.anchorPositionOf(
      [...Array(clocks.length).keys()].find((i) => clocks.ruleOf(i) === 'looked-after-visits')!,
    );
    const later = clockRows(clocks, sampleModel, events, '2027-03-01', (i) => {
      return clocks.ruleOf(i) === 'looked-after-visits' && clocks.anchorPositionOf(i) !== first;
    });
    expect(later[0]!.restarts.length).to.equal(visits.restarts.length - 1);
  });

  it('puts every clock of a long table in its rule’s row, in due order', () => {
    const long = generateCase({ seed: 4, persons: 30, events: 6000, model: sampleModel });
    const clocks = evaluateClockTable(sampleModel, long, { today: '2027-03-01' });
    // Long enough for several ranges of the pass over the clocks (model/ranges.ts).
    expect(clocks.length).to.be.greaterThan(RANGE_SIZE * 2);
    const rows = clockRows(clocks, sampleModel, long.events ?? [], '2027-03-01');
    const dues = new Map<string, number[]>();
    for (let i = 0; i < clocks.length; i++) {
      const rule = clocks.ruleOf(i);
      dues.set(rule, [...(dues.get(rule) ?? []), clocks.dueDayOf(i)]);
    }
    expect(rows.map((r) => r.rule)).to.deep.equal([...dues.keys()]);
    for (const row of rows) {
      const expected = [...(dues.get(row.rule) ?? [])].sort((a, b) => a - b);
      expect(
        row.points.map((p) => p.due),
        row.rule,
      ).to.deep.equal(expected);
      expect([...row.dues], row.rule).to.deep.equal(expected);
    }
  });
});

describe('timeline proceedings row', () => {
  /** The rectangles of a path written by `spansPath`, as [left, right] (rounded as written). */
  const rects = (d: string): [number, number][] =>
    [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v/g)].map((m) => [
      Number(m[1]),
      Number(m[1]) + Number(m[3]),
    ]);

  it('draws separate bars as before, and overlapping or touching ones as one', () => {
    expect(spansPath([], 0, 12)).to.equal('');
    expect(spansPath([10, 20, 40, 60], 5, 12)).to.equal('M10 5h10v12h-10zM40 5h20v12h-20z');
    expect(rects(spansPath([10, 30, 25, 40, 40, 45, 60, 70], 0, 6))).to.deep.equal([
      [10, 45],
      [60, 70],
    ]);
    // Out of order (an extension of an earlier bar ending later): sorted first.
    expect(rects(spansPath([50, 60, 10, 20, 15, 55], 0, 6))).to.deep.equal([[10, 60]]);
  });

  it('covers every bar and nothing else (seeded spans)', () => {
    const random = mulberry32(5);
    for (let n = 0; n < 300; n++) {
      const spans: number[] = [];
      const count = 1 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) {
        const left = Math.round(random() * 1000);
        spans.push(left, left + 1 + Math.round(random() * 80));
      }
      const out = rects(spansPath(spans, 0, 6));
      for (let i = 0; i < out.length - 1; i++) expect(out[i + 1]![0]).to.be.greaterThan(out[i]![1]);
      for (let i = 0; i < spans.length; i += 2) {
        const [left, right] = [spans[i]!, spans[i + 1]!];
        expect(
          out.some(([a, b]) => a <= left && b >= right),
          `${left}-${right}`,
        ).to.equal(true);
      }
      const covered = (x: number) =>
        spans.some((_, i) => i % 2 === 0 && spans[i]! <= x && x <= spans[i + 1]!);
      for (const [a, b] of out) {
        for (let x = a; x <= b; x += 0.5) expect(covered(x), `${x} in ${a}-${b}`).to.equal(true);
      }
    }
  });
});
