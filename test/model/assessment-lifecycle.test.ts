import { expect } from '@open-wc/testing';
import {
  addComment,
  availableActions,
  canTransition,
  isLocked,
  resolveComment,
  RESPONSE_ACTIONS,
  ResponseLockedError,
  setAnswer,
  transition,
  TransitionError,
  type ResponseAction,
} from '../../src/model/assessment/index.js';
import {
  RESPONSE_STATUSES,
  type AssessmentResponse,
  type ResponseStatus,
} from '../../src/model/index.js';
import { sampleAssessment } from '../../src/samples/index.js';

const worker = { by: 'amira-hussain', at: '2024-01-17T16:45' };
const manager = { by: 'gareth-lloyd', at: '2024-01-18T09:30' };

function inStatus(status: ResponseStatus): AssessmentResponse {
  return {
    id: 'r',
    model: { id: 'm', version: '1' },
    template: 't',
    status,
    answers: {},
  };
}

const ALLOWED: Record<ResponseStatus, Partial<Record<ResponseAction, ResponseStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { return: 'returned', authorise: 'authorised' },
  returned: { resubmit: 'submitted' },
  authorised: { amend: 'amended' },
  amended: { resubmit: 'submitted' },
};

describe('the response life cycle', () => {
  for (const status of RESPONSE_STATUSES) {
    for (const action of RESPONSE_ACTIONS) {
      const to = ALLOWED[status][action];
      if (to) {
        it(`${status} --${action}--> ${to}`, () => {
          expect(canTransition(status, action)).to.equal(true);
          const moved = transition(inStatus(status), action, { ...manager, reason: 'Because' });
          expect(moved.status).to.equal(to);
          expect(moved.history?.at(-1)).to.deep.equal({
            status: to,
            ...manager,
            reason: 'Because',
          });
        });
      } else {
        it(`refuses ${action} from ${status}`, () => {
          expect(canTransition(status, action)).to.equal(false);
          let thrown: unknown;
          try {
            transition(inStatus(status), action, { ...manager, reason: 'Because' });
          } catch (error) {
            thrown = error;
          }
          expect(thrown).to.be.instanceOf(TransitionError);
          expect(thrown).to.include({ code: 'invalid-transition', from: status, action });
        });
      }
    }
  }

  it('lists the actions available from each status', () => {
    expect(availableActions('draft')).to.deep.equal(['submit']);
    expect(availableActions('submitted')).to.deep.equal(['return', 'authorise']);
    expect(availableActions('authorised')).to.deep.equal(['amend']);
  });

  it('walks the sample assessment’s history: submitted, returned, resubmitted, authorised, amended', () => {
    let response = transition(inStatus('draft'), 'submit', worker);
    expect(response.history).to.deep.equal([{ status: 'submitted', ...worker }]);
    response = transition(response, 'return', {
      ...manager,
      reason: 'Please add Tyler’s own words.',
    });
    response = transition(response, 'resubmit', worker);
    response = transition(response, 'authorise', manager);
    expect(isLocked(response)).to.equal(true);
    response = transition(response, 'amend', { ...manager, reason: 'Wrong school named' });
    expect(isLocked(response)).to.equal(false);
    expect(response.history?.map((h) => h.status)).to.deep.equal([
      'submitted',
      'returned',
      'submitted',
      'authorised',
      'amended',
    ]);
  });

  it('needs a reason to amend', () => {
    expect(() => transition(inStatus('authorised'), 'amend', manager)).to.throw(
      TransitionError,
      /needs a reason/,
    );
    expect(() =>
      transition(inStatus('authorised'), 'amend', { ...manager, reason: '   ' }),
    ).to.throw(TransitionError);
  });

  it('needs a reason or an open comment to return', () => {
    expect(() => transition(inStatus('submitted'), 'return', manager)).to.throw(
      TransitionError,
      /open comment/,
    );
    const commented = addComment(inStatus('submitted'), {
      question: { question: 'analysis', child: 'tyler' },
      text: 'Tyler’s voice is missing.',
      ...manager,
    });
    const returned = transition(commented, 'return', manager);
    expect(returned.status).to.equal('returned');
    expect(returned.history?.at(-1)).to.not.have.property('reason');
    const resolved = resolveComment(commented, 'comment-1');
    expect(() => transition(resolved, 'return', manager)).to.throw(TransitionError);
  });

  it('does not change the response it is given', () => {
    const before = inStatus('draft');
    transition(before, 'submit', worker);
    expect(before.status).to.equal('draft');
    expect(before.history).to.equal(undefined);
  });
});

describe('comments', () => {
  it('anchors comments to answers by key, with fresh ids', () => {
    let response = addComment(inStatus('submitted'), {
      question: 'wishes-and-feelings',
      text: 'A',
      ...manager,
    });
    response = addComment(response, {
      question: { question: 'analysis', child: 'tyler' },
      text: 'B',
      ...manager,
    });
    response = addComment(response, { text: 'Overall: good work', ...manager });
    expect(response.comments).to.deep.equal([
      { id: 'comment-1', question: 'wishes-and-feelings', text: 'A', ...manager },
      { id: 'comment-2', question: 'tyler/analysis', text: 'B', ...manager },
      { id: 'comment-3', text: 'Overall: good work', ...manager },
    ]);
  });

  it('refuses blank text and a taken id', () => {
    expect(() => addComment(inStatus('submitted'), { text: ' ', ...manager })).to.throw(RangeError);
    const once = addComment(inStatus('submitted'), { text: 'A', id: 'c', ...manager });
    expect(() => addComment(once, { text: 'B', id: 'c', ...manager })).to.throw(
      RangeError,
      /taken/,
    );
  });

  it('resolves a comment once, and names an unknown one', () => {
    const response = addComment(inStatus('submitted'), { text: 'A', ...manager });
    const resolved = resolveComment(response, 'comment-1');
    expect(resolved.comments?.[0]?.resolved).to.equal(true);
    expect(resolveComment(resolved, 'comment-1')).to.equal(resolved);
    expect(() => resolveComment(response, 'comment-9')).to.throw(RangeError, /comment-9/);
  });
});

describe('an authorised response is locked', () => {
  it('refuses answer changes and comments until amended', () => {
    expect(isLocked(sampleAssessment)).to.equal(true);
    expect(() =>
      setAnswer(sampleAssessment, { question: 'substance-misuse' }, true, worker),
    ).to.throw(ResponseLockedError);
    expect(() => addComment(sampleAssessment, { text: 'Late note', ...manager })).to.throw(
      ResponseLockedError,
    );
    expect(() => resolveComment(sampleAssessment, 'comment-1')).to.throw(ResponseLockedError);
    const amended = transition(sampleAssessment, 'amend', {
      ...manager,
      reason: 'Correct the school attendance',
    });
    const changed = setAnswer(amended, { question: 'substance-misuse' }, true, worker);
    expect(changed.changes?.at(-1)).to.deep.include({
      question: 'substance-misuse',
      old: false,
      new: true,
    });
  });
});
