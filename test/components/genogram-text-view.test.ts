import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { kinRelations } from '../../src/model/genogram/kinship.js';
import { pageItems } from '../../src/components/genogram/pagination.js';
import type { PracticeGenogram } from '../../src/components/genogram/genogram.js';
import type { PracticeSelectEvent } from '../../src/events/select.js';
import { defineCaseRecord, kinshipGraph, type CaseRecordInput } from '../../src/model/index.js';
import {
  generateCase,
  hostileStrings,
  SAMPLE_TODAY,
  sampleModel,
} from '../../src/samples/index.js';
import {
  collect,
  deepElements,
  model,
  record,
  recordInput,
  textOf,
  TODAY,
  within,
} from './fixtures.js';

/** A generated family of 120 people: three pages of 50. */
const family120 = generateCase({ seed: 7, persons: 120, events: 0 });

async function genogram(
  input: unknown,
  props: Partial<PracticeGenogram> = {},
): Promise<PracticeGenogram> {
  const el = await fixture<PracticeGenogram>(
    html`<practice-genogram
      .model=${sampleModel}
      .record=${input}
      today=${SAMPLE_TODAY}
    ></practice-genogram>`,
  );
  Object.assign(el, props);
  await settle(el);
  return el;
}

/** The small test family (6 people), `pageSize` to a page. */
async function small(pageSize?: number, props: Partial<PracticeGenogram> = {}) {
  const el = await fixture<PracticeGenogram>(
    html`<practice-genogram .model=${model} .record=${record} today=${TODAY}></practice-genogram>`,
  );
  Object.assign(el, pageSize === undefined ? props : { textPageSize: pageSize, ...props });
  await settle(el);
  return el;
}

async function settle(el: PracticeGenogram): Promise<void> {
  for (let round = 0; round < 3; round++) await el.updateComplete;
}

function cards(el: PracticeGenogram): HTMLElement[] {
  return within(el, '[part="person"]');
}

function names(el: PracticeGenogram): string[] {
  return cards(el).map((card) => card.querySelector('.name')!.textContent!);
}

function card(el: PracticeGenogram, name: string): HTMLElement {
  const found = cards(el).find((c) => c.querySelector('.name')!.textContent === name);
  if (!found) throw new Error(`no card for ${name}`);
  return found;
}

function count(el: PracticeGenogram, id = 'people-count'): string {
  return textOf(within(el, `#${id}`)[0]!);
}

function status(el: PracticeGenogram): string {
  return textOf(within(el, '[part="text-view"] [role="status"]')[0]!);
}

function pageButton(el: PracticeGenogram, text: string, nav = 0): HTMLButtonElement {
  const pagination = within(el, '[part="pagination"]')[nav];
  const found = [...(pagination?.querySelectorAll('button') ?? [])].find(
    (b) => textOf(b).replace(/[←→]/g, '').trim() === text || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`no page button ${text}`);
  return found;
}

/** Types into "Find a person" (or, `typed` false, sets its value as a paste would). */
async function search(el: PracticeGenogram, text: string, typed = true): Promise<void> {
  const input = within<HTMLInputElement>(el, '#people-search')[0]!;
  if (typed) {
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text) await sendKeys({ type: text });
  } else {
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await settle(el);
}

/** The value of a card's fact (`<dd>`) named `term`. */
function fact(card: HTMLElement, term: string): string | undefined {
  const dt = [...card.querySelectorAll('dt')].find((t) => t.textContent === term);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

describe('<practice-genogram> text view', () => {
  describe('accessibility', () => {
    it('is accessible with pagination and the filter', async () => {
      const el = await genogram(family120);
      await expect(el).to.be.accessible();
    });

    it('is accessible on a later page and when nobody matches the filter', async () => {
      const el = await genogram(family120);
      pageButton(el, 'Next').click();
      await settle(el);
      await expect(el).to.be.accessible();
      await search(el, 'zzzz');
      await expect(el).to.be.accessible();
    });

    it('names each pagination landmark and marks the current page', async () => {
      const el = await genogram(family120);
      const nav = within(el, '[part="pagination"]')[0]!;
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Pages of people');
      const current = within(el, '[part="pagination"] [aria-current="page"]');
      expect(current.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Page 1']);
    });
  });

  describe('small families', () => {
    it('lists everyone, with no filter, count or pagination, up to the page size', async () => {
      const el = await small();
      expect(cards(el)).to.have.length(record.persons.length);
      expect(within(el, '[part="search"]')).to.have.length(0);
      expect(within(el, '[part="pagination"]')).to.have.length(0);
      expect(within(el, '#people-count')).to.have.length(0);
    });

    it('gives everyone their relation to the index child', async () => {
      const el = await small();
      expect(textOf(card(el, 'Pat Khan'))).to.contain('Relationship to Asha Khan Grandparent');
      expect(textOf(card(el, 'Kim Khan'))).to.contain('Relationship to Asha Khan Birth parent');
      expect(textOf(card(el, 'Ben Khan'))).to.contain(
        'Relationship to Asha Khan Half-brother or half-sister',
      );
      expect(textOf(card(el, 'Asha Khan'))).not.to.contain('Relationship to');
      expect(textOf(card(el, 'Nia Neighbour'))).not.to.contain('Relationship to');
    });
  });

  describe('pagination', () => {
    it('appears only over the page size', async () => {
      const el = await small(6);
      expect(within(el, '[part="pagination"]')).to.have.length(0);
      el.textPageSize = 5;
      await settle(el);
      expect(within(el, '[part="pagination"]')).to.have.length(1);
      expect(count(el)).to.equal('Showing 1 to 5 of 6 people');
    });

    it('shows 50 people a page and counts them with thousands separators', async () => {
      const el = await genogram(family120);
      expect(cards(el)).to.have.length(50);
      expect(count(el)).to.equal('Showing 1 to 50 of 120 people');
      const big = await genogram(generateCase({ seed: 4, persons: 2_000, events: 0 }));
      expect(count(big)).to.equal('Showing 1 to 50 of 2,000 people');
    });

    it('moves with Next, Previous and page numbers, focusing the count of the new page', async () => {
      const el = await genogram(family120);
      const first = names(el);
      expect(() => pageButton(el, 'Previous')).to.throw();
      pageButton(el, 'Next').click();
      await settle(el);
      expect(count(el)).to.equal('Showing 51 to 100 of 120 people');
      expect(names(el)).not.to.include.members(first.slice(0, 1));
      expect(el.shadowRoot!.activeElement?.id).to.equal('people-count');
      pageButton(el, 'Page 3').click();
      await settle(el);
      expect(count(el)).to.equal('Showing 101 to 120 of 120 people');
      expect(cards(el)).to.have.length(20);
      expect(() => pageButton(el, 'Next')).to.throw();
      pageButton(el, 'Previous').click();
      await settle(el);
      expect(count(el)).to.equal('Showing 51 to 100 of 120 people');
      pageButton(el, 'Page 1').click();
      await settle(el);
      expect(names(el)).to.deep.equal(first);
    });

    it('lists every person exactly once over the pages, by generation', async () => {
      const el = await genogram(family120);
      const seen: string[] = [];
      for (const page of ['Page 1', 'Page 2', 'Page 3']) {
        pageButton(el, page).click();
        await settle(el);
        seen.push(...cards(el).map((c) => c.dataset['person']!));
        expect(within(el, '[part="generation"] h3').length).to.be.greaterThan(0);
      }
      expect(new Set(seen).size).to.equal(120);
    });

    it('offers the first, last, current and neighbouring pages, with gaps, as GOV.UK does', () => {
      expect(pageItems(0, 1)).to.deep.equal([0]);
      expect(pageItems(0, 3)).to.deep.equal([0, 1, 2]);
      expect(pageItems(0, 40)).to.deep.equal([0, 1, 'gap', 39]);
      expect(pageItems(4, 40)).to.deep.equal([0, 'gap', 3, 4, 5, 'gap', 39]);
      expect(pageItems(2, 40)).to.deep.equal([0, 1, 2, 3, 'gap', 39]);
      expect(pageItems(39, 40)).to.deep.equal([0, 'gap', 38, 39]);
    });

    it('pages households too', async function () {
      this.timeout(60_000);
      const el = await genogram(generateCase({ seed: 4, persons: 2_000, events: 0 }));
      expect(count(el, 'households-count')).to.equal('Showing 1 to 50 of 622 households');
      expect(within(el, '[part="households"] .household')).to.have.length(50);
      pageButton(el, 'Next', 1).click();
      await settle(el);
      expect(count(el, 'households-count')).to.equal('Showing 51 to 100 of 622 households');
      expect(el.shadowRoot!.activeElement?.id).to.equal('households-count');
      expect(count(el)).to.equal('Showing 1 to 50 of 2,000 people');
    });

    it('counts and pages in Welsh', async () => {
      const el = await genogram(family120, { locale: 'cy' });
      expect(count(el)).to.equal('Yn dangos 1 i 50 o 120 o bobl');
      expect(pageButton(el, 'Nesaf')).to.exist;
    });
  });

  describe('Find a person', () => {
    it('narrows the list by name as you type, and announces how many were found', async () => {
      const el = await genogram(family120);
      const name = names(el)[0]!;
      const family = name.split(' ').at(-1)!;
      await search(el, family.toLowerCase());
      expect(names(el).length).to.be.greaterThan(0);
      for (const shown of names(el)) expect(shown.toLowerCase()).to.contain(family.toLowerCase());
      const found = Number(/of (\d+) (people|person)/.exec(count(el))![1]);
      expect(found).to.be.lessThan(120);
      await waitUntil(() => status(el) !== '', 'no announcement', { timeout: 5_000 });
      expect(status(el)).to.equal(found === 1 ? '1 person found' : `${found} people found`);
      expect(within(el, '[role="status"]')[0]!.closest('[aria-live="off"]')).to.equal(null);
    });

    it('finds people by their relation to the index child', async () => {
      const el = await small(2);
      await search(el, 'grandparent');
      expect(names(el)).to.deep.equal(['Pat Khan']);
      await search(el, 'birth parent');
      expect(names(el)).to.have.members(['Kim Khan', 'Lee Owens']);
    });

    it('says when nobody matches, and shows everyone again when emptied', async () => {
      const el = await genogram(family120);
      await search(el, 'no such person');
      expect(cards(el)).to.have.length(0);
      expect(count(el)).to.equal('No people match your search.');
      expect(within(el, '[part="pagination"]')).to.have.length(0);
      await waitUntil(() => status(el) !== '', 'no announcement', { timeout: 5_000 });
      expect(status(el)).to.equal('No people match your search.');
      await search(el, '');
      expect(count(el)).to.equal('Showing 1 to 50 of 120 people');
    });

    it('treats any text as text: markup and pattern characters find nothing and break nothing', async () => {
      const el = await genogram(family120);
      for (const text of ['<img src=x onerror=alert(1)>', '.*', '(', '\\', '${x}']) {
        await search(el, text, false);
        expect(cards(el), text).to.have.length(0);
      }
      expect(deepElements(el).map((e) => e.localName)).not.to.include('img');
    });

    it('never finds a person withheld from the audience by their name', async () => {
      const el = await small(2, { audience: 'family' });
      await search(el, 'Nia');
      expect(cards(el)).to.have.length(0);
      await search(el, 'withheld');
      expect(names(el)).to.deep.equal(['Name withheld']);
    });
  });

  describe('selection', () => {
    it('brings the page of a person selected in the diagram, and marks them', async () => {
      const el = await genogram(family120);
      pageButton(el, 'Page 3').click();
      await settle(el);
      const id = cards(el).at(-1)!.dataset['person']!;
      pageButton(el, 'Page 1').click();
      await settle(el);
      within<SVGGElement>(el, `svg.diagram [data-key="p:${id}"]`)[0]!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, detail: 1 }),
      );
      await settle(el);
      expect(el.selection).to.equal(id);
      expect(count(el)).to.equal('Showing 101 to 120 of 120 people');
      const chosen = cards(el).find((c) => c.dataset['person'] === id)!;
      expect(chosen.classList.contains('person--selected')).to.equal(true);
      expect(chosen.querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('clears a filter that hides the person selected', async () => {
      const el = await genogram(family120);
      const id = cards(el)[0]!.dataset['person']!;
      await search(el, 'no such person');
      el.selection = id;
      await settle(el);
      expect(within<HTMLInputElement>(el, '#people-search')[0]!.value).to.equal('');
      expect(cards(el).some((c) => c.dataset['person'] === id)).to.equal(true);
    });

    it('selects in the diagram when a person is chosen in the text view', async () => {
      const el = await genogram(family120);
      const selects = collect<PracticeSelectEvent>(el, 'practice-select');
      await search(el, names(el)[3]!);
      const chosen = cards(el)[0]!;
      const id = chosen.dataset['person']!;
      chosen.querySelector('button')!.click();
      await settle(el);
      expect(selects.map((e) => e.personId)).to.deep.equal([id]);
      const node = within(el, `svg.diagram [data-key="p:${id}"]`)[0]!;
      expect(node.getAttribute('aria-pressed')).to.equal('true');
      // The filter and page stay as they were.
      expect(cards(el)[0]!.dataset['person']).to.equal(id);
    });

    it('starts again on page 1, with no filter, for another case', async () => {
      const el = await genogram(family120);
      pageButton(el, 'Next').click();
      await search(el, 'a');
      el.record = generateCase({ seed: 8, persons: 120, events: 0 });
      await settle(el);
      await settle(el);
      expect(count(el)).to.equal('Showing 1 to 50 of 120 people');
      expect(within<HTMLInputElement>(el, '#people-search')[0]!.value).to.equal('');
    });
  });

  describe('print', () => {
    it('lists every person and household in print media, with no filter or pages', async function () {
      this.timeout(60_000);
      const el = await genogram(family120);
      await search(el, 'no such person');
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => cards(el).length === 120, 'not everyone printed', {
          timeout: 10_000,
        });
        const households = family120.households?.length ?? 0;
        expect(within(el, '[part="households"] .household')).to.have.length(households);
        expect(within(el, '[part="search"], [part="pagination"], #people-count')).to.have.length(0);
        const first = cards(el)[0]!.closest('li')!;
        expect(getComputedStyle(first).contentVisibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await waitUntil(() => cards(el).length === 0, 'the screen view did not come back', {
        timeout: 10_000,
      });
      expect(count(el)).to.equal('No people match your search.');
    });

    it('hides the filter, count and pages in its print styles', async () => {
      const el = await genogram(family120);
      // Drawn for screen: the styles alone hide these as the page is laid out for paper.
      const hidden = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
        .filter((rule) => rule.conditionText === 'print')
        .flatMap((rule) => [...rule.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
        .filter((rule) => rule.style.display === 'none');
      for (const part of ['search', 'pagination', 'result-count']) {
        const element = within(el, `[part="${part}"]`)[0]!;
        expect(
          hidden.some((rule) => element.matches(rule.selectorText)),
          part,
        ).to.equal(true);
      }
    });
  });

  describe('size', () => {
    it('draws a 2,000-person family in under 2,000 text-view elements (was some 47,000)', async function () {
      this.timeout(60_000);
      const el = await genogram(generateCase({ seed: 4, persons: 2_000, events: 0 }));
      const text = within(el, '[part="text-view"] *').length;
      expect(text).to.be.below(2_000);
      // The whole element, the SVG drawing (some 4,900 elements, far out) included.
      expect(deepElements(el).length).to.be.below(7_000);
    });
  });

  describe('relations to the index child', () => {
    const relatives: CaseRecordInput = {
      id: 'kin',
      subjects: ['child'],
      persons: [
        'child',
        'mum',
        'dad',
        'gran',
        'aunt',
        'cousin',
        'sister',
        'niece',
        'stepdad',
        'carer',
        'second',
        'stranger',
      ].map((id) => ({ id, name: { given: id } })),
      relationships: [
        { id: 'r1', type: 'parent', from: 'mum', to: 'child' },
        { id: 'r2', type: 'parent', from: 'dad', to: 'child' },
        { id: 'r3', type: 'parent', from: 'gran', to: 'mum' },
        { id: 'r4', type: 'parent', from: 'gran', to: 'aunt' },
        { id: 'r5', type: 'parent', from: 'aunt', to: 'cousin' },
        { id: 'r6', type: 'parent', from: 'mum', to: 'sister' },
        { id: 'r7', type: 'parent', from: 'dad', to: 'sister' },
        { id: 'r8', type: 'parent', from: 'sister', to: 'niece' },
        { id: 'r9', type: 'married', from: 'mum', to: 'stepdad' },
        { id: 'r10', type: 'parent', from: 'cousin', to: 'second' },
      ],
    };

    it('works out grandparents, aunts, cousins, brothers and sisters, nieces and partners', () => {
      const graph = kinshipGraph(defineCaseRecord(relatives, model), model);
      const kin = kinRelations(graph, 'child');
      const kind = (id: string) => {
        const relation = kin.get(id);
        if (!relation) return undefined;
        if (relation.kind === 'relative') return `relative ${relation.up},${relation.down}`;
        if (relation.kind === 'sibling') return relation.half ? 'half-sibling' : 'sibling';
        if (relation.kind === 'partner-of') return `partner of ${relation.person}`;
        return relation.kind;
      };
      expect(kind('child')).to.equal('index');
      expect(kind('mum')).to.equal('parent');
      expect(kind('gran')).to.equal('relative 2,0');
      expect(kind('aunt')).to.equal('relative 2,1');
      expect(kind('cousin')).to.equal('relative 2,2');
      expect(kind('sister')).to.equal('sibling');
      expect(kind('niece')).to.equal('relative 1,2');
      expect(kind('stepdad')).to.equal('partner of mum');
      expect(kind('stranger')).to.equal(undefined);
    });

    it('words them on the cards', async () => {
      const el = await fixture<PracticeGenogram>(
        html`<practice-genogram
          .model=${model}
          .record=${{ ...recordInput, ...relatives, responses: [], events: [], households: [] }}
          today=${TODAY}
        ></practice-genogram>`,
      );
      await settle(el);
      const relation = (name: string) => fact(card(el, name), 'Relationship to child');
      expect(relation('gran')).to.equal('Grandparent');
      expect(relation('aunt')).to.equal('Aunt or uncle');
      expect(relation('cousin')).to.equal('Cousin');
      expect(relation('sister')).to.equal('Brother or sister');
      expect(relation('niece')).to.equal('Niece or nephew');
      expect(relation('stepdad')).to.equal('Partner of mum');
      expect(relation('second')).to.equal('Cousin');
      expect(relation('stranger')).to.equal(undefined);
    });
  });

  describe('hostile strings', () => {
    it('renders hostile names as text over several pages, and finds them as text', async () => {
      const short = hostileStrings.filter((s) => s.trim() && s.length <= 200);
      const persons = Array.from({ length: 60 }, (_, i) => ({
        id: `h${i}`,
        name: { display: short[i % short.length]! },
      }));
      const el = await genogram({ id: 'hostile', subjects: ['h0'], persons }, { textPageSize: 25 });
      expect(cards(el)).to.have.length(25);
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'iframe', 'b', 'i']);
      expect(deepElements(el).filter((e) => e.hasAttribute('style'))).to.have.length(0);
      await search(el, short[0]!.slice(0, 20), false);
      expect(names(el).length).to.be.greaterThan(0);
      for (const shown of names(el)) expect(shown).to.equal(short[0]);
    });
  });
});
