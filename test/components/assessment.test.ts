import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import type { PracticeInvalidEvent } from '../../src/events/invalid.js';
import { hostileStrings, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import {
  brokenModelInput,
  deepElements,
  model,
  record,
  recordInput,
  textOf,
  TODAY,
  within,
} from './fixtures.js';

async function assessment(props: Partial<PracticeAssessment> = {}): Promise<PracticeAssessment> {
  const el = await fixture<PracticeAssessment>(
    html`<practice-assessment
      .model=${model}
      .record=${record}
      today=${TODAY}
    ></practice-assessment>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

/** The answer shown for a question label, in the first section that has it. */
function answer(el: PracticeAssessment, label: string, section = 0): string {
  const sections = within(el, '[part="section"]');
  const rows = [...sections[section]!.querySelectorAll(':scope > dl > [part="row"]')];
  const row = rows.find((r) => r.querySelector('dt')!.textContent!.trim() === label);
  if (!row) throw new Error(`no row for ${label}`);
  // innerText: list items and paragraphs are separated as a reader sees them.
  return row.querySelector<HTMLElement>(':scope > dd')!.innerText.replace(/\s+/g, ' ').trim();
}

function questions(el: PracticeAssessment, section = 0): string[] {
  const sections = within(el, '[part="section"]');
  return [...sections[section]!.querySelectorAll(':scope > dl > [part="row"] > dt')].map((dt) =>
    dt.textContent!.trim(),
  );
}

describe('<practice-assessment>', () => {
  describe('accessibility', () => {
    it('is accessible with a response', async () => {
      await expect(await assessment()).to.be.accessible();
    });

    it('is accessible when its model is rejected', async () => {
      await expect(await assessment({ model: brokenModelInput() })).to.be.accessible();
    });

    it('is accessible for a redacted audience and with the sample case', async function () {
      // axe over the whole sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      await expect(await assessment({ audience: 'family' })).to.be.accessible();
      const sample = await assessment({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      await expect(sample).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows the model’s first template with the record’s first response of it', async () => {
      const el = await assessment();
      expect(within(el, 'h2')[0]!.textContent!.trim()).to.equal('Child and family assessment');
      const header = textOf(within(el, '[part="header"]')[0]!);
      expect(header).to.contain('Status Draft');
      expect(header).to.contain('About Asha Khan');
    });

    it('shows the due date and status from the template’s timescale', async () => {
      const el = await assessment();
      const header = textOf(within(el, '[part="header"]')[0]!);
      expect(header).to.contain('Due 13 March 2024 Not yet due (8 working days left)');
    });

    it('writes each answer type out', async () => {
      const el = await assessment();
      expect(answer(el, 'Is there domestic abuse?')).to.equal('Yes');
      expect(answer(el, 'Evidence')).to.equal('School Police');
      expect(answer(el, 'Main source')).to.equal('School');
      expect(answer(el, 'How safe is home?')).to.equal(
        'Worker: 0 (Certain to be harmed) Parent: 7',
      );
      expect(answer(el, 'Visits made')).to.equal('3 visits');
      expect(answer(el, 'Decision date')).to.equal('20 February 2024');
      expect(answer(el, 'Adults in the household')).to.equal(
        'Adult 1 Who is this adult? Kim Khan Agreed to take part? Yes ' +
          'Adult 2 Who is this adult? Lee Owens Agreed to take part? No Why not? Did not reply',
      );
    });

    it('keeps line breaks of long text', async () => {
      const el = await assessment();
      const long = within(el, '.long-text')[0]!;
      expect(long.textContent).to.equal('Referral from school about bruising.\nSecond line.');
      expect(getComputedStyle(long).whiteSpace).to.equal('pre-line');
    });

    it('says "Not answered", and leaves out content blocks and hidden questions', async () => {
      const el = await assessment();
      expect(answer(el, 'Anything else?')).to.equal('Not answered');
      expect(questions(el)).not.to.include('Read this first');
      expect(questions(el)).to.include('Details of the domestic abuse');
      expect(questions(el, 1)).to.deep.equal(['In their own words']);
    });

    it('repeats per-child sections for each subject child, with their entries', async () => {
      const el = await assessment();
      const headings = within(el, 'h3').map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(['Family', 'Wishes and feelings: Asha Khan']);
      const voice = answer(el, 'In their own words', 1);
      expect(voice).to.contain('I like my school.');
      expect(voice).to.contain('Said by Asha Khan');
      expect(voice).to.contain('How it was gathered In their own words');
    });
  });

  describe('properties', () => {
    it('shows the template and response it is given, or says they do not exist', async () => {
      const el = await assessment({ template: 'cfa', response: 'resp-1' });
      expect(textOf(el)).to.contain('Status Draft');
      const missing = await assessment({ response: 'nope' });
      expect(textOf(missing)).to.equal('The case record has no assessment called "nope".');
      const unknown = await assessment({ template: 'nope' });
      expect(textOf(unknown)).to.equal(
        'The practice model has no assessment template called "nope".',
      );
    });

    it('shows a template without a response as not started', async () => {
      const el = await assessment({ record: { ...recordInput, responses: [] } });
      expect(textOf(within(el, '[part="header"]')[0]!)).to.contain('Status Not started');
      expect(answer(el, 'Reason for assessment')).to.equal('Not answered');
    });

    it('withholds third-party answers and entries from the family', async () => {
      const el = await assessment({ audience: 'family' });
      const text = textOf(el);
      expect(answer(el, 'What the neighbour said')).to.equal('Information withheld');
      expect(answer(el, 'Details of the domestic abuse')).to.equal('Information withheld');
      expect(text).not.to.contain('Heard shouting most nights');
      expect(text).not.to.contain('Kim described being pushed');
      expect(text).not.to.contain('A secret from a friend');
      expect(answer(el, 'In their own words', 1)).to.contain('I like my school.');
    });

    it('speaks Welsh, showing model texts in Welsh where written', async () => {
      const el = await assessment({ locale: 'cy' });
      expect(answer(el, 'Is there domestic abuse?')).to.equal('Ie');
      expect(answer(el, 'Evidence')).to.equal('School Heddlu');
      expect(answer(el, 'Anything else?')).to.equal('Heb ei ateb');
    });
  });

  describe('events', () => {
    it('announces its own rejected model with practice-invalid', async () => {
      const events: PracticeInvalidEvent[] = [];
      await fixture(
        html`<practice-assessment
          .model=${brokenModelInput()}
          .record=${record}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-assessment>`,
      );
      expect(events.map((e) => e.source)).to.deep.equal(['model']);
    });
  });

  describe('bad input', () => {
    it('renders hostile answers as text', async () => {
      const hostile = structuredClone(recordInput);
      const answers = hostile.responses![0]!.answers as Record<string, { value: unknown }>;
      answers.reason = { value: hostileStrings.join('\n') };
      answers.neighbour = { value: hostileStrings[0] };
      answers['main-source'] = { value: hostileStrings[1] };
      const el = await assessment({ record: hostile });
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'svg', 'b', 'i']);
      expect(answer(el, 'What the neighbour said')).to.equal(hostileStrings[0]);
      expect(answer(el, 'Main source')).to.equal(`${hostileStrings[1]} (not in the code list)`);
      expect(el.shadowRoot!.textContent).to.contain(hostileStrings.at(-1)!);
    });

    it('copes with answers of the wrong type', async () => {
      const odd = structuredClone(recordInput);
      const answers = odd.responses![0]!.answers as Record<string, { value: unknown }>;
      answers.visits = { value: 'three' };
      answers.safety = { value: 'very' };
      answers.adults = { value: 'none' };
      answers.decided = { value: 'last week' };
      const el = await assessment({ record: odd });
      expect(answer(el, 'Visits made')).to.equal('three');
      expect(answer(el, 'Decision date')).to.equal('last week');
      expect(answer(el, 'Adults in the household')).to.equal('none');
      expect(answer(el, 'How safe is home?')).to.be.a('string');
    });

    it('never throws into the host for nonsense input', async () => {
      const el = await assessment({ record: 42, model: 'nonsense' });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      const noTemplates = await assessment({ model: { ...structuredClone(model), templates: [] } });
      expect(textOf(noTemplates)).to.contain('The practice model has no assessment templates.');
    });
  });
});
