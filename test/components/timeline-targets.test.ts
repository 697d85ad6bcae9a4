/**
 * WCAG 2.2 2.5.8 (target size, minimum) for the drawing: every mark, badge and "+N more" is either
 * at least 24 by 24 pixels or far enough from every other one that a 24-pixel circle centred on it
 * touches no other target and no other small target's circle. Measured on the rendered page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/timeline/practice-timeline.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { generateCase, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import { deepElements, within } from './fixtures.js';

const TARGET = 24;
/** Positions are drawn to a tenth of a pixel. */
const EPSILON = 0.05;

interface Target {
  readonly name: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The drawing's targets (marks, badges) that are at least partly inside the visible drawing. */
function targets(el: PracticeTimeline): Target[] {
  const canvas = within<SVGSVGElement>(el, 'svg.canvas')[0]!.getBoundingClientRect();
  return within<SVGGraphicsElement>(el, 'svg.canvas [data-key]')
    .map((mark) => {
      const r = mark.getBoundingClientRect();
      return {
        name: mark.getAttribute('aria-label') ?? '',
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
      };
    })
    .filter(
      (t) => t.x1 > canvas.left && t.x0 < canvas.right && t.y1 > canvas.top && t.y0 < canvas.bottom,
    );
}

const undersized = (t: Target) => t.x1 - t.x0 < TARGET || t.y1 - t.y0 < TARGET;
const centre = (t: Target) => ({ x: (t.x0 + t.x1) / 2, y: (t.y0 + t.y1) / 2 });

function distanceToBox(p: { x: number; y: number }, t: Target): number {
  const dx = Math.max(t.x0 - p.x, 0, p.x - t.x1);
  const dy = Math.max(t.y0 - p.y, 0, p.y - t.y1);
  return Math.hypot(dx, dy);
}

/**
 * Pairs that break the spacing exception, and the least distance between the centres of two
 * small targets.
 */
function spacing(list: readonly Target[]): { problems: string[]; least: number } {
  const problems: string[] = [];
  let least = Infinity;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const ca = centre(a);
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      const cb = centre(b);
      const small = [undersized(a), undersized(b)];
      if (small[0] && small[1]) {
        const d = Math.hypot(ca.x - cb.x, ca.y - cb.y);
        least = Math.min(least, d);
        if (d < TARGET - EPSILON) problems.push(`${a.name} / ${b.name}: ${d.toFixed(1)} px apart`);
      }
      if (small[0] && distanceToBox(ca, b) < TARGET / 2 - EPSILON) {
        problems.push(`the circle of ${a.name} reaches ${b.name}`);
      }
      if (small[1] && distanceToBox(cb, a) < TARGET / 2 - EPSILON) {
        problems.push(`the circle of ${b.name} reaches ${a.name}`);
      }
    }
  }
  return { problems, least };
}

async function timeline(record: unknown, width = 1000): Promise<PracticeTimeline> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.style.setProperty('width', `${width}px`);
  const el = document.createElement('practice-timeline');
  Object.assign(el, { model: sampleModel, record, today: SAMPLE_TODAY });
  host.append(el);
  for (let i = 0; i < 3; i++) await el.updateComplete;
  return el;
}

/** Checks the current frame and says how many targets it drew. */
function expectSpacedTargets(el: PracticeTimeline, where: string): number {
  const list = targets(el);
  const { problems, least } = spacing(list);
  expect(problems, `${where}: ${problems.slice(0, 5).join('; ')}`).to.deep.equal([]);
  if (Number.isFinite(least)) expect(least, where).to.be.at.least(TARGET - EPSILON);
  return list.length;
}

describe('<practice-timeline> target size (WCAG 2.5.8)', () => {
  it('spaces the marks of the sample case at least 24 pixels apart, fitted and zoomed in', async () => {
    const el = await timeline(sampleCase);
    expect(expectSpacedTargets(el, 'fitted')).to.be.greaterThan(20);
    for (let i = 1; i <= 3; i++) {
      el.zoomIn();
      await el.updateComplete;
      expectSpacedTargets(el, `zoomed in ${i} times`);
    }
  });

  it('spaces entries, clusters and "+N more" badges of a dense case at every zoom, in a small page', async function () {
    this.timeout(30000);
    const dense = generateCase({ seed: 11, persons: 30, events: 5000 });
    const el = await timeline(dense, 900);
    let drawn = expectSpacedTargets(el, 'fitted');
    expect(drawn).to.be.greaterThan(50);
    expect(within(el, '.badge').length, 'badges in the fitted view').to.be.greaterThan(0);
    for (let i = 1; i <= 8; i++) {
      el.zoomIn();
      await el.updateComplete;
      drawn = expectSpacedTargets(el, `zoomed in ${i} times`);
      el.panBy(317);
      await el.updateComplete;
      expectSpacedTargets(el, `zoomed in ${i} times, then moved`);
    }
    expect(drawn).to.be.greaterThan(0);
    expect(deepElements(el).length).to.be.lessThan(3000);
  });

  it('keeps each "+N more" badge clear of the next, though a badge is wider than its entries', async () => {
    const child = sampleCase.index ?? '';
    // Three long placements fill the rows; two one-day placements every other day overflow.
    const long = [0, 1, 2].map((i) => ({
      id: `long-${i}`,
      type: 'placement',
      date: '2026-02-01',
      end: '2026-05-01',
      persons: [child],
    }));
    const short = Array.from({ length: 30 }, (_, i) => {
      const date = `2026-03-${String(1 + 2 * Math.floor(i / 2)).padStart(2, '0')}`;
      return { id: `short-${i}`, type: 'placement', date, end: date, persons: [child] };
    });
    const el = await timeline({ ...sampleCase, events: [...long, ...short] });
    for (const [from, to] of [
      ['2026-02-01', '2026-04-01'],
      ['2026-02-20', '2026-03-25'],
    ] as const) {
      el.showRange(from, to);
      await el.updateComplete;
      expect(within(el, '.badge.more').length, `${from} to ${to}`).to.be.greaterThan(3);
      expectSpacedTargets(el, `${from} to ${to}`);
    }
  });

  it('makes every control outside the drawing at least 24 by 24 pixels, in each view', async () => {
    const el = await timeline(sampleCase);
    // The chronology page and the sections under the drawing come at the first idle moment.
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
    await el.updateComplete;
    const small = (where: string): string[] =>
      within<HTMLElement>(el, 'button, select, input, summary, a[href]')
        .filter((control) => control.getClientRects().length > 0)
        // Links inside a sentence are exempt (the "inline" exception).
        .filter((control) => !control.classList.contains('link-button'))
        .filter((control) => {
          const r = control.getBoundingClientRect();
          return r.width < TARGET - EPSILON || r.height < TARGET - EPSILON;
        })
        .map((control) => {
          const r = control.getBoundingClientRect();
          const name =
            control.getAttribute('aria-label') ?? (control.textContent ?? '').trim().slice(0, 30);
          return `${where}: ${control.localName}.${control.className} "${name}" ${r.width.toFixed(0)}x${r.height.toFixed(0)}`;
        });
    const problems = small('timeline');
    expect(within(el, '.lane-toggle').length, 'lane toggles in the sample case').to.be.greaterThan(
      0,
    );
    expect(within(el, 'table').length, 'the chronology page is shown').to.be.greaterThan(0);
    for (const view of ['table', 'court'] as const) {
      el.view = view;
      await el.updateComplete;
      problems.push(...small(view));
    }
    expect(problems.length, problems.slice(0, 8).join('\n')).to.equal(0);
  });
});
