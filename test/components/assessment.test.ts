import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import type {
  PracticeAnswerChangeEvent,
  PracticeSaveEvent,
  PracticeStatusChangeEvent,
  PracticeSubmitEvent,
} from '../../src/components/assessment/assessment.events.js';
import type { PracticeInvalidEvent } from '../../src/events/invalid.js';
import {
  defineCaseRecord,
  definePracticeModel,
  type AssessmentResponse,
  type CaseRecordInput,
  type PracticeModelInput,
} from '../../src/model/index.js';
import { hostileStrings, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import {
  brokenModelInput,
  collect,
  deepElements,
  model,
  modelInput,
  record,
  recordInput,
  textOf,
  TODAY,
  within,
} from './fixtures.js';
import { assessment } from './assessment-fixture.js';

type Mode = 'edit' | 'review' | 'print';

/** The assessment in one mode. */
function inMode(mode: Mode, props: Partial<PracticeAssessment> = {}) {
  return assessment({ mode, ...props });
}

/** The answer shown for a question label, in the nth section shown (review and print). */
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

/** The control with the field id of an answer key. */
function control<E extends HTMLElement = HTMLInputElement>(el: PracticeAssessment, key: string): E {
  const found = el.shadowRoot!.getElementById(`f-${key}`) as E | null;
  if (!found) throw new Error(`no control for ${key}`);
  return found;
}

/** Types into a text field as a user would (one input event with the whole text). */
async function type(
  el: PracticeAssessment,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Leaves a field (focus moves to the element's heading). */
async function leave(el: PracticeAssessment, field: HTMLElement) {
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks a control and waits for the element to render. */
async function click(el: PracticeAssessment, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

function button(el: PracticeAssessment, text: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'button').find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

function radio(el: PracticeAssessment, key: string, value: string): HTMLInputElement {
  const found = within<HTMLInputElement>(el, `input[name="${key}"]`).find((r) => r.value === value);
  if (!found) throw new Error(`no radio ${key}=${value}`);
  return found;
}

/** A copy of the fixture model with changes, validated. */
function modelWith(change: (input: PracticeModelInput) => void) {
  const input = structuredClone(modelInput);
  change(input);
  return definePracticeModel(input);
}

/** A copy of the fixture record with its response changed. */
function recordWith(change: (response: AssessmentResponse) => void, against = model) {
  const input = structuredClone(recordInput) as CaseRecordInput & {
    responses: AssessmentResponse[];
  };
  change(input.responses[0]!);
  return defineCaseRecord(input, against);
}

/** A small one-section template for keyboard, form and lifecycle tests. */
const smallModel = modelWith((input) => {
  input.templates = [
    {
      id: 'visit',
      name: 'Visit record',
      subject: 'child',
      sections: [
        {
          id: 'visit',
          title: 'The visit',
          questions: [
            { id: 'seen-by', type: 'text', label: 'Who saw the child?', required: true },
            {
              id: 'seen-alone',
              type: 'yes-no',
              label: 'Was the child seen alone?',
              required: true,
            },
            { id: 'visit-date', type: 'date', label: 'Date of the visit', notAfter: 'today' },
          ],
        },
      ],
    },
  ];
});
const smallRecord = defineCaseRecord(
  { ...structuredClone(recordInput), responses: [] },
  smallModel,
);

/** The small template's record with a draft begun: a date in the future. */
const smallStarted = defineCaseRecord(
  {
    ...smallRecord,
    responses: [
      {
        id: 'r',
        model: { id: 'test-model', version: '1' },
        template: 'visit',
        status: 'draft',
        answers: { 'visit-date': { value: '2099-01-01' } },
      },
    ],
  },
  smallModel,
);

async function small(props: Partial<PracticeAssessment> = {}) {
  return assessment({ model: smallModel, record: smallRecord, ...props });
}

describe('<practice-assessment>', () => {
  describe('accessibility', () => {
    it('is accessible in edit mode', async () => {
      await expect(await assessment()).to.be.accessible();
    });

    it('is accessible in review and print modes', async () => {
      await expect(await inMode('review')).to.be.accessible();
      await expect(await inMode('print')).to.be.accessible();
    });

    it('is accessible with errors shown', async () => {
      const el = await small();
      el.validate();
      await el.updateComplete;
      expect(within(el, '[part="error-summary"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible when locked (authorised)', async () => {
      const el = await assessment({ record: recordWith((r) => (r.status = 'authorised')) });
      expect(textOf(el)).to.contain('This assessment is authorised and cannot be changed');
      await expect(el).to.be.accessible();
    });

    it('is accessible in a child’s own section', async () => {
      const el = await assessment();
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      expect(within(el, '[part="section"] h3')[0]!.textContent!.trim()).to.equal(
        'Wishes and feelings: Asha Khan',
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with the "from the previous version" panel', async () => {
      const el = await migrated();
      expect(within(el, '[part="previous-version"]')).to.have.length(1);
      await expect(el).to.be.accessible();
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
      const mapping = await assessment({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
        template: 'three-column-mapping',
      });
      await expect(mapping).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('opens the record’s draft in edit mode, one section at a time, with the section list', async () => {
      const el = await assessment();
      expect(el.value?.id).to.equal('resp-1');
      const tasks = within(el, '[part="task"]').map((t) =>
        t.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(tasks).to.deep.equal(['Family Completed', 'Wishes and feelings: Asha Khan Completed']);
      expect(within(el, '[part="section"]')).to.have.length(1);
      expect(control<HTMLTextAreaElement>(el, 'reason').value).to.equal(
        'Referral from school about bruising.\nSecond line.',
      );
      expect(radio(el, 'domestic-abuse', 'true').checked).to.equal(true);
      expect(button(el, 'Next: Wishes and feelings')).to.exist;
    });

    it('shows the status, the subjects and the due date from assessmentClock', async () => {
      const el = await assessment();
      const header = textOf(within(el, '[part="header"]')[0]!);
      expect(header).to.contain('Status Draft');
      expect(header).to.contain('About Asha Khan');
      expect(header).to.contain('Due 13 March 2024 Not yet due (8 working days left)');
    });

    it('takes the clock the response answers, not the latest referral', async () => {
      // A second referral after the response started must not move its due date.
      const input = structuredClone(recordInput);
      input.events!.push({ id: 'e-referral-2', type: 'referral', date: '2024-02-20' });
      input.responses![0]!.started = '2024-01-11';
      const el = await assessment({ record: defineCaseRecord(input, model) });
      expect(textOf(within(el, '[part="header"]')[0]!)).to.contain('Due 13 March 2024');
    });

    it('writes each answer type out in review', async () => {
      const el = await inMode('review');
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

    it('keeps line breaks of long text in review', async () => {
      const el = await inMode('review');
      const long = within(el, '.long-text')[0]!;
      expect(long.textContent).to.equal('Referral from school about bruising.\nSecond line.');
      expect(getComputedStyle(long).whiteSpace).to.equal('pre-line');
    });

    it('says "Not answered", and leaves out content blocks and hidden questions', async () => {
      const el = await inMode('review');
      expect(answer(el, 'Anything else?')).to.equal('Not answered');
      expect(questions(el)).not.to.include('Read this first');
      expect(questions(el)).to.include('Details of the domestic abuse');
      expect(questions(el, 1)).to.deep.equal(['In their own words']);
    });

    it('repeats per-child sections for each subject child, with their entries', async () => {
      const el = await inMode('review');
      const headings = within(el, '[part="section"] h3').map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(['Family', 'Wishes and feelings: Asha Khan']);
      const voice = answer(el, 'In their own words', 1);
      expect(voice).to.contain('I like my school.');
      expect(voice).to.contain('Said by Asha Khan');
      expect(voice).to.contain('How it was gathered In their own words');
    });

    it('shows every question type as a native control', async () => {
      const el = await assessment();
      expect(control(el, 'reason').localName).to.equal('textarea');
      expect(control(el, 'evidence').type).to.equal('checkbox');
      expect(control(el, 'main-source').type).to.equal('radio');
      expect(control(el, 'safety').type).to.equal('radio');
      expect(within(el, 'fieldset.rater legend').map((l) => l.textContent!.trim())).to.deep.equal([
        'Worker',
        'Parent',
      ]);
      expect(textOf(el)).to.contain('0: Certain to be harmed');
      expect(control(el, 'adults[0]/adult').localName).to.equal('select');
      expect(control(el, 'visits').inputMode).to.equal('decimal');
      expect(control(el, 'decided').inputMode).to.equal('numeric');
      expect(control(el, 'decided').value).to.equal('20');
      expect(control(el, 'neighbour').type).to.equal('text');
      // Labels are tied to their controls; fieldsets have legends.
      expect(control(el, 'reason').labels![0]!.textContent!.trim()).to.equal(
        'Reason for assessment',
      );
      const fieldset = control(el, 'evidence').closest('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Evidence');
    });

    it('edits structured entries with their own fields', async () => {
      const el = await assessment();
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      const entries = within(el, '[part="entry"]');
      expect(entries).to.have.length(2);
      const labels = [...entries[0]!.querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels).to.include.members([
        'What the child said, drew or showed',
        'Said by',
        'Recorded by',
        'How it was gathered',
      ]);
      expect(control<HTMLSelectElement>(el, 'asha/voice#0-saidBy').value).to.equal('asha');
      expect(control<HTMLSelectElement>(el, 'asha/voice#0-method').value).to.equal('own-words');
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

    it('starts a new draft for a template without a response', async () => {
      const el = await assessment({ record: { ...recordInput, responses: [] } });
      expect(textOf(within(el, '[part="header"]')[0]!)).to.contain('Status Not started');
      expect(el.value).to.include({ id: 'cfa-draft', status: 'draft', template: 'cfa' });
      expect(el.value!.model).to.deep.equal({ id: 'test-model', version: '1' });
      expect(el.value!.subjects).to.deep.equal(['asha']);
      const review = await inMode('review', { record: { ...recordInput, responses: [] } });
      expect(answer(review, 'Reason for assessment')).to.equal('Not answered');
    });

    it('opens a response given as value', async () => {
      const given = structuredClone(record.responses![0]!);
      given.answers.reason = { value: 'Given by the host' };
      const el = await assessment({ value: given });
      expect(control<HTMLTextAreaElement>(el, 'reason').value).to.equal('Given by the host');
    });

    it('carries on when the host passes its own response back in a new record', async () => {
      const el = await assessment();
      await type(el, control(el, 'neighbour'), 'Typed');
      const behind = structuredClone(el.value!);
      await type(el, control(el, 'reason'), 'Typed more');
      el.record = defineCaseRecord({ ...recordInput, responses: [behind] }, model);
      await el.updateComplete;
      expect(control<HTMLTextAreaElement>(el, 'reason').value).to.equal('Typed more');
      expect(el.value!.changes).to.have.length(2);
      // A change made elsewhere (returned by a manager) opens the response again.
      const returned: AssessmentResponse = {
        ...structuredClone(el.value!),
        status: 'returned',
        history: [
          { status: 'submitted', at: '2024-03-01T09:00', by: 'worker-1' },
          { status: 'returned', at: '2024-03-01T10:00', by: 'manager-1', reason: 'More detail' },
        ],
      };
      el.record = defineCaseRecord({ ...recordInput, responses: [returned] }, model);
      await el.updateComplete;
      expect(el.value!.status).to.equal('returned');
    });

    it('shows errors in review after a submission attempt; their links go back to edit', async () => {
      const el = await small({ mode: 'review', record: smallStarted });
      await click(el, button(el, 'Submit for authorisation'));
      await el.updateComplete;
      const summary = within(el, '[part="error-summary"]')[0]!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await click(el, summary.querySelector('a')!);
      await el.updateComplete;
      expect(el.mode).to.equal('edit');
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'seen-by'));
    });

    it('withholds third-party answers and entries from the family, in review only', async () => {
      const el = await assessment({ audience: 'family' });
      expect(within(el, 'textarea, input')).to.have.length(0);
      const text = textOf(el);
      expect(answer(el, 'What the neighbour said')).to.equal('Information withheld');
      expect(answer(el, 'Details of the domestic abuse')).to.equal('Information withheld');
      expect(text).not.to.contain('Heard shouting most nights');
      expect(text).not.to.contain('Kim described being pushed');
      expect(text).not.to.contain('A secret from a friend');
      expect(answer(el, 'In their own words', 1)).to.contain('I like my school.');
      expect(within(el, '[data-action="transition"]')).to.have.length(0);
    });

    it('speaks Welsh, showing model texts in Welsh where written', async () => {
      const el = await inMode('review', { locale: 'cy' });
      expect(answer(el, 'Is there domestic abuse?')).to.equal('Ie');
      expect(answer(el, 'Evidence')).to.equal('School Heddlu');
      expect(answer(el, 'Anything else?')).to.equal('Heb ei ateb');
    });

    it('marks the model’s English questions lang="en-GB" in a Welsh form (WCAG 3.1.2)', async () => {
      const el = await assessment({ locale: 'cy' });
      const labels = within(el, 'label.label, legend.label');
      expect(labels.length).to.be.greaterThan(2);
      for (const label of labels) expect(label.getAttribute('lang')).to.equal('en-GB');
      expect(within(el, '.content-label')[0]!.getAttribute('lang')).to.equal('en-GB');
      expect(
        within(
          el,
          '[part="section"] h2 span[lang="en-GB"], [part="section"] h3 span[lang="en-GB"]',
        ),
      ).to.have.length(1);
      // The code lists' labels too: "School" is in English only, "Police" has its Welsh, "Heddlu".
      const choices = within(el, 'label.choice');
      const school = choices.find((c) => c.textContent!.trim() === 'School')!;
      expect(school.querySelector('span')!.getAttribute('lang')).to.equal('en-GB');
      expect(school.querySelector('input')!.hasAttribute('lang')).to.equal(false);
      const police = choices.find((c) => c.textContent!.trim() === 'Heddlu')!;
      expect(police.querySelector('[lang]')).to.equal(null);
      // And as the options of a select.
      const selecting = structuredClone(modelInput);
      const questions = selecting.templates[0]!.sections[0]!.questions;
      const source = questions.find((q) => q.id === 'main-source')!;
      Object.assign(source, { display: 'select' });
      const withSelect = await assessment({ locale: 'cy', model: selecting });
      const options = within<HTMLOptionElement>(withSelect, 'select[data-kind="choice"] option');
      expect(options.map((o) => [o.value, o.getAttribute('lang')])).to.deep.equal([
        ['', null],
        ['school', 'en-GB'],
        ['police', null],
      ]);
      const review = await inMode('review', { locale: 'cy' });
      expect(within(review, 'dt.key[lang="en-GB"]').length).to.be.greaterThan(2);
      const english = await assessment();
      expect(
        within(
          english,
          'label[lang], legend[lang], .content-label[lang], [part="section"] span[lang], label.choice [lang]',
        ),
      ).to.have.length(0);
    });

    it('prints every section with no controls and a page break between sections', async () => {
      const el = await inMode('print');
      expect(within(el, 'button, input, textarea, select')).to.have.length(0);
      const sections = within(el, '[part="section"]');
      expect(sections).to.have.length(2);
      expect(getComputedStyle(sections[1]!).breakBefore).to.equal('page');
      expect(el.getAttribute('mode')).to.equal('print');
    });

    it('disables every control with `disabled`', async () => {
      const el = await assessment({ disabled: true });
      expect(control(el, 'neighbour').matches(':disabled')).to.equal(true);
      expect(button(el, 'Submit for authorisation').disabled).to.equal(true);
    });

    it('offers the life-cycle actions named in `actions`', async () => {
      const submitted = recordWith((r) => (r.status = 'submitted'));
      const worker = await assessment({ record: submitted });
      expect(within(worker, '[data-action="transition"]')).to.have.length(0);
      const manager = await assessment({ record: submitted, actions: 'return authorise' });
      const actions = within(manager, '[data-action="transition"]').map((b) =>
        b.textContent!.trim(),
      );
      expect(actions).to.deep.equal(['Return to the worker', 'Authorise']);
    });

    it('offers the record’s persons in person questions, filtered by `offer`', async () => {
      const offered = modelWith((input) => {
        const questions = input.templates[0]!.sections[0]!.questions as unknown[];
        questions.push(
          { id: 'adult-only', type: 'person', label: 'Which adult?', offer: 'adults' },
          {
            id: 'child-only',
            type: 'person',
            label: 'Which child?',
            offer: 'subjects',
            multiple: true,
          },
        );
      });
      const el = await assessment({
        model: offered,
        record: defineCaseRecord(recordInput, offered),
      });
      const options = [...control<HTMLSelectElement>(el, 'adult-only').options].map((o) =>
        o.text.trim(),
      );
      expect(options).to.include.members(['Kim Khan', 'Lee Owens']);
      expect(options).not.to.include('Asha Khan');
      const children = within(el, 'input[name="child-only"]').map((i) =>
        i.closest('label')!.textContent!.trim(),
      );
      expect(children).to.deep.equal(['Asha Khan']);
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

    it('fires practice-answer-change with the address, old and new values and the response', async () => {
      const el = await assessment();
      const events = collect<PracticeAnswerChangeEvent>(el, 'practice-answer-change');
      await type(el, control(el, 'neighbour'), 'Quiet now');
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.address).to.deep.equal({ question: 'neighbour' });
      expect(event!.key).to.equal('neighbour');
      expect(event!.old).to.equal('Heard shouting most nights');
      expect(event!.new).to.equal('Quiet now');
      expect(event!.response.answers.neighbour!.value).to.equal('Quiet now');
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(el.value).to.equal(event!.response);
      // The record's response is never mutated.
      expect(record.responses![0]!.answers.neighbour!.value).to.equal('Heard shouting most nights');
    });

    it('fires change from the element when a choice is made', async () => {
      const el = await assessment();
      const changes = collect<Event>(el, 'change');
      await click(el, radio(el, 'main-source', 'police'));
      expect(changes).to.have.length(1);
      expect(el.value!.answers['main-source']!.value).to.equal('police');
    });

    it('fires practice-submit (cancelable) and practice-status-change', async () => {
      const el = await assessment();
      const submits = collect<PracticeSubmitEvent>(el, 'practice-submit');
      const moves = collect<PracticeStatusChangeEvent>(el, 'practice-status-change');
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('practice-submit', cancel, { once: true });
      await click(el, button(el, 'Submit for authorisation'));
      expect(submits).to.have.length(1);
      expect(el.value!.status).to.equal('draft');
      await click(el, button(el, 'Submit for authorisation'));
      expect(submits).to.have.length(2);
      expect(submits[1]!.response.status).to.equal('submitted');
      expect(moves.map((m) => [m.action, m.from, m.to])).to.deep.equal([
        ['submit', 'draft', 'submitted'],
      ]);
      expect(el.value!.history!.at(-1)).to.include({ status: 'submitted', by: 'worker-1' });
    });

    it('asks the page to save drafts with practice-save when autosave="events"', async () => {
      const el = await assessment({ autosave: 'events', autosaveDelay: 0 });
      const saved: AssessmentResponse[] = [];
      el.addEventListener('practice-save', (event: PracticeSaveEvent) => {
        saved.push(event.response);
        event.respondWith(Promise.resolve());
      });
      await type(el, control(el, 'neighbour'), 'Saved through an event');
      await waitUntil(() => saved.length > 0, 'no practice-save');
      expect(saved.at(-1)!.answers.neighbour!.value).to.equal('Saved through an event');
      await waitUntil(() => textOf(el).includes('Saved at'), 'no "Saved at" status');
    });
  });

  describe('keyboard', () => {
    it('completes and submits a form with the keyboard only', async () => {
      const el = await small();
      el.focus();
      await sendKeys({ type: 'Amira Hussain' });
      // An answered question is followed by its "Record a disagreement" button once its answer is
      // committed: a choice at once, typed text when the field is left (typing adds no tab stop).
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('dispute-seen-by')).to.equal(null);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('dispute-seen-by')).to.exist;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('dispute-seen-alone');
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Record a disagreement');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '5' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2024' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(
        'Submit for authorisation',
      );
      // The date's button came once the date was left: Shift+Tab reaches it.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('dispute-visit-date');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value!.answers).to.deep.equal({
        'seen-by': { value: 'Amira Hussain' },
        'seen-alone': { value: true },
        'visit-date': { value: '2024-02-05' },
      });
      expect(el.value!.status).to.equal('submitted');
      expect(textOf(el)).to.contain('Submitted for authorisation.');
    });

    it('moves focus to the error summary on a failed submission, and from its links to the fields', async () => {
      const el = await small({ record: smallStarted });
      await click(el, button(el, 'Submit for authorisation'));
      await el.updateComplete;
      const summary = within(el, '[part="error-summary"]')[0]!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        'Answer “Who saw the child?”',
        'Answer “Was the child seen alone?”',
        '“Date of the visit” must be today or in the past',
      ]);
      expect(el.value!.status).to.equal('draft');
      await click(el, links[1]!);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'seen-alone'));
      // The field says what is wrong and is tied to its message.
      const fieldset = control(el, 'seen-alone').closest('fieldset')!;
      const describedBy = fieldset.getAttribute('aria-describedby')!;
      expect(el.shadowRoot!.getElementById(describedBy)!.textContent).to.contain(
        'Answer “Was the child seen alone?”',
      );
    });

    it('shows a field’s errors only once it is touched or the form submitted', async () => {
      const el = await small();
      const field = control(el, 'seen-by');
      expect(within(el, '.error-message')).to.have.length(0);
      field.focus();
      await leave(el, field);
      expect(
        within(el, '.error-message').map((e) => e.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['Error: Answer “Who saw the child?”']);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(within(el, '[part="error-summary"]')).to.have.length(1);
    });

    it('adds and removes group items, moving focus into the new item and back', async () => {
      const el = await assessment();
      await click(el, button(el, 'Add another adult'));
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value!.answers.adults!.value).to.have.length(3);
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'adults[2]/adult'));
      await click(el, button(el, 'Remove Adult 3'));
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value!.answers.adults!.value).to.have.length(2);
      expect(el.shadowRoot!.activeElement!.id).to.equal('add-adults');
    });

    it('adds and removes structured entries, moving focus', async () => {
      const el = await assessment();
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      await click(el, button(el, 'Add another child’s voice'));
      await el.updateComplete;
      const added = control<HTMLTextAreaElement>(el, 'asha/voice#2-text');
      expect(el.shadowRoot!.activeElement).to.equal(added);
      await type(el, added, 'I want to stay at home.');
      const voices = el.value!.childAnswers!.asha!.voice!.value as { id: string; text: string }[];
      expect(voices.map((v) => v.id)).to.deep.equal(['v1', 'v2', 'child-voice-3']);
      expect(voices[2]!.text).to.equal('I want to stay at home.');
      await click(el, button(el, 'Remove Child’s voice 1'));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'asha/voice'));
      const left = el.value!.childAnswers!.asha!.voice!.value as { id: string }[];
      expect(left.map((v) => v.id)).to.deep.equal(['v2', 'child-voice-3']);
    });

    it('moves between sections, focusing the section heading', async () => {
      const el = await assessment();
      await click(el, button(el, 'Next: Wishes and feelings'));
      await el.updateComplete;
      const heading = within(el, '[part="section"] h3')[0]!;
      expect(heading.textContent!.trim()).to.equal('Wishes and feelings: Asha Khan');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect(within(el, '[aria-current="step"]')[0]!.textContent!.trim()).to.equal(
        'Wishes and feelings: Asha Khan',
      );
    });
  });

  describe('form behaviour', () => {
    const forms: HTMLFormElement[] = [];
    afterEach(() => forms.splice(0).forEach((form) => form.remove()));

    /** The element in a host form (built by hand: `fixture` would wait for a frame on a form). */
    async function inForm(props: Partial<PracticeAssessment> = {}, disabled = false) {
      const form = document.createElement('form');
      document.body.append(form);
      forms.push(form);
      render(
        html`<fieldset ?disabled=${disabled}>
          <legend>Assessment</legend>
          <practice-assessment
            name="assessment"
            .model=${props.model ?? model}
            .record=${props.record ?? record}
            today=${TODAY}
          ></practice-assessment>
        </fieldset>`,
        form,
      );
      const el = form.querySelector('practice-assessment')!;
      await el.updateComplete;
      return { form, el };
    }

    it('submits its response as JSON under its name', async () => {
      const { form, el } = await inForm();
      await type(el, control(el, 'neighbour'), 'Changed');
      const json = new FormData(form).get('assessment') as string;
      const sent = JSON.parse(json) as AssessmentResponse;
      expect(sent.id).to.equal('resp-1');
      expect(sent.answers.neighbour!.value).to.equal('Changed');
      expect(sent.changes!.at(-1)).to.include({ question: 'neighbour', new: 'Changed' });
    });

    it('blocks the form while it has errors and moves focus to the first', async () => {
      const { form, el } = await inForm({ model: smallModel, record: smallRecord });
      expect(form.checkValidity()).to.equal(false);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Answer “Who saw the child?”');
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'seen-by'));
      expect(within(el, '[part="error-summary"]')).to.have.length(1);
      expect(el.errors.map((e) => e.answerKey)).to.deep.equal(['seen-by', 'seen-alone']);
      await type(el, control(el, 'seen-by'), 'Amira');
      await click(el, radio(el, 'seen-alone', 'false'));
      expect(form.checkValidity()).to.equal(true);
    });

    it('goes back to the response as opened when the form is reset', async () => {
      const { form, el } = await inForm();
      await type(el, control(el, 'neighbour'), 'Changed');
      form.reset();
      await el.updateComplete;
      expect(control(el, 'neighbour').value).to.equal('Heard shouting most nights');
      expect(el.value).to.deep.equal(record.responses![0]);
    });

    it('is disabled inside a disabled fieldset', async () => {
      const { el } = await inForm({}, true);
      await el.updateComplete;
      expect(control(el, 'neighbour').matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
    });

    it('restores its state from the browser', async () => {
      const { el } = await inForm();
      const restored = structuredClone(record.responses![0]!);
      restored.answers.neighbour = { value: 'Restored' };
      el.formStateRestoreCallback(JSON.stringify(restored));
      await el.updateComplete;
      expect(control(el, 'neighbour').value).to.equal('Restored');
      el.formStateRestoreCallback('not json');
      expect(el.value!.answers.neighbour!.value).to.equal('Restored');
    });

    it('works without a form: value, validate() and errors', async () => {
      const el = await small();
      expect(el.errors).to.have.length(2);
      expect(within(el, '[part="error-summary"]')).to.have.length(0);
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(within(el, '[part="error-summary"]')).to.have.length(1);
      expect(el.errors[0]).to.include({
        answerKey: 'seen-by',
        message: 'Answer “Who saw the child?”',
      });
    });
  });

  describe('lifecycle', () => {
    it('returns with a comment anchored to a question, shown beside it for the worker', async () => {
      const submitted = recordWith((r) => (r.status = 'submitted'));
      const manager = await assessment({
        record: submitted,
        actions: 'return authorise',
        user: 'manager-1',
      });
      await click(manager, button(manager, 'Return to the worker'));
      expect(textOf(manager)).to.contain(
        'Give a reason for returning the assessment, or add a comment to a question.',
      );
      const select = manager.shadowRoot!.getElementById(
        'lifecycle-comment-question',
      ) as HTMLSelectElement;
      select.value = 'neighbour';
      (manager.shadowRoot!.getElementById('lifecycle-comment-text') as HTMLTextAreaElement).value =
        'Who is the neighbour?';
      await click(manager, button(manager, 'Add comment'));
      await click(manager, button(manager, 'Return to the worker'));
      expect(manager.value!.status).to.equal('returned');
      expect(manager.value!.comments).to.deep.include({
        id: 'comment-1',
        question: 'neighbour',
        at: manager.value!.comments![0]!.at,
        by: 'manager-1',
        text: 'Who is the neighbour?',
      });
      const worker = await assessment({ value: manager.value });
      const comment = control(worker, 'neighbour')
        .closest('[part="question"]')!
        .querySelector('[part="comment"]')!;
      expect(comment.textContent).to.contain('Who is the neighbour?');
      await click(worker, comment.querySelector('button')!);
      expect(worker.value!.comments![0]!.resolved).to.equal(true);
      await click(worker, button(worker, 'Resubmit'));
      expect(worker.value!.status).to.equal('submitted');
    });

    it('locks an authorised response, and amends it only with a reason', async () => {
      const submitted = recordWith((r) => (r.status = 'submitted'));
      const el = await assessment({ record: submitted, actions: 'authorise amend' });
      await click(el, button(el, 'Authorise'));
      expect(el.value!.status).to.equal('authorised');
      expect(within(el, 'textarea:not(#lifecycle-amend-reason), input')).to.have.length(0);
      expect(textOf(el)).to.contain('This assessment is authorised and cannot be changed');
      await click(el, button(el, 'Amend'));
      expect(el.value!.status).to.equal('authorised');
      expect(textOf(el)).to.contain('Give a reason for amending the assessment.');
      (el.shadowRoot!.getElementById('lifecycle-amend-reason') as HTMLTextAreaElement).value =
        'Wrong date of birth';
      await click(el, button(el, 'Amend'));
      expect(el.value!.status).to.equal('amended');
      expect(el.value!.history!.at(-1)).to.include({
        status: 'amended',
        reason: 'Wrong date of birth',
      });
      expect(control(el, 'neighbour').matches(':disabled')).to.equal(false);
    });
  });

  describe('answers', () => {
    it('keeps answers hidden by conditions, and logs changes to them', async () => {
      const el = await assessment();
      expect(control(el, 'da-details')).to.exist;
      await click(el, radio(el, 'domestic-abuse', 'false'));
      expect(el.shadowRoot!.getElementById('f-da-details')).to.equal(null);
      expect(el.value!.answers['da-details']!.value).to.equal('Kim described being pushed.');
      await click(el, radio(el, 'domestic-abuse', 'true'));
      expect(control<HTMLTextAreaElement>(el, 'da-details').value).to.equal(
        'Kim described being pushed.',
      );
    });

    it('logs one change per edit: who, when, old and new', async () => {
      const el = await assessment();
      const field = control(el, 'neighbour');
      await type(el, field, 'Q');
      await type(el, field, 'Qu');
      await type(el, field, 'Quiet');
      await leave(el, field);
      await type(el, field, 'Quiet now');
      const changes = el.value!.changes!;
      expect(changes).to.have.length(2);
      expect(changes[0]).to.include({
        question: 'neighbour',
        by: 'worker-1',
        old: 'Heard shouting most nights',
        new: 'Quiet',
      });
      expect(changes[1]).to.include({ question: 'neighbour', old: 'Quiet', new: 'Quiet now' });
      expect(changes[0]!.at).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    });

    it('keeps what was typed into numbers and dates, and reports it', async () => {
      const el = await assessment();
      await type(el, control(el, 'visits'), 'three');
      await leave(el, control(el, 'visits'));
      expect(el.value!.answers.visits!.value).to.equal('three');
      expect(textOf(el)).to.contain('“Visits made” must be a number');
      await type(el, control(el, 'visits'), '4');
      expect(el.value!.answers.visits!.value).to.equal(4);
      await type(el, control(el, 'decided'), '31');
      await type(el, el.shadowRoot!.getElementById('f-decided~month') as HTMLInputElement, '2');
      expect(el.value!.answers.decided!.value).to.equal('2024-02-31');
      await leave(el, control(el, 'decided'));
      expect(textOf(el)).to.contain('“Decision date” must be a real date');
    });

    it('records readings of several raters and clears one', async () => {
      const el = await assessment();
      const parent = within<HTMLInputElement>(el, 'input[name="safety~parent"]').find(
        (r) => r.value === '9',
      )!;
      await click(el, parent);
      expect(el.value!.answers.safety!.value).to.deep.equal({ worker: 0, parent: 9 });
      await click(el, button(el, 'Clear the reading: Worker'));
      expect(el.value!.answers.safety!.value).to.deep.equal({ parent: 9 });
    });

    it('cites earlier answers from an analysis', async () => {
      const citing = modelWith((input) => {
        (input.templates[0]!.sections[0]!.questions as unknown[]).push({
          id: 'analysis',
          type: 'long-text',
          label: 'Analysis',
          citations: true,
        });
      });
      const el = await assessment({ model: citing, record: defineCaseRecord(recordInput, citing) });
      const box = within<HTMLInputElement>(el, 'input[data-kind="cite"]').find(
        (c) => c.value === 'reason',
      )!;
      await click(el, box);
      expect(el.value!.answers.analysis).to.deep.equal({ value: null, cites: ['reason'] });
      const review = await inMode('review', { model: citing, value: el.value });
      expect(answer(review, 'Analysis')).to.contain('Relies on: Reason for assessment');
    });

    it('shows live scores', async () => {
      const scored = modelWith((input) => {
        input.templates[0]!.scores = [
          {
            id: 'worker-safety',
            label: 'Worker’s scaling',
            method: 'mean',
            of: ['safety'],
            rater: 'worker',
          },
        ];
      });
      const el = await assessment({ model: scored, record: defineCaseRecord(recordInput, scored) });
      const header = () => textOf(within(el, '[part="header"]')[0]!);
      expect(header()).to.contain('Worker’s scaling 0');
      const seven = within<HTMLInputElement>(el, 'input[name="safety~worker"]').find(
        (r) => r.value === '7',
      )!;
      await click(el, seven);
      expect(header()).to.contain('Worker’s scaling 7');
    });

    it('saves drafts through saveDraft and restores them after a reload', async () => {
      const store = new Map<string, AssessmentResponse>();
      const saveDraft = (key: object, response: AssessmentResponse) => {
        store.set(JSON.stringify(key), response);
      };
      const loadDraft = (key: object) => store.get(JSON.stringify(key));
      const first = await assessment({ saveDraft, loadDraft, autosaveDelay: 0 });
      await type(first, control(first, 'neighbour'), 'Typed before the reload');
      await click(first, radio(first, 'main-source', 'police'));
      await type(first, control(first, 'reason'), 'A new reason');
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(
        () => [...store.values()].some((r) => r.answers.reason?.value === 'A new reason'),
        'the draft was not saved',
      );
      const typed = first.value!.answers;
      first.remove();
      const second = await assessment({ saveDraft, loadDraft });
      await waitUntil(() => second.value?.answers.reason?.value === 'A new reason', 'not restored');
      await second.updateComplete;
      expect(second.value!.answers).to.deep.equal(typed);
      expect(control(second, 'neighbour').value).to.equal('Typed before the reload');
      expect(textOf(second)).to.contain('Unsaved changes from your last visit have been restored.');
    });
  });

  describe('versions', () => {
    const v2 = modelWith((input) => {
      input.version = '2';
      const questions = input.templates[0]!.sections[0]!.questions as { id: string }[];
      input.templates[0]!.sections[0]!.questions = questions.filter(
        (q) => q.id !== 'neighbour',
      ) as never;
    });

    it('migrates a response from an earlier version and keeps what does not fit', async () => {
      const el = await migrated();
      expect(el.value!.model.version).to.equal('2');
      expect(el.value!.previousVersionAnswers!.neighbour).to.include({
        value: 'Heard shouting most nights',
        fromVersion: '1',
        reason: 'removed',
      });
      const panel = textOf(within(el, '[part="previous-version"]')[0]!);
      expect(panel).to.contain('What the neighbour said');
      expect(panel).to.contain('Heard shouting most nights');
      expect(textOf(el)).to.contain('This assessment was moved to version 2 of the form.');
      expect(control<HTMLTextAreaElement>(el, 'reason').value).to.contain('Referral from school');
    });

    it('opens a response from an unknown version read-only, untouched', async () => {
      const el = await assessment({ model: v2, record: defineCaseRecord(recordInput, v2) });
      expect(textOf(el)).to.contain(
        'This assessment was written under version 1 of the practice model “test-model”, which is not available here.',
      );
      expect(within(el, 'input, textarea, select')).to.have.length(0);
      expect(el.value).to.deep.equal(record.responses![0]);
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('renders hostile answers as text', async () => {
      const hostile = structuredClone(recordInput);
      const answers = hostile.responses![0]!.answers as Record<string, { value: unknown }>;
      answers.reason = { value: hostileStrings.join('\n') };
      answers.neighbour = { value: hostileStrings[0] };
      answers['main-source'] = { value: hostileStrings[1] };
      const el = await inMode('review', { record: hostile });
      const tags = deepElements(el).map((e) => e.localName);
      expect(tags).not.to.include.members(['img', 'script', 'svg', 'b', 'i']);
      expect(answer(el, 'What the neighbour said')).to.equal(hostileStrings[0]);
      expect(answer(el, 'Main source')).to.equal(`${hostileStrings[1]} (not in the code list)`);
      expect(el.shadowRoot!.textContent).to.contain(hostileStrings.at(-1)!);
      const edit = await assessment({ record: hostile });
      expect(deepElements(edit).map((e) => e.localName)).not.to.include.members([
        'img',
        'script',
        'svg',
      ]);
      expect(control(edit, 'neighbour').value).to.equal(hostileStrings[0]);
      expect(textOf(edit)).to.contain(`${hostileStrings[1]} (not in the code list)`);
    });

    it('renders hostile labels as text', async () => {
      const hostileModel = modelWith((input) => {
        const section = input.templates[0]!.sections[0]!;
        section.title = hostileStrings[2]!;
        (section.questions[1] as { label: string }).label = hostileStrings[0]!;
        (section.questions[1] as { hint?: string }).hint = hostileStrings[1]!;
      });
      const el = await assessment({
        model: hostileModel,
        record: defineCaseRecord(recordInput, hostileModel),
      });
      expect(deepElements(el).map((e) => e.localName)).not.to.include.members([
        'img',
        'script',
        'svg',
      ]);
      expect(control(el, 'reason').labels![0]!.textContent!.trim()).to.equal(hostileStrings[0]);
      expect(textOf(el)).to.contain(hostileStrings[1]!);
    });

    it('copes with answers of the wrong type', async () => {
      const odd = structuredClone(recordInput);
      const answers = odd.responses![0]!.answers as Record<string, { value: unknown }>;
      answers.visits = { value: 'three' };
      answers.safety = { value: 'very' };
      answers.adults = { value: 'none' };
      answers.decided = { value: 'last week' };
      const el = await inMode('review', { record: odd });
      expect(answer(el, 'Visits made')).to.equal('three');
      expect(answer(el, 'Decision date')).to.equal('last week');
      expect(answer(el, 'Adults in the household')).to.equal('none');
      expect(answer(el, 'How safe is home?')).to.be.a('string');
      const edit = await assessment({ record: odd });
      expect(control(edit, 'visits').value).to.equal('three');
      edit.validate();
      await edit.updateComplete;
      expect(edit.errors.map((e) => e.answerKey)).to.include.members([
        'visits',
        'decided',
        'safety',
        'adults',
      ]);
    });

    it('names the path of each problem in an invalid template', async () => {
      const input = structuredClone(modelInput) as PracticeModelInput & {
        templates: { sections: unknown[] }[];
      };
      input.templates[0]!.sections = [];
      const el = await assessment({ model: input });
      const alert = within(el, '[role="alert"]')[0]!;
      expect(alert.textContent).to.contain('templates[0].sections');
    });

    it('names the path of each problem in an invalid response', async () => {
      const el = await assessment({
        value: {
          id: 'x',
          template: 'cfa',
          status: 'nonsense',
          answers: {},
        } as unknown as AssessmentResponse,
      });
      const alert = within(el, '[part="problem"]')[0]!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('This assessment cannot be opened');
      expect(alert.textContent).to.contain('model');
      expect(alert.textContent).to.contain('status');
    });

    it('never throws into the host for nonsense input', async () => {
      const el = await assessment({ record: 42, model: 'nonsense' });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      const noTemplates = await assessment({ model: { ...structuredClone(model), templates: [] } });
      expect(textOf(noTemplates)).to.contain('The practice model has no assessment templates.');
    });
  });
});

/** The fixture response (model version 1) opened under version 2, which dropped a question. */
async function migrated(): Promise<PracticeAssessment> {
  const v2 = modelWith((input) => {
    input.version = '2';
    const questions = input.templates[0]!.sections[0]!.questions as { id: string }[];
    input.templates[0]!.sections[0]!.questions = questions.filter(
      (q) => q.id !== 'neighbour',
    ) as never;
  });
  return assessment({
    model: v2,
    record: defineCaseRecord(recordInput, v2),
    previousModels: [model],
  });
}
