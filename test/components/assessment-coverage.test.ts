/**
 * Requirements of `<practice-assessment>` (issue 3) that work but had no test that could fail:
 * danger statements with safety goals and next steps with owner and due date, autosave of every
 * answer of the sample template through the real element, keyboard-only completion of the sample
 * template, answers hidden by conditions, section error counts, hints and guidance tied to their
 * fields, and print for an audience that may not see every answer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/assessment/practice-assessment.js';
import type {
  AssessmentError,
  PracticeAssessment,
} from '../../src/components/assessment/assessment.js';
import type { PracticeSubmitEvent } from '../../src/components/assessment/assessment.events.js';
import { indexedDbAdapter } from '../../src/controllers/autosave-indexeddb.js';
import {
  defineCaseRecord,
  definePracticeModel,
  type AssessmentResponse,
  type CaseRecordInput,
  type PracticeModelInput,
} from '../../src/model/index.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import {
  collect,
  model,
  modelInput,
  record,
  recordInput,
  textOf,
  TODAY,
  within,
} from './fixtures.js';

type Props = Partial<PracticeAssessment>;

/** The element on the fixture model and record (or those given), for worker-1. */
async function assessment(props: Props = {}): Promise<PracticeAssessment> {
  const el = await fixture<PracticeAssessment>(
    html`<practice-assessment
      .model=${model}
      .record=${record}
      today=${TODAY}
      user="worker-1"
    ></practice-assessment>`,
  );
  Object.assign(el, props);
  await settle(el);
  return el;
}

/** Waits for the element to render, and for focus moved after a render (a microtask later). */
async function settle(el: PracticeAssessment): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
}

/** A copy of the fixture model with changes, validated. */
function modelWith(change: (input: PracticeModelInput) => void) {
  const input = structuredClone(modelInput);
  change(input);
  return definePracticeModel(input);
}

/** The fixture record with no responses (every template opens a new draft), for `against`. */
function freshRecord(against = model) {
  return defineCaseRecord({ ...structuredClone(recordInput), responses: [] }, against);
}

/** The control with the field id of an answer key. */
function control<E extends HTMLElement = HTMLInputElement>(el: PracticeAssessment, key: string): E {
  const found = el.shadowRoot!.getElementById(`f-${key}`) as E | null;
  if (!found) throw new Error(`no control for ${key}`);
  return found;
}

function byId<E extends HTMLElement = HTMLInputElement>(el: PracticeAssessment, id: string): E {
  const found = el.shadowRoot!.getElementById(id) as E | null;
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

/** Types into a text field as a user would (one input event with the whole text), then leaves it. */
async function type(
  el: PracticeAssessment,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Chooses an option of a select, as a user would. */
async function choose(el: PracticeAssessment, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

async function click(el: PracticeAssessment, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

function button(el: PracticeAssessment, text: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'button').find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The section list's link to a section copy. */
function section(el: PracticeAssessment, key: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, '[part="section-nav"] button').find(
    (b) => b.dataset.section === key,
  );
  if (!found) throw new Error(`no section ${key}`);
  return found;
}

function radio(el: PracticeAssessment, key: string, value: string): HTMLInputElement {
  const found = within<HTMLInputElement>(el, `input[name="${key}"]`).find((r) => r.value === value);
  if (!found) throw new Error(`no radio ${key}=${value}`);
  return found;
}

/** The answer shown for a question label in review or print, in the nth section shown. */
function shownAnswer(el: PracticeAssessment, label: string, section = 0): string {
  const sections = within(el, '[part="section"]');
  const rows = [...sections[section]!.querySelectorAll(':scope > dl > [part="row"]')];
  const row = rows.find((r) => r.querySelector('dt')!.textContent!.trim() === label);
  if (!row) throw new Error(`no row for ${label}`);
  return row.querySelector<HTMLElement>(':scope > dd')!.innerText.replace(/\s+/g, ' ').trim();
}

/**
 * Checks `check` every 25 ms until it holds; fails with `message` after `tries` checks. Waits for
 * debounced saves and asynchronous restores, never asserting how long they take.
 */
async function eventually(
  check: () => boolean | Promise<boolean>,
  message: string,
  tries = 400,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(message);
}

/** The same JSON: answers compared as the adapter stores them. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The ids an element's `aria-describedby` names. */
function describedBy(element: Element): string[] {
  return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

/** The text of the elements an element's `aria-describedby` names, joined. */
function description(el: PracticeAssessment, element: Element): string {
  return describedBy(element)
    .map((id) => (el.shadowRoot!.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' | ');
}

// The sample template -------------------------------------------------------------------------

const SAMPLE_TEMPLATE = 'child-and-family-assessment';
/** The sample case with no responses: the sample template opens as a new draft. */
const sampleDraftRecord = defineCaseRecord(
  { ...(structuredClone(sampleCase) as CaseRecordInput), responses: [] },
  sampleModel,
);

async function sampleForm(props: Props = {}): Promise<PracticeAssessment> {
  return assessment({
    model: sampleModel,
    record: sampleDraftRecord,
    today: SAMPLE_TODAY,
    template: SAMPLE_TEMPLATE,
    ...props,
  });
}

/** The key of the section copy an error is in, as the section list names it. */
function sectionKeyOf(error: AssessmentError): string {
  return error.address.child === undefined
    ? error.section
    : `${error.address.child}/${error.section}`;
}

/**
 * Every answerable question of the sample template that `response` leaves unanswered: shared
 * questions, each subject child's copy of per-child questions, and the inner questions of the first
 * item of each repeating group.
 */
function unansweredSampleQuestions(response: AssessmentResponse): string[] {
  const template = sampleModel.templates.find((t) => t.id === SAMPLE_TEMPLATE)!;
  const missing: string[] = [];
  const answered = (value: unknown) =>
    value !== undefined &&
    value !== null &&
    value !== '' &&
    !(Array.isArray(value) && !value.length);
  for (const section of template.sections) {
    const scopes = section.perChild
      ? (response.subjects ?? []).map(
          (child) => [child, response.childAnswers?.[child] ?? {}] as const,
        )
      : ([[undefined, response.answers]] as const);
    for (const [child, answers] of scopes) {
      const prefix = child === undefined ? '' : `${child}/`;
      for (const question of section.questions) {
        if (question.type === 'content') continue;
        const value = answers[question.id]?.value;
        if (!answered(value)) missing.push(`${prefix}${question.id}`);
        if (question.type === 'group') {
          const first = (Array.isArray(value) ? value[0] : undefined) as
            Record<string, unknown> | undefined;
          for (const inner of question.questions) {
            if (inner.type !== 'content' && !answered(first?.[inner.id])) {
              missing.push(`${prefix}${question.id}[0]/${inner.id}`);
            }
          }
        }
      }
    }
  }
  return missing;
}

/** The radio a filling pass picks for a set: the one that shows the most follow-up questions. */
function preferredRadio(radios: readonly HTMLInputElement[]): HTMLInputElement {
  const name = radios[0]!.name;
  const wanted = name.endsWith('adult-agreed') ? 'false' : name.endsWith('decision') ? 'nfa' : '';
  return radios.find((r) => r.value === wanted) ?? radios[0]!;
}

/**
 * Fills the first empty control of the current section through the UI (as a user would, with
 * input, change and click events) and says whether it found one. Lists with no items get one.
 */
async function fillOne(el: PracticeAssessment): Promise<boolean> {
  const fields = el.shadowRoot!.querySelector('.section-fields');
  if (!fields) return false;
  const add = fields.querySelector<HTMLButtonElement>('button[data-action^="add-"][id^="f-"]');
  if (add) {
    await click(el, add);
    return true;
  }
  for (const field of fields.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input[type="text"], textarea',
  )) {
    if (field.value !== '') continue;
    const part = field.dataset.part;
    const text =
      part === 'day'
        ? '5'
        : part === 'month'
          ? '11'
          : part === 'year'
            ? '2026'
            : field.inputMode === 'decimal' || field.inputMode === 'numeric'
              ? '3'
              : `Answer to ${field.id}`;
    await type(el, field, text);
    return true;
  }
  for (const select of fields.querySelectorAll<HTMLSelectElement>('select')) {
    const option = [...select.options].find((o) => o.value !== '');
    if (select.value !== '' || !option) continue;
    await choose(el, select, option.value);
    return true;
  }
  const sets = new Map<string, HTMLInputElement[]>();
  for (const input of fields.querySelectorAll<HTMLInputElement>(
    'input[type="radio"], input[type="checkbox"]',
  )) {
    const set =
      input.type === 'radio'
        ? `radio:${input.name}`
        : `box:${(input.closest('.choices, .citation-list') as HTMLElement | null)?.dataset.key ?? input.name}:${input.dataset.kind ?? ''}`;
    sets.set(set, [...(sets.get(set) ?? []), input]);
  }
  for (const [set, inputs] of sets) {
    if (inputs.some((i) => i.checked)) continue;
    await click(el, set.startsWith('radio:') ? preferredRadio(inputs) : inputs[0]!);
    return true;
  }
  return false;
}

/** Answers every question of every section of the form, section by section, through the UI. */
async function fillEverything(el: PracticeAssessment): Promise<void> {
  const sections = within<HTMLButtonElement>(el, '[part="section-nav"] button[data-section]').map(
    (b) => b.dataset.section!,
  );
  expect(sections.length).to.be.greaterThan(5);
  for (const key of sections) {
    await click(
      el,
      within<HTMLButtonElement>(el, `[part="section-nav"] button[data-section="${key}"]`)[0]!,
    );
    let filled = 0;
    while (await fillOne(el)) {
      filled += 1;
      if (filled > 500) throw new Error(`section ${key} never fills up`);
    }
  }
}

// Keyboard ------------------------------------------------------------------------------------

function active(el: PracticeAssessment): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses `key` until the focused element passes `test`; fails after `limit` presses. */
async function keyTo(
  el: PracticeAssessment,
  test: (focused: HTMLElement) => boolean,
  key: 'Tab' | 'Shift+Tab',
  limit = 300,
): Promise<HTMLElement> {
  for (let i = 0; i <= limit; i++) {
    const focused = active(el);
    if (focused && test(focused)) return focused;
    if (!focused) throw new Error('focus left the assessment');
    if (key === 'Tab') await sendKeys({ press: 'Tab' });
    else {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    await settle(el);
  }
  throw new Error(`no focusable element found with ${key} after ${limit} presses`);
}

/** Moves to a section with the keyboard: back up to the section list, then Enter. */
async function goToSectionByKeyboard(el: PracticeAssessment, key: string): Promise<void> {
  await keyTo(
    el,
    (f) => f.matches('[part="section-nav"] button') && f.dataset.section === key,
    'Shift+Tab',
  );
  await sendKeys({ press: 'Enter' });
  await settle(el);
  expect(active(el)?.localName).to.match(/^h[1-6]$/);
}

/** Answers the focused field with the keyboard: Space, typing, an arrow, or Enter on "Add". */
async function answerFocused(el: PracticeAssessment): Promise<void> {
  const field = active(el)!;
  if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
    await sendKeys({ press: 'Space' });
  } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    await sendKeys({ type: 'Seen at home' });
  } else if (field instanceof HTMLSelectElement) {
    await sendKeys({ press: 'ArrowDown' });
  } else if (field instanceof HTMLButtonElement) {
    // "Add the first ...": focus moves into the new item or entry; an entry needs its words.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const inside = active(el);
    if (inside instanceof HTMLTextAreaElement) await sendKeys({ type: 'I feel safe with Mum' });
  } else {
    throw new Error(`cannot answer a focused <${field.localName}>`);
  }
  await settle(el);
}

/** The fixture model with a safety plan: danger statements with safety goals, and next steps. */
const planModel = modelWith((input) => {
  input.templates.push({
    id: 'safety-plan',
    name: 'Safety plan',
    subject: 'family',
    sections: [
      {
        id: 'plan',
        title: 'The plan',
        questions: [
          {
            id: 'dangers',
            type: 'entries',
            entry: 'danger-statement',
            label: 'Danger statements and safety goals',
          },
          { id: 'steps', type: 'entries', entry: 'next-step', label: 'Next steps' },
        ],
      },
    ],
  });
});

/** A new safety plan for the fixture case. */
async function plan(props: Props = {}) {
  return assessment({
    model: planModel,
    record: freshRecord(planModel),
    template: 'safety-plan',
    ...props,
  });
}

/** The fixture model with a restricted question, which the court audience may not see. */
const restrictedModel = modelWith((input) => {
  (input.templates[0]!.sections[0]!.questions as unknown[]).push({
    id: 'police-intelligence',
    type: 'long-text',
    label: 'Police intelligence',
    sensitivity: ['restricted'],
  });
});
/** The fixture record with the restricted question answered. */
const restrictedRecord = (() => {
  const input = structuredClone(recordInput);
  input.responses![0]!.answers['police-intelligence'] = {
    value: 'Lee is known to the gangs unit.',
  };
  return defineCaseRecord(input, restrictedModel);
})();

// Tests ---------------------------------------------------------------------------------------

describe('<practice-assessment> coverage', () => {
  describe('danger statements, safety goals and next steps', () => {
    it('pairs each danger statement with a labelled safety goal, and keeps both', async () => {
      const el = await plan();
      await click(el, button(el, 'Add the first danger statement'));
      const statement = control<HTMLTextAreaElement>(el, 'dangers');
      expect(active(el)).to.equal(statement);
      expect(statement.labels![0]!.textContent!.trim()).to.equal('Danger statement');
      const goal = byId<HTMLTextAreaElement>(el, 'f-dangers#0-safetyGoal');
      expect(goal.localName).to.equal('textarea');
      expect(goal.labels![0]!.textContent!.trim()).to.equal('Safety goal');
      // The goal sits in the same entry as its statement.
      expect(goal.closest('[part="entry"]')).to.equal(statement.closest('[part="entry"]'));
      await type(el, statement, 'Lee may hit Kim again while the children are at home.');
      await type(el, goal, 'Kim and the children are safe from Lee’s violence.');
      expect(el.value!.answers.dangers!.value).to.deep.equal([
        {
          id: 'danger-statement-1',
          text: 'Lee may hit Kim again while the children are at home.',
          safetyGoal: 'Kim and the children are safe from Lee’s violence.',
        },
      ]);
      expect(el.value!.changes!.at(-1)).to.include({ question: 'dangers', by: 'worker-1' });
      await expect(el).to.be.accessible();
    });

    it('asks who will take each next step and by when, and keeps both', async () => {
      const el = await plan();
      await click(el, button(el, 'Add the first next step'));
      const step = control<HTMLTextAreaElement>(el, 'steps');
      expect(step.labels![0]!.textContent!.trim()).to.equal('What needs to happen');
      const owner = byId<HTMLInputElement | HTMLSelectElement>(el, 'f-steps#0-owner');
      expect(owner.labels![0]!.textContent!.trim()).to.equal('Who');
      const day = byId(el, 'f-steps#0-due');
      const month = byId(el, 'f-steps#0-due~month');
      const year = byId(el, 'f-steps#0-due~year');
      const due = day.closest('fieldset')!;
      expect(due.querySelector('legend')!.textContent!.trim()).to.equal('By when');
      expect([day, month, year].map((f) => f.labels![0]!.textContent!.trim())).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      await type(el, step, 'Refer Kim to the domestic abuse service.');
      // Today the owner is written; a select of the record's people would hold the person's id.
      let owned: string;
      if (owner instanceof HTMLSelectElement) {
        await choose(el, owner, 'kim');
        owned = 'kim';
      } else {
        await type(el, owner, 'Kim Khan');
        owned = 'Kim Khan';
      }
      await type(el, day, '15');
      await type(el, month, '3');
      await type(el, year, '2024');
      expect(el.value!.answers.steps!.value).to.deep.equal([
        {
          id: 'next-step-1',
          text: 'Refer Kim to the domestic abuse service.',
          owner: owned,
          due: '2024-03-15',
        },
      ]);
      await expect(el).to.be.accessible();
    });

    it('writes safety goals, owners and due dates out in review', async () => {
      const response: AssessmentResponse = {
        id: 'plan-1',
        model: { id: 'test-model', version: '1' },
        template: 'safety-plan',
        status: 'draft',
        answers: {
          dangers: {
            value: [
              { id: 'd1', text: 'Lee may hit Kim again.', safetyGoal: 'Kim is safe from Lee.' },
              { id: 'd2', text: 'Asha may miss school.' },
            ],
          },
          steps: {
            value: [{ id: 's1', text: 'Refer to the domestic abuse service.', due: '2024-03-15' }],
          },
        },
      };
      const el = await plan({ mode: 'review', value: response });
      expect(shownAnswer(el, 'Danger statements and safety goals')).to.equal(
        'Lee may hit Kim again. Safety goal Kim is safe from Lee. Asha may miss school.',
      );
      expect(shownAnswer(el, 'Next steps')).to.equal(
        'Refer to the domestic abuse service. By when 15 March 2024',
      );
      // The answers typed in edit mode read back the same way.
      const edit = await plan();
      await click(edit, button(edit, 'Add the first next step'));
      await type(edit, control<HTMLTextAreaElement>(edit, 'steps'), 'Visit weekly.');
      const owner = byId<HTMLInputElement | HTMLSelectElement>(edit, 'f-steps#0-owner');
      if (owner instanceof HTMLSelectElement) await choose(edit, owner, 'kim');
      else await type(edit, owner, 'Kim Khan');
      await type(edit, byId(edit, 'f-steps#0-due'), '1');
      await type(edit, byId(edit, 'f-steps#0-due~month'), '4');
      await type(edit, byId(edit, 'f-steps#0-due~year'), '2024');
      edit.mode = 'review';
      await settle(edit);
      expect(shownAnswer(edit, 'Next steps')).to.equal(
        'Visit weekly. Who Kim Khan By when 1 April 2024',
      );
      await expect(el).to.be.accessible();
    });

    it('offers the record’s people as the owner of a next step (nothing typed twice)', async () => {
      const el = await plan();
      await click(el, button(el, 'Add the first next step'));
      const owner = byId<HTMLSelectElement>(el, 'f-steps#0-owner');
      expect(owner.localName).to.equal('select');
      const names = [...owner.options].map((o) => o.textContent!.trim());
      expect(names).to.include.members(['Kim Khan', 'Lee Owens']);
      await choose(el, owner, 'kim');
      expect((el.value!.answers.steps!.value as { owner?: string }[])[0]!.owner).to.equal('kim');
      el.mode = 'review';
      await settle(el);
      expect(shownAnswer(el, 'Next steps')).to.contain('Who Kim Khan');
    });
  });

  describe('autosave of the sample template through the element', () => {
    it('brings back every answer after the element is removed and made again (IndexedDB)', async function () {
      // Hundreds of answers, each rendered: not a timing assertion.
      this.timeout(180_000);
      const databaseName = `practice-coverage-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const adapter = indexedDbAdapter({ databaseName });
      const reloaded = indexedDbAdapter({ databaseName });
      try {
        const first = await sampleForm({ adapter, autosaveDelay: 0 });
        await fillEverything(first);
        const typed = structuredClone(first.value!);
        expect(unansweredSampleQuestions(typed)).to.deep.equal([]);
        expect(Object.keys(typed.childAnswers ?? {})).to.have.members(sampleCase.subjects);
        const key = { caseId: sampleCase.id, responseId: typed.id, template: SAMPLE_TEMPLATE };
        // The debounced save (no page hide, no flush): wait until the store holds every answer.
        await eventually(async () => {
          const saved = await adapter.load(key);
          return (
            sameJson(saved?.answers, typed.answers) &&
            sameJson(saved?.childAnswers, typed.childAnswers)
          );
        }, 'the draft was never saved with every answer');
        await settle(first);
        expect(textOf(first)).to.match(/Saved at \d\d:\d\d/);
        first.remove();
        adapter.close();

        const second = await sampleForm({ adapter: reloaded });
        await eventually(() => !!second.value?.changes?.length, 'the draft was not restored');
        await settle(second);
        expect(second.value!.answers).to.deep.equal(typed.answers);
        expect(second.value!.childAnswers).to.deep.equal(typed.childAnswers);
        expect(textOf(second)).to.contain(
          'Unsaved changes from your last visit have been restored.',
        );
        expect(control<HTMLTextAreaElement>(second, 'reason-for-assessment').value).to.equal(
          'Answer to f-reason-for-assessment',
        );
      } finally {
        adapter.close();
        reloaded.close();
        indexedDB.deleteDatabase(databaseName);
      }
    });

    it('brings back every answer through saveDraft and loadDraft too', async function () {
      this.timeout(180_000);
      const store = new Map<string, AssessmentResponse>();
      const callbacks = {
        saveDraft: (key: object, response: AssessmentResponse) => {
          store.set(JSON.stringify(key), structuredClone(response));
        },
        loadDraft: (key: object) => store.get(JSON.stringify(key)),
      };
      const first = await sampleForm({ ...callbacks, autosaveDelay: 0 });
      await fillEverything(first);
      const typed = structuredClone(first.value!);
      expect(unansweredSampleQuestions(typed)).to.deep.equal([]);
      await eventually(() => {
        const saved = [...store.values()][0];
        return (
          sameJson(saved?.answers, typed.answers) &&
          sameJson(saved?.childAnswers, typed.childAnswers)
        );
      }, 'the draft was never saved with every answer');
      first.remove();
      const second = await sampleForm(callbacks);
      await eventually(() => !!second.value?.changes?.length, 'the draft was not restored');
      await settle(second);
      expect(second.value!.answers).to.deep.equal(typed.answers);
      expect(second.value!.childAnswers).to.deep.equal(typed.childAnswers);
    });
  });

  describe('keyboard-only completion of the sample template', () => {
    it('answers every required question of every section with Tab, Space, Enter and typing, then submits', async function () {
      // Several hundred key presses through the test runner: not a timing assertion.
      this.timeout(300_000);
      const el = await sampleForm();
      const submits = collect<PracticeSubmitEvent>(el, 'practice-submit');
      const pointerEvents: string[] = [];
      const spy = (event: Event) => pointerEvents.push(event.type);
      const types = ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;
      for (const t of types) window.addEventListener(t, spy, true);
      try {
        const required = el.errors.map((e) => e.answerKey);
        // Shared sections and each of the four children's own sections.
        expect(required.length).to.be.greaterThan(15);
        expect(new Set(el.errors.map(sectionKeyOf)).size).to.be.greaterThan(5);
        el.focus();
        const answered: string[] = [];
        for (let round = 0; el.errors.length > 0; round++) {
          if (round > 100)
            throw new Error(`still failing: ${el.errors.map((e) => e.message).join('; ')}`);
          const [error] = el.errors;
          const target = el.shadowRoot!.getElementById(`f-${error!.answerKey}`);
          const current = within(el, '[part="section-nav"] [aria-current="step"]')[0];
          const ahead =
            target &&
            current?.getAttribute('data-section') === sectionKeyOf(error!) &&
            !!(active(el)!.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
          if (!ahead) await goToSectionByKeyboard(el, sectionKeyOf(error!));
          await keyTo(el, (f) => f.id === `f-${error!.answerKey}`, 'Tab');
          await answerFocused(el);
          answered.push(error!.answerKey);
        }
        expect(answered).to.include.members(required);
        await keyTo(el, (f) => f.dataset.transition === 'submit', 'Tab');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(within(el, '[part="error-summary"]')).to.have.length(0);
        expect(submits).to.have.length(1);
        expect(el.value!.status).to.equal('submitted');
        expect(textOf(el)).to.contain('Submitted for authorisation.');
        expect(pointerEvents).to.deep.equal([]);
      } finally {
        for (const t of types) window.removeEventListener(t, spy, true);
      }
    });
  });

  describe('answers hidden by conditions', () => {
    it('keeps a hidden answer without logging it as cleared, and shows it again', async () => {
      const el = await assessment({ record: freshRecord() });
      await click(el, radio(el, 'domestic-abuse', 'true'));
      await type(el, control<HTMLTextAreaElement>(el, 'da-details'), 'Kim was pushed.');
      const before = el.value!.changes!.length;
      await click(el, radio(el, 'domestic-abuse', 'false'));
      expect(el.shadowRoot!.getElementById('f-da-details')).to.equal(null);
      const added = el.value!.changes!.slice(before);
      expect(added.map((c) => c.question)).to.deep.equal(['domestic-abuse']);
      expect(added[0]).to.include({ old: true, new: false });
      expect(el.value!.answers['da-details']).to.deep.equal({ value: 'Kim was pushed.' });
      // The response the host receives keeps it too.
      expect(
        (JSON.parse(JSON.stringify(el.value)) as AssessmentResponse).answers['da-details'],
      ).to.deep.equal({ value: 'Kim was pushed.' });
      await click(el, radio(el, 'domestic-abuse', 'true'));
      expect(control<HTMLTextAreaElement>(el, 'da-details').value).to.equal('Kim was pushed.');
      expect(el.value!.changes!.filter((c) => c.question === 'da-details')).to.have.length(1);
      expect(el.value!.changes!.some((c) => c.question === 'da-details' && c.new === undefined)).to
        .be.false;
    });

    it('keeps hidden answers inside group items and in a child’s section', async () => {
      const el = await assessment();
      // Lee did not agree: "Why not?" is shown with its answer.
      expect(control(el, 'adults[1]/why-not').value).to.equal('Did not reply');
      const before = el.value!.changes?.length ?? 0;
      await click(el, radio(el, 'adults[1]/agreed', 'true'));
      expect(el.shadowRoot!.getElementById('f-adults[1]/why-not')).to.equal(null);
      const items = el.value!.answers.adults!.value as Record<string, unknown>[];
      expect(items[1]).to.deep.equal({ adult: 'lee', agreed: true, 'why-not': 'Did not reply' });
      expect(el.value!.changes!.slice(before).map((c) => c.question)).to.deep.equal([
        'adults[1]/agreed',
      ]);
      await click(el, radio(el, 'adults[1]/agreed', 'false'));
      expect(control(el, 'adults[1]/why-not').value).to.equal('Did not reply');

      // Asha's follow-up shows only while there is no domestic abuse.
      await click(el, radio(el, 'domestic-abuse', 'false'));
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      await type(el, control(el, 'asha/no-abuse-follow-up'), 'Asha feels safe.');
      await click(el, button(el, 'Family'));
      const count = el.value!.changes!.length;
      await click(el, radio(el, 'domestic-abuse', 'true'));
      expect(el.value!.childAnswers!.asha!['no-abuse-follow-up']).to.deep.equal({
        value: 'Asha feels safe.',
      });
      expect(el.value!.changes!.slice(count).map((c) => c.question)).to.deep.equal([
        'domestic-abuse',
      ]);
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      expect(el.shadowRoot!.getElementById('f-asha/no-abuse-follow-up')).to.equal(null);
    });
  });

  describe('section list', () => {
    const required = modelWith((input) => {
      const [family, child] = input.templates[0]!.sections as {
        questions: { id: string; required?: boolean; minItems?: number }[];
      }[];
      for (const question of family!.questions) {
        if (question.id === 'reason' || question.id === 'decided') question.required = true;
      }
      child!.questions.find((q) => q.id === 'voice')!.minItems = 1;
    });

    function tasks(el: PracticeAssessment) {
      return within(el, '[part="task"]').map((task) => {
        const link = task.querySelector('button')!;
        const tag = task.querySelector('.tag')!;
        return {
          text: task.textContent!.replace(/\s+/g, ' ').trim(),
          error: tag.classList.contains('tag--error'),
          described: description(el, link),
        };
      });
    }

    it('shows each section’s error count after a submission attempt, tied to its link', async () => {
      const el = await assessment({ model: required, record: freshRecord(required) });
      expect(tasks(el).map((t) => t.error)).to.deep.equal([false, false]);
      expect(tasks(el).map((t) => t.text)).to.deep.equal([
        'Family Not started',
        'Wishes and feelings: Asha Khan Not started',
      ]);
      // A draft offers "Submit" once something is answered.
      await click(el, radio(el, 'domestic-abuse', 'false'));
      expect(tasks(el)[0]!.text).to.equal('Family In progress');
      await click(el, button(el, 'Submit for authorisation'));
      expect(tasks(el)).to.deep.equal([
        { text: 'Family 2 errors', error: true, described: '2 errors' },
        {
          text: 'Wishes and feelings: Asha Khan 1 error',
          error: true,
          described: '1 error',
        },
      ]);
      await type(el, control<HTMLTextAreaElement>(el, 'reason'), 'Referral from school.');
      expect(tasks(el)[0]!.text).to.equal('Family 1 error');
      await click(el, button(el, 'Wishes and feelings: Asha Khan'));
      await click(el, button(el, 'Add the first child’s voice'));
      await type(el, control<HTMLTextAreaElement>(el, 'asha/voice'), 'I like school.');
      expect(tasks(el)[1]).to.deep.include({ error: false });
      expect(tasks(el)[1]!.text).not.to.contain('error');
      await expect(el).to.be.accessible();
    });
  });

  describe('hints and guidance', () => {
    const guided = modelWith((input) => {
      const questions = input.templates[0]!.sections[0]!.questions as {
        id: string;
        hint?: string;
        guidance?: string;
        required?: boolean;
      }[];
      const neighbour = questions.find((q) => q.id === 'neighbour')!;
      neighbour.hint = 'In their words, with the date they said it.';
      neighbour.guidance = 'Third-party information is withheld from the family.';
      neighbour.required = true;
      const evidence = questions.find((q) => q.id === 'evidence')!;
      evidence.hint = 'Choose every source you relied on.';
      evidence.guidance = 'Name the agency when it is not in the list.';
      const decided = questions.find((q) => q.id === 'decided')!;
      decided.hint = 'For example, 27 3 2024';
    });

    async function guidedForm() {
      return assessment({ model: guided, record: defineCaseRecord(recordInput, guided) });
    }

    it('renders hints and ties them to their fields with aria-describedby', async () => {
      const el = await guidedForm();
      const neighbour = control(el, 'neighbour');
      expect(description(el, neighbour)).to.equal('In their words, with the date they said it.');
      const evidence = control(el, 'evidence').closest('fieldset')!;
      expect(description(el, evidence)).to.equal('Choose every source you relied on.');
      const decided = control(el, 'decided').closest('fieldset')!;
      expect(description(el, decided)).to.equal('For example, 27 3 2024');
      // With an error, the field is described by its hint and its message.
      await type(el, neighbour, '');
      neighbour.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await settle(el);
      expect(description(el, control(el, 'neighbour'))).to.equal(
        'In their words, with the date they said it. | Error: Answer “What the neighbour said”',
      );
      await expect(el).to.be.accessible();
    });

    it('renders guidance on request beside its question', async () => {
      const el = await guidedForm();
      const question = control(el, 'neighbour').closest('[part="question"]')!;
      const details = question.querySelector<HTMLDetailsElement>('details.guidance')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal(
        'Help with this question',
      );
      expect(details.querySelector('p')!.textContent!.trim()).to.equal(
        'Third-party information is withheld from the family.',
      );
      const fieldset = control(el, 'evidence').closest('fieldset')!;
      expect(fieldset.querySelector('details.guidance p')!.textContent!.trim()).to.equal(
        'Name the agency when it is not in the list.',
      );
    });

    it('keeps collapsed guidance out of the field’s description, one Tab away', async () => {
      // As GOV.UK's details: guidance the worker has not opened is not read on every focus of
      // the field; its summary is the next stop in the tab order.
      const guided = modelWith((input) => {
        const questions = input.templates[0]!.sections[0]!.questions as {
          id: string;
          guidance?: string;
        }[];
        questions.find((q) => q.id === 'neighbour')!.guidance = 'Say who the neighbour is.';
        questions.find((q) => q.id === 'evidence')!.guidance = 'Name the agency.';
      });
      const el = await assessment({ model: guided, record: defineCaseRecord(recordInput, guided) });
      const neighbour = control(el, 'neighbour');
      expect(description(el, neighbour)).to.not.contain('Say who the neighbour is.');
      const summary = neighbour
        .closest('[part="question"]')!
        .querySelector<HTMLElement>('details.guidance summary')!;
      expect(summary.textContent!.trim()).to.equal('Help with this question');
      const fieldset = control(el, 'evidence').closest('fieldset')!;
      expect(description(el, fieldset)).to.not.contain('Name the agency.');
      await expect(el).to.be.accessible();
    });

    it('ties the sample template’s hints to their fields, in each child’s copy', async () => {
      const el = await sampleForm();
      await click(el, section(el, 'ellie/developmental-needs'));
      const field = control<HTMLTextAreaElement>(el, 'ellie/health-strengths');
      expect(description(el, field)).to.equal('What is going well, and who says so.');
      await click(el, section(el, 'tyler/child-voice'));
      const voice = control(el, 'tyler/wishes-and-feelings').closest('fieldset')!;
      expect(description(el, voice)).to.equal(
        'Record who said it, when, and how (own words, a drawing described, an advocate).',
      );
    });
  });

  describe('print for an audience', () => {
    async function printed(audience: string) {
      return assessment({
        model: restrictedModel,
        record: restrictedRecord,
        mode: 'print',
        audience,
      });
    }

    it('masks third-party answers and entries for the family', async () => {
      const el = await printed('family');
      expect(el.getAttribute('mode')).to.equal('print');
      expect(within(el, 'button, input, textarea, select')).to.have.length(0);
      expect(shownAnswer(el, 'What the neighbour said')).to.equal('Information withheld');
      expect(shownAnswer(el, 'Details of the domestic abuse')).to.equal('Information withheld');
      const text = el.shadowRoot!.textContent!;
      for (const secret of [
        'Heard shouting most nights',
        'Kim described being pushed',
        'A secret from a friend',
      ]) {
        expect(text).not.to.contain(secret);
      }
      // What the family may see is printed.
      expect(shownAnswer(el, 'In their own words', 1)).to.contain('I like my school.');
      expect(shownAnswer(el, 'In their own words', 1)).to.contain('Information withheld');
      expect(shownAnswer(el, 'Police intelligence')).to.equal('Lee is known to the gangs unit.');
      await expect(el).to.be.accessible();
    });

    it('leaves restricted answers out for the court, and prints the rest', async () => {
      const el = await printed('court');
      expect(el.shadowRoot!.textContent).not.to.contain('Lee is known to the gangs unit.');
      expect(() => shownAnswer(el, 'Police intelligence')).to.throw('no row');
      expect(shownAnswer(el, 'What the neighbour said')).to.equal('Heard shouting most nights');
      expect(within(el, 'button, input, textarea, select')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('does not print "Not answered" for an answer hidden from the audience', async () => {
      // The court may not see restricted answers: leaving the row out, as the timeline leaves out
      // a hidden entry, is honest; "Not answered" says the worker recorded nothing.
      const el = await printed('court');
      const labels = within(el, '[part="row"] > dt').map((dt) => dt.textContent!.trim());
      expect(labels).not.to.include('Police intelligence');
      expect(el.shadowRoot!.textContent).not.to.contain('Police intelligence');
      expect(shownAnswer(el, 'Anything else?')).to.equal('Not answered');
      // The same in review.
      el.mode = 'review';
      await settle(el);
      expect(within(el, '[part="row"] > dt').map((dt) => dt.textContent!.trim())).not.to.include(
        'Police intelligence',
      );
      await expect(el).to.be.accessible();
    });

    it('prints everything for the worker’s own view', async () => {
      const el = await assessment({
        model: restrictedModel,
        record: restrictedRecord,
        mode: 'print',
      });
      expect(shownAnswer(el, 'Police intelligence')).to.equal('Lee is known to the gangs unit.');
      expect(shownAnswer(el, 'What the neighbour said')).to.equal('Heard shouting most nights');
    });
  });
});
