import { expect } from '@open-wc/testing';
import { computeScores, formState, setAnswer } from '../../src/model/assessment/index.js';
import {
  definePracticeModel,
  type AssessmentResponse,
  type AssessmentTemplate,
  type PracticeModel,
} from '../../src/model/index.js';
import { sampleAssessment, sampleMapping, sampleModel } from '../../src/samples/index.js';
import { minimalModel } from './fixtures.js';

const template: AssessmentTemplate = {
  id: 'scored',
  name: 'Scored',
  subject: 'family',
  sections: [
    {
      id: 'shared',
      title: 'Shared',
      questions: [
        { id: 'drugs', type: 'yes-no', label: 'Drugs?', allowUnknown: true },
        { id: 'alcohol', type: 'yes-no', label: 'Alcohol?', allowUnknown: true },
        { id: 'violence', type: 'yes-no', label: 'Violence?', allowUnknown: true },
        {
          id: 'weapons',
          type: 'yes-no',
          label: 'Weapons?',
          visibleWhen: { question: 'violence', op: 'equals', value: true },
        },
        { id: 'visits', type: 'number', label: 'Visits' },
        {
          id: 'safety',
          type: 'scale',
          label: 'Safety',
          raters: ['worker', 'parent'],
          anchors: [{ value: 0, label: 'Unsafe' }],
        },
        { id: 'factors', type: 'multiple-choice', label: 'Factors', codeList: 'grades' },
      ],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [{ id: 'grade', type: 'single-choice', label: 'Grade', codeList: 'grades' }],
    },
  ],
  scores: [
    {
      id: 'risks',
      label: 'Risks',
      method: 'count-yes',
      of: ['drugs', 'alcohol', 'violence', 'weapons'],
      bands: [
        { min: 0, max: 0, label: 'None' },
        { min: 1, max: 2, label: 'Some' },
        { min: 3, max: 4, label: 'Many' },
      ],
    },
    {
      id: 'answered',
      label: 'Answered',
      method: 'count-answered',
      of: ['drugs', 'alcohol', 'violence', 'weapons'],
    },
    { id: 'yes-sum', label: 'Sum of yes', method: 'sum', of: ['drugs', 'alcohol'] },
    { id: 'visits-max', label: 'Visits', method: 'max', of: ['visits'] },
    { id: 'worker', label: 'Worker', method: 'mean', of: ['safety'] },
    { id: 'parent', label: 'Parent', method: 'mean', of: ['safety'], rater: 'parent' },
    { id: 'factor-points', label: 'Factor points', method: 'sum', of: ['factors'] },
    {
      id: 'grade',
      label: 'Grade',
      method: 'min',
      of: ['grade'],
      bands: [
        { min: 1, max: 2, label: 'Good enough' },
        { min: 3, max: 5, label: 'Concern' },
      ],
    },
  ],
};

const model: PracticeModel = definePracticeModel({
  ...minimalModel(),
  codeLists: [
    {
      id: 'grades',
      version: '1',
      name: 'Grades',
      codes: [
        { code: 'g1', label: 'Grade 1', score: 1 },
        { code: 'g4', label: 'Grade 4', score: 4 },
        { code: 'note', label: 'No score' },
      ],
    },
  ],
  templates: [template],
});

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'test-model', version: '1.0.0' },
  template: 'scored',
  subjects: ['ellie', 'tyler'],
  status: 'draft',
  answers: {
    drugs: { value: true },
    alcohol: { value: 'unknown' },
    violence: { value: false },
    weapons: { value: true }, // hidden: violence is no
    visits: { value: 3 },
    safety: { value: { worker: 4, parent: 7 } },
    factors: { value: ['g1', 'g4', 'note'] },
  },
  childAnswers: { ellie: { grade: { value: 'g4' } }, tyler: { grade: { value: 'g1' } } },
};

const byId = (scores: ReturnType<typeof computeScores>) =>
  Object.fromEntries(scores.map((s) => [s.id, s]));

describe('computeScores', () => {
  it('counts, sums, averages and bands shown answers', () => {
    const scores = byId(computeScores(template, response, model));
    expect(scores.risks).to.deep.equal({
      id: 'risks',
      value: 1,
      band: { min: 1, max: 2, label: 'Some' },
    });
    // "Not known" is an answer, but not a number; the hidden `weapons` answer is left out.
    expect(scores.answered?.value).to.equal(3);
    expect(scores['yes-sum']?.value).to.equal(1);
    expect(scores['visits-max']?.value).to.equal(3);
    expect(scores.worker?.value).to.equal(4);
    expect(scores.parent?.value).to.equal(7);
    expect(scores['factor-points']?.value).to.equal(5);
    // Per-child questions need a child.
    expect(scores.grade).to.deep.equal({ id: 'grade', value: undefined });
  });

  it('counts a hidden answer once its question is shown', () => {
    const shown = { ...response, answers: { ...response.answers, violence: { value: true } } };
    const scores = byId(computeScores(template, shown, model));
    expect(scores.risks?.value).to.equal(3);
    expect(scores.risks?.band?.label).to.equal('Many');
  });

  it('scores each child’s own answers', () => {
    expect(byId(computeScores(template, response, model, { child: 'ellie' })).grade).to.deep.equal({
      id: 'grade',
      value: 4,
      band: { min: 3, max: 5, label: 'Concern' },
    });
    expect(
      byId(computeScores(template, response, model, { child: 'tyler' })).grade?.band?.label,
    ).to.equal('Good enough');
  });

  it('gives no value to sums and means with nothing to count, and zero to counts', () => {
    const empty = { ...response, answers: {}, childAnswers: {} };
    const scores = byId(computeScores(template, empty, model));
    expect(scores.risks).to.deep.equal({
      id: 'risks',
      value: 0,
      band: { min: 0, max: 0, label: 'None' },
    });
    expect(scores.worker?.value).to.equal(undefined);
    expect(scores['yes-sum']?.value).to.equal(undefined);
  });

  it('uses a live form state when given one', () => {
    const state = formState(template, response, { model });
    const next = setAnswer(response, { question: 'visits' }, 8, {
      by: 'a',
      at: '2025-01-01T09:00',
    });
    expect(byId(computeScores(template, next, model, { state }))['visits-max']?.value).to.equal(8);
  });

  it('scores the samples: household risk factors and the worker’s safety readings', () => {
    const [cfa, mapping] = sampleModel.templates;
    if (!cfa || !mapping) throw new Error('missing templates');
    const scores = byId(computeScores(cfa, sampleAssessment, sampleModel));
    expect(scores['household-risk-factors']).to.deep.equal({
      id: 'household-risk-factors',
      value: 2,
      band: { min: 2, max: 3, label: 'Several factors together' },
    });
    expect(scores['home-safety-worker']?.value).to.equal(3);
    expect(
      byId(computeScores(mapping, sampleMapping, sampleModel))['safety-worker']?.value,
    ).to.equal(3);
  });
});
