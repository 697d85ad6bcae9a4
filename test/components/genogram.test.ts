import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  CHILD_DASH,
  COUPLE_DASH,
  coupleD,
  emotionalD,
} from '../../src/components/genogram/diagram.js';
import '../../src/define.js';
import type { PracticeGenogram } from '../../src/components/genogram/genogram.js';
import type { PracticeRecordChangeEvent } from '../../src/components/genogram/genogram.events.js';
import type { PracticeInvalidEvent } from '../../src/events/invalid.js';
import type { PracticeSelectEvent } from '../../src/events/select.js';
import {
  COUPLE_KINDS,
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  type CaseRecord,
  type CaseRecordInput,
} from '../../src/model/index.js';
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

async function genogram(props: Partial<PracticeGenogram> = {}): Promise<PracticeGenogram> {
  const el = await fixture<PracticeGenogram>(
    html`<practice-genogram .model=${model} .record=${record} today=${TODAY}></practice-genogram>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

function button(el: PracticeGenogram, name: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'button[part="person-button"]').find(
    (b) => b.querySelector('.name')!.textContent === name,
  );
  if (!found) throw new Error(`no button for ${name}`);
  return found;
}

function card(el: PracticeGenogram, name: string): string {
  return textOf(button(el, name).closest('[part="person"]')!);
}

/** The drawn people (SVG groups), by the name their accessible label starts with. */
function nodes(el: PracticeGenogram): SVGGElement[] {
  return within<SVGGElement>(el, 'svg.diagram .node');
}

function node(el: PracticeGenogram, name: string): SVGGElement {
  const found = nodes(el).find((n) =>
    [name, `${name},`].some((start) => `${n.getAttribute('aria-label')},`.startsWith(`${start},`)),
  );
  if (!found) throw new Error(`no symbol for ${name}`);
  return found;
}

/** The accessible name of what has keyboard focus inside the element. */
function focused(el: PracticeGenogram): string {
  return el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';
}

function toolButton(el: PracticeGenogram, label: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, '[part="tools"] button').find(
    (b) => b.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no tool ${label}`);
  return found;
}

function dialogButton(el: PracticeGenogram, text: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'dialog button').find((b) => textOf(b) === text);
  if (!found) throw new Error(`no dialog button ${text}`);
  return found;
}

function viewBox(el: PracticeGenogram): number[] {
  return within(el, 'svg.diagram')[0]!.getAttribute('viewBox')!.split(' ').map(Number);
}

/** Waits for the element to render, and for focus moves that wait for a render. */
async function settle(el: PracticeGenogram): Promise<void> {
  for (let round = 0; round < 3; round++) await el.updateComplete;
}

async function press(el: PracticeGenogram, key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await settle(el);
}

async function focusDiagram(el: PracticeGenogram): Promise<void> {
  within<SVGGElement>(el, 'svg.diagram [tabindex="0"]')[0]!.focus();
  await el.updateComplete;
}

/** Two parents and `count` children: the "1,000 children on one couple" case. */
function bigFamily(count: number): CaseRecordInput {
  return {
    id: 'big',
    subjects: ['c0'],
    persons: [
      { id: 'mum', name: { given: 'Mum' }, sex: 'female' },
      { id: 'dad', name: { given: 'Dad' }, sex: 'male' },
      ...Array.from({ length: count }, (_, i) => ({ id: `c${i}`, name: { given: `Child ${i}` } })),
    ],
    relationships: [
      { id: 'm', type: 'married', from: 'mum', to: 'dad' },
      ...Array.from({ length: count }, (_, i) => [
        { id: `m${i}`, type: 'parent', from: 'mum', to: `c${i}` },
        { id: `d${i}`, type: 'parent', from: 'dad', to: `c${i}` },
      ]).flat(),
    ],
  };
}

describe('<practice-genogram>', () => {
  describe('accessibility', () => {
    it('is accessible with a record', async () => {
      await expect(await genogram()).to.be.accessible();
    });

    it('is accessible as an ecomap', async () => {
      await expect(
        await genogram({
          mode: 'ecomap',
          model: sampleModel,
          record: sampleCase,
          today: SAMPLE_TODAY,
        }),
      ).to.be.accessible();
    });

    it('is accessible when editable, with the details dialog open', async () => {
      const el = await genogram({ editable: true });
      await expect(el).to.be.accessible();
      await focusDiagram(el);
      await press(el, 'Enter');
      expect(within(el, 'dialog')[0]!.hasAttribute('open')).to.equal(true);
      await expect(el).to.be.accessible();
      dialogButton(el, 'Add a child').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible when its model is rejected', async () => {
      await expect(await genogram({ model: brokenModelInput() })).to.be.accessible();
    });

    it('is accessible for a redacted audience, with a selection, and with the sample case', async function () {
      // axe over the whole sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      await expect(await genogram({ audience: 'family', selection: 'asha' })).to.be.accessible();
      const sample = await genogram({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      await expect(sample).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('draws everyone once, with the notation for sex, death and the index child', async () => {
      const el = await genogram();
      expect(nodes(el)).to.have.length(6);
      const symbol = (name: string) => node(el, name).dataset['symbol'];
      expect(symbol('Asha Khan')).to.equal('circle');
      expect(symbol('Lee Owens')).to.equal('square');
      expect(symbol('Nia Neighbour')).to.equal('diamond');
      const marks = (name: string) => node(el, name).dataset['marks'];
      // The test model has no genogram settings: McGoldrick's cross marks a death.
      expect(marks('Pat Khan')).to.equal('cross');
      expect(marks('Asha Khan')).to.equal('index');
      expect(marks('Kim Khan')).to.equal(undefined);
      // An outline and one path for all markers: two elements in the symbol's group.
      expect(node(el, 'Pat Khan').children).to.have.length(2);
    });

    it('names each symbol for assistive technology', async () => {
      const el = await genogram();
      expect(node(el, 'Asha Khan').getAttribute('aria-label')).to.equal(
        'Asha Khan, Woman, 8 years, Index child',
      );
      expect(node(el, 'Pat Khan').getAttribute('aria-label')).to.equal(
        'Pat Khan, Female, Deceased',
      );
      expect(node(el, 'Asha Khan').getAttribute('role')).to.equal('button');
    });

    it('draws the couple, the children, the focused-on line and the household', async () => {
      const el = await genogram();
      const couple = within(el, 'svg.diagram .couple')[0]!;
      expect(couple.getAttribute('aria-label')).to.equal(
        'Married (separated): Kim Khan and Lee Owens',
      );
      // Separated: one slash drawn on the line (two subpaths in one path).
      expect(couple.getAttribute('d')!.match(/M/g)).to.have.length(2);
      // Child links of one notation share a path: Asha, Ben and Kim, three polylines.
      const children = within(el, 'svg.diagram .child--biological');
      expect(children).to.have.length(1);
      expect(children[0]!.getAttribute('d')!.match(/M/g)).to.have.length(3);
      expect(within(el, 'svg.diagram .feeling--focused-on')).to.have.length(1);
      expect(within(el, 'svg.diagram .households')).to.have.length(1);
    });

    it('shows a legend of what is drawn', async () => {
      const el = await genogram();
      const legend = within(el, '[part="legend"] li').map((li) => textOf(li));
      expect(legend).to.include.members([
        'Man, or male',
        'Woman, or female',
        'Died',
        'Index child',
        'Married, separated',
        'Birth child',
        'Focused on',
        'Living together (household)',
      ]);
      expect(legend).not.to.include('Adopted child');
    });

    it('groups people by generation, oldest first, in the text view', async () => {
      const el = await genogram();
      const generations = within(el, '[part="generation"]').map((g) => ({
        heading: g.querySelector('h3')!.textContent!.trim(),
        people: [...g.querySelectorAll('.name')].map((n) => n.textContent),
      }));
      expect(generations.map((g) => g.heading)).to.deep.equal([
        "Grandparents' generation",
        "Parents' generation",
        "Child's generation",
      ]);
      expect(generations[0]!.people).to.deep.equal(['Pat Khan']);
      expect(generations[1]!.people).to.have.members(['Kim Khan', 'Lee Owens']);
      expect(generations[2]!.people).to.include.members(['Asha Khan', 'Ben Khan']);
    });

    it('marks the index child', async () => {
      const el = await genogram();
      expect(textOf(button(el, 'Asha Khan'))).to.equal('Asha Khan Index child');
      expect(within(el, '[part="index-marker"]')).to.have.length(1);
    });

    it('gives sex, gender, age and dates, and marks the deceased', async () => {
      const el = await genogram();
      expect(card(el, 'Asha Khan')).to.contain('Sex Female');
      expect(card(el, 'Asha Khan')).to.contain('Gender Woman');
      expect(card(el, 'Asha Khan')).to.contain('Born 2 March 2015');
      expect(card(el, 'Asha Khan')).to.contain('Age 8 years');
      expect(card(el, 'Pat Khan')).to.contain('Deceased');
      expect(card(el, 'Pat Khan')).to.contain('Born about 1960');
      expect(card(el, 'Pat Khan')).to.contain('Died May 2020');
      expect(card(el, 'Pat Khan')).not.to.contain('Age');
      expect(card(el, 'Kim Khan')).to.contain('Occupation Nurse');
    });

    it('names parents, partners with status, children (in the child-side words), half-siblings and other relationships', async () => {
      const el = await genogram();
      expect(card(el, 'Asha Khan')).to.contain(
        'Parents and carers Kim Khan (Birth parent), Lee Owens (Birth parent)',
      );
      expect(card(el, 'Asha Khan')).to.contain('Half-brothers and half-sisters Ben Khan');
      expect(card(el, 'Asha Khan')).to.contain('Other relationships Focused on from Lee Owens');
      expect(card(el, 'Lee Owens')).to.contain('Partners Kim Khan (Married, separated)');
      expect(card(el, 'Lee Owens')).to.contain('Focused on towards Asha Khan');
      expect(card(el, 'Kim Khan')).to.contain(
        'Children Asha Khan (Birth child), Ben Khan (Birth child)',
      );
    });

    it('lists households with their address and members', async () => {
      const el = await genogram();
      const households = textOf(within(el, '[part="households"]')[0]!);
      expect(households).to.contain('Refuge');
      expect(households).to.contain('1 Hidden Lane, AB1 2CD');
      expect(households).to.contain('Lives here Kim Khan, Asha Khan, Ben Khan');
    });

    it('selects nobody at first, and gives the index child the tab stop', async () => {
      const el = await genogram();
      expect(within(el, '[aria-pressed="true"]')).to.have.length(0);
      expect(within(el, '[part="clear"]')).to.have.length(0);
      const stops = within(el, 'svg.diagram [tabindex="0"]');
      expect(stops).to.have.length(1);
      expect(stops[0]!.getAttribute('aria-label')).to.match(/^Asha Khan,/);
    });

    it('starts fitted to the drawing, without editing tools', async () => {
      const el = await genogram();
      const [, , width, height] = viewBox(el);
      expect(width).to.be.greaterThan(0);
      expect(height).to.be.greaterThan(0);
      expect(
        within(el, '[part="tools"] button').map((b) => b.getAttribute('aria-label')),
      ).not.to.include('Undo');
    });
  });

  describe('properties', () => {
    it('marks the selected person with aria-pressed, in the drawing and the text', async () => {
      const el = await genogram({ selection: 'kim' });
      expect(button(el, 'Kim Khan').getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, 'Asha Khan').getAttribute('aria-pressed')).to.equal('false');
      expect(node(el, 'Kim Khan').getAttribute('aria-pressed')).to.equal('true');
    });

    it('withholds third-party people and confidential addresses from the family', async () => {
      const el = await genogram({ audience: 'family' });
      const text = textOf(el);
      expect(text).not.to.contain('Nia Neighbour');
      expect(text).to.contain('Name withheld');
      expect(text).not.to.contain('Hidden Lane');
      expect(text).not.to.contain('AB1 2CD');
      const labels = nodes(el).map((n) => n.getAttribute('aria-label'));
      expect(labels).to.include('Name withheld');
      expect(labels.join()).not.to.contain('Nia');
      expect(el.exportSvg()).not.to.contain('Nia');
    });

    it('does not offer editing while an audience applies', async () => {
      const el = await genogram({ audience: 'family', editable: true });
      const tools = within(el, '[part="tools"] button').map((b) => b.getAttribute('aria-label'));
      expect(tools).not.to.include('Undo');
    });

    it('draws an ecomap with mode="ecomap"', async () => {
      const el = await genogram({
        mode: 'ecomap',
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      expect(el.getAttribute('mode')).to.equal('ecomap');
      expect(within(el, 'svg.diagram').map((s) => s.getAttribute('aria-label'))).to.deep.equal([
        'Ecomap',
      ]);
      const labels = nodes(el).map((n) => n.getAttribute('aria-label')!);
      expect(labels.some((l) => l.endsWith(', Service or agency'))).to.equal(true);
      expect(labels.some((l) => l.endsWith(', Person'))).to.equal(true);
    });

    it('follows the notation profile: a slash for a death under NSGC', async () => {
      const nsgc = { ...model, genogram: { notation: 'nsgc' as const } };
      const el = await genogram({ model: nsgc });
      expect(node(el, 'Pat Khan').dataset['marks']).to.equal('slash');
    });

    it('speaks Welsh', async () => {
      const el = await genogram({ locale: 'cy' });
      expect(within(el, 'h2')[0]!.textContent!.trim()).to.equal('Aelodau’r teulu a pherthnasoedd');
      expect(card(el, 'Asha Khan')).to.contain('Ganwyd 2 Mawrth 2015');
      expect(toolButton(el, 'Chwyddo i mewn')).to.exist;
    });

    it('honours the heading level', async () => {
      const el = await genogram({ headingLevel: 4 });
      expect(within(el, 'h4')[0]!.textContent!.trim()).to.equal('Family members and relationships');
      expect(within(el, 'h5')).to.have.length(4);
    });

    it('zooms, pans and fits with its buttons, changing only the viewBox', async () => {
      const el = await genogram();
      const fitted = viewBox(el);
      toolButton(el, 'Zoom in').click();
      const zoomed = viewBox(el);
      expect(zoomed[2]).to.be.below(fitted[2]!);
      toolButton(el, 'Move view right').click();
      expect(viewBox(el)[0]).to.be.above(zoomed[0]!);
      toolButton(el, 'Fit to view').click();
      expect(viewBox(el)).to.deep.equal(fitted);
      el.zoomOut();
      expect(viewBox(el)[2]).to.be.above(fitted[2]!);
    });

    it('zooms at the pointer with Ctrl and the wheel, and leaves a plain wheel to the page', async () => {
      const el = await genogram();
      const svgElement = within(el, 'svg.diagram')[0]!;
      const before = viewBox(el);
      const rect = svgElement.getBoundingClientRect();
      const at = {
        clientX: rect.left + 10,
        clientY: rect.top + 10,
        bubbles: true,
        cancelable: true,
      };
      const plain = new WheelEvent('wheel', { ...at, deltaY: -100 });
      svgElement.dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(false);
      expect(viewBox(el)).to.deep.equal(before);
      const zoom = new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true });
      svgElement.dispatchEvent(zoom);
      expect(zoom.defaultPrevented).to.equal(true);
      // A gesture moves the painted drawing first, then draws the new view when it pauses.
      await waitUntil(() => viewBox(el)[2]! < before[2]!, 'the wheel zooms in');
    });

    it('centres the view on a person with focusPerson()', async () => {
      const el = await genogram();
      el.zoomIn();
      el.zoomIn();
      el.focusPerson('pat');
      await el.updateComplete;
      const [x, y, width, height] = viewBox(el) as [number, number, number, number];
      const pat = node(el, 'Pat Khan').transform.baseVal.consolidate()!.matrix;
      expect(x + width / 2).to.be.closeTo(pat.e, 1);
      expect(y + height / 2).to.be.closeTo(pat.f, 1);
      expect(focused(el)).to.match(/^Pat Khan,/);
    });
  });

  describe('events', () => {
    it('selects a person on click, announcing practice-select; a second click clears it', async () => {
      const el = await genogram();
      const selects = collect<PracticeSelectEvent>(el, 'practice-select');
      button(el, 'Ben Khan').click();
      await el.updateComplete;
      expect(selects.map((e) => e.personId)).to.deep.equal(['ben']);
      expect(selects[0]!.bubbles && selects[0]!.composed).to.equal(true);
      expect(el.selection).to.equal('ben');
      expect(button(el, 'Ben Khan').getAttribute('aria-pressed')).to.equal('true');
      button(el, 'Ben Khan').click();
      await el.updateComplete;
      expect(selects.map((e) => e.personId)).to.deep.equal(['ben', undefined]);
      expect(button(el, 'Ben Khan').getAttribute('aria-pressed')).to.equal('false');
    });

    it('selects a person by clicking their symbol', async () => {
      const el = await genogram();
      const selects = collect<PracticeSelectEvent>(el, 'practice-select');
      node(el, 'Kim Khan').dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
      await el.updateComplete;
      expect(selects.map((e) => e.personId)).to.deep.equal(['kim']);
      expect(node(el, 'Kim Khan').getAttribute('aria-pressed')).to.equal('true');
    });

    it('clears the selection with its "Clear selection" button', async () => {
      const el = await genogram({ selection: 'ben' });
      const selects = collect<PracticeSelectEvent>(el, 'practice-select');
      within(el, '[part="clear"]')[0]!.click();
      await el.updateComplete;
      expect(selects.map((e) => e.personId)).to.deep.equal([undefined]);
    });

    it('announces its own rejected model with practice-invalid', async () => {
      const events: PracticeInvalidEvent[] = [];
      await fixture(
        html`<practice-genogram
          .model=${brokenModelInput()}
          .record=${record}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-genogram>`,
      );
      expect(events.map((e) => e.source)).to.deep.equal(['model']);
    });
  });

  describe('keyboard', () => {
    it('moves along family lines with the arrow keys: parent, partner, child', async () => {
      const el = await genogram();
      await focusDiagram(el);
      expect(focused(el)).to.match(/^Asha Khan,/);
      await press(el, 'ArrowUp');
      const parent = focused(el);
      expect(parent).to.match(/^(Kim Khan|Lee Owens),/);
      // Along the row to the couple line (partners sit side by side), then to the other partner.
      const towardsPartner = parent.startsWith('Kim') ? 'ArrowRight' : 'ArrowLeft';
      await press(el, towardsPartner);
      expect(focused(el)).to.equal('Married (separated): Kim Khan and Lee Owens');
      await press(el, towardsPartner);
      expect(focused(el)).to.match(parent.startsWith('Kim') ? /^Lee Owens,/ : /^Kim Khan,/);
      // Down from the couple line: their child.
      await press(el, towardsPartner === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight');
      await press(el, 'ArrowDown');
      expect(focused(el)).to.match(/^Asha Khan,/);
      // Kim's parent is Pat; Pat's child is Kim.
      node(el, 'Kim Khan').focus();
      await press(el, 'ArrowUp');
      expect(focused(el)).to.match(/^Pat Khan,/);
      await press(el, 'ArrowDown');
      expect(focused(el)).to.match(/^Kim Khan,/);
      // One tab stop: the focused symbol carries tabindex 0, every other -1.
      expect(within(el, 'svg.diagram [tabindex="0"]')).to.have.length(1);
      expect(within(el, 'svg.diagram [tabindex="0"]')[0]!.getAttribute('aria-label')).to.match(
        /^Kim Khan,/,
      );
    });

    it('reaches everyone drawn with the keyboard alone, from the tools', async () => {
      const el = await genogram();
      // The tools come first; one Tab from the last of them lands on the drawing's one stop.
      toolButton(el, 'Print').focus();
      await press(el, 'Tab');
      expect(focused(el)).to.match(/^Asha Khan,/);
      const seen = new Set<string>();
      const visit = () => {
        const label = focused(el);
        if (!label.includes(' and ')) seen.add(label.split(',')[0]!);
        return label;
      };
      const repeat = async (key: string) => {
        for (let i = 0; i < 12; i++) {
          const before = visit();
          await press(el, key);
          if (visit() === before) return;
        }
      };
      await repeat('ArrowUp');
      for (let row = 0; row < 5; row++) {
        await repeat('ArrowLeft');
        await repeat('ArrowRight');
        const before = visit();
        await press(el, 'ArrowDown');
        if (visit() === before) break;
      }
      expect([...seen]).to.have.members([
        'Pat Khan',
        'Kim Khan',
        'Lee Owens',
        'Asha Khan',
        'Ben Khan',
        'Nia Neighbour',
      ]);
    });

    it('selects with Space, opens the details with Enter, and closes them with Escape', async () => {
      const el = await genogram();
      await focusDiagram(el);
      await press(el, 'Space');
      expect(el.selection).to.equal('asha');
      await press(el, 'Enter');
      const dialog = within<HTMLDialogElement>(el, 'dialog')[0]!;
      expect(dialog.open).to.equal(true);
      expect(textOf(dialog)).to.contain('Asha Khan');
      expect(textOf(dialog)).to.contain('Born 2 March 2015');
      await press(el, 'Escape');
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.match(/^Asha Khan,/);
    });

    it('zooms with + and −, fits with 0, and pans with Shift and an arrow key', async () => {
      const el = await genogram();
      await focusDiagram(el);
      const fitted = viewBox(el);
      await press(el, '+');
      expect(viewBox(el)[2]).to.be.below(fitted[2]!);
      await press(el, 'ArrowRight', true);
      expect(viewBox(el)[0]).to.be.above(fitted[0]!);
      expect(focused(el)).to.match(/^Asha Khan,/);
      await press(el, '0');
      expect(viewBox(el)).to.deep.equal(fitted);
      await press(el, '-');
      expect(viewBox(el)[2]).to.be.above(fitted[2]!);
    });

    it('selects in the text view with Enter and Space, moving through people with Tab', async () => {
      const el = await genogram();
      button(el, 'Pat Khan').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selection).to.equal('pat');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.selection).not.to.equal('pat');
      expect(el.selection).to.be.a('string');
    });
  });

  describe('editing', () => {
    async function openDetails(el: PracticeGenogram, name: string): Promise<void> {
      node(el, name).dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
      await el.updateComplete;
      await el.updateComplete;
    }

    async function fill(el: PracticeGenogram, values: Record<string, string>): Promise<void> {
      for (const [name, value] of Object.entries(values)) {
        const field = within<HTMLInputElement | HTMLSelectElement>(
          el,
          `dialog [name="${name}"]`,
        )[0]!;
        field.value = value;
      }
      within<HTMLFormElement>(el, 'dialog form')[0]!.requestSubmit();
      await settle(el);
    }

    it('marks the model’s English relationship types lang="en-GB" in a Welsh form (WCAG 3.1.2)', async () => {
      const option = async (props: Partial<PracticeGenogram>) => {
        const el = await genogram({ editable: true, ...props });
        await openDetails(el, 'Kim Khan');
        dialogButton(el, props.locale === 'cy' ? 'Ychwanegu plentyn' : 'Add a child').click();
        await el.updateComplete;
        return within<HTMLOptionElement>(el, 'dialog select[name="type"] option')[0]!;
      };
      // The test model's "Birth parent" is in English only.
      expect((await option({ locale: 'cy' })).getAttribute('lang')).to.equal('en-GB');
      expect((await option({})).hasAttribute('lang')).to.equal(false);
      const bilingual = {
        ...model,
        relationshipTypes: model.relationshipTypes.map((t) =>
          t.id === 'parent'
            ? { ...t, label: { 'en-GB': 'Birth parent', cy: 'Rhiant biolegol' } }
            : t,
        ),
      };
      const welsh = await option({ locale: 'cy', model: bilingual });
      expect(welsh.textContent!.trim()).to.equal('Rhiant biolegol');
      expect(welsh.hasAttribute('lang')).to.equal(false);
    });

    it('adds a child through a form, announcing the change; undo and redo announce theirs', async () => {
      const el = await genogram({ editable: true });
      const changes = collect<PracticeRecordChangeEvent>(el, 'practice-record-change');
      await openDetails(el, 'Kim Khan');
      dialogButton(el, 'Add a child').click();
      await el.updateComplete;
      expect(textOf(within(el, 'dialog')[0]!)).to.contain('Add a child of Kim Khan');
      await fill(el, {
        given: 'Zoe',
        family: 'Khan',
        sex: 'female',
        dateOfBirth: '2023-05-01',
        type: 'parent',
      });
      await settle(el);

      expect(changes).to.have.length(1);
      const [added] = changes;
      expect(added!.bubbles && added!.composed).to.equal(true);
      expect(added!.change.action).to.equal('add-child');
      const [zoe] = added!.change.added.persons;
      expect(zoe!.name).to.deep.equal({ given: 'Zoe', family: 'Khan' });
      expect(added!.change.added.relationships.map((r) => [r.from, r.to])).to.deep.equal([
        ['kim', zoe!.id],
        ['lee', zoe!.id],
      ]);
      expect(added!.record.persons).to.have.length(7);
      // Alone, the element keeps the change in its own record and draws it at once.
      expect((el.record as CaseRecord).persons).to.have.length(7);
      expect(nodes(el)).to.have.length(7);
      expect(within<HTMLDialogElement>(el, 'dialog')[0]!.open).to.equal(false);
      expect(focused(el)).to.match(/^Zoe Khan,/);

      toolButton(el, 'Undo').click();
      await el.updateComplete;
      expect(changes[1]!.change.action).to.equal('undo');
      expect(changes[1]!.change.removed.persons.map((p) => p.id)).to.deep.equal([zoe!.id]);
      expect(nodes(el)).to.have.length(6);

      toolButton(el, 'Redo').click();
      await el.updateComplete;
      expect(changes[2]!.change.action).to.equal('redo');
      expect(changes[2]!.change.added.persons.map((p) => p.id)).to.deep.equal([zoe!.id]);
      expect(nodes(el)).to.have.length(7);
      expect(toolButton(el, 'Redo').disabled).to.equal(true);
    });

    it('edits a person, keeping facts the form does not show', async () => {
      const el = await genogram({ editable: true });
      const changes = collect<PracticeRecordChangeEvent>(el, 'practice-record-change');
      await openDetails(el, 'Pat Khan');
      dialogButton(el, 'Edit').click();
      await el.updateComplete;
      await fill(el, { given: 'Patricia' });
      const [updated] = changes[0]!.change.updated.persons;
      expect(updated!.name.given).to.equal('Patricia');
      // The uncertain date of birth was left alone: it keeps its qualifier.
      expect(updated!.dateOfBirth).to.deep.equal({ date: '1960', qualifier: 'about' });
      expect(nodes(el).map((n) => n.getAttribute('aria-label'))).to.include(
        'Patricia Khan, Female, Deceased',
      );
    });

    it('rejects an invalid edit with an accessible error, and changes nothing', async () => {
      const el = await genogram({ editable: true });
      const changes = collect<PracticeRecordChangeEvent>(el, 'practice-record-change');
      await openDetails(el, 'Ben Khan');
      dialogButton(el, 'Edit').click();
      await el.updateComplete;
      await fill(el, { dateOfBirth: 'last spring' });
      expect(changes).to.have.length(0);
      const alert = within(el, 'dialog [role="alert"]')[0]!;
      expect(textOf(alert)).to.contain('The change was not made:');
      expect(textOf(alert)).to.contain('Date of birth:');
      expect(el.shadowRoot!.activeElement).to.equal(alert);
    });

    it('removes a person with their relationships, and a relationship on its own', async () => {
      const el = await genogram({ editable: true });
      const changes = collect<PracticeRecordChangeEvent>(el, 'practice-record-change');
      await openDetails(el, 'Pat Khan');
      dialogButton(el, 'Remove').click();
      await el.updateComplete;
      expect(changes[0]!.change.action).to.equal('remove-person');
      expect(changes[0]!.change.removed.relationships.map((r) => r.id)).to.deep.equal(['r5']);
      expect(nodes(el)).to.have.length(5);

      await openDetails(el, 'Lee Owens');
      const remove = within<HTMLButtonElement>(el, 'dialog .relationship-list button').find((b) =>
        textOf(b).startsWith('Remove: Married'),
      )!;
      remove.click();
      await el.updateComplete;
      expect(changes[1]!.change.action).to.equal('remove-relationship');
      expect(changes[1]!.change.removed.relationships.map((r) => r.id)).to.deep.equal(['r4']);
      expect(within(el, 'svg.diagram .couple')).to.have.length(0);
    });

    it('inside <practice-case>, announces the edit for the provider to apply', async () => {
      const kase = await fixture<HTMLElement>(
        html`<practice-case .model=${model} .record=${record} today=${TODAY}>
          <practice-genogram editable></practice-genogram>
        </practice-case>`,
      );
      const el = kase.querySelector('practice-genogram')!;
      await settle(el);
      const heard = collect<PracticeRecordChangeEvent>(kase, 'practice-record-change');
      await openDetails(el, 'Ben Khan');
      dialogButton(el, 'Add a brother or sister').click();
      await el.updateComplete;
      await fill(el, { given: 'Cara', type: 'parent' });
      expect(heard.map((e) => e.change.action)).to.deep.equal(['add-sibling']);
      // Ben's one parent, Kim, is the new sister's parent too.
      expect(heard[0]!.change.added.relationships.map((r) => r.from)).to.deep.equal(['kim']);
      // The provider holds the record: the element keeps no copy of its own.
      expect(el.record).to.equal(undefined);
    });

    it('refuses to remove a subject child the record still refers to', async () => {
      const el = await genogram({ editable: true });
      const changes = collect<PracticeRecordChangeEvent>(el, 'practice-record-change');
      await openDetails(el, 'Asha Khan');
      dialogButton(el, 'Remove').click();
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(textOf(within(el, 'dialog [role="alert"]')[0]!)).to.contain(
        'The change was not made:',
      );
    });
  });

  describe('export', () => {
    it('exports a standalone SVG with the legend, no style attributes and no scripts', async () => {
      const el = await genogram();
      const text = el.exportSvg();
      expect(text).to.match(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).not.to.match(/\sstyle=/);
      expect(text).not.to.contain('<script');
      expect(text).not.to.contain('tabindex');
      expect(text).to.contain('>Key<');
      expect(text).to.contain('Married, separated');
      expect(text).to.contain('Asha Khan');
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      expect(parsed.querySelectorAll('path').length).to.be.greaterThan(10);
      expect(parsed.querySelectorAll('[data-symbol], [aria-label], [role]')).to.have.length(0);
    });

    it('exports a PNG drawn locally', async () => {
      const el = await genogram();
      const png = await el.exportPng(1);
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.greaterThan(1000);
    });
  });

  describe('bad input', () => {
    it('renders hostile names as text', async () => {
      const short = hostileStrings.filter((s) => s.length <= 1000);
      const hostile = {
        ...recordInput,
        persons: short.map((s, i) => ({ id: `h${i}`, name: { display: s }, occupation: s })),
        relationships: [],
        households: [{ id: 'hh', label: short[0], members: [{ person: 'h0' }] }],
        events: [],
        responses: [],
        subjects: [],
      };
      const el = await genogram({ record: hostile });
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'iframe', 'b', 'i', 'foreignObject']);
      const text = el.shadowRoot!.textContent!;
      for (const s of short.filter((s) => s.trim())) expect(text).to.contain(s.trim());
      expect(deepElements(el).filter((e) => e.hasAttribute('style'))).to.have.length(0);
      expect(el.exportSvg()).not.to.contain('<img');
    });

    it('draws 1,000 children of one couple', async function () {
      // Rendering a thousand symbols is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      const el = await genogram({ record: bigFamily(1000) });
      expect(nodes(el)).to.have.length(1002);
      expect(within(el, 'svg.diagram .couple')).to.have.length(1);
    });

    it('draws a person with no sex recorded as a diamond', async () => {
      const el = await genogram({
        record: { id: 'x', subjects: ['a'], persons: [{ id: 'a', name: { given: 'Alex' } }] },
      });
      expect(node(el, 'Alex').dataset['symbol']).to.equal('diamond');
    });

    it('draws what is valid and lists the rest: cycles, dangling references, self-partners', async () => {
      const events: PracticeInvalidEvent[] = [];
      const el = await fixture<PracticeGenogram>(
        html`<practice-genogram
          .model=${model}
          .record=${{
            ...recordInput,
            relationships: [
              ...recordInput.relationships!,
              { id: 'cycle', type: 'parent', from: 'asha', to: 'pat' },
              { id: 'dangling', type: 'parent', from: 'kim', to: 'nobody' },
              { id: 'self', type: 'married', from: 'lee', to: 'lee' },
            ],
          }}
          today=${TODAY}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-genogram>`,
      );
      expect(events.map((e) => e.source)).to.deep.equal(['record']);
      expect(events[0]!.issues.map((i) => i.code)).to.have.members([
        'ancestry-cycle',
        'dangling-reference',
        'self-relationship',
      ]);
      expect(nodes(el)).to.have.length(6);
      expect(within(el, '[part="record-notice"]')).to.have.length(1);
    });

    it('never throws into the host for nonsense input', async () => {
      const el = await genogram({ record: 42, model: 'nonsense' });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      const noPeople = await genogram({ record: { id: 'x', subjects: [], persons: [] } });
      expect(textOf(noPeople)).to.contain('There are no people in this record.');
    });
  });

  describe('forced colours and print', () => {
    it('tells every line kind apart by its pattern, never by colour alone', () => {
      const line = [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ];
      // Shape of the path (numbers left out) and dash pattern: all different, except the kinds
      // the notation tells apart by a written label (the kinds of abuse, neglect).
      const labelled = new Set(['abuse-physical', 'abuse-emotional', 'abuse-sexual', 'neglect']);
      const signatures = EMOTIONAL_KINDS.filter((kind) => !labelled.has(kind)).map((kind) => {
        const { d, dash } = emotionalD(line, kind, false);
        return `${d.replace(/[\d.-]+/g, '#')}|${dash ?? ''}`;
      });
      expect(new Set(signatures).size).to.equal(signatures.length);
      const couples = COUPLE_KINDS.filter((kind) => kind !== 'civil-partnership').map(
        (kind) => COUPLE_DASH[kind] ?? 'solid',
      );
      expect(new Set(couples).size).to.equal(couples.length);
      const children = PARENT_CHILD_KINDS.map((kind) => CHILD_DASH[kind] ?? 'solid');
      expect(new Set(children).size).to.equal(children.length);
      // Slashes for separation and divorce, a second line for blood relatives.
      const couple = { x1: 0, x2: 60, y: 0, midX: 30, consanguineous: false };
      const strokes = (d: string) => d.match(/M/g)!.length;
      expect(strokes(coupleD(couple))).to.equal(1);
      expect(strokes(coupleD({ ...couple, status: 'separated' }))).to.equal(2);
      expect(strokes(coupleD({ ...couple, status: 'divorced' }))).to.equal(3);
      expect(strokes(coupleD({ ...couple, consanguineous: true }))).to.equal(2);
    });

    it('draws lines and symbols in currentColor and the page colours, themed by the stylesheet', async () => {
      const el = await genogram();
      const painted = within(el, 'svg.diagram [stroke], svg.diagram [fill]').flatMap((e) => [
        e.getAttribute('stroke'),
        e.getAttribute('fill'),
      ]);
      const colours = new Set(painted.filter((c) => c !== null && c !== 'none'));
      expect([...colours].sort()).to.deep.equal(['#ffffff', 'currentColor']);
    });

    it('prints the whole drawing with every label, without the tools, then the text view', async function () {
      this.timeout(60_000);
      const el = await genogram({ record: bigFamily(300) });
      // Fitted, 302 people are too small to label on screen.
      expect(within(el, 'svg.diagram .labels')).to.have.length(0);
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        expect(within(el, 'svg.diagram .labels text').length).to.be.greaterThan(300);
        expect(getComputedStyle(within(el, '[part="tools"]')[0]!).display).to.equal('none');
        expect(getComputedStyle(within(el, '[part="text-view"]')[0]!).display).not.to.equal('none');
        window.dispatchEvent(new Event('afterprint'));
        await settle(el);
        expect(within(el, 'svg.diagram .labels')).to.have.length(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('size', () => {
    it('draws at most 8 SVG elements per person on the sample case', async () => {
      const el = await genogram({ model: sampleModel, record: sampleCase, today: SAMPLE_TODAY });
      const elements = within(el, 'svg.diagram *').length;
      const persons = sampleCase.persons.length;
      expect(nodes(el)).to.have.length(persons);
      expect(elements / persons).to.be.at.most(8);
    });
  });
});
