import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import { errorText, type FormContext } from '../../src/components/assessment/form-context.js';
import { cy, enGB, Localiser } from '../../src/i18n/index.js';
import type { FieldError } from '../../src/model/assessment/index.js';
import {
  defineCaseRecord,
  definePracticeModel,
  type AssessmentResponse,
  type PracticeModelInput,
} from '../../src/model/index.js';
import { modelInput, recordInput, textOf, TODAY, within } from './fixtures.js';

/** A one-section template of lists: a group with a minimum and a maximum, entries, checkboxes. */
const listsModel = definePracticeModel({
  ...structuredClone(modelInput),
  templates: [
    {
      id: 'home',
      name: 'Home visit',
      subject: 'family',
      sections: [
        {
          id: 'home',
          title: 'The home',
          questions: [
            {
              id: 'household',
              type: 'group',
              label: 'Household members',
              itemLabel: 'Member',
              required: true,
              minItems: 2,
              maxItems: 3,
              questions: [{ id: 'name', type: 'text', label: 'Name' }],
            },
            { id: 'worries', type: 'entries', entry: 'worry', label: 'Worries', minItems: 1 },
            {
              id: 'evidence',
              type: 'multiple-choice',
              label: 'Evidence',
              codeList: 'evidence',
              minSelected: 1,
            },
            { id: 'has-pets', type: 'yes-no', label: 'Are there pets?' },
            {
              id: 'pets',
              type: 'group',
              label: 'Pets',
              minItems: 1,
              visibleWhen: { question: 'has-pets', op: 'equals', value: true },
              questions: [{ id: 'kind', type: 'text', label: 'Kind of animal' }],
            },
          ],
        },
      ],
    },
  ],
} as PracticeModelInput);

function recordWith(answers: AssessmentResponse['answers'] = {}) {
  return defineCaseRecord(
    {
      ...structuredClone(recordInput),
      responses: [
        {
          id: 'visit-1',
          model: { id: 'test-model', version: '1' },
          template: 'home',
          status: 'draft',
          answers,
        },
      ],
    },
    listsModel,
  );
}

async function lists(answers: AssessmentResponse['answers'] = {}): Promise<PracticeAssessment> {
  const el = await fixture<PracticeAssessment>(
    html`<practice-assessment
      .model=${listsModel}
      .record=${recordWith(answers)}
      today=${TODAY}
      user="worker-1"
    ></practice-assessment>`,
  );
  await el.updateComplete;
  return el;
}

function button(el: PracticeAssessment, text: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'button').find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function click(el: PracticeAssessment, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  // Focus moves once the element has rendered.
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

function summaryLinks(el: PracticeAssessment): HTMLAnchorElement[] {
  return within<HTMLAnchorElement>(el, '[part="error-summary"] a');
}

describe('<practice-assessment> lists', () => {
  it('is accessible with the minimums of empty lists showing', async () => {
    const el = await lists();
    await click(el, button(el, 'Submit for authorisation'));
    await expect(el).to.be.accessible();
  });

  it('holds the minimum of an empty list on submission, naming the question', async () => {
    const el = await lists();
    expect(summaryLinks(el)).to.have.length(0);
    await click(el, button(el, 'Submit for authorisation'));
    expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.deep.equal([
      'Add at least 2 items to “Household members”',
      'Add at least 1 item to “Worries”',
      'Select at least 1 option for “Evidence”',
    ]);
    expect(el.value!.status).to.equal('draft');
    expect(el.errors.map((e) => e.answerKey)).to.deep.equal(['household', 'worries', 'evidence']);
  });

  it('moves focus from the summary link of an empty group to its add button', async () => {
    const el = await lists();
    await click(el, button(el, 'Submit for authorisation'));
    const [household] = summaryLinks(el);
    expect(household!.getAttribute('href')).to.equal('#f-household');
    await click(el, household!);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.tagName).to.equal('BUTTON');
    expect(focused.textContent!.trim()).to.equal('Add the first member');
  });

  it('moves focus to the add button of a group with too few items, and to the first checkbox', async () => {
    const el = await lists({ household: { value: [{ name: 'Kim' }] } });
    await click(el, button(el, 'Submit for authorisation'));
    const [household, , evidence] = summaryLinks(el);
    expect(household!.textContent!.trim()).to.equal('Add at least 2 items to “Household members”');
    expect(household!.getAttribute('href')).to.equal('#add-household');
    await click(el, household!);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Add another member');
    await click(el, evidence!);
    const box = el.shadowRoot!.activeElement as HTMLInputElement;
    expect([box.type, box.value]).to.deep.equal(['checkbox', 'school']);
  });

  it('shows a list’s error beside it once it is left, not before', async () => {
    const el = await lists();
    const add = button(el, 'Add the first member');
    expect(textOf(el)).not.to.contain('Add at least 2');
    add.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    const message = within(el, '.error-message')[0]!;
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Add at least 2 items to “Household members”',
    );
  });

  it('does not check a hidden list, and checks it once it is shown', async () => {
    const el = await lists({
      household: { value: [{ name: 'Kim' }, { name: 'Lee' }] },
      worries: { value: [{ id: 'w1', text: 'Cold house' }] },
      evidence: { value: ['school'] },
    });
    expect(el.validate()).to.equal(true);
    const yes = within<HTMLInputElement>(el, 'input[name="has-pets"]').find(
      (r) => r.value === 'true',
    )!;
    await click(el, yes);
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    expect(el.errors.map((e) => [e.answerKey, e.message])).to.deep.equal([
      ['pets', 'Add at least 1 item to “Pets”'],
    ]);
  });

  it('disables "Add another" at the maximum and says why, in a live region', async () => {
    const el = await lists({ household: { value: [{ name: 'Kim' }, { name: 'Lee' }] } });
    const note = el.shadowRoot!.getElementById('limit-household')!;
    expect(note.getAttribute('aria-live')).to.equal('polite');
    expect(note.textContent!.trim()).to.equal('');
    await click(el, button(el, 'Add another member'));
    expect(el.value!.answers.household!.value).to.have.length(3);
    const add = button(el, 'Add another member');
    expect(add.disabled).to.equal(true);
    expect(add.getAttribute('aria-describedby')).to.equal('limit-household');
    expect(el.shadowRoot!.getElementById('limit-household')).to.equal(note);
    expect(note.textContent!.trim()).to.equal('This list is full: it can have no more than 3.');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Remove Member 3'));
    expect(button(el, 'Add another member').disabled).to.equal(false);
    expect(note.textContent!.trim()).to.equal('');
  });

  describe('messages for list limits', () => {
    /** The sentence for `error` in `locale` (errorText reads only the words from the context). */
    function sentence(locale: 'en-GB' | 'cy', error: FieldError, label: string): string {
      const i18n = new Localiser(locale, locale === 'cy' ? cy : enGB);
      return errorText({ i18n } as FormContext, error, label);
    }
    const few = (key: FieldError['key'], min: number): FieldError => ({
      key,
      params: { min, count: 0 },
    });
    const many = (key: FieldError['key'], max: number): FieldError => ({
      key,
      params: { max, count: max + 1 },
    });

    it('counts items and options in English, one and more than one', () => {
      expect(sentence('en-GB', few('tooFewItems', 1), 'Worries')).to.equal(
        'Add at least 1 item to “Worries”',
      );
      expect(sentence('en-GB', few('tooFewItems', 2), 'Household members')).to.equal(
        'Add at least 2 items to “Household members”',
      );
      expect(sentence('en-GB', few('tooFewSelected', 1), 'Evidence')).to.equal(
        'Select at least 1 option for “Evidence”',
      );
      expect(sentence('en-GB', few('tooFewSelected', 2), 'Evidence')).to.equal(
        'Select at least 2 options for “Evidence”',
      );
      expect(sentence('en-GB', many('tooManyItems', 1), 'Pets')).to.equal(
        '“Pets” can have no more than 1 item',
      );
      expect(sentence('en-GB', many('tooManySelected', 2), 'Evidence')).to.equal(
        'Select no more than 2 options for “Evidence”',
      );
    });

    it('counts items and options in Welsh, with the Welsh plural forms', () => {
      expect(sentence('cy', few('tooFewItems', 1), 'Pryderon')).to.equal(
        'Ychwanegwch o leiaf 1 eitem at “Pryderon”',
      );
      expect(sentence('cy', few('tooFewItems', 2), 'Aelodau’r aelwyd')).to.equal(
        'Ychwanegwch o leiaf 2 eitem at “Aelodau’r aelwyd”',
      );
      expect(sentence('cy', few('tooFewItems', 4), 'Aelodau’r aelwyd')).to.equal(
        'Ychwanegwch o leiaf 4 o eitemau at “Aelodau’r aelwyd”',
      );
      expect(sentence('cy', few('tooFewSelected', 1), 'Tystiolaeth')).to.equal(
        'Dewiswch o leiaf 1 opsiwn ar gyfer “Tystiolaeth”',
      );
      expect(sentence('cy', few('tooFewSelected', 2), 'Tystiolaeth')).to.equal(
        'Dewiswch o leiaf 2 opsiwn ar gyfer “Tystiolaeth”',
      );
      expect(sentence('cy', many('tooManyItems', 2), 'Anifeiliaid')).to.equal(
        'Ni all “Anifeiliaid” fod â mwy na 2 eitem',
      );
    });

    it('shows the plural messages in the error summary, in Welsh too', async () => {
      const el = await lists({ household: { value: [{ name: 'Kim' }] } });
      await click(el, button(el, 'Submit for authorisation'));
      expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.deep.equal([
        'Add at least 2 items to “Household members”',
        'Add at least 1 item to “Worries”',
        'Select at least 1 option for “Evidence”',
      ]);
      el.locale = 'cy';
      await waitUntil(
        () => summaryLinks(el)[0]?.textContent!.includes('Ychwanegwch'),
        'no Welsh summary',
      );
      expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.deep.equal([
        'Ychwanegwch o leiaf 2 eitem at “Household members”',
        'Ychwanegwch o leiaf 1 eitem at “Worries”',
        'Dewiswch o leiaf 1 opsiwn ar gyfer “Evidence”',
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
