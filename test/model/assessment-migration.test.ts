import { expect } from '@open-wc/testing';
import {
  answerKey,
  formState,
  migrateResponse,
  redactAnswers,
} from '../../src/model/assessment/index.js';
import {
  definePracticeModel,
  type AssessmentResponse,
  type AssessmentTemplate,
  type CodeList,
  type PracticeModel,
} from '../../src/model/index.js';
import { sampleAssessment, sampleModel } from '../../src/samples/index.js';
import { minimalModel } from './fixtures.js';

function factors(version: string, codes: readonly string[]): CodeList {
  return {
    id: 'factors',
    version,
    name: 'Factors',
    codes: codes.map((code) => ({ code, label: `Factor ${code}` })),
  };
}

const v1Template: AssessmentTemplate = {
  id: 'assessment',
  name: 'Assessment',
  subject: 'family',
  sections: [
    {
      id: 'about',
      title: 'About',
      questions: [
        { id: 'reason', type: 'long-text', label: 'Reason' },
        { id: 'old-question', type: 'text', label: 'Old question' },
        { id: 'risk-level', type: 'number', label: 'Risk level' },
        { id: 'factors', type: 'multiple-choice', label: 'Factors', codeList: 'factors' },
        { id: 'primary', type: 'single-choice', label: 'Primary factor', codeList: 'factors' },
        { id: 'summary', type: 'text', label: 'Summary' },
        { id: 'lead', type: 'single-choice', label: 'Lead factor', codeList: 'factors' },
        {
          id: 'secret',
          type: 'long-text',
          label: 'Neighbour’s account',
          sensitivity: ['third-party'],
        },
        {
          id: 'adults',
          type: 'group',
          label: 'Adults',
          questions: [
            { id: 'name', type: 'text', label: 'Name' },
            { id: 'agreed', type: 'yes-no', label: 'Agreed?' },
            { id: 'legacy', type: 'text', label: 'Legacy note' },
          ],
        },
        { id: 'family-view', type: 'long-text', label: 'Family view' },
      ],
    },
    {
      id: 'moved-from',
      title: 'Old home of a question',
      questions: [{ id: 'moved-q', type: 'yes-no', label: 'Moved question' }],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [{ id: 'analysis', type: 'long-text', label: 'Analysis' }],
    },
  ],
};

const v2Template: AssessmentTemplate = {
  ...v1Template,
  sections: [
    {
      id: 'about',
      title: 'About',
      questions: [
        { id: 'reason', type: 'long-text', label: 'Why this assessment?' },
        { id: 'risk-level', type: 'single-choice', label: 'Risk level', codeList: 'factors' },
        { id: 'factors', type: 'multiple-choice', label: 'Factors', codeList: 'factors' },
        { id: 'primary', type: 'single-choice', label: 'Primary factor', codeList: 'factors' },
        { id: 'summary', type: 'long-text', label: 'Summary of concerns', maxLength: 5 },
        { id: 'lead', type: 'multiple-choice', label: 'Lead factors', codeList: 'factors' },
        {
          id: 'adults',
          type: 'group',
          label: 'Adults',
          questions: [
            { id: 'name', type: 'text', label: 'Name' },
            { id: 'agreed', type: 'yes-no', label: 'Agreed?' },
          ],
        },
        { id: 'moved-q', type: 'yes-no', label: 'Moved question' },
      ],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [
        { id: 'analysis', type: 'long-text', label: 'Analysis' },
        { id: 'family-view', type: 'long-text', label: 'Family view, per child' },
      ],
    },
  ],
};

const v1: PracticeModel = definePracticeModel({
  ...minimalModel(),
  version: '1.0.0',
  codeLists: [factors('1', ['1A', '2A', '21'])],
  templates: [v1Template],
});
const v2: PracticeModel = definePracticeModel({
  ...minimalModel(),
  version: '2.0.0',
  codeLists: [factors('2', ['1A', '2A', '24A'])],
  templates: [v2Template],
});

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'test-model', version: '1.0.0' },
  template: 'assessment',
  subjects: ['ellie'],
  status: 'draft',
  started: '2024-05-01',
  answers: {
    reason: { value: 'Police referral' },
    'old-question': { value: 'Kept forever' },
    'risk-level': { value: 3 },
    factors: { value: ['1A', '21', '2A'], cites: ['reason'] },
    primary: { value: '21' },
    summary: { value: 'A longer summary' },
    lead: { value: '2A' },
    secret: {
      value: 'Saw him hit her',
      sensitivity: { tags: ['restricted'], source: 'Neighbour' },
    },
    adults: { value: [{ name: 'Kelly', agreed: true, legacy: 'old' }, { name: 'Dean' }] },
    'family-view': { value: 'We are fine' },
    'moved-q': { value: false },
  },
  childAnswers: { ellie: { analysis: { value: 'Anxious' } } },
  changes: [
    { question: 'reason', at: '2024-05-01T10:00', by: 'amira-hussain', new: 'Police referral' },
  ],
};

describe('migrateResponse', () => {
  const migration = migrateResponse(response, v1, v2, 'assessment');
  const orphan = (key: string) => migration.orphaned.find((o) => o.key === key);
  const carried = migration.carried.map(answerKey);

  it('pins the response to the new model version', () => {
    expect(migration.status).to.equal('migrated');
    expect(migration.response.model).to.deep.equal({ id: 'test-model', version: '2.0.0' });
    expect(migration.response.template).to.equal('assessment');
    // The change log and everything else stays.
    expect(migration.response.changes).to.deep.equal(response.changes);
    expect(response.model.version).to.equal('1.0.0');
  });

  it('carries over answers to questions that still exist, renamed or moved to another section', () => {
    expect(carried).to.include.members([
      'reason',
      'summary',
      'moved-q',
      'ellie/analysis',
      'adults',
    ]);
    expect(migration.response.answers.reason?.value).to.equal('Police referral');
    expect(migration.response.answers['moved-q']?.value).to.equal(false);
    expect(migration.response.childAnswers?.ellie?.analysis?.value).to.equal('Anxious');
  });

  it('carries text into long text even over a new limit, which then shows as an error', () => {
    expect(migration.response.answers.summary?.value).to.equal('A longer summary');
    const state = formState(v2Template, migration.response, { model: v2 });
    expect(state.questions.get('summary')?.errors.map((e) => e.key)).to.deep.equal(['tooLong']);
  });

  it('turns one choice into a list of one when the question now allows several', () => {
    expect(migration.response.answers.lead?.value).to.deep.equal(['2A']);
  });

  it('keeps answers to removed questions, with the old label', () => {
    expect(orphan('old-question')).to.deep.equal({
      address: { question: 'old-question' },
      key: 'old-question',
      value: 'Kept forever',
      label: 'Old question',
      reason: 'removed',
      fromVersion: '1.0.0',
    });
    expect(migration.response.answers).to.not.have.property('old-question');
  });

  it('keeps answers whose question changed type incompatibly', () => {
    expect(orphan('risk-level')).to.include({
      value: 3,
      reason: 'type-changed',
      label: 'Risk level',
    });
    expect(migration.response.answers).to.not.have.property('risk-level');
  });

  it('sets aside codes removed from the code list, keeping the rest of the answer', () => {
    expect(migration.response.answers.factors).to.deep.equal({
      value: ['1A', '2A'],
      cites: ['reason'],
    });
    expect(orphan('factors')).to.deep.include({ value: ['21'], reason: 'code-removed' });
    expect(orphan('primary')).to.include({ value: '21', reason: 'code-removed' });
    expect(migration.response.answers).to.not.have.property('primary');
  });

  it('keeps answers moved from a shared section into a per-child one', () => {
    expect(orphan('family-view')).to.include({ value: 'We are fine', reason: 'scope-changed' });
  });

  it('keeps inner answers of removed group questions, and the rest of each item', () => {
    expect(migration.response.answers.adults?.value).to.deep.equal([
      { name: 'Kelly', agreed: true },
      { name: 'Dean' },
    ]);
    expect(orphan('adults[0]/legacy')).to.deep.include({
      address: { question: 'adults', item: 0, inner: 'legacy' },
      value: 'old',
      label: 'Legacy note',
      reason: 'removed',
    });
    expect(carried).to.include.members(['adults[0]/name', 'adults[0]/agreed', 'adults[1]/name']);
  });

  it('stores every orphaned answer in previousVersionAnswers, sensitivity included', () => {
    const previous = migration.response.previousVersionAnswers ?? {};
    expect(Object.keys(previous).sort()).to.deep.equal(migration.orphaned.map((o) => o.key).sort());
    // The old question's default tags join the answer's own, so redaction still applies.
    expect(previous.secret).to.deep.equal({
      value: 'Saw him hit her',
      fromVersion: '1.0.0',
      reason: 'removed',
      label: 'Neighbour’s account',
      sensitivity: { tags: ['restricted', 'third-party'], source: 'Neighbour' },
    });
    expect(previous.factors?.cites).to.deep.equal(['reason']);
    const family = sampleModel.audiences?.find((a) => a.id === 'family');
    const redacted = redactAnswers(v2Template, migration.response, family);
    expect(redacted.response.previousVersionAnswers?.secret).to.deep.equal({
      value: null,
      redacted: true,
      fromVersion: '1.0.0',
    });
    expect(redacted.withheld).to.include('secret');
  });

  it('never loses an answer: every one is carried over, kept aside, or both', () => {
    const before = [...Object.keys(response.answers), 'ellie/analysis'].sort();
    const after = new Set([
      ...migration.carried.filter((a) => a.item === undefined).map(answerKey),
      ...migration.orphaned.filter((o) => o.address.item === undefined).map((o) => o.key),
    ]);
    expect([...after].sort()).to.deep.equal(before);
  });

  it('keeps answers set aside by an earlier migration', () => {
    const v3: PracticeModel = definePracticeModel({
      ...minimalModel(),
      version: '3.0.0',
      codeLists: [factors('3', ['1A'])],
      templates: [v2Template],
    });
    const again = migrateResponse(migration.response, v2, v3, 'assessment');
    const previous = again.response.previousVersionAnswers ?? {};
    expect(previous['old-question']?.fromVersion).to.equal('1.0.0');
    expect(previous['factors@2.0.0']).to.deep.include({
      value: ['2A'],
      fromVersion: '2.0.0',
      reason: 'code-removed',
    });
    expect(again.response.answers.factors?.value).to.deep.equal(['1A']);
  });

  it('reports a response already on the model version as current, untouched', () => {
    const current = migrateResponse(migration.response, undefined, v2, 'assessment');
    expect(current.status).to.equal('current');
    expect(current.response).to.equal(migration.response);
    expect(current.orphaned).to.deep.equal([]);
    expect(current.carried.map(answerKey)).to.include.members(['reason', 'adults[0]/name']);
  });

  it('leaves a response of an unknown version untouched, to open read-only', () => {
    for (const from of [undefined, v2]) {
      const unknown = migrateResponse(response, from, v2, 'assessment');
      expect(unknown.status).to.equal('unknown-version');
      expect(unknown.response).to.equal(response);
      expect(unknown.carried).to.deep.equal([]);
      expect(unknown.orphaned).to.deep.equal([]);
    }
  });

  it('names a template the new model does not have', () => {
    expect(() => migrateResponse(response, v1, v2, 'nope')).to.throw(
      RangeError,
      /no template "nope"/,
    );
  });

  it('carries the whole sample assessment into the same model under a new version', () => {
    const next: PracticeModel = { ...sampleModel, version: '1.1.0' };
    const moved = migrateResponse(
      sampleAssessment,
      sampleModel,
      next,
      'child-and-family-assessment',
    );
    expect(moved.status).to.equal('migrated');
    expect(moved.orphaned).to.deep.equal([]);
    expect(moved.response.answers).to.deep.equal(sampleAssessment.answers);
    expect(moved.response.childAnswers).to.deep.equal(sampleAssessment.childAnswers);
  });
});
