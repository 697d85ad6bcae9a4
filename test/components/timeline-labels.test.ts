import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/timeline/practice-timeline.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { cy } from '../../src/i18n/cy.js';
import { enGB } from '../../src/i18n/en-GB.js';
import { isLocaleReady } from '../../src/i18n/resolve.js';
import type { CaseRecordInput } from '../../src/model/index.js';
import { sampleModel } from '../../src/samples/index.js';

const TODAY = '2025-01-01';

const record: CaseRecordInput = {
  id: 'labels',
  subjects: ['child'],
  index: 'child',
  persons: [{ id: 'child', name: { given: 'Cai', family: 'Jones' }, dateOfBirth: '2015-05-04' }],
  agencies: [
    { id: 'a-school', name: 'Ysgol y Berllan', kind: 'school' },
    { id: 'b-police', name: 'Dyfed-Powys Police', kind: 'police' },
  ],
  events: [
    { id: 'jan', type: 'referral', date: '2024-01-15', agency: 'b-police', significance: 'high' },
    { id: 'feb', type: 'contact', date: '2024-02-14', agency: 'a-school' },
    { id: 'mar', type: 'hearing', date: '2024-03-11' },
    { id: 'far-1', type: 'contact', date: '0001-01-01', significance: 'high' },
    { id: 'far-99', type: 'contact', date: '0099-12-31', significance: 'high' },
    { id: 'far-1900', type: 'contact', date: '1900-02-28', significance: 'high' },
    { id: 'far-9999', type: 'contact', date: '9999-12-31', significance: 'high' },
  ],
};

async function timeline(
  locale: string,
  props: Partial<PracticeTimeline> = {},
): Promise<PracticeTimeline> {
  const el = await fixture<PracticeTimeline>(
    html`<practice-timeline
      locale=${locale}
      today=${TODAY}
      .model=${sampleModel}
      .record=${record}
    ></practice-timeline>`,
  );
  Object.assign(el, props);
  const root = () => el.shadowRoot?.querySelector('.root');
  // Welsh messages load on first use: wait for them rather than read the busy placeholder.
  await waitUntil(() => isLocaleReady(locale) && root()?.getAttribute('aria-busy') === null);
  for (let i = 0; i < 3; i++) await el.updateComplete;
  return el;
}

function texts(el: PracticeTimeline, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The first cell of each row of the view's table. */
function dateCells(el: PracticeTimeline, column = 0): string[] {
  return [...el.shadowRoot!.querySelectorAll('table[part~="table"] tbody tr')].map((row) =>
    (row.children[column]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

const monthNames = (messages: typeof enGB, prefix: 'date.month' | 'date.monthShort') =>
  Array.from({ length: 12 }, (_, i) => messages[`${prefix}.${i + 1}` as keyof typeof enGB]);
const ENGLISH_SHORT = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

describe('<practice-timeline> labels', () => {
  describe('axis', () => {
    it('writes the axis in Welsh with the Welsh short month names', async () => {
      const el = await timeline('cy', { from: '2024-01-01', to: '2024-03-31' });
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('cy');
      const labels = texts(el, '.tick-label');
      expect(labels.length).to.be.greaterThan(1);
      const welsh = monthNames(cy, 'date.monthShort') as string[];
      expect(welsh.slice(0, 2)).to.deep.equal(['Ion', 'Chwef']);
      expect(
        labels.some((l) => welsh.some((m) => l.split(' ').includes(m))),
        labels.join(' | '),
      ).to.equal(true);
      expect(labels.filter((l) => ENGLISH_SHORT.test(l))).to.deep.equal([]);
      expect(labels).to.include('Ion 2024');
    });

    it('writes the axis in en-GB as Intl.DateTimeFormat does', async () => {
      const el = await timeline('en-GB', { from: '2024-01-01', to: '2024-03-31' });
      const labels = texts(el, '.tick-label');
      expect(labels.length).to.be.greaterThan(1);
      const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
      const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });
      const expected = new Set<string>();
      for (let d = Date.UTC(2023, 11, 1); d <= Date.UTC(2024, 4, 1); d += 86_400_000) {
        expected.add(day.format(d)).add(month.format(d)).add('2024');
      }
      for (const label of labels) expect(expected.has(label), label).to.equal(true);
    });

    it('writes years before 1000 with four digits, in both languages', async () => {
      for (const [locale, january] of [
        ['en-GB', 'Jan 0100'],
        ['cy', 'Ion 0100'],
      ] as const) {
        const el = await timeline(locale, { from: '0099-07-01', to: '0100-06-30' });
        const labels = texts(el, '.tick-label');
        expect(
          labels.some((l) => l === january || l === '0100'),
          labels.join(' | '),
        ).to.equal(true);
        expect(labels.some((l) => /19\d\d|20\d\d/.test(l))).to.equal(false);
      }
    });
  });

  describe('dates at the ends of the calendar', () => {
    const english = ['1 January 0001', '31 December 0099', '28 February 1900', '31 December 9999'];
    const welsh = ['1 Ionawr 0001', '31 Rhagfyr 0099', '28 Chwefror 1900', '31 Rhagfyr 9999'];

    for (const [locale, dates] of [
      ['en-GB', english],
      ['cy', welsh],
    ] as const) {
      it(`writes them in the table, the CSV and the court chronology (${locale})`, async () => {
        const el = await timeline(locale, { view: 'table' });
        const cells = dateCells(el);
        for (const date of dates) expect(cells, date).to.include(date);
        const csv = el.exportCsv();
        for (const date of dates) expect(csv, date).to.contain(date);

        el.courtYears = 5000;
        el.view = 'court';
        for (let i = 0; i < 3; i++) await el.updateComplete;
        // The court chronology runs up to today: the entry of 9999 is not in it.
        expect(dateCells(el, 1)).to.include.members(dates.slice(0, 3));
        expect(texts(el, 'caption').join(' ')).to.contain(dates[0]);
        const court = el.exportCsv();
        for (const date of dates.slice(0, 3)) expect(court, date).to.contain(date);
      });

      it(`writes them in the details (${locale})`, async () => {
        const el = await timeline(locale, { from: '0099-12-01', to: '0100-01-31' });
        const mark = el.shadowRoot!.querySelector<SVGElement>('svg.canvas [data-key]');
        expect(mark).to.not.equal(null);
        mark!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (let i = 0; i < 3; i++) await el.updateComplete;
        const dialog = el.shadowRoot!.querySelector('dialog');
        expect(dialog?.open).to.equal(true);
        expect(dialog?.textContent?.replace(/\s+/g, ' ')).to.contain(dates[1]);
      });
    }
  });

  describe('sorting the chronology table', () => {
    const sortBy = async (el: PracticeTimeline, key: string) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)!.click();
      for (let i = 0; i < 3; i++) await el.updateComplete;
    };

    it('sorts the area column by the names shown, in the locale', async () => {
      // Lane ids: court < front-door. Welsh names: Drws ffrynt < Llys.
      const el = await timeline('cy', { view: 'table' });
      await sortBy(el, 'lane');
      const areas = dateCells(el, 2);
      expect(areas.indexOf('Llys')).to.be.greaterThan(areas.lastIndexOf('Drws ffrynt'));
      expect(areas.lastIndexOf('Drws ffrynt')).to.be.greaterThan(-1);
      const english = await timeline('en-GB', { view: 'table' });
      await sortBy(english, 'lane');
      const lanes = dateCells(english, 2);
      expect(lanes.lastIndexOf('Court')).to.be.lessThan(lanes.indexOf('Front door'));
    });

    it('sorts the source column by the names shown, not the agency ids', async () => {
      const el = await timeline('en-GB', { view: 'table' });
      await sortBy(el, 'agency');
      const sources = dateCells(el, 3).slice(0, 2);
      // Dyfed-Powys Police (id b-police) before Ysgol y Berllan (id a-school).
      expect(sources[0]).to.contain('Dyfed-Powys Police');
      expect(sources[1]).to.contain('Ysgol y Berllan');
    });
  });
});
