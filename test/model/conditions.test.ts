import { expect } from '@open-wc/testing';
import { answerValues, isAnswered, isVisible } from '../../src/model/assessment/conditions.js';
import type { Condition } from '../../src/model/index.js';
import { record } from '../components/fixtures.js';

const answers = {
  yes: true,
  no: false,
  count: 4,
  text: 'hello',
  blank: '   ',
  codes: ['2A', '3A'],
  empty: [],
  scale: { worker: 3, parent: 8 },
  parentOnly: { worker: null, parent: 6 },
  date: '2024-02-01',
};

const check = (condition: Condition) => isVisible(condition, answers);

describe('isVisible', () => {
  it('shows an item without a condition', () => {
    expect(isVisible(undefined, {})).to.equal(true);
  });

  it('compares with equals and notEquals', () => {
    expect(check({ question: 'yes', op: 'equals', value: true })).to.equal(true);
    expect(check({ question: 'no', op: 'equals', value: true })).to.equal(false);
    expect(check({ question: 'no', op: 'equals', value: false })).to.equal(true);
    expect(check({ question: 'missing', op: 'equals', value: false })).to.equal(false);
    expect(check({ question: 'missing', op: 'notEquals', value: true })).to.equal(true);
    expect(check({ question: 'codes', op: 'equals', value: ['3A', '2A'] })).to.equal(true);
    expect(check({ question: 'scale', op: 'equals', value: 3 })).to.equal(true);
    expect(check({ question: 'parentOnly', op: 'equals', value: 6 })).to.equal(true);
  });

  it('compares with in, notIn, includes and excludes', () => {
    expect(check({ question: 'text', op: 'in', value: ['hello', 'hi'] })).to.equal(true);
    expect(check({ question: 'text', op: 'notIn', value: ['hello'] })).to.equal(false);
    expect(check({ question: 'codes', op: 'includes', value: '2A' })).to.equal(true);
    expect(check({ question: 'codes', op: 'includes', value: ['2A', '9Z'] })).to.equal(false);
    expect(check({ question: 'codes', op: 'excludes', value: '9Z' })).to.equal(true);
    expect(check({ question: 'empty', op: 'includes', value: [] })).to.equal(false);
  });

  it('tells answered from unanswered', () => {
    expect(check({ question: 'blank', op: 'unanswered' })).to.equal(true);
    expect(check({ question: 'empty', op: 'answered' })).to.equal(false);
    expect(check({ question: 'no', op: 'answered' })).to.equal(true);
    expect(check({ question: 'count', op: 'answered' })).to.equal(true);
    expect(check({ question: 'missing', op: 'unanswered' })).to.equal(true);
  });

  it('orders numbers and ISO dates', () => {
    expect(check({ question: 'count', op: 'gt', value: 3 })).to.equal(true);
    expect(check({ question: 'count', op: 'gte', value: 4 })).to.equal(true);
    expect(check({ question: 'count', op: 'lt', value: 4 })).to.equal(false);
    expect(check({ question: 'scale', op: 'lte', value: 3 })).to.equal(true);
    expect(check({ question: 'date', op: 'gt', value: '2024-01-31' })).to.equal(true);
    expect(check({ question: 'missing', op: 'lt', value: 10 })).to.equal(false);
    expect(check({ question: 'text', op: 'gt', value: 10 })).to.equal(false);
  });

  it('combines with all, any and not', () => {
    const yes = { question: 'yes', op: 'equals', value: true } as const;
    const no = { question: 'no', op: 'equals', value: true } as const;
    expect(check({ all: [yes, yes] })).to.equal(true);
    expect(check({ all: [yes, no] })).to.equal(false);
    expect(check({ any: [no, yes] })).to.equal(true);
    expect(check({ not: no })).to.equal(true);
    expect(check({ not: { any: [no, { not: yes }] } })).to.equal(true);
  });

  it('treats absurdly deep nesting as not shown rather than overflowing', () => {
    let condition: Condition = { question: 'yes', op: 'equals', value: true };
    for (let i = 0; i < 10_000; i++) condition = { not: { not: condition } };
    expect(check(condition)).to.equal(false);
  });

  it('does not read inherited properties as answers', () => {
    expect(isVisible({ question: 'constructor', op: 'answered' }, {})).to.equal(false);
    expect(isVisible({ question: '__proto__', op: 'answered' }, {})).to.equal(false);
  });
});

describe('answerValues', () => {
  it('puts a child’s own answers over the family answers', () => {
    const response = record.responses![0]!;
    const family = answerValues(response);
    expect(family['domestic-abuse']).to.equal(true);
    expect(family).not.to.have.property('voice');
    const asha = answerValues(response, 'asha');
    expect(asha['domestic-abuse']).to.equal(true);
    expect(asha.voice).to.be.an('array');
    expect(answerValues(undefined)).to.deep.equal({});
  });

  it('knows what counts as an answer', () => {
    expect(isAnswered(0)).to.equal(true);
    expect(isAnswered(false)).to.equal(true);
    expect(isAnswered('')).to.equal(false);
    expect(isAnswered(null)).to.equal(false);
    expect(isAnswered({ worker: null })).to.equal(false);
  });
});
