import { expect } from '@open-wc/testing';
import {
  compileTemplate,
  errorSummary,
  fieldErrors,
  formState,
  listMinimum,
  setAnswer,
  unansweredErrors,
  updateFormState,
  validateAnswerValue,
} from '../../src/model/assessment/index.js';
import type { AssessmentResponse, AssessmentTemplate } from '../../src/model/index.js';

const template: AssessmentTemplate = {
  id: 'lists',
  name: 'Lists',
  subject: 'family',
  sections: [
    {
      id: 'home',
      title: 'The home',
      questions: [
        { id: 'anyone-else', type: 'yes-no', label: 'Does anyone else live there?' },
        {
          id: 'household',
          type: 'group',
          label: 'Household members',
          itemLabel: 'Member',
          minItems: 2,
          maxItems: 3,
          questions: [{ id: 'name', type: 'text', label: 'Name' }],
        },
        {
          id: 'visitors',
          type: 'group',
          label: 'Regular visitors',
          required: true,
          questions: [{ id: 'name', type: 'text', label: 'Name' }],
        },
        {
          id: 'others',
          type: 'group',
          label: 'Others in the home',
          minItems: 1,
          visibleWhen: { question: 'anyone-else', op: 'equals', value: true },
          questions: [{ id: 'name', type: 'text', label: 'Name' }],
        },
        { id: 'worries', type: 'entries', entry: 'worry', label: 'Worries', minItems: 1 },
        { id: 'strengths', type: 'entries', entry: 'strength', label: 'Strengths' },
        {
          id: 'factors',
          type: 'multiple-choice',
          label: 'Factors identified',
          codeList: 'factors',
          minSelected: 1,
          maxSelected: 2,
        },
        {
          id: 'needs',
          type: 'multiple-choice',
          label: 'Needs',
          codeList: 'factors',
          required: true,
        },
        { id: 'optional-codes', type: 'multiple-choice', label: 'Other', codeList: 'factors' },
        { id: 'adults', type: 'person', label: 'Adults', multiple: true, required: true },
      ],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [
        {
          id: 'voice',
          type: 'entries',
          entry: 'child-voice',
          label: 'In their words',
          minItems: 1,
        },
      ],
    },
  ],
};

function response(answers: AssessmentResponse['answers'] = {}): AssessmentResponse {
  return {
    id: 'r',
    model: { id: 'm', version: '1' },
    template: 'lists',
    subjects: ['ellie'],
    status: 'draft',
    answers,
  };
}

const author = { by: 'amira-hussain', at: '2024-05-01T10:00' };

/** Each shown error as `[answer key, error key, params]`. */
function errors(answers: AssessmentResponse['answers'] = {}) {
  return errorSummary(formState(template, response(answers))).map((item) => [
    item.answerKey,
    item.key,
    item.params,
  ]);
}

describe('list minimums', () => {
  it('holds a list’s minimum when it is empty, with the minimum and a count of 0', () => {
    expect(errors()).to.deep.equal([
      ['household', 'tooFewItems', { min: 2, count: 0 }],
      ['visitors', 'tooFewItems', { min: 1, count: 0 }],
      ['worries', 'tooFewItems', { min: 1, count: 0 }],
      ['factors', 'tooFewSelected', { min: 1, count: 0 }],
      ['needs', 'tooFewSelected', { min: 1, count: 0 }],
      ['adults', 'required', undefined],
      ['ellie/voice', 'tooFewItems', { min: 1, count: 0 }],
    ]);
  });

  it('treats an empty list stored as [] like no answer', () => {
    const stored = errors({
      household: { value: [] },
      worries: { value: [] },
      factors: { value: [] },
    });
    expect(stored).to.deep.equal(errors());
  });

  it('counts a list with items but too few, and one with too many', () => {
    const summary = errors({
      household: { value: [{ name: 'Kelly' }] },
      visitors: { value: [{ name: 'Janet' }] },
      worries: { value: [{ id: 'w1', text: 'Missed school' }] },
      factors: { value: ['1A', '2A', '21'] },
      needs: { value: ['1A'] },
      adults: { value: ['kelly'] },
    });
    expect(summary).to.deep.equal([
      ['household', 'tooFewItems', { min: 2, count: 1 }],
      ['factors', 'tooManySelected', { max: 2, count: 3 }],
      ['ellie/voice', 'tooFewItems', { min: 1, count: 0 }],
    ]);
    const full = errors({
      household: { value: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }] },
    });
    expect(full[0]).to.deep.equal(['household', 'tooManyItems', { max: 3, count: 4 }]);
  });

  it('makes a list with a minimum required, and its section not complete', () => {
    const state = formState(template, response());
    expect(state.questions.get('household')!.required).to.equal(true);
    expect(state.questions.get('worries')!.required).to.equal(true);
    expect(state.questions.get('factors')!.required).to.equal(true);
    expect(state.questions.get('strengths')!.required).to.equal(false);
    expect(state.questions.get('optional-codes')!.required).to.equal(false);
    expect(state.questions.get('strengths')!.errors).to.deep.equal([]);
    expect(state.sections.get('home')!.complete).to.equal(false);
  });

  it('does not check a hidden list, and checks it once shown', () => {
    const hidden = formState(template, response());
    expect(hidden.questions.get('others')!.visible).to.equal(false);
    expect(hidden.questions.get('others')!.required).to.equal(false);
    expect(hidden.questions.get('others')!.errors).to.deep.equal([]);
    const shown = formState(template, response({ 'anyone-else': { value: true } }));
    expect(shown.questions.get('others')!.errors).to.deep.equal([
      { key: 'tooFewItems', params: { min: 1, count: 0 } },
    ]);
  });

  it('shows the error only once the list is touched or the form submitted', () => {
    const state = formState(template, response());
    const address = { question: 'household' };
    expect(fieldErrors(state, address, { touched: [] })).to.deep.equal([]);
    expect(fieldErrors(state, address, { touched: ['household'] })).to.have.length(1);
    expect(fieldErrors(state, address, { submitted: true })).to.have.length(1);
    expect(errorSummary(state, { touched: ['worries'] }).map((i) => i.answerKey)).to.deep.equal([
      'worries',
    ]);
  });

  it('reports the minimum again when the last item is removed, incrementally', () => {
    const compiled = compileTemplate(template);
    const before = response({ household: { value: [{ name: 'Kelly' }, { name: 'Lee' }] } });
    const first = formState(compiled, before);
    expect(first.questions.get('household')!.errors).to.deep.equal([]);
    let after = setAnswer(before, { question: 'household', item: 1 }, undefined, author);
    after = setAnswer(after, { question: 'household', item: 0 }, undefined, author);
    const state = updateFormState(compiled, first, after, { question: 'household' });
    expect(state.questions.get('household')!.errors).to.deep.equal([
      { key: 'tooFewItems', params: { min: 2, count: 0 } },
    ]);
    expect(state.errorCount).to.equal(formState(compiled, after).errorCount);
  });

  it('reads the minimum of each list type, and gives the unanswered errors', () => {
    const [home] = template.sections;
    const byId = new Map(home!.questions.map((q) => [q.id, q]));
    expect(listMinimum(byId.get('household')!)).to.equal(2);
    expect(listMinimum(byId.get('factors')!)).to.equal(1);
    expect(listMinimum(byId.get('strengths')!)).to.equal(0);
    expect(listMinimum(byId.get('adults')!)).to.equal(0);
    expect(unansweredErrors(byId.get('strengths')!)).to.deep.equal([
      { key: 'tooFewItems', params: { min: 1, count: 0 } },
    ]);
    expect(unansweredErrors(byId.get('adults')!)).to.deep.equal([{ key: 'required' }]);
    // The value check alone still says nothing about an empty value.
    expect(validateAnswerValue(byId.get('household')!, [])).to.deep.equal([]);
  });
});
