import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/timeline/practice-timeline.js';
import { csvCell, toCsv } from '../../src/components/timeline/csv.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import type { PracticeInvalidEvent } from '../../src/events/invalid.js';
import type { PracticeSelectEvent } from '../../src/events/select.js';
import {
  generateCase,
  hostileStrings,
  SAMPLE_TODAY,
  sampleCase,
  sampleModel,
} from '../../src/samples/index.js';
import {
  brokenModelInput,
  collect,
  deepElements,
  model,
  record,
  recordInput,
  textOf,
  TODAY,
  within,
} from './fixtures.js';

async function timeline(props: Partial<PracticeTimeline> = {}): Promise<PracticeTimeline> {
  const el = await fixture<PracticeTimeline>(
    html`<practice-timeline .model=${model} .record=${record} today=${TODAY}></practice-timeline>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** The cells of each body row of the chronology table, white space collapsed. */
function rows(el: PracticeTimeline): string[][] {
  return within(el, 'table[part~="table"] tbody tr').map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The accessible names of the drawn marks, in document order (lane by lane). */
function marks(el: PracticeTimeline): string[] {
  return within(el, 'svg.canvas [data-key]').map((m) => m.getAttribute('aria-label') ?? '');
}

/** Elements in the page, shadow roots included. */
function elementCount(root: Element): number {
  return deepElements(root).length + 1;
}

function focused(el: PracticeTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

async function settle(el: PracticeTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/**
 * The sample case with its extension hearing saying the day the court extended the proceedings
 * to (`extendedTo`), or saying nothing of it (`undefined`).
 */
function extension(source: typeof sampleCase, to: string | undefined): typeof sampleCase {
  return {
    ...source,
    events: (source.events ?? []).map((event) => {
      if (event.attributes?.stage !== 'extension') return event;
      const attributes = { ...event.attributes };
      if (to === undefined) delete attributes.extendedTo;
      else attributes.extendedTo = to;
      return { ...event, attributes };
    }),
  };
}

describe('<practice-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible in the timeline view', async () => {
      await expect(await timeline()).to.be.accessible();
    });

    it('is accessible in the table view', async () => {
      await expect(await timeline({ view: 'table' })).to.be.accessible();
    });

    it('is accessible in the court chronology view', async () => {
      await expect(await timeline({ view: 'court' })).to.be.accessible();
    });

    it('is accessible with an entry open in the details dialog', async () => {
      const el = await timeline();
      within<SVGElement>(el, '[data-key]')[0]!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await settle(el);
      expect(within<HTMLDialogElement>(el, 'dialog')[0]!.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible when its model is rejected', async () => {
      const el = await timeline({ model: brokenModelInput() });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible redacted for an audience, in every view', async function () {
      this.timeout(60_000);
      for (const view of ['timeline', 'table', 'court'] as const) {
        await expect(await timeline({ audience: 'family', view })).to.be.accessible();
      }
    });

    it('is accessible with the sample case and hostile words', async function () {
      // axe over the whole sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      const sample = await timeline({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      await expect(sample).to.be.accessible();
      const long = 'W'.repeat(400);
      const hostile = await timeline({
        view: 'table',
        record: {
          ...recordInput,
          events: [{ id: 'x', type: 'visit', date: '2024-01-01', title: long, impact: long }],
        },
      });
      await expect(hostile).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('opens on the timeline view, with real buttons to switch views', async () => {
      const el = await timeline();
      expect(el.view).to.equal('timeline');
      const buttons = within<HTMLButtonElement>(el, '[part="views"] button');
      expect(
        buttons.map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')]),
      ).to.deep.equal([
        ['Timeline', 'true'],
        ['Table', 'false'],
        ['Court chronology', 'false'],
      ]);
      buttons[1]!.click();
      await settle(el);
      expect(el.view).to.equal('table');
      expect(el.getAttribute('view')).to.equal('table');
      expect(rows(el)).to.have.length(5);
    });

    it('draws every entry on its lane, points and periods, with an accessible name', async () => {
      const el = await timeline();
      expect(within(el, '.labels .label-lane').map((l) => l.textContent!.trim())).to.deep.equal([
        'Social care',
        'Police',
      ]);
      expect(within(el, 'svg g.lane').map((g) => g.getAttribute('aria-label'))).to.deep.equal([
        'Social care',
        'Police',
      ]);
      expect(marks(el)).to.deep.equal([
        'House move: Moved to the area, about 2019',
        'Referral: Referral from school, 10 January 2024',
        'Assessment, From 11 January 2024, ongoing',
        'Home visit: Visit to Ben, 1 February 2024',
        'Police call-out: Neighbour reported shouting, 9 January 2024, 22:15',
      ]);
      // A significant point is a diamond, others circles; a period is a bar fading while open.
      expect(within(el, 'svg.canvas path.mark.significant')).to.have.length(1);
      expect(within(el, 'svg.canvas circle.mark')).to.have.length(3);
      const bar = within(el, 'rect.mark.bar')[0]!;
      expect(bar.getAttribute('mask')).to.equal('url(#fade)');
    });

    it('draws an uncertain date as a fuzzy band over the days it may mean', async () => {
      const el = await timeline();
      const fuzzy = within(el, 'path.fuzzy');
      expect(fuzzy).to.have.length(1);
      expect(fuzzy[0]!.getAttribute('d')).to.match(/^M[\d.]+ [\d.]+h[\d.]+v10h-[\d.]+z$/);
    });

    it('shows the calendar, the child’s age, today and where the window is', async () => {
      const el = await timeline();
      expect(within(el, '.tick-label').length).to.be.greaterThan(1);
      expect(within(el, '.label-age')[0]!.textContent!.trim()).to.equal('Age of Asha Khan');
      expect(within(el, '.age-label').map((t) => t.textContent)).to.include('5 years');
      expect(within(el, '.today text')[0]!.textContent!.trim()).to.equal('Today');
      expect(within(el, '.range')[0]!.textContent).to.match(/^Showing .+ 2017 to .+ 2024$/);
    });

    it('draws the statutory clocks as a row per rule, under the lanes', async () => {
      const el = await timeline();
      expect(within(el, '.label-clock').map((l) => l.textContent!.trim())).to.deep.equal([
        'Assessment within 45 working days',
      ]);
      // The assessment is not yet due on 1 March 2024: an open circle.
      expect(within(el, 'path.clock.upcoming')).to.have.length(1);
    });

    it('lists entries in date order, same-day entries by time then record order', async () => {
      const el = await timeline({ view: 'table' });
      expect(rows(el).map((r) => r[1])).to.deep.equal([
        'House move Moved to the area',
        'Police call-out Neighbour reported shouting',
        'Referral Referral from school',
        'Assessment',
        'Home visit Visit to Ben',
      ]);
    });

    it('writes uncertain dates, times and periods honestly', async () => {
      const dates = rows(await timeline({ view: 'table' })).map((r) => r[0]);
      expect(dates).to.deep.equal([
        'about 2019',
        '9 January 2024, 22:15',
        '10 January 2024',
        'From 11 January 2024, ongoing',
        '1 February 2024',
      ]);
    });

    it('names the area, source agency, significance and people of each entry', async () => {
      const police = rows(await timeline({ view: 'table' }))[1]!;
      expect(police.slice(2, 6)).to.deep.equal([
        'Police',
        'Metropolitan Police',
        'Not rated',
        'Kim Khan, Asha Khan',
      ]);
    });

    it('uses a real table with a caption, column headers and row headers', async () => {
      const el = await timeline({ view: 'table' });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Chronology');
      const headers = within(el, 'table[part~="table"] thead th[scope="col"]');
      expect(headers).to.have.length(8);
      expect(headers.at(-1)!.textContent!.trim()).to.equal('Details');
      expect(within(el, 'table[part~="table"] tbody th[scope="row"]')).to.have.length(5);
      expect(within(el, '[role="status"]')[0]!.textContent!.trim()).to.equal('Showing 5 entries');
      const region = within(el, '.table-wrapper')[0]!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Chronology');
    });

    it('shows open statutory clocks with their status in words, and compliance counts', async () => {
      const el = await timeline();
      const clocks = within(el, '[part="clocks"]')[0]!;
      expect(clocks.textContent).to.contain('Statutory timescales');
      const status = within(el, '[part="status"]')[0]!;
      expect(status.textContent!.trim()).to.equal('Not yet due (8 working days left)');
      expect(clocks.querySelector('.late-clocks')).to.equal(null);
      const compliance = [...clocks.querySelectorAll('table')].at(-1)!;
      expect(
        compliance.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('Assessment within 45 working days 0 0 0 1 0/0');
    });

    it('lists the timescales met late or overdue in words, each rule’s latest first', async () => {
      const el = await timeline({
        model: sampleModel,
        record: sampleCase,
        today: '2027-03-01',
        view: 'table',
      });
      const late = within<HTMLDetailsElement>(el, '[part="clocks"] details.late-clocks')[0]!;
      expect(late.open).to.equal(false);
      const summary = late.querySelector('summary')!.textContent!.trim();
      expect(summary).to.match(/^\d+ timescales met late or overdue$/);
      // Rendered once opened, from the keyboard as with the mouse.
      expect(late.querySelectorAll('table')).to.have.length(0);
      late.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => late.querySelector('table'), 'the late timescales');
      expect(late.open).to.equal(true);
      const tables = [...late.querySelectorAll('table')];
      const captions = tables.map((t) => t.querySelector('caption')!.textContent!.trim());
      expect(captions).to.include('Visits to a looked-after child: met late or overdue');
      const visits =
        tables[captions.indexOf('Visits to a looked-after child: met late or overdue')]!;
      expect(
        [...visits.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
      ).to.deep.equal(['Due', 'Started', 'Met on', 'Days late']);
      const body = [...visits.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
      );
      expect(body.length).to.be.within(1, 10);
      // An overdue visit says it was not met, with the days late up to today.
      expect(body.some((cells) => cells[2] === 'Not met' && Number(cells[3]) > 0)).to.equal(true);
      // The latest due first.
      const due = body.map((cells) => Date.parse(cells[0]!));
      expect(due).to.deep.equal([...due].sort((a, b) => b - a));
      // Every one is counted: listed, or in "and N more" under its table.
      const counted = tables.reduce((n, table) => {
        const more = /and (\d+) more/.exec(
          table.closest('.table-wrapper')!.nextElementSibling?.textContent ?? '',
        );
        return n + table.querySelectorAll('tbody tr').length + Number(more?.[1] ?? 0);
      }, 0);
      expect(counted).to.equal(Number(summary.split(' ')[0]));
      await expect(el).to.be.accessible();
    });

    it('starts with every entry shown and the significant filter off', async () => {
      const el = await timeline();
      const box = within<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!;
      expect(box.checked).to.equal(false);
      expect(el.significantOnly).to.equal(false);
      expect(within(el, 'label[for="significant-only"]')[0]!.textContent!.trim()).to.equal(
        'Significant events only',
      );
    });

    it('gives the court chronology: numbered significant entries of the last two years', async () => {
      const el = await timeline({ view: 'court' });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal(
        'Court chronology, 1 March 2022 to 1 March 2024',
      );
      expect(within(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal([
        'No.',
        'Date',
        'Event',
        'Source',
        'Reference',
        'Details',
      ]);
      expect(rows(el)).to.deep.equal([
        ['1', '10 January 2024', 'Referral from school', '', '', 'Details'],
      ]);
    });

    it('summarises the looked-after journey and the 26-week proceedings of the sample case', async () => {
      const el = await timeline({
        model: sampleModel,
        record: extension(sampleCase, undefined),
        today: SAMPLE_TODAY,
      });
      const summary = textOf(within(el, '[part="summary"]')[0]!);
      expect(summary).to.contain('From 9 January 2025, ongoing: 3 placements, 2 moves');
      expect(summary).to.contain(
        'Issued 18 February 2025; concluded in week 32; due by 19 August 2025 (past the due date)',
      );
      expect(within(el, '.proceedings .over')).to.have.length(1);
      expect(within(el, '.proceedings .extension')).to.have.length(0);
      expect(within(el, '.restart').length).to.be.greaterThan(0);
    });

    it('draws the extension the court granted, and the day it runs to, on the proceedings bar', async () => {
      const el = await timeline({
        model: sampleModel,
        record: extension(sampleCase, '2025-09-30'),
        today: SAMPLE_TODAY,
      });
      expect(within(el, '.label-clock').map((l) => l.textContent!.trim())).to.include(
        'Proceedings timetable',
      );
      // Concluded on the extended date: within the timetable, nothing past it.
      expect(within(el, '.proceedings .extension')).to.have.length(1);
      expect(within(el, '.proceedings .extended')).to.have.length(1);
      expect(within(el, '.proceedings .extended-due')).to.have.length(1);
      expect(within(el, '.proceedings .over')).to.have.length(0);
      expect(within(el, '.proceedings text')[0]!.textContent).to.equal(
        'Week 32, extended to 30 September 2025',
      );
      expect(textOf(within(el, '[part="legend"]')[0]!)).to.contain(
        'Proceedings extended by the court',
      );
      const summary = textOf(within(el, '[part="summary"]')[0]!);
      expect(summary).to.contain(
        'Issued 18 February 2025; concluded in week 32; due by 19 August 2025; extended by the court to 30 September 2025',
      );
      expect(summary).not.to.contain('past the');
    });

    it('draws no proceedings bar when the model has no timescale rule for proceedings', async () => {
      const el = await timeline({
        model: {
          ...sampleModel,
          timescales: sampleModel.timescales.filter((rule) => rule.id !== 'care-proceedings'),
        },
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      expect(marks(el).length).to.be.greaterThan(0);
      expect(within(el, '.proceedings')).to.have.length(0);
      expect(textOf(within(el, '[part="summary"]')[0]!)).not.to.contain('Proceedings');
    });
  });

  describe('properties', () => {
    it('shows significant entries only when asked, reflecting the attribute', async () => {
      const el = await timeline({ significantOnly: true, view: 'table' });
      expect(el.hasAttribute('significant-only')).to.equal(true);
      // High significance, or significant by type; low and unrated ones are left out.
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Referral Referral from school']);
      el.view = 'timeline';
      await settle(el);
      expect(marks(el)).to.deep.equal(['Referral: Referral from school, 10 January 2024']);
    });

    it('shows only the selected person’s entries, and says so', async () => {
      const el = await timeline({ selection: 'ben', view: 'table' });
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Assessment', 'Home visit Visit to Ben']);
      expect(textOf(within(el, '[part="filter"]')[0]!)).to.equal(
        'Showing entries for Ben Khan Show all',
      );
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Chronology for Ben Khan');
      el.view = 'timeline';
      await settle(el);
      expect(marks(el)).to.have.length(2);
      expect(within(el, '.label-age')[0]!.textContent!.trim()).to.equal('Age of Ben Khan');
    });

    it('replaces a withheld entry with a marker for a masking audience, in every view', async () => {
      const el = await timeline({ audience: 'family', view: 'table' });
      const withheld = within(el, 'tr[part~="withheld"]');
      expect(withheld).to.have.length(1);
      expect(textOf(el)).to.contain('Information withheld');
      expect(textOf(el)).not.to.contain('Neighbour reported shouting');
      expect(textOf(el)).not.to.contain('Metropolitan Police');
      expect(rows(el)[1]![0]).to.equal('9 January 2024, 22:15');
      el.view = 'timeline';
      await settle(el);
      expect(marks(el)).to.include('Information withheld, 9 January 2024, 22:15');
      expect(marks(el).join()).not.to.contain('shouting');
      expect(within(el, 'svg.canvas .k-withheld')).to.have.length(1);
      expect(el.exportCsv()).not.to.contain('shouting');
      expect(el.exportSvg()).not.to.contain('shouting');
    });

    it('removes withheld entries for a hiding audience (an unknown audience hides everything)', async () => {
      const el = await timeline({ audience: 'not-in-the-model', view: 'table' });
      expect(rows(el)).to.have.length(4);
      expect(textOf(el)).not.to.contain('Neighbour reported shouting');
    });

    it('speaks Welsh', async () => {
      const el = await timeline({ locale: 'cy', view: 'table' });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Cronoleg');
      expect(rows(el)[0]![0]).to.equal('tua 2019');
      expect(within(el, '.root')[0]!.getAttribute('lang')).to.equal('cy');
      expect(within(el, '[part="views"] button')[0]!.textContent!.trim()).to.equal('Llinell amser');
    });

    it('marks the model’s English labels lang="en-GB" in a Welsh view (WCAG 3.1.2)', async () => {
      const el = await timeline({ locale: 'cy' });
      const lanes = within(el, '.labels .label-lane');
      expect(lanes.length).to.be.greaterThan(0);
      for (const lane of lanes) expect(lane.getAttribute('lang')).to.equal('en-GB');
      // The lane and type choices are the model's; the agencies' names are the record's.
      expect(within(el, '[part="controls"] option[lang="en-GB"]').length).to.be.greaterThan(3);
      const english = await timeline();
      expect(within(english, '.labels [lang], [part="controls"] option[lang]')).to.have.length(0);
    });

    it('takes message overrides and the model’s labels', async () => {
      const el = await timeline({
        view: 'table',
        messages: { 'timeline.caption': 'Child’s journey' },
      });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Child’s journey');
      const labelled = await timeline({
        model: { ...structuredClone(model), labels: { 'timeline.showAll': 'Everyone' } },
        selection: 'ben',
      });
      expect(textOf(within(labelled, '[part="filter"]')[0]!)).to.contain('Everyone');
    });

    it('shows the court period chosen by court-years among the choices, whatever it is', async () => {
      const el = await fixture<PracticeTimeline>(
        html`<practice-timeline
          .model=${sampleModel}
          .record=${sampleCase}
          today=${SAMPLE_TODAY}
          view="court"
          court-years="7"
        ></practice-timeline>`,
      );
      await settle(el);
      const select = within<HTMLSelectElement>(el, '#court-years')[0]!;
      expect(select.value).to.equal('7');
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Last 7 years');
      expect([...select.options].map((o) => o.value)).to.deep.equal([
        '1',
        '2',
        '3',
        '5',
        '7',
        '200',
      ]);
      expect(within(el, 'caption')[0]!.textContent).to.contain('25 November 2019');
      el.courtYears = 2;
      await settle(el);
      expect(select.value).to.equal('2');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['1', '2', '3', '5', '200']);
    });

    it('opens on the window given by from and to', async () => {
      const el = await timeline({ from: '2024-01-01', to: '2024-01-31' });
      expect(within(el, '.range')[0]!.textContent).to.equal(
        'Showing 1 January 2024 to 31 January 2024',
      );
      // The move "about 2019" is outside the window; the visit on 1 February is on its edge.
      expect(marks(el)).not.to.include('House move: Moved to the area, about 2019');
      expect(marks(el)).to.have.length(4);
    });

    it('falls back to the timeline view for an unknown view', async () => {
      const el = await timeline({ view: 'nonsense' as PracticeTimeline['view'] });
      expect(el.view).to.equal('timeline');
    });

    it('nests lanes, and collapses a lane with its sub-lanes into one row', async () => {
      const el = await timeline({ model: sampleModel, record: sampleCase, today: SAMPLE_TODAY });
      const names = () => within(el, '.labels .label-lane').map((l) => l.textContent!.trim());
      expect(names()).to.include.members(['Looked after', 'Legal status', 'Placements']);
      const toggle = within<HTMLButtonElement>(el, '.lane-toggle')[0]!;
      expect(toggle.textContent!.trim()).to.equal('Looked after');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const before = marks(el).length;
      toggle.click();
      await settle(el);
      expect(names()).not.to.include('Legal status');
      expect(within(el, '.lane-toggle')[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(marks(el).length).to.be.greaterThan(0);
      expect(marks(el).length).to.be.lessThanOrEqual(before);
    });

    it('pages a long table, and sorts by a column with aria-sort', async () => {
      const el = await timeline({ view: 'table', pageSize: 2 });
      expect(rows(el)).to.have.length(2);
      expect(textOf(within(el, '[part="pager"]')[0]!)).to.contain('Rows 1 to 2 of 5');
      within<HTMLButtonElement>(el, '[part="pager"] button')[1]!.click();
      await settle(el);
      expect(rows(el).map((r) => r[0])).to.deep.equal([
        '10 January 2024',
        'From 11 January 2024, ongoing',
      ]);
      el.pageSize = 50;
      const sort = within<HTMLButtonElement>(el, 'button.sort').find(
        (b) => b.textContent!.trim() === 'Entry',
      )!;
      sort.click();
      await settle(el);
      const header = sort.closest('th')!;
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      // The "Entry" cell reads type then title, and sorts as it reads.
      const ascending = rows(el).map((r) => r[1]!);
      expect(ascending[0]).to.equal('Assessment');
      expect(ascending).to.deep.equal([...ascending].sort((a, b) => a.localeCompare(b, 'en-GB')));
      sort.click();
      await settle(el);
      expect(header.getAttribute('aria-sort')).to.equal('descending');
      expect(rows(el).map((r) => r[1])).to.deep.equal([...ascending].reverse());
    });
  });

  describe('filters', () => {
    it('filters every view by area, including sub-lanes', async () => {
      const el = await timeline();
      const select = within<HTMLSelectElement>(el, '#filter-lane')[0]!;
      select.value = 'police';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.filters).to.deep.equal({ lanes: ['police'] });
      expect(marks(el)).to.have.length(1);
      el.view = 'table';
      await settle(el);
      expect(rows(el).map((r) => r[1])).to.deep.equal([
        'Police call-out Neighbour reported shouting',
      ]);
      const nested = await timeline({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
        view: 'table',
        filters: { lanes: ['looked-after'] },
      });
      const areas = new Set(rows(nested).map((r) => r[2]));
      expect([...areas].sort()).to.deep.equal(['Legal status', 'Placements', 'Visits and reviews']);
    });

    it('filters by type and by source agency', async () => {
      const el = await timeline({ view: 'table', filters: { types: ['visit'] } });
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Home visit Visit to Ben']);
      el.filters = { agencies: ['met'] };
      await settle(el);
      expect(rows(el).map((r) => r[1])).to.deep.equal([
        'Police call-out Neighbour reported shouting',
      ]);
      const type = within<HTMLSelectElement>(el, '#filter-type')[0]!;
      expect([...type.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'All types',
        'Referral',
        'Assessment',
        'Police call-out',
        'Home visit',
        'House move',
      ]);
    });

    it('searches words in any order, in titles and in the type names shown', async () => {
      const el = await timeline({ view: 'table' });
      const search = within<HTMLInputElement>(el, '#filter-text')[0]!;
      search.value = 'SHOUTING neighbour';
      search.dispatchEvent(new Event('input'));
      await settle(el);
      expect(rows(el)).to.have.length(1);
      search.value = 'home visit';
      search.dispatchEvent(new Event('input'));
      await settle(el);
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Home visit Visit to Ben']);
      search.value = '.*(';
      search.dispatchEvent(new Event('input'));
      await settle(el);
      expect(within(el, '[part="empty"]')[0]!.textContent).to.equal(
        'No entries match the current filters.',
      );
    });
  });

  describe('events', () => {
    it('clears the person filter with "Show all", announcing practice-select', async () => {
      const el = await timeline({ selection: 'ben', view: 'table' });
      const selects = collect<PracticeSelectEvent>(el, 'practice-select');
      within(el, '[part="filter"] button')[0]!.click();
      await el.updateComplete;
      expect(selects).to.have.length(1);
      expect(selects[0]!.personId).to.equal(undefined);
      expect(selects[0]!.bubbles && selects[0]!.composed).to.equal(true);
      expect(rows(el)).to.have.length(5);
    });

    it('announces its own rejected model with practice-invalid', async () => {
      const events: PracticeInvalidEvent[] = [];
      const el = await fixture<PracticeTimeline>(
        html`<practice-timeline
          .model=${brokenModelInput()}
          .record=${record}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-timeline>`,
      );
      await el.updateComplete;
      expect(events.map((e) => e.source)).to.deep.equal(['model']);
      expect(events[0]!.issues[0]!.path).to.equal('eventTypes[0].lane');
      expect(textOf(el)).to.contain('eventTypes[0].lane');
    });
  });

  describe('keyboard', () => {
    it('toggles the significant filter with the space bar', async () => {
      const el = await timeline({ view: 'table' });
      within<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.significantOnly).to.equal(true);
      expect(rows(el)).to.have.length(1);
    });

    it('clears the person filter with Enter on "Show all"', async () => {
      const el = await timeline({ selection: 'ben' });
      within(el, '[part="filter"] button')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selection).to.equal(undefined);
      expect(marks(el)).to.have.length(5);
    });

    it('gives the drawing one tab stop, on the first entry', async () => {
      const el = await timeline();
      const stops = within(el, 'svg [tabindex="0"]');
      expect(stops).to.have.length(1);
      expect(stops[0]!.getAttribute('aria-label')).to.equal(
        'House move: Moved to the area, about 2019',
      );
    });

    it('moves through a lane in time order with Left and Right, and across lanes with Up and Down', async () => {
      const el = await timeline();
      within<SVGElement>(el, 'svg [tabindex="0"]')[0]!.focus();
      const name = () => focused(el)?.getAttribute('aria-label');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(name()).to.equal('Referral: Referral from school, 10 January 2024');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(name()).to.equal('Assessment, From 11 January 2024, ongoing');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(name()).to.equal('Home visit: Visit to Ben, 1 February 2024');
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(name()).to.equal('Assessment, From 11 January 2024, ongoing');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(name()).to.equal(
        'Police call-out: Neighbour reported shouting, 9 January 2024, 22:15',
      );
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(name()).to.match(/^(Referral|Assessment)/);
      expect(within(el, 'svg [tabindex="0"]')).to.have.length(1);
    });

    it('goes past the edge of the window to the next entry of the lane, bringing it into view', async () => {
      const el = await timeline({ from: '2018-06-01', to: '2019-12-31' });
      expect(marks(el)).to.deep.equal(['House move: Moved to the area, about 2019']);
      within<SVGElement>(el, 'svg [tabindex="0"]')[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)?.getAttribute('aria-label')).to.equal(
        'Referral: Referral from school, 10 January 2024',
      );
      expect(within(el, '.range')[0]!.textContent).to.contain('2024');
    });

    it('opens an entry with Enter in a dialog with every chronology field, and Escape closes it', async () => {
      const el = await timeline({
        record: {
          ...recordInput,
          events: [
            {
              id: 'full',
              type: 'referral',
              date: '2024-01-10',
              recorded: '2024-01-12',
              title: 'Referral from school',
              description: 'Bruise seen in PE.',
              agency: 'met',
              author: 'PC Hale',
              significance: 'high',
              impact: 'Asha was frightened.',
              analysis: 'A pattern is emerging.',
              reference: 'Log 42',
              persons: ['asha'],
            },
          ],
        },
      });
      within<SVGElement>(el, 'svg [tabindex="0"]')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const dialog = within<HTMLDialogElement>(el, 'dialog')[0]!;
      expect(dialog.open).to.equal(true);
      const fields = [...dialog.querySelectorAll('dl > div')].map((d) =>
        d.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(fields).to.deep.equal([
        'Date 10 January 2024',
        'Type Referral',
        'Area Social care',
        'Source Metropolitan Police',
        'Recorded by PC Hale',
        'Recorded on 12 January 2024',
        'Significance High',
        'People Asha Khan',
        'What happened Bruise seen in PE.',
        'Impact on the child Asha was frightened.',
        'Analysis A pattern is emerging.',
        'Reference Log 42',
      ]);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(within(el, 'dialog')).to.have.length(0);
      expect(focused(el)?.getAttribute('data-key')).to.equal('e0');
    });

    /**
     * Opens the school referral from its row's "Details" button in a view, checks the dialog,
     * closes it with Escape and checks focus went back to the button.
     */
    async function detailsRoundTrip(view: 'table' | 'court', rowsShown: number): Promise<void> {
      const el = await timeline({ view });
      const buttons = within<HTMLButtonElement>(el, 'tbody button.open-details');
      expect(buttons).to.have.length(rowsShown);
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(
        Array(rowsShown).fill('Details'),
      );
      const index = buttons.findIndex((b) => b.getAttribute('aria-label')!.includes('school'));
      const button = buttons[index]!;
      expect(button.getAttribute('aria-label')).to.equal(
        'Details of Referral: Referral from school, 10 January 2024',
      );
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const dialog = within<HTMLDialogElement>(el, 'dialog')[0]!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('#details-heading')!.textContent!.trim()).to.equal(
        'Referral: Referral from school',
      );
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(within(el, 'dialog')).to.have.length(0);
      expect(focused(el)).to.equal(within(el, 'tbody button.open-details')[index]);
    }

    it('opens an entry from its table row’s "Details" button, and Escape goes back to the button', async () => {
      await detailsRoundTrip('table', 5);
    });

    it('opens an entry from its court chronology row, and Escape goes back to the button', async () => {
      await detailsRoundTrip('court', 1);
    });

    it('zooms with + and -, moves in time with Shift and the arrows, fits with Home and finds today with T', async () => {
      const el = await timeline();
      const range = () => within(el, '.range')[0]!.textContent!;
      const whole = range();
      within<SVGElement>(el, 'svg [tabindex="0"]')[0]!.focus();
      await sendKeys({ press: '+' });
      await settle(el);
      const zoomed = range();
      expect(zoomed).not.to.equal(whole);
      await sendKeys({ press: '-' });
      await settle(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      expect(range()).not.to.equal(whole);
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(range()).to.equal(whole);
      await sendKeys({ press: 'T' });
      await settle(el);
      // Today, 1 March 2024, is in the middle of the window.
      expect(range()).to.match(/ 2020 to .+ 2027$/);
    });

    it('moves in time with a drag, and zooms with Ctrl and the wheel, without inline styles', async () => {
      const el = await timeline();
      const range = () => within(el, '.range')[0]!.textContent!;
      const whole = range();
      const plot = within(el, '.plot')[0]!;
      const box = plot.getBoundingClientRect();
      const pointer = (type: string, x: number) =>
        plot.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            composed: true,
            pointerId: 7,
            pointerType: 'mouse',
            button: 0,
            clientX: box.left + x,
            clientY: box.top + 100,
          }),
        );
      /** Waits for the change a gesture asks for (drawn at the next frame, or soon after). */
      const changed = async (from: string) => {
        for (let i = 0; i < 40 && range() === from; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          await settle(el);
        }
        return range();
      };
      pointer('pointerdown', 400);
      pointer('pointermove', 300);
      pointer('pointerup', 300);
      const dragged = await changed(whole);
      expect(dragged).not.to.equal(whole);
      plot.dispatchEvent(
        new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          composed: true,
          ctrlKey: true,
          deltaY: -300,
          clientX: box.left + 200,
          clientY: box.top + 100,
        }),
      );
      expect(await changed(dragged)).not.to.equal(dragged);
      expect(deepElements(el).filter((e) => e.hasAttribute('style'))).to.deep.equal([]);
    });

    it('zooms with the buttons too', async () => {
      const el = await timeline();
      const range = () => within(el, '.range')[0]!.textContent!;
      const whole = range();
      const button = (action: string) =>
        within<HTMLButtonElement>(el, `[data-action="${action}"]`)[0]!;
      button('zoom-in').click();
      await settle(el);
      expect(range()).not.to.equal(whole);
      button('fit').click();
      await settle(el);
      expect(range()).to.equal(whole);
      button('later').click();
      await settle(el);
      expect(range()).not.to.equal(whole);
    });

    it('zooms into a cluster with Enter, and lists a cluster that cannot be split', async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({
        id: `v${i}`,
        type: 'visit',
        date: `2024-02-${String(1 + (i % 20)).padStart(2, '0')}`,
        title: `Visit ${i}`,
      }));
      const el = await timeline({
        record: { ...recordInput, events: [...recordInput.events!, ...many] },
      });
      /** The most entries one cluster badge stands for. */
      const biggest = () =>
        Math.max(
          0,
          ...within(el, 'svg .badge.cluster').map((b) =>
            Number.parseInt(b.getAttribute('aria-label')!, 10),
          ),
        );
      const badge = within<SVGElement>(el, 'svg .badge.cluster')[0]!;
      expect(badge.getAttribute('aria-label')).to.match(/^[^:]+: \d+ entries, /);
      const before = biggest();
      expect(before).to.be.greaterThan(3);
      badge.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(within(el, '.range')[0]!.textContent).to.match(/^Showing .+ 2024 to .+ 2024$/);
      expect(biggest()).to.be.lessThan(before);
      const sameMoment = Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        type: 'visit',
        date: '2024-02-01T10:00',
      }));
      const stuck = await timeline({
        record: { ...recordInput, events: sameMoment },
        from: '2024-02-01',
        to: '2024-02-01',
      });
      stuck.zoomIn();
      stuck.zoomIn();
      stuck.zoomIn();
      stuck.zoomIn();
      stuck.zoomIn();
      await settle(stuck);
      const cluster = within<SVGElement>(stuck, 'svg .badge.cluster')[0]!;
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await settle(stuck);
      const dialog = within<HTMLDialogElement>(stuck, 'dialog')[0]!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelectorAll('li')).to.have.length(20);
      expect(dialog.textContent).to.contain('and 10 more');
    });
  });

  describe('print', () => {
    it('prints every row from the browser’s menu, in the table and court views, then pages again', async () => {
      for (const view of ['table', 'court'] as const) {
        const el = await timeline({
          model: sampleModel,
          record: sampleCase,
          today: SAMPLE_TODAY,
          view,
          pageSize: 10,
          courtYears: 200,
        });
        expect(rows(el), view).to.have.length(10);
        const total = Number(/of (\d+)/.exec(textOf(within(el, '[part="pager"]')[0]!))?.[1]);
        expect(total, view).to.be.greaterThan(10);
        window.dispatchEvent(new Event('beforeprint'));
        expect(rows(el), view).to.have.length(total);
        expect(within(el, '[part="pager"], .print-note'), view).to.have.length(0);
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        expect(rows(el), view).to.have.length(10);
        expect(within(el, '[part="pager"]'), view).to.have.length(1);
      }
    });

    it('says which rows are printed when there are more than 5,000', async function () {
      this.timeout(30000);
      const big = generateCase({ seed: 5, persons: 20, events: 5100 });
      const el = await timeline({
        model: sampleModel,
        record: big,
        today: SAMPLE_TODAY,
        view: 'table',
      });
      const count = within(el, '[part="count"]')[0]!.textContent!;
      const total = Number(/[\d,]+/.exec(count)![0].replace(/,/g, ''));
      expect(total).to.be.greaterThan(5000);
      expect(within(el, '.print-note')).to.have.length(0);
      window.dispatchEvent(new Event('beforeprint'));
      expect(rows(el)).to.have.length(5000);
      const note = within(el, '.print-note')[0]!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.textContent!.trim()).to.equal(
        `Rows 1 to 5,000 of ${total.toLocaleString('en-GB')} are printed; export the chronology as CSV for every row.`,
      );
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(within(el, '.print-note')).to.have.length(0);
      expect(rows(el)).to.have.length(50);
    });
  });

  describe('export', () => {
    it('writes RFC 4180 CSV cells, and defuses formulas', () => {
      expect(csvCell('plain')).to.equal('plain');
      expect(csvCell('a,b')).to.equal('"a,b"');
      expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
      expect(csvCell('two\nlines')).to.equal('"two\nlines"');
      for (const start of ['=', '+', '-', '@', '\t', '\r']) {
        expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')[0]).to.equal("'");
      }
      expect(csvCell('=1+1,2')).to.equal(`"'=1+1,2"`);
      expect(
        toCsv([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ).to.equal('a,b\r\nc,d\r\n');
    });

    it('exports the chronology as CSV with every field, in the table’s order and filters', async () => {
      const el = await timeline({
        record: {
          ...recordInput,
          events: [
            ...recordInput.events!,
            {
              id: 'bad',
              type: 'visit',
              date: '2024-02-02',
              title: '=HYPERLINK("x")',
              impact: 'a, "b"\nc',
            },
          ],
        },
      });
      const csv = el.exportCsv();
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal(
        'Date,End,Type,Title,Area,Source,Recorded by,Recorded on,Significance,People,What happened,Impact on the child,Analysis,Reference',
      );
      expect(lines[1]).to.equal(
        'about 2019,,House move,Moved to the area,Social care,,,,Not rated,,,,,',
      );
      expect(lines[2]).to.equal(
        '"9 January 2024, 22:15",,Police call-out,Neighbour reported shouting,Police,Metropolitan Police,,,Not rated,"Kim Khan, Asha Khan",,,,',
      );
      expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
      expect(csv).to.contain('"a, ""b""\nc"');
      expect(csv.endsWith('\r\n')).to.equal(true);
      el.filters = { types: ['referral'] };
      await settle(el);
      expect(el.exportCsv().split('\r\n')).to.have.length(3);
      el.view = 'court';
      await settle(el);
      expect(el.exportCsv()).to.equal(
        'No.,Date,End,Event,Source,Reference\r\n1,10 January 2024,,Referral from school,,\r\n',
      );
    });

    it('exports the drawing as a standalone SVG without style attributes', async () => {
      const el = await timeline();
      const text = el.exportSvg()!;
      expect(text.startsWith('<?xml')).to.equal(true);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(root.getAttribute('role')).to.equal('img');
      expect(text).not.to.match(/\sstyle=/);
      expect(text).not.to.contain('tabindex');
      expect(root.querySelector('title')!.textContent).to.equal('Timeline of entries by area');
      const labels = [...root.querySelectorAll('text')].map((t) => t.textContent);
      expect(labels).to.include.members(['Social care', 'Police', 'Age of Asha Khan']);
      // Colours are written as attributes, so the file looks the same without the stylesheet.
      expect(root.querySelector('circle')!.getAttribute('fill')).to.match(/^rgb/);
      const table = await timeline({ view: 'table' });
      expect(table.exportSvg()).to.equal(undefined);
    });

    it('exports the drawing as a PNG made locally', async () => {
      const el = await timeline();
      const png = await el.exportPng();
      expect(png.type).to.equal('image/png');
      const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
      expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.size).to.be.greaterThan(1000);
    });
  });

  describe('bad input', () => {
    it('renders hostile strings as text', async () => {
      const short = hostileStrings.filter((s) => s.length <= 1000);
      const hostile = {
        ...recordInput,
        persons: [
          ...recordInput.persons,
          ...short.map((s, i) => ({ id: `h${i}`, name: { display: s } })),
        ],
        events: short.map((s, i) => ({
          id: `x${i}`,
          type: 'visit',
          date: '2024-01-01',
          title: s,
          persons: [`h${i}`],
        })),
      };
      const el = await timeline({ record: hostile, view: 'table', pageSize: 1000 });
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'b', 'i']);
      const text = el.shadowRoot!.textContent!;
      for (const s of short.filter((s) => s.trim())) expect(text).to.contain(s.trim());
      expect(rows(el)).to.have.length(short.length);
      el.view = 'timeline';
      el.from = '2023-12-31';
      el.to = '2024-01-02';
      await settle(el);
      expect(deepElements(el).map((e) => e.localName)).not.to.include.members(['img', 'script']);
      expect(el.exportSvg()).not.to.contain('<script');
    });

    it('never throws into the host for nonsense input', async () => {
      const el = await timeline({ record: 42, model: 'nonsense' });
      expect(textOf(el)).to.contain('There is a problem with the practice model');
      const noRecord = await timeline({ record: 42 });
      expect(textOf(noRecord)).to.contain('expected a case record object');
      expect(marks(noRecord)).to.deep.equal([]);
      const empty = await fixture<PracticeTimeline>(html`<practice-timeline></practice-timeline>`);
      expect(textOf(empty)).to.equal('No practice model has been provided.');
      const filters = await timeline({
        filters: { lanes: 'police', types: [3], text: 7 } as unknown as PracticeTimeline['filters'],
        courtYears: Number.NaN,
        pageSize: -1,
        from: 'yesterday',
      });
      expect(marks(filters)).to.have.length(5);
    });

    it('shows the valid part of a record and lists what was left out', async () => {
      const events: PracticeInvalidEvent[] = [];
      const partly = {
        ...recordInput,
        events: [
          ...recordInput.events!,
          { id: 'bad', type: 'visit', date: '2024-02-31' },
          { id: 'unknown', type: 'no-such-type', date: '2024-02-01' },
          { id: 'backwards', type: 'assessment', date: '2024-02-10', end: '2024-02-01' },
          { id: 'dangling', type: 'visit', date: '2024-02-05', persons: ['nobody'] },
        ],
      };
      const el = await fixture<PracticeTimeline>(
        html`<practice-timeline
          .model=${model}
          .record=${partly}
          today=${TODAY}
          from="2023-12-01"
          to="2024-02-29"
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-timeline>`,
      );
      await settle(el);
      // The five of the fixture (the move of 2019 is outside the window), plus two kept.
      expect(marks(el)).to.have.length(6);
      expect(marks(el)).to.include('Assessment, From 10 February 2024, ongoing');
      const notice = within(el, 'details[part="record-notice"]')[0]!;
      for (const path of [
        'events[5].date',
        'events[6].type',
        'events[7].end',
        'events[8].persons[0]',
      ]) {
        expect(notice.textContent).to.contain(path);
      }
      expect(events.map((e) => e.source)).to.deep.equal(['record']);
    });

    it('draws dates at the ends of the calendar, 0001-01-01 and 9999-12-31', async () => {
      const el = await timeline({
        record: {
          ...recordInput,
          events: [
            { id: 'first', type: 'visit', date: '0001-01-01', title: 'Year one' },
            { id: 'last', type: 'visit', date: '9999-12-31', title: 'Year 9999' },
            { id: 'long', type: 'assessment', date: '0001-01-01', end: '9999-12-31' },
          ],
        },
      });
      expect(marks(el)).to.have.length.greaterThan(0);
      for (const m of within(el, 'svg [data-key]')) {
        for (const name of ['x', 'cx', 'width', 'd']) {
          const value = m.getAttribute(name);
          if (value !== null) expect(value).not.to.match(/NaN|Infinity/);
        }
      }
      el.showRange('9999-12-01', '9999-12-31');
      await settle(el);
      expect(marks(el)).to.include('Home visit: Year 9999, 31 December 9999');
      el.view = 'table';
      await settle(el);
      expect(rows(el).map((r) => r[0])).to.deep.equal([
        // The year as recorded, with four digits (Intl alone would write "1").
        '1 January 0001',
        '1 January 0001 to 31 December 9999',
        '31 December 9999',
      ]);
    });

    it('keeps the page small for 100,000 entries on one day, in every view', async function () {
      this.timeout(120_000);
      const events = Array.from({ length: 100_000 }, (_, i) => ({
        id: `d${i}`,
        type: 'visit',
        date: '2024-01-15',
        title: `Visit ${i}`,
      }));
      const el = await timeline({ record: { ...recordInput, events } });
      expect(within(el, '[role="status"]')[0]!.textContent!.trim()).to.equal(
        'Showing 100,000 entries',
      );
      const badges = within(el, 'svg .badge');
      expect(badges).to.have.length(1);
      expect(badges[0]!.getAttribute('aria-label')).to.match(/^[^:]+: 100,000 entries/);
      expect(elementCount(el)).to.be.lessThan(3000);
      for (const view of ['table', 'court'] as const) {
        el.view = view;
        await settle(el);
        expect(elementCount(el)).to.be.lessThan(3000);
      }
    });

    it('keeps the page small for a generated journey of 100,000 entries', async function () {
      this.timeout(180_000);
      const big = generateCase({ seed: 5, persons: 60, events: 100_000 });
      const el = await timeline({ model: sampleModel, record: big, today: SAMPLE_TODAY });
      expect(within(el, '[role="status"]')[0]!.textContent!.trim()).to.equal(
        'Showing 100,000 entries',
      );
      expect(elementCount(el)).to.be.lessThan(3000);
      el.zoomIn();
      el.zoomIn();
      el.panBy(-200);
      await settle(el);
      expect(elementCount(el)).to.be.lessThan(3000);
      for (const view of ['table', 'court'] as const) {
        el.view = view;
        await settle(el);
        expect(elementCount(el)).to.be.lessThan(3000);
      }
    });
  });

  describe('first render and resizing', () => {
    /** A timeline given its data before it is first rendered, as a host application does. */
    async function fresh(props: Partial<PracticeTimeline>): Promise<PracticeTimeline> {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('practice-timeline');
      Object.assign(el, props);
      host.append(el);
      await el.updateComplete;
      return el;
    }

    it('draws a long journey first, then renders its chronology and summaries when idle', async () => {
      const el = await fresh({ model: sampleModel, record: sampleCase, today: SAMPLE_TODAY });
      expect(marks(el).length).to.be.greaterThan(0);
      expect(within(el, '[part="count"]')[0]!.textContent).to.contain('95');
      expect(within(el, 'table[part~="table"]')).to.have.length(0);
      expect(within(el, '[part="summary"], [part="clocks"]')).to.have.length(0);
      await waitUntil(() => within(el, '[part="summary"]').length > 0, 'the summary', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(rows(el)).to.have.length(50);
      expect(within(el, '[part="clocks"]')).to.have.length(1);
      expect(within(el, '[part="pager"]')).to.have.length(1);
      // Once shown, it stays: a later render does not take it away.
      el.significantOnly = true;
      await el.updateComplete;
      expect(within(el, '[part="summary"]')).to.have.length(1);
    });

    it('renders it at once, every row, when the page is printed from the browser', async () => {
      const el = await fresh({ model: sampleModel, record: sampleCase, today: SAMPLE_TODAY });
      expect(within(el, 'table[part~="table"]')).to.have.length(0);
      window.dispatchEvent(new Event('beforeprint'));
      expect(rows(el)).to.have.length(95);
      expect(within(el, '[part="pager"], .print-note, button.open-details')).to.have.length(0);
      expect(within(el, '[part="summary"]')).to.have.length(1);
      expect(within(el, '[part="clocks"]')).to.have.length(1);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(rows(el)).to.have.length(50);
      expect(within(el, '[part="pager"]')).to.have.length(1);
    });

    it('redraws at the new width when the element is resized', async () => {
      const host = await fixture<HTMLDivElement>(html`<div class="host"></div>`);
      host.style.setProperty('width', '900px');
      const el = document.createElement('practice-timeline');
      Object.assign(el, { model, record, today: TODAY });
      host.append(el);
      await el.updateComplete;
      const width = () => Number(within(el, 'svg.canvas')[0]!.getAttribute('width'));
      const first = width();
      host.style.setProperty('width', '700px');
      await waitUntil(() => width() === first - 200, 'the drawing follows the width', {
        timeout: 5000,
      });
    });

    it('renders a short chronology with the drawing, and the table view at once', async () => {
      const short = await fresh({ model, record, today: TODAY });
      expect(rows(short)).to.have.length(5);
      expect(within(short, '[part="clocks"]')).to.have.length(1);
      const table = await fresh({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
        view: 'table',
      });
      expect(rows(table)).to.have.length(50);
    });
  });

  describe('inside <practice-case>', () => {
    it('follows the selection from another view', async () => {
      await import('../../src/components/case/practice-case.js');
      const wrapper = await fixture<HTMLElement>(
        html`<practice-case .model=${model} .record=${record} today=${TODAY}>
          <practice-timeline></practice-timeline>
        </practice-case>`,
      );
      const el = wrapper.querySelector('practice-timeline')!;
      await settle(el);
      expect(marks(el)).to.have.length(5);
      wrapper.dispatchEvent(
        new (await import('../../src/events/select.js')).PracticeSelectEvent('ben'),
      );
      await settle(el);
      expect(marks(el)).to.have.length(2);
    });
  });
});
