import { expect } from '@open-wc/testing';
import {
  errorSummary,
  fieldErrors,
  FIELD_ERROR_KEYS,
  formState,
} from '../../src/model/assessment/index.js';
import type { AssessmentResponse, AssessmentTemplate } from '../../src/model/index.js';
import { sampleAssessment, sampleModel } from '../../src/samples/index.js';

const template: AssessmentTemplate = {
  id: 'errors',
  name: 'Errors',
  subject: 'family',
  sections: [
    {
      id: 'first',
      title: 'First',
      questions: [
        { id: 'name', type: 'text', label: 'Name', required: true, maxLength: 3 },
        {
          id: 'people',
          type: 'group',
          label: 'People',
          questions: [{ id: 'who', type: 'text', label: 'Who', required: true }],
        },
        { id: 'age', type: 'number', label: 'Age', required: true },
      ],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [{ id: 'seen', type: 'yes-no', label: 'Seen?', required: true }],
    },
    {
      id: 'last',
      title: 'Last',
      questions: [{ id: 'date', type: 'date', label: 'Date', notAfter: 'today' }],
    },
  ],
};

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'm', version: '1' },
  template: 'errors',
  subjects: ['tyler', 'ellie'],
  status: 'draft',
  answers: {
    name: { value: 'Too long' },
    people: { value: [{ who: 'A' }, {}] },
    date: { value: '2030-01-01' },
  },
};

describe('errorSummary', () => {
  const state = formState(template, response, { today: '2025-01-01' });

  it('lists every error in reading order: section, child (subject order), question, item', () => {
    const summary = errorSummary(state);
    expect(summary.map((item) => [item.answerKey, item.key])).to.deep.equal([
      ['name', 'tooLong'],
      ['people[1]/who', 'required'],
      ['age', 'required'],
      ['tyler/seen', 'required'],
      ['ellie/seen', 'required'],
      ['date', 'dateInFuture'],
    ]);
  });

  it('gives message keys and parameters, never sentences', () => {
    const [first] = errorSummary(state);
    expect(first).to.deep.equal({
      key: 'tooLong',
      params: { max: 3, length: 8 },
      address: { question: 'name' },
      answerKey: 'name',
      question: 'name',
      section: 'first',
    });
    for (const item of errorSummary(state)) expect(FIELD_ERROR_KEYS).to.include(item.key);
    const inner = errorSummary(state).find((item) => item.answerKey === 'people[1]/who');
    expect(inner).to.include({ question: 'who', section: 'first' });
  });

  it('shows only touched fields until the form is submitted', () => {
    expect(errorSummary(state, {})).to.deep.equal([]);
    expect(
      errorSummary(state, { touched: ['age', 'ellie/seen'] }).map((i) => i.answerKey),
    ).to.deep.equal(['age', 'ellie/seen']);
    expect(
      errorSummary(state, { touched: new Set(['date']) }).map((i) => i.answerKey),
    ).to.deep.equal(['date']);
    expect(errorSummary(state, { submitted: true })).to.have.length(6);
  });

  it('has nothing to say about the authorised sample assessment', () => {
    const [cfa] = sampleModel.templates;
    if (!cfa) throw new Error('no template');
    expect(errorSummary(formState(cfa, sampleAssessment, { model: sampleModel }))).to.deep.equal(
      [],
    );
  });
});

describe('fieldErrors', () => {
  const state = formState(template, response, { today: '2025-01-01' });

  it('gives one field’s errors once touched or submitted', () => {
    expect(fieldErrors(state, { question: 'seen', child: 'ellie' })).to.deep.equal([
      { key: 'required' },
    ]);
    expect(fieldErrors(state, { question: 'seen', child: 'ellie' }, { touched: [] })).to.deep.equal(
      [],
    );
    expect(
      fieldErrors(state, { question: 'seen', child: 'ellie' }, { submitted: true }),
    ).to.have.length(1);
    expect(fieldErrors(state, { question: 'unknown' })).to.deep.equal([]);
  });
});
