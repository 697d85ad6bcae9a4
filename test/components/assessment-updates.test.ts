/**
 * How `<practice-assessment>` draws a long section and keeps it up to date: questions in blocks
 * that keep their DOM as questions are shown and hidden, a keystroke drawing only its own block
 * again, the questions kept out of the section's fieldset's own children, and radios and
 * checkboxes drawn as sets that follow the answer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import {
  defineCaseRecord,
  definePracticeModel,
  type AssessmentResponse,
  type PracticeModelInput,
} from '../../src/model/index.js';
import { hostileStrings } from '../../src/samples/index.js';
import { within } from './fixtures.js';

const TODAY = '2026-01-01';
const HOSTILE = hostileStrings[0]!;

type QuestionInput =
  PracticeModelInput['templates'][number]['sections'][number]['questions'][number];

/** Question n of the long section: a text question, or the choice questions at 3, 7 and 9. */
function longQuestion(n: number): QuestionInput {
  const id = `q${n}`;
  const label = `Question ${n}`;
  if (n === 3)
    return { id, label, type: 'single-choice', codeList: 'frequency', display: 'radios' };
  if (n === 7) return { id, label, type: 'multiple-choice', codeList: 'frequency' };
  if (n === 9) return { id, label, type: 'yes-no', allowUnknown: true };
  // Every 5th question is shown once the one before it has an answer.
  if (n % 5 === 0) {
    return { id, label, type: 'text', visibleWhen: { question: `q${n - 1}`, op: 'answered' } };
  }
  return { id, label, type: 'text' };
}

const modelInput: PracticeModelInput = {
  id: 'updates',
  version: '1',
  name: 'Updates',
  locales: ['en-GB', 'cy'],
  division: 'england-and-wales',
  codeLists: [
    {
      id: 'frequency',
      version: '1',
      name: 'Frequency',
      codes: [
        { code: 'never', label: 'Never', group: 'Seldom' },
        { code: 'rarely', label: 'Rarely', group: 'Seldom' },
        { code: 'often', label: 'Often', group: 'Mostly' },
        { code: 'always', label: 'Always', group: 'Mostly' },
        { code: 'odd', label: HOSTILE, group: 'Mostly' },
      ],
    },
  ],
  templates: [
    {
      id: 'long',
      name: 'A long form',
      subject: 'child',
      sections: [
        {
          id: 'many',
          title: 'Many questions',
          questions: Array.from({ length: 45 }, (_, i) => longQuestion(i + 1)),
        },
      ],
    },
    {
      id: 'short',
      name: 'A short form',
      subject: 'child',
      sections: [
        {
          id: 'few',
          title: 'Few questions',
          questions: [
            { id: 'a', label: 'First', type: 'text' },
            {
              id: 'b',
              label: 'Second',
              type: 'text',
              visibleWhen: { question: 'a', op: 'answered' },
            },
            { id: 'c', label: 'Third', type: 'yes-no' },
          ],
        },
      ],
    },
  ],
  relationshipTypes: [],
  lanes: [],
  eventTypes: [],
  timescales: [],
};
const model = definePracticeModel(modelInput);

const record = defineCaseRecord(
  {
    id: 'case-1',
    subjects: ['child'],
    persons: [{ id: 'child', name: { given: 'Sam', family: 'Taylor' } }],
  },
  model,
);

async function form(template = 'long', practiceModel = model): Promise<PracticeAssessment> {
  const el = await fixture<PracticeAssessment>(
    html`<practice-assessment
      .model=${practiceModel}
      .record=${record}
      template=${template}
      today=${TODAY}
    ></practice-assessment>`,
  );
  await el.updateComplete;
  return el;
}

/** A response to the long form with these answers. */
function responseWith(answers: AssessmentResponse['answers']): AssessmentResponse {
  return {
    id: 'long-draft',
    model: { id: 'updates', version: '1' },
    template: 'long',
    subjects: ['child'],
    status: 'draft',
    answers,
  };
}

function field<E extends HTMLElement = HTMLInputElement>(el: PracticeAssessment, key: string): E {
  const found = el.shadowRoot!.getElementById(`f-${key}`) as E | null;
  if (!found) throw new Error(`no control for ${key}`);
  return found;
}

function choices(el: PracticeAssessment, key: string): HTMLInputElement[] {
  return within<HTMLInputElement>(el, `input[name="${key}"]`);
}

function checkedValues(el: PracticeAssessment, key: string): string[] {
  return choices(el, key)
    .filter((input) => input.checked)
    .map((input) => input.value);
}

async function type(el: PracticeAssessment, input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: PracticeAssessment, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

describe('practice-assessment: long sections and updates', () => {
  it('is accessible with a long section in blocks', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
  });

  describe('blocks of questions', () => {
    it('draws a long section as blocks of questions, every shown question in the DOM', async () => {
      const el = await form();
      const blocks = within(el, '.section-fields > .questions > .question-block');
      expect(blocks).to.have.length(3);
      for (let n = 1; n <= 45; n += 1) {
        const shown = n % 5 !== 0;
        expect(el.shadowRoot!.getElementById(`f-q${n}`) !== null, `q${n}`).to.equal(shown);
      }
      expect(blocks[0]!.contains(field(el, 'q19'))).to.equal(true);
      expect(blocks[1]!.contains(field(el, 'q21'))).to.equal(true);
      expect(blocks[2]!.contains(field(el, 'q44'))).to.equal(true);
    });

    it('shows a question in its own block and moves no other question', async () => {
      const el = await form();
      const first = field(el, 'q1');
      const before = field(el, 'q24');
      const last = field(el, 'q44');
      const blocks = within(el, '.question-block');
      await type(el, before, 'Brook Primary');
      const shown = field(el, 'q25');
      expect(shown.closest('.question-block')).to.equal(before.closest('.question-block'));
      expect(field(el, 'q1')).to.equal(first);
      expect(field(el, 'q24')).to.equal(before);
      expect(field(el, 'q44')).to.equal(last);
      expect(within(el, '.question-block')).to.deep.equal(blocks);
      expect(el.value!.answers.q24).to.deep.include({ value: 'Brook Primary' });
      await type(el, before, '');
      expect(el.shadowRoot!.getElementById('f-q25')).to.equal(null);
      expect(field(el, 'q44')).to.equal(last);
    });

    it('leaves out a block with no question shown, and draws it when one is', async () => {
      const input = structuredClone(modelInput);
      const [section] = input.templates[0]!.sections;
      // Questions 41 to 45 all wait for question 1.
      for (const question of section!.questions.slice(40)) {
        Object.assign(question, { visibleWhen: { question: 'q1', op: 'answered' } });
      }
      const el = await fixture<PracticeAssessment>(
        html`<practice-assessment
          .model=${definePracticeModel(input)}
          .record=${record}
          template="long"
          today=${TODAY}
        ></practice-assessment>`,
      );
      expect(within(el, '.question-block')).to.have.length(2);
      await type(el, field(el, 'q1'), 'Shown');
      expect(within(el, '.question-block')).to.have.length(3);
      expect(field(el, 'q41').closest('.question-block')).to.equal(
        within(el, '.question-block')[2],
      );
    });

    it('draws a short section without blocks', async () => {
      const el = await form('short');
      expect(within(el, '.question-block')).to.have.length(0);
      const questions = within(el, '.section-fields > .questions > [part="question"]');
      expect(questions).to.have.length(2);
      await type(el, field(el, 'a'), 'Yes');
      expect(within(el, '.section-fields > .questions > [part="question"]')).to.have.length(3);
    });

    it('keeps the questions out of the fieldset’s own children, and disables them all', async () => {
      // A fieldset lays all its children out afresh whenever one is added: one wrapper child
      // keeps a question shown by a condition from laying out the whole section again.
      const el = await form();
      const fieldset = within<HTMLFieldSetElement>(el, '.section-fields')[0]!;
      expect([...fieldset.children].map((child) => child.className)).to.deep.equal(['questions']);
      el.disabled = true;
      await el.updateComplete;
      const inputs = within<HTMLInputElement>(el, '.section-fields input');
      expect(inputs.length).to.be.greaterThan(40);
      expect(inputs.every((input) => input.matches(':disabled'))).to.equal(true);
    });
  });

  describe('a keystroke draws its own block again, and what every block reads reaches them all', () => {
    /** The long form with questions 2, 22 and 44 (one in each block) required. */
    function requiredModel() {
      const input = structuredClone(modelInput);
      for (const question of input.templates[0]!.sections[0]!.questions) {
        if (['q2', 'q22', 'q44'].includes(question.id)) Object.assign(question, { required: true });
      }
      return definePracticeModel(input);
    }

    function errorShown(el: PracticeAssessment, key: string): boolean {
      return el.shadowRoot!.getElementById(`e-${key}`) !== null;
    }

    it('shows the errors of every block once a submission is attempted after typing', async () => {
      const el = await form('long', requiredModel());
      await type(el, field(el, 'q24'), 'Brook Primary');
      expect(['q2', 'q22', 'q44'].map((key) => errorShown(el, key))).to.deep.equal([
        false,
        false,
        false,
      ]);
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(['q2', 'q22', 'q44'].map((key) => errorShown(el, key))).to.deep.equal([
        true,
        true,
        true,
      ]);
      expect(field(el, 'q44').getAttribute('aria-invalid')).to.equal('true');
      // An answer clears its own error, in its own block only.
      await type(el, field(el, 'q22'), 'Given');
      expect(['q2', 'q22', 'q44'].map((key) => errorShown(el, key))).to.deep.equal([
        true,
        false,
        true,
      ]);
    });

    it('shows a left field’s error in a block that was not drawn again since', async () => {
      const el = await form('long', requiredModel());
      await type(el, field(el, 'q24'), 'Brook Primary');
      // Leaving question 44 unanswered touches it: its block shows the error.
      field(el, 'q44').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(errorShown(el, 'q44')).to.equal(true);
      expect(errorShown(el, 'q2')).to.equal(false);
    });

    it('offers "Record a disagreement" on a typed answer once it is committed', async () => {
      const el = await form();
      const opened = () => el.shadowRoot!.getElementById('dispute-q24-editor') !== null;
      const toggle = () => el.shadowRoot!.getElementById('dispute-q24') as HTMLButtonElement | null;
      const input = field(el, 'q24');
      await type(el, input, 'B');
      expect(toggle()).to.equal(null);
      await type(el, input, 'Brook');
      // Leaving the field commits the answer: its block is drawn again.
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(toggle()!.textContent!.trim()).to.equal('Record a disagreement');
      // Opening and closing the editor draws that block again too.
      await click(el, toggle()!);
      expect(opened()).to.equal(true);
      await click(el, toggle()!);
      expect(opened()).to.equal(false);
    });

    it('relabels every block in another locale after typing', async () => {
      const el = await form();
      await type(el, field(el, 'q24'), 'Brook Primary');
      el.locale = 'cy';
      await el.updateComplete;
      expect(choices(el, 'q9').map((r) => r.closest('label')!.textContent)).to.deep.equal([
        'Ie',
        'Na',
        'Ddim yn hysbys',
      ]);
    });
  });

  describe('radios and checkboxes', () => {
    it('draws a code list as radios under its groups, the first with the field id', async () => {
      const el = await form();
      const radios = choices(el, 'q3');
      expect(radios.map((r) => [r.type, r.value])).to.deep.equal([
        ['radio', 'never'],
        ['radio', 'rarely'],
        ['radio', 'often'],
        ['radio', 'always'],
        ['radio', 'odd'],
      ]);
      expect(radios.map((r) => r.id)).to.deep.equal(['f-q3', '', '', '', '']);
      const set = radios[0]!.closest<HTMLElement>('.choices')!;
      expect(set.dataset).to.deep.include({ key: 'q3', kind: 'choice' });
      expect([...set.querySelectorAll('.choice-group')].map((p) => p.textContent)).to.deep.equal([
        'Seldom',
        'Mostly',
      ]);
      expect(radios.map((r) => r.closest('label')!.textContent)).to.deep.equal([
        'Never',
        'Rarely',
        'Often',
        'Always',
        HOSTILE,
      ]);
      // A hostile label is text, never markup.
      expect(set.querySelector('img, script, svg')).to.equal(null);
    });

    it('sets the answer from a radio, and follows the answer when it changes', async () => {
      const el = await form();
      await click(el, choices(el, 'q3')[2]!);
      expect(el.value!.answers.q3).to.deep.include({ value: 'often' });
      expect(checkedValues(el, 'q3')).to.deep.equal(['often']);
      el.value = responseWith({ q3: { value: 'never' } });
      await el.updateComplete;
      expect(checkedValues(el, 'q3')).to.deep.equal(['never']);
      el.value = responseWith({});
      await el.updateComplete;
      expect(checkedValues(el, 'q3')).to.deep.equal([]);
    });

    it('sets the answer from checkboxes, in the list’s order', async () => {
      const el = await form();
      const [never, , often, always] = choices(el, 'q7');
      await click(el, always!);
      await click(el, never!);
      expect(el.value!.answers.q7).to.deep.include({ value: ['never', 'always'] });
      await click(el, often!);
      await click(el, always!);
      expect(el.value!.answers.q7).to.deep.include({ value: ['never', 'often'] });
      expect(checkedValues(el, 'q7')).to.deep.equal(['never', 'often']);
    });

    it('keeps a stored code the list does not have, checked', async () => {
      const el = await form();
      el.value = responseWith({ q7: { value: ['often', 'retired'] } });
      await el.updateComplete;
      const boxes = choices(el, 'q7');
      expect(boxes.map((b) => b.value)).to.deep.equal([
        'never',
        'rarely',
        'often',
        'always',
        'odd',
        'retired',
      ]);
      expect(checkedValues(el, 'q7')).to.deep.equal(['often', 'retired']);
      expect(boxes.at(-1)!.closest('label')!.textContent).to.equal(
        'retired (not in the code list)',
      );
      el.value = responseWith({ q7: { value: ['often'] } });
      await el.updateComplete;
      expect(choices(el, 'q7').map((b) => b.value)).to.not.include('retired');
      expect(checkedValues(el, 'q7')).to.deep.equal(['often']);
    });

    it('draws yes, no and not known, and relabels them in another locale', async () => {
      const el = await form();
      el.value = responseWith({ q9: { value: true } });
      await el.updateComplete;
      const radios = choices(el, 'q9');
      expect(radios.map((r) => r.value)).to.deep.equal(['true', 'false', 'unknown']);
      expect(radios.map((r) => r.closest('label')!.textContent)).to.deep.equal([
        'Yes',
        'No',
        'Not known',
      ]);
      expect(checkedValues(el, 'q9')).to.deep.equal(['true']);
      el.locale = 'cy';
      await el.updateComplete;
      expect(choices(el, 'q9').map((r) => r.closest('label')!.textContent)).to.deep.equal([
        'Ie',
        'Na',
        'Ddim yn hysbys',
      ]);
      expect(checkedValues(el, 'q9')).to.deep.equal(['true']);
      await click(el, choices(el, 'q9')[1]!);
      expect(el.value!.answers.q9).to.deep.include({ value: false });
    });
  });
});
