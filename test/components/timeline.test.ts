import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import type { PracticeInvalidEvent } from '../../src/events/invalid.js';
import type { PracticeSelectEvent } from '../../src/events/select.js';
import { hostileStrings, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
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
  return el;
}

/** The first cell of each body row of the chronology table. */
function rows(el: PracticeTimeline): string[][] {
  return within(el, 'table[part="table"] tbody tr').map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

describe('<practice-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible with a record', async () => {
      await expect(await timeline()).to.be.accessible();
    });

    it('is accessible when its model is rejected', async () => {
      const el = await timeline({ model: brokenModelInput() });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible for a redacted audience and with the sample case', async function () {
      // axe over the whole sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      await expect(await timeline({ audience: 'family' })).to.be.accessible();
      const sample = await timeline({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      await expect(sample).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('lists entries in date order, same-day entries by time then record order', async () => {
      const el = await timeline();
      expect(rows(el).map((r) => r[1])).to.deep.equal([
        'House move Moved to the area',
        'Police call-out Neighbour reported shouting',
        'Referral Referral from school',
        'Assessment',
        'Home visit Visit to Ben',
      ]);
    });

    it('writes uncertain dates, times and periods honestly', async () => {
      const dates = rows(await timeline()).map((r) => r[0]);
      expect(dates).to.deep.equal([
        'about 2019',
        '9 January 2024, 22:15',
        '10 January 2024',
        'From 11 January 2024, ongoing',
        '1 February 2024',
      ]);
    });

    it('names the area, source agency, significance and people of each entry', async () => {
      const police = rows(await timeline())[1]!;
      expect(police.slice(2)).to.deep.equal([
        'Police',
        'Metropolitan Police',
        'Not rated',
        'Kim Khan, Asha Khan',
      ]);
    });

    it('uses a real table with a caption, column headers and row headers', async () => {
      const el = await timeline();
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Chronology');
      expect(within(el, 'table[part="table"] thead th[scope="col"]')).to.have.length(6);
      expect(within(el, 'table[part="table"] tbody th[scope="row"]')).to.have.length(5);
      expect(within(el, '[role="status"]')[0]!.textContent!.trim()).to.equal('Showing 5 entries');
    });

    it('shows open statutory clocks with their status in words, and compliance counts', async () => {
      const el = await timeline();
      const clocks = within(el, '[part="clocks"]')[0]!;
      expect(clocks.textContent).to.contain('Statutory timescales');
      const status = within(el, '[part="status"]')[0]!;
      expect(status.textContent!.trim()).to.equal('Not yet due (8 working days left)');
      const compliance = [...clocks.querySelectorAll('table')].at(-1)!;
      expect(
        compliance.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('Assessment within 45 working days 0 0 0 1');
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
  });

  describe('properties', () => {
    it('shows significant entries only when asked, reflecting the attribute', async () => {
      const el = await timeline({ significantOnly: true });
      expect(el.hasAttribute('significant-only')).to.equal(true);
      // High significance, or significant by type; low and unrated ones are left out.
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Referral Referral from school']);
    });

    it('shows only the selected person’s entries, and says so', async () => {
      const el = await timeline({ selection: 'ben' });
      expect(rows(el).map((r) => r[1])).to.deep.equal(['Assessment', 'Home visit Visit to Ben']);
      expect(textOf(within(el, '[part="filter"]')[0]!)).to.equal(
        'Showing entries for Ben Khan Show all',
      );
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Chronology for Ben Khan');
    });

    it('replaces a withheld entry with a marker for a masking audience', async () => {
      const el = await timeline({ audience: 'family' });
      const withheld = within(el, 'tr[part~="withheld"]');
      expect(withheld).to.have.length(1);
      expect(textOf(el)).to.contain('Information withheld');
      expect(textOf(el)).not.to.contain('Neighbour reported shouting');
      expect(textOf(el)).not.to.contain('Metropolitan Police');
      expect(rows(el)[1]![0]).to.equal('9 January 2024, 22:15');
    });

    it('removes withheld entries for a hiding audience (an unknown audience hides everything)', async () => {
      const el = await timeline({ audience: 'not-in-the-model' });
      expect(rows(el)).to.have.length(4);
      expect(textOf(el)).not.to.contain('Neighbour reported shouting');
    });

    it('speaks Welsh', async () => {
      const el = await timeline({ locale: 'cy' });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Cronoleg');
      expect(rows(el)[0]![0]).to.equal('tua 2019');
      expect(within(el, '.root')[0]!.getAttribute('lang')).to.equal('cy');
    });

    it('takes message overrides and the model’s labels', async () => {
      const el = await timeline({ messages: { 'timeline.caption': 'Child’s journey' } });
      expect(within(el, 'caption')[0]!.textContent!.trim()).to.equal('Child’s journey');
      const labelled = await timeline({
        model: { ...structuredClone(model), labels: { 'timeline.showAll': 'Everyone' } },
        selection: 'ben',
      });
      expect(textOf(within(labelled, '[part="filter"]')[0]!)).to.contain('Everyone');
    });
  });

  describe('events', () => {
    it('clears the person filter with "Show all", announcing practice-select', async () => {
      const el = await timeline({ selection: 'ben' });
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
      const el = await timeline();
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
      expect(rows(el)).to.have.length(5);
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
      const el = await timeline({ record: hostile });
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'svg', 'b', 'i']);
      const text = el.shadowRoot!.textContent!;
      for (const s of short.filter((s) => s.trim())) expect(text).to.contain(s.trim());
      expect(rows(el)).to.have.length(short.length);
    });

    it('never throws into the host for nonsense input', async () => {
      const el = await timeline({ record: 42, model: 'nonsense' });
      expect(textOf(el)).to.contain('There is a problem with the practice model');
      const noRecord = await timeline({ record: 42 });
      expect(textOf(noRecord)).to.contain('expected a case record object');
      expect(rows(noRecord)).to.deep.equal([]);
      const empty = await fixture<PracticeTimeline>(html`<practice-timeline></practice-timeline>`);
      expect(textOf(empty)).to.equal('No practice model has been provided.');
    });

    it('shows the valid part of a record and lists what was left out', async () => {
      const events: PracticeInvalidEvent[] = [];
      const partly = {
        ...recordInput,
        events: [...recordInput.events!, { id: 'bad', type: 'visit', date: '2024-02-31' }],
      };
      const el = await fixture<PracticeTimeline>(
        html`<practice-timeline
          .model=${model}
          .record=${partly}
          today=${TODAY}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-timeline>`,
      );
      expect(rows(el)).to.have.length(5);
      const notice = within(el, 'details[part="record-notice"]')[0]!;
      expect(notice.textContent).to.contain('events[5].date');
      expect(events.map((e) => e.source)).to.deep.equal(['record']);
    });
  });
});
