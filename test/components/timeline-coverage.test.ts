/**
 * Requirements of `<practice-timeline>` (issue 5) that work but had no test that could fail: print,
 * pinch zoom, "Go to today", same-day order in a lane, met-late markers and compliance counts, and
 * both the timeline and the assessment under forced colours and print media.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import '../../src/components/timeline/practice-timeline.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { definePracticeModel, type CaseRecordInput } from '../../src/model/index.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import { model, modelInput, record, recordInput, TODAY, within } from './fixtures.js';

async function timeline(props: Partial<PracticeTimeline> = {}): Promise<PracticeTimeline> {
  const el = await fixture<PracticeTimeline>(
    html`<practice-timeline .model=${model} .record=${record} today=${TODAY}></practice-timeline>`,
  );
  Object.assign(el, props);
  await settle(el);
  return el;
}

async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** The cells of each body row of the chronology table, white space collapsed. */
function rows(el: PracticeTimeline): string[][] {
  return within(el, 'table[part~="table"] tbody tr').map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The accessible names of the drawn marks of one lane, in document order. */
function laneMarks(el: PracticeTimeline, lane: string): string[] {
  const group = within(el, 'svg.canvas g.lane').find((g) => g.getAttribute('aria-label') === lane);
  if (!group) throw new Error(`no lane ${lane}`);
  return [...group.querySelectorAll('[data-key]')].map((m) => m.getAttribute('aria-label') ?? '');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 March 2024" as a day number (days since 1970-01-01). */
function dayOf(text: string): number {
  const match = /^(\d{1,2}) (\w+) (\d{1,4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2]!) : -1;
  if (!match || month < 0) throw new Error(`not a date: ${text}`);
  return Date.UTC(Number(match[3]), month, Number(match[1])) / 86_400_000;
}

/** The window the drawing shows, as day numbers, from "Showing 1 March 2024 to 2 April 2024". */
function shown(el: PracticeTimeline): { start: number; end: number; span: number } {
  const text = within(el, '.range')[0]!.textContent!.trim();
  const match = /^Showing (.+) to (.+)$/.exec(text);
  if (!match) throw new Error(`not a range: ${text}`);
  const start = dayOf(match[1]!);
  const end = dayOf(match[2]!);
  return { start, end, span: end - start + 1 };
}

/** Waits until the range text changes (gestures apply at the next animation frame). */
async function rangeChange(el: PracticeTimeline, from: string): Promise<string> {
  const range = () => within(el, '.range')[0]!.textContent!;
  for (let i = 0; i < 40 && range() === from; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
  }
  return range();
}

/** Replaces `window.print` while `run` goes on; `onPrint` runs where the print dialog would open. */
async function withPrintStub(onPrint: () => void, run: () => Promise<void>): Promise<void> {
  const original = window.print;
  window.print = onPrint;
  try {
    await run();
  } finally {
    window.print = original;
  }
}

/** True when the element is rendered (not display: none, itself or above, even across shadow roots). */
function isShown(element: Element): boolean {
  return element.checkVisibility();
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('<practice-timeline> coverage', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  describe('print', () => {
    /** The fixture's five entries and sixty visits in 2023: more than a page of the table. */
    const longRecord: CaseRecordInput = {
      ...structuredClone(recordInput),
      events: [
        ...structuredClone(recordInput.events!),
        ...Array.from({ length: 60 }, (_, i) => ({
          id: `visit-${i}`,
          type: 'visit',
          date: `2023-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
          title: `Visit ${i + 1}`,
        })),
      ],
    };

    it('prints the table with every row and no pager, the drawing and controls left out', async () => {
      const el = await timeline({ record: longRecord, audience: 'family' });
      expect(rows(el)).to.have.length(50);
      expect(within(el, '[part="pager"]')).to.have.length(1);
      await emulateMedia({ media: 'print' });
      const printed: {
        rows: string[][];
        pagers: number;
        withheld: number;
        text: string;
        drawing: boolean;
        controls: boolean;
        table: boolean;
      }[] = [];
      await withPrintStub(
        () =>
          printed.push({
            rows: rows(el),
            pagers: within(el, '[part="pager"]').length,
            withheld: within(el, 'tr[part~="withheld"]').length,
            text: el.shadowRoot!.textContent ?? '',
            drawing: isShown(within(el, '[part="visual"]')[0]!),
            controls: within(el, '[part="views"], [part="toolbar"], [part="export"]').some(isShown),
            table: isShown(within(el, 'table[part~="table"]')[0]!),
          }),
        async () => {
          within<HTMLButtonElement>(el, '[part="export"] [data-export="print"]')[0]!.click();
          for (let i = 0; i < 40 && printed.length === 0; i++) await settle(el);
        },
      );
      expect(printed).to.have.length(1);
      const [page] = printed;
      expect(page!.rows).to.have.length(65);
      expect(page!.pagers).to.equal(0);
      expect(page!.table).to.equal(true);
      expect(page!.drawing).to.equal(false);
      expect(page!.controls).to.equal(false);
      // The family sees the neighbour's call-out only as withheld, in print as on screen.
      expect(page!.withheld).to.equal(1);
      expect(page!.text).to.contain('Information withheld');
      expect(page!.text).not.to.contain('Neighbour reported shouting');
      expect(page!.text).not.to.contain('Metropolitan Police');
      // After printing, the table is paged again.
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(rows(el)).to.have.length(50);
      expect(within(el, '[part="pager"]')).to.have.length(1);
    });

    it('prints the table and court views whole, leaving out entries hidden from the audience', async () => {
      const el = await timeline({
        record: longRecord,
        audience: 'not-in-the-model',
        view: 'table',
        pageSize: 10,
      });
      expect(rows(el)).to.have.length(10);
      const printed: string[][][] = [];
      await withPrintStub(
        () => printed.push(rows(el)),
        async () => {
          await el.print();
        },
      );
      expect(printed).to.have.length(1);
      // Sixty-four: the neighbour's call-out is removed for a hiding audience.
      expect(printed[0]).to.have.length(64);
      expect(printed[0]!.flat().join(' ')).not.to.contain('shouting');
      expect(within(el, '[part="pager"]')).to.have.length(0);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(rows(el)).to.have.length(10);

      const court = await timeline({
        record: {
          ...structuredClone(recordInput),
          events: Array.from({ length: 12 }, (_, i) => ({
            id: `r${i}`,
            type: 'referral',
            date: `2023-${pad(i + 1)}-10`,
            title: `Referral ${i + 1}`,
          })),
        },
        view: 'court',
        pageSize: 5,
      });
      expect(rows(court)).to.have.length(5);
      const courtPrinted: string[][][] = [];
      await withPrintStub(
        () => courtPrinted.push(rows(court)),
        () => court.print(),
      );
      expect(courtPrinted[0]!.map((r) => r[0])).to.deep.equal(
        Array.from({ length: 12 }, (_, i) => String(i + 1)),
      );
      expect(within(court, '[part="pager"]')).to.have.length(0);
      window.dispatchEvent(new Event('afterprint'));
      await settle(court);
    });
  });

  describe('pinch zoom', () => {
    it('zooms in when two pointers spread apart and out when they pinch together', async () => {
      const el = await timeline();
      const plot = within(el, '.plot')[0]!;
      const box = plot.getBoundingClientRect();
      const pointer = (type: string, id: number, x: number) =>
        plot.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            composed: true,
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            clientX: box.left + x,
            clientY: box.top + 60,
          }),
        );
      const whole = shown(el);
      const before = within(el, '.range')[0]!.textContent!;
      // The day under the pointers' midpoint stays where it is.
      const dayAt = (range: { start: number; span: number }, x: number) =>
        range.start + (x / box.width) * range.span;
      const anchor = dayAt(whole, 400);
      pointer('pointerdown', 1, 300);
      pointer('pointerdown', 2, 400);
      pointer('pointermove', 2, 500);
      pointer('pointerup', 2, 500);
      pointer('pointerup', 1, 300);
      const spreadText = await rangeChange(el, before);
      expect(spreadText).not.to.equal(before);
      const spread = shown(el);
      // Twice the distance between the fingers: half as many days (within a day of rounding).
      expect(spread.span).to.be.closeTo(whole.span / 2, 2);
      expect(dayAt(spread, 400)).to.be.closeTo(anchor, whole.span * 0.02);

      pointer('pointerdown', 3, 200);
      pointer('pointerdown', 4, 600);
      pointer('pointermove', 4, 300);
      pointer('pointerup', 4, 300);
      pointer('pointerup', 3, 200);
      await rangeChange(el, spreadText);
      expect(shown(el).span).to.be.greaterThan(spread.span * 3);
    });
  });

  describe('today', () => {
    it('moves the window to include today with "Go to today", keeping the zoom', async () => {
      const el = await timeline({ from: '2017-01-01', to: '2017-12-31' });
      const today = dayOf('1 March 2024');
      const before = shown(el);
      expect(before.end).to.be.lessThan(today);
      expect(within(el, 'svg.canvas .today')).to.have.length(0);
      const go = within<HTMLButtonElement>(el, '[part="toolbar"] [data-action="today"]')[0]!;
      expect(go.textContent!.trim()).to.equal('Go to today');
      go.click();
      await settle(el);
      const after = shown(el);
      expect(after.start).to.be.at.most(today);
      expect(after.end).to.be.at.least(today);
      expect(after.span).to.be.closeTo(before.span, 2);
      expect(within(el, 'svg.canvas .today text')[0]!.textContent!.trim()).to.equal('Today');
    });
  });

  describe('same-day order', () => {
    /** Four entries on 10 February 2024 in the social care lane, in this record order. */
    const sameDay: CaseRecordInput = {
      ...structuredClone(recordInput),
      events: [
        { id: 'afternoon', type: 'visit', date: '2024-02-10T15:00', title: 'Afternoon visit' },
        { id: 'first-untimed', type: 'visit', date: '2024-02-10', title: 'First untimed visit' },
        { id: 'morning', type: 'referral', date: '2024-02-10T09:00', title: 'Morning referral' },
        { id: 'second-untimed', type: 'visit', date: '2024-02-10', title: 'Second untimed visit' },
      ],
    };
    // The model's rule (compareEntries): by day, then time of day with untimed entries first,
    // then record order.
    const expected = [
      'Home visit: First untimed visit, 10 February 2024',
      'Home visit: Second untimed visit, 10 February 2024',
      'Referral: Morning referral, 10 February 2024, 09:00',
      'Home visit: Afternoon visit, 10 February 2024, 15:00',
    ];

    it('draws and lists same-day entries of a lane in the model’s order', async () => {
      const el = await timeline({ record: sameDay, from: '2024-02-09', to: '2024-02-11' });
      expect(laneMarks(el, 'Social care')).to.deep.equal(expected);
      el.view = 'table';
      await settle(el);
      expect(rows(el).map((r) => r[1])).to.deep.equal([
        'Home visit First untimed visit',
        'Home visit Second untimed visit',
        'Referral Morning referral',
        'Home visit Afternoon visit',
      ]);
    });

    it('moves through them in that order with the arrow keys', async () => {
      const el = await timeline({ record: sameDay, from: '2024-02-09', to: '2024-02-11' });
      within<SVGElement>(el, 'svg [tabindex="0"]')[0]!.focus();
      const names: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        names.push(el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '');
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
      }
      expect(names).to.deep.equal(expected);
    });
  });

  describe('statutory clocks', () => {
    const visitModel = definePracticeModel({
      ...structuredClone(modelInput),
      // Only the visit rule: the template's assessment clock would add a second row.
      templates: modelInput.templates.map((template) => {
        const copy = { ...template };
        delete copy.timescale;
        return copy;
      }),
      timescales: [
        {
          id: 'visit-within-5',
          label: 'Visit within 5 days of a referral',
          kind: 'within',
          within: { amount: 5, unit: 'days' },
          from: { categories: ['referral'] },
          target: { types: ['visit'] },
        },
      ],
    });
    const visitRecord: CaseRecordInput = {
      ...structuredClone(recordInput),
      events: [
        { id: 'ref-1', type: 'referral', date: '2023-01-02' },
        { id: 'visit-1', type: 'visit', date: '2023-01-05' },
        { id: 'ref-2', type: 'referral', date: '2023-03-01' },
        { id: 'visit-2', type: 'visit', date: '2023-03-03' },
        { id: 'ref-3', type: 'referral', date: '2023-06-01' },
        // Due 6 June; met 14 days late.
        { id: 'visit-3', type: 'visit', date: '2023-06-20' },
      ],
    };

    it('draws a met-late marker with its lateness, and counts visits on time 2/3', async () => {
      const el = await timeline({ model: visitModel, record: visitRecord });
      expect(within(el, '.label-clock').map((l) => l.textContent!.trim())).to.deep.equal([
        'Visit within 5 days of a referral',
      ]);
      expect(within(el, 'svg.canvas path.clock.met-late')).to.have.length(1);
      expect(within(el, 'svg.canvas path.late.met-late')).to.have.length(1);
      expect(within(el, 'svg.canvas path.clock.met')).to.have.length(1);
      expect(within(el, 'svg.canvas path.clock.overdue')).to.have.length(0);
      // The legend says what the square means.
      expect(within(el, '[part="legend"]')[0]!.textContent).to.contain('Met late');
      const clocks = within(el, '[part="clocks"]')[0]!;
      expect(clocks.textContent).to.contain('No timescales are open at the moment.');
      const compliance = [...clocks.querySelectorAll(':scope > .table-wrapper table')].at(-1)!;
      expect(
        [...compliance.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
      ).to.deep.equal([
        'Timescale',
        'Met on time',
        'Met late',
        'Overdue',
        'Not yet due',
        'On time',
      ]);
      expect(
        compliance.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('Visit within 5 days of a referral 2 1 0 0 2/3');
      // The late visit in words too, under the compliance counts.
      const late = clocks.querySelector<HTMLDetailsElement>('details.late-clocks')!;
      expect(late.querySelector('summary')!.textContent!.trim()).to.equal(
        '1 timescale met late or overdue',
      );
      // Closed, it holds its summary only; its tables come when it is opened.
      expect(late.querySelectorAll('table')).to.have.length(0);
      late.querySelector('summary')!.click();
      await waitUntil(() => late.querySelector('table'), 'the late timescales');
      expect(
        [...late.querySelectorAll('tbody tr')].map((tr) =>
          tr.textContent!.replace(/\s+/g, ' ').trim(),
        ),
      ).to.deep.equal(['6 June 2023 1 June 2023 20 June 2023 14']);
      await expect(el).to.be.accessible();
    });
  });

  describe('forced colours and print media', () => {
    async function fixtureAssessment(): Promise<PracticeAssessment> {
      const el = await fixture<PracticeAssessment>(
        html`<practice-assessment
          .model=${model}
          .record=${record}
          today=${TODAY}
          user="worker-1"
        ></practice-assessment>`,
      );
      await settle(el);
      return el;
    }

    /** Media rules of a component's own styles, by their condition. */
    function mediaRules(element: Element): string[] {
      const sheets = element.shadowRoot!.adoptedStyleSheets;
      return sheets.flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
          .map((rule) => rule.media.mediaText),
      );
    }

    it('gives both components forced-colours and print rules', async () => {
      const el = await timeline();
      const form = await fixtureAssessment();
      for (const element of [el, form]) {
        expect(mediaRules(element)).to.include.members(['(forced-colors: active)', 'print']);
      }
    });

    it('prints the timeline’s table, summary and clocks without its controls, accessibly', async function () {
      // axe over the sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      const el = await timeline({ model: sampleModel, record: sampleCase, today: SAMPLE_TODAY });
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(isShown(within(el, 'table[part~="table"]')[0]!)).to.equal(true);
      expect(within(el, 'table[part~="table"] tbody tr').every(isShown)).to.equal(true);
      expect(isShown(within(el, '[part="clocks"]')[0]!)).to.equal(true);
      expect(isShown(within(el, '[part="summary"]')[0]!)).to.equal(true);
      for (const part of ['views', 'controls', 'toolbar', 'export', 'legend', 'visual']) {
        expect(within(el, `[part~="${part}"]`).some(isShown), part).to.equal(false);
      }
      await expect(el).to.be.accessible();
    });

    it('prints the assessment with no buttons, its questions and answers shown, accessibly', async () => {
      const el = await fixtureAssessment();
      await emulateMedia({ media: 'print' });
      const buttons = within(el, 'button');
      expect(buttons.length).to.be.greaterThan(3);
      expect(buttons.filter(isShown).map((b) => b.textContent!.trim())).to.deep.equal([]);
      expect(isShown(within(el, '[part="header"]')[0]!)).to.equal(true);
      const section = within(el, '[part="section"]')[0]!;
      expect(isShown(section)).to.equal(true);
      expect(isShown(section.querySelector('h3, h2, h4')!)).to.equal(true);
      const reason = el.shadowRoot!.getElementById('f-reason') as HTMLTextAreaElement;
      expect(isShown(reason)).to.equal(true);
      expect(reason.value).to.contain('Referral from school');
      await expect(el).to.be.accessible();
      // Review mode, printed from the browser: summary rows, no buttons either.
      el.mode = 'review';
      await settle(el);
      expect(within(el, 'button').filter(isShown)).to.have.length(0);
      expect(within(el, '[part="row"]').filter(isShown).length).to.be.greaterThan(5);
      await expect(el).to.be.accessible();
    });

    describe('forced colours', () => {
      // emulateMedia({ forcedColors }) is ignored by @web/test-runner-commands 1.0 for the
      // puppeteer browser of chromeLauncher: the `emulate-forced-colors` command of
      // web-test-runner.config.mjs sets the media feature instead.
      it('renders the timeline and the assessment under forced colours, accessibly', async () => {
        await executeServerCommand('emulate-forced-colors', { forcedColors: 'active' });
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const el = await timeline();
          expect(within(el, 'svg.canvas [data-key]').length).to.equal(5);
          expect(getComputedStyle(within(el, 'svg.canvas circle.mark')[0]!).fill).to.not.equal(
            'none',
          );
          await expect(el).to.be.accessible();
          const form = await fixtureAssessment();
          expect(within(form, '[part="question"]').length).to.be.greaterThan(5);
          await expect(form).to.be.accessible();
        } finally {
          await executeServerCommand('emulate-forced-colors', { forcedColors: 'none' });
        }
      });
    });
  });
});
