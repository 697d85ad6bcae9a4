import { expect } from '@open-wc/testing';
import { assessmentClock, responseStartDate } from '../../src/model/assessment/index.js';
import {
  defineCaseRecord,
  definePracticeModel,
  evaluateRule,
  type AssessmentResponse,
  type CaseRecord,
  type PracticeModel,
} from '../../src/model/index.js';
import {
  SAMPLE_TODAY,
  sampleAssessment,
  sampleCase,
  sampleModel,
} from '../../src/samples/index.js';
import { minimalModel, minimalRecord } from './fixtures.js';

const model: PracticeModel = definePracticeModel(minimalModel());

function record(events: unknown[]): CaseRecord {
  return defineCaseRecord({ ...minimalRecord(), events }, model);
}

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'test-model', version: '1.0.0' },
  template: 'assessment',
  status: 'draft',
  started: '2025-01-07',
  answers: {},
};

describe('assessmentClock', () => {
  it('picks the clock of the referral the sample assessment answers, not the latest referral', () => {
    const rule = sampleModel.timescales.find((r) => r.id === 'child-and-family-assessment');
    if (!rule) throw new Error('no rule');
    const all = evaluateRule(rule, sampleModel, sampleCase, { today: SAMPLE_TODAY });
    expect(all.map((c) => c.anchor.event)).to.deep.equal(['referral-police', 'referral-hospital']);

    const clock = assessmentClock(sampleModel, sampleCase, sampleAssessment, {
      today: SAMPLE_TODAY,
    });
    expect(clock?.clock.anchor).to.deep.equal({ event: 'referral-police', date: '2023-11-21' });
    expect(clock?.rule.id).to.equal('child-and-family-assessment');
    expect(clock?.status).to.equal('met');
    expect(clock?.clock.metBy?.event).to.equal('assessment-1');

    const later = { ...sampleAssessment, started: '2024-05-28' };
    expect(
      assessmentClock(sampleModel, sampleCase, later, { today: SAMPLE_TODAY })?.clock.anchor.event,
    ).to.equal('referral-hospital');
  });

  it('reads the start from the history when the response has no start date', () => {
    const rest: AssessmentResponse = { ...sampleAssessment };
    delete rest.started;
    expect(responseStartDate(rest)).to.equal('2024-01-17');
    expect(
      assessmentClock(sampleModel, sampleCase, rest, { today: SAMPLE_TODAY })?.clock.anchor.event,
    ).to.equal('referral-police');
    // With no dates at all: the latest clock.
    const bare = { ...rest, history: [], changes: [] };
    expect(responseStartDate(bare)).to.equal(undefined);
    expect(
      assessmentClock(sampleModel, sampleCase, bare, { today: SAMPLE_TODAY })?.clock.anchor.event,
    ).to.equal('referral-hospital');
  });

  it('gives working days left while the assessment is open', () => {
    const open = record([{ id: 'e1', type: 'referral', date: '2025-01-06' }]);
    const clock = assessmentClock(model, open, response, { today: '2025-01-10' });
    // 45 working days from Monday 6 January 2025.
    expect(clock).to.deep.include({ status: 'upcoming', due: '2025-03-10', workingDaysLeft: 41 });
  });

  it('gives calendar and working days overdue', () => {
    const open = record([{ id: 'e1', type: 'referral', date: '2025-01-06' }]);
    const clock = assessmentClock(model, open, response, { today: '2025-03-17' });
    expect(clock).to.deep.include({
      status: 'overdue',
      due: '2025-03-10',
      daysOverdue: 7,
      workingDaysOverdue: 5,
    });
  });

  it('gives days late when the assessment ended after its due date', () => {
    const late = record([
      { id: 'e1', type: 'referral', date: '2025-01-06' },
      { id: 'e2', type: 'assessment', date: '2025-01-07', end: '2025-03-12' },
    ]);
    expect(assessmentClock(model, late, response, { today: '2025-04-01' })).to.deep.include({
      status: 'met-late',
      daysLate: 2,
    });
  });

  it('has no clock when no referral came on or before the start, or the template has no timescale', () => {
    const after = record([{ id: 'e1', type: 'referral', date: '2025-02-01' }]);
    expect(assessmentClock(model, after, response, { today: '2025-03-01' })).to.equal(undefined);
    const noRule: PracticeModel = {
      ...model,
      templates: model.templates.map((t) => ({ ...t, timescale: undefined })),
    };
    expect(assessmentClock(noRule, record([]), response, { today: '2025-03-01' })).to.equal(
      undefined,
    );
    expect(
      assessmentClock(
        model,
        record([]),
        { ...response, template: 'unknown' },
        { today: '2025-03-01' },
      ),
    ).to.equal(undefined);
  });
});
