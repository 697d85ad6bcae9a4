import { expect } from '@open-wc/testing';
import {
  answerKey,
  answeredAddresses,
  effectiveCodeList,
  getAnswer,
  getAnswerRecord,
  isAnswered,
  parseAnswerKey,
  ResponseLockedError,
  sameAnswerValue,
  setAnswer,
  validateAnswerValue,
  type AnswerAddress,
} from '../../src/model/assessment/index.js';
import {
  definePracticeModel,
  type AssessmentResponse,
  type PracticeModel,
  type Question,
  type SimpleQuestion,
} from '../../src/model/index.js';
import { sampleAssessment, sampleModel } from '../../src/samples/index.js';
import { minimalModel } from './fixtures.js';

const author = { by: 'amira-hussain', at: '2025-02-03T10:00' };

function draft(overrides: Partial<AssessmentResponse> = {}): AssessmentResponse {
  return {
    id: 'r1',
    model: { id: 'test-model', version: '1.0.0' },
    template: 'assessment',
    subjects: ['ellie', 'tyler'],
    status: 'draft',
    answers: {},
    ...overrides,
  };
}

describe('answer keys', () => {
  it('writes and reads back every kind of address', () => {
    const addresses: AnswerAddress[] = [
      { question: 'domestic-abuse' },
      { question: 'analysis', child: 'ellie' },
      { question: 'adults-in-household', item: 1, inner: 'adult-agreed' },
      { question: 'siblings', child: 'tyler', item: 0, inner: 'name' },
      { question: 'adults-in-household', item: 2 },
    ];
    const keys = addresses.map(answerKey);
    expect(keys).to.deep.equal([
      'domestic-abuse',
      'ellie/analysis',
      'adults-in-household[1]/adult-agreed',
      'tyler/siblings[0]/name',
      'adults-in-household[2]',
    ]);
    expect(keys.map(parseAnswerKey)).to.deep.equal(addresses);
  });

  it('rejects strings that are not keys', () => {
    expect(parseAnswerKey('')).to.equal(undefined);
    expect(parseAnswerKey('a/b/c')).to.equal(undefined);
    expect(parseAnswerKey('a[x]')).to.equal(undefined);
  });
});

describe('getAnswer', () => {
  it('reads shared, per-child and group answers of the sample assessment', () => {
    expect(getAnswer(sampleAssessment, { question: 'domestic-abuse' })).to.equal(true);
    expect(getAnswer(sampleAssessment, { question: 'decision', child: 'tyler' })).to.equal(
      'cin-plan',
    );
    expect(
      getAnswer(sampleAssessment, {
        question: 'adults-in-household',
        item: 1,
        inner: 'adult-agreed',
      }),
    ).to.equal(false);
    expect(
      getAnswer(sampleAssessment, { question: 'adults-in-household', item: 0 }),
    ).to.deep.include({
      adult: 'kelly',
    });
    expect(
      getAnswerRecord(sampleAssessment, { question: 'parental-mental-health' })?.sensitivity,
    ).to.deep.equal({
      tags: ['health'],
    });
  });

  it('gives undefined for anything missing, never an inherited property', () => {
    expect(getAnswer(sampleAssessment, { question: 'nothing-here' })).to.equal(undefined);
    expect(getAnswer(sampleAssessment, { question: 'decision', child: 'nobody' })).to.equal(
      undefined,
    );
    expect(
      getAnswer(sampleAssessment, { question: 'adults-in-household', item: 9, inner: 'adult' }),
    ).to.equal(undefined);
    expect(getAnswer(draft(), { question: 'toString' })).to.equal(undefined);
    expect(getAnswer(draft(), { question: 'constructor', child: 'toString' })).to.equal(undefined);
  });
});

describe('setAnswer', () => {
  it('returns a new response and leaves the old one untouched', () => {
    const before = draft();
    const after = setAnswer(before, { question: 'abuse' }, true, author);
    expect(after).to.not.equal(before);
    expect(before.answers).to.deep.equal({});
    expect(before.changes).to.equal(undefined);
    expect(getAnswer(after, { question: 'abuse' })).to.equal(true);
  });

  it('logs who changed what, from what, to what', () => {
    let response = setAnswer(draft(), { question: 'abuse' }, true, author);
    response = setAnswer(response, { question: 'abuse' }, false, {
      by: 'gareth-lloyd',
      at: '2025-02-04T09:00',
    });
    expect(response.changes).to.deep.equal([
      { question: 'abuse', at: '2025-02-03T10:00', by: 'amira-hussain', new: true },
      { question: 'abuse', at: '2025-02-04T09:00', by: 'gareth-lloyd', old: true, new: false },
    ]);
  });

  it('adds no entry, and returns the same response, when nothing changes', () => {
    const once = setAnswer(draft(), { question: 'scale' }, { worker: 4, parent: 7 }, author);
    const again = setAnswer(once, { question: 'scale' }, { parent: 7, worker: 4 }, author);
    expect(again).to.equal(once);
    expect(again.changes).to.have.length(1);
  });

  it('stores per-child answers under childAnswers and names the child in the log', () => {
    const response = setAnswer(
      draft(),
      { question: 'analysis', child: 'ellie' },
      'Anxious',
      author,
    );
    expect(response.childAnswers).to.deep.equal({ ellie: { analysis: { value: 'Anxious' } } });
    expect(response.answers).to.deep.equal({});
    expect(response.changes?.[0]).to.deep.equal({
      question: 'analysis',
      child: 'ellie',
      at: author.at,
      by: author.by,
      new: 'Anxious',
    });
  });

  it('changes one inner answer of a group item and logs it by its path', () => {
    const response = setAnswer(
      sampleAssessment.status === 'authorised'
        ? { ...sampleAssessment, status: 'amended' }
        : sampleAssessment,
      { question: 'adults-in-household', item: 1, inner: 'adult-agreed' },
      true,
      author,
    );
    const items = getAnswer(response, { question: 'adults-in-household' }) as Record<
      string,
      unknown
    >[];
    expect(items[1]?.['adult-agreed']).to.equal(true);
    // The rest of the item, and the other item, are kept.
    expect(items[1]?.['adult-not-agreed-reason']).to.be.a('string');
    expect(items[0]?.adult).to.equal('kelly');
    expect(response.changes?.at(-1)).to.deep.equal({
      question: 'adults-in-household[1]/adult-agreed',
      at: author.at,
      by: author.by,
      old: false,
      new: true,
    });
  });

  it('adds a group item one past the end, removes an item, and refuses a gap', () => {
    let response = setAnswer(
      draft(),
      { question: 'adults', item: 0, inner: 'name' },
      'Kelly',
      author,
    );
    response = setAnswer(response, { question: 'adults', item: 1, inner: 'name' }, 'Dean', author);
    expect(getAnswer(response, { question: 'adults' })).to.deep.equal([
      { name: 'Kelly' },
      { name: 'Dean' },
    ]);
    response = setAnswer(response, { question: 'adults', item: 0 }, undefined, author);
    expect(getAnswer(response, { question: 'adults' })).to.deep.equal([{ name: 'Dean' }]);
    expect(() =>
      setAnswer(response, { question: 'adults', item: 5, inner: 'name' }, 'X', author),
    ).to.throw(RangeError, /next new item is 1/);
  });

  it('removes an answer set to undefined but keeps its citations and sensitivity', () => {
    let response = setAnswer(draft(), { question: 'abuse' }, true, author);
    response = setAnswer(response, { question: 'abuse' }, undefined, author);
    expect(response.answers).to.deep.equal({});
    expect(response.changes?.at(-1)).to.deep.equal({
      question: 'abuse',
      at: author.at,
      by: author.by,
      old: true,
    });

    const sensitive = draft({
      answers: {
        details: { value: 'Told by a neighbour', sensitivity: { tags: ['third-party'] } },
      },
    });
    const cleared = setAnswer(sensitive, { question: 'details' }, undefined, author);
    expect(cleared.answers.details).to.deep.equal({
      value: null,
      sensitivity: { tags: ['third-party'] },
    });
    const edited = setAnswer(sensitive, { question: 'details' }, 'Told by the school', author);
    expect(edited.answers.details?.sensitivity).to.deep.equal({ tags: ['third-party'] });
  });

  it('folds keystrokes into one entry with coalesce, and drops it when typed back', () => {
    const typing = { ...author, coalesce: true };
    let response = setAnswer(
      draft({ answers: { note: { value: 'a' } } }),
      { question: 'note' },
      'ab',
      typing,
    );
    response = setAnswer(response, { question: 'note' }, 'abc', typing);
    expect(response.changes).to.deep.equal([
      { question: 'note', at: author.at, by: author.by, old: 'a', new: 'abc' },
    ]);
    // Someone else's change is never folded into another person's entry.
    response = setAnswer(response, { question: 'note' }, 'abcd', {
      by: 'gareth-lloyd',
      at: author.at,
      coalesce: true,
    });
    expect(response.changes).to.have.length(2);
    response = setAnswer(response, { question: 'note' }, 'abc', {
      by: 'gareth-lloyd',
      at: author.at,
      coalesce: true,
    });
    expect(response.changes).to.have.length(1);
  });

  it('refuses to change an authorised response', () => {
    expect(() =>
      setAnswer(sampleAssessment, { question: 'domestic-abuse' }, false, author),
    ).to.throw(ResponseLockedError, /authorised and locked/);
  });
});

describe('isAnswered and sameAnswerValue', () => {
  it('tells answers from blanks', () => {
    expect([true, false, 0, 'x', ['a'], { worker: 3 }].every(isAnswered)).to.equal(true);
    expect([undefined, null, '', '  ', [], { worker: null }].some(isAnswered)).to.equal(false);
  });

  it('compares values structurally', () => {
    expect(sameAnswerValue([{ id: 'a', text: 'x' }], [{ text: 'x', id: 'a' }])).to.equal(true);
    expect(sameAnswerValue(['a', 'b'], ['b', 'a'])).to.equal(false);
    expect(sameAnswerValue({ worker: 1 }, { worker: 1, parent: 2 })).to.equal(false);
    expect(sameAnswerValue(null, undefined)).to.equal(false);
  });
});

describe('answeredAddresses', () => {
  it('lists shared, per-child and (for named groups) inner answers', () => {
    const addresses = answeredAddresses(sampleAssessment, new Set(['adults-in-household'])).map(
      answerKey,
    );
    expect(addresses).to.include.members([
      'domestic-abuse',
      'adults-in-household',
      'adults-in-household[1]/adult-not-agreed-reason',
      'ellie/analysis',
      'tyler/decision',
    ]);
    expect(answeredAddresses(sampleAssessment).map(answerKey)).to.not.include(
      'adults-in-household[0]/adult',
    );
  });
});

// ---------------------------------------------------------------------------------------------

const codesModel: PracticeModel = definePracticeModel({
  ...minimalModel(),
  codeLists: [
    {
      id: 'factors',
      version: '2023-24',
      name: 'Factors',
      effectiveFrom: '2023-04-01',
      effectiveTo: '2024-03-31',
      codes: [
        { code: '1A', label: 'Alcohol: child', score: 1 },
        { code: '21', label: 'Old code', score: 2 },
      ],
    },
    {
      id: 'factors',
      version: '2024-25',
      name: 'Factors',
      effectiveFrom: '2024-04-01',
      codes: [
        { code: '1A', label: 'Alcohol: child', score: 1 },
        { code: '24A', label: 'Criminal exploitation', score: 3, effectiveFrom: '2024-10-01' },
      ],
    },
    { id: 'decisions', version: '1', name: 'Decisions', codes: [{ code: 'nfa', label: 'NFA' }] },
  ],
});

describe('effectiveCodeList', () => {
  it('picks the version in effect on the day, with only the codes in effect', () => {
    expect(effectiveCodeList(codesModel, 'factors', '2023-11-22')?.version).to.equal('2023-24');
    const summer = effectiveCodeList(codesModel, 'factors', '2024-06-01');
    expect(summer?.version).to.equal('2024-25');
    expect(summer?.codes.map((c) => c.code)).to.deep.equal(['1A']);
    expect(
      effectiveCodeList(codesModel, 'factors', '2024-12-01')?.codes.map((c) => c.code),
    ).to.deep.equal(['1A', '24A']);
  });

  it('falls back to the latest version without a day, or when none covers it', () => {
    expect(effectiveCodeList(codesModel, 'factors')?.version).to.equal('2024-25');
    expect(effectiveCodeList(codesModel, 'factors', '2001-01-01')?.version).to.equal('2024-25');
    expect(effectiveCodeList(codesModel, 'unknown')).to.equal(undefined);
  });
});

describe('validateAnswerValue', () => {
  const q = <T extends Question | SimpleQuestion>(question: T) => question;
  const keys = (question: Question | SimpleQuestion, value: unknown, context = {}) =>
    validateAnswerValue(question, value, context).map((e) => e.key);

  it('finds nothing wrong with an unanswered value, whatever the question', () => {
    const number = q({ id: 'n', type: 'number', label: 'N', min: 1 });
    expect(validateAnswerValue(number, undefined)).to.deep.equal([]);
    expect(validateAnswerValue(number, null)).to.deep.equal([]);
    expect(
      validateAnswerValue(
        q({ id: 'm', type: 'multiple-choice', label: 'M', codeList: 'x', minSelected: 2 }),
        [],
      ),
    ).to.deep.equal([]);
  });

  it('checks text type and length', () => {
    const text = q({ id: 't', type: 'text', label: 'T', maxLength: 5 });
    expect(validateAnswerValue(text, 'abcdefg')).to.deep.equal([
      { key: 'tooLong', params: { max: 5, length: 7 } },
    ]);
    expect(validateAnswerValue(text, 42)).to.deep.equal([
      { key: 'wrongType', params: { expected: 'text' } },
    ]);
    expect(keys(text, 'abc')).to.deep.equal([]);
  });

  it('checks numbers against min, max and step', () => {
    const number = q({ id: 'n', type: 'number', label: 'N', min: 0, max: 10, step: 0.5 });
    expect(keys(number, -1)).to.deep.equal(['belowMin']);
    expect(keys(number, 11)).to.deep.equal(['aboveMax']);
    expect(keys(number, 2.25)).to.deep.equal(['notStep']);
    expect(keys(number, 2.5)).to.deep.equal([]);
    expect(keys(number, '3')).to.deep.equal(['wrongType']);
    expect(keys(number, Number.NaN)).to.deep.equal(['wrongType']);
  });

  it('checks dates, including not after today', () => {
    const date = q({
      id: 'd',
      type: 'date',
      label: 'D',
      notBefore: '2020-01-01',
      notAfter: 'today',
    });
    expect(keys(date, '2021-02-30')).to.deep.equal(['invalidDate']);
    expect(keys(date, '2019-12-31')).to.deep.equal(['dateTooEarly']);
    expect(validateAnswerValue(date, '2025-03-02', { today: '2025-03-01' })).to.deep.equal([
      { key: 'dateInFuture', params: { today: '2025-03-01' } },
    ]);
    expect(keys(date, '2025-03-01', { today: '2025-03-01T18:00' })).to.deep.equal([]);
    // Without today the future cannot be judged.
    expect(keys(date, '2099-01-01')).to.deep.equal([]);
    const fixed = q({ id: 'e', type: 'date', label: 'E', notAfter: '2024-12-31' });
    expect(keys(fixed, '2025-01-01')).to.deep.equal(['dateTooLate']);
  });

  it('checks codes against the code list in effect, and the number selected', () => {
    const single = q({ id: 's', type: 'single-choice', label: 'S', codeList: 'factors' });
    const multiple = q({
      id: 'm',
      type: 'multiple-choice',
      label: 'M',
      codeList: 'factors',
      minSelected: 2,
      maxSelected: 2,
    });
    const on = { model: codesModel, on: '2023-11-22' };
    expect(keys(single, '21', on)).to.deep.equal([]);
    expect(
      validateAnswerValue(single, '21', { model: codesModel, on: '2024-06-01' }),
    ).to.deep.equal([{ key: 'unknownCode', params: { code: '21' } }]);
    expect(keys(single, ['1A'], on)).to.deep.equal(['wrongType']);
    expect(keys(multiple, ['1A'], on)).to.deep.equal(['tooFewSelected']);
    expect(keys(multiple, ['1A', '21', '9Z'], on)).to.deep.equal([
      'unknownCode',
      'tooManySelected',
    ]);
    // Without a model codes cannot be judged.
    expect(keys(single, 'anything')).to.deep.equal([]);
  });

  it('checks yes/no, with "not known" only where allowed', () => {
    const plain = q({ id: 'y', type: 'yes-no', label: 'Y' });
    const unknown = q({ id: 'u', type: 'yes-no', label: 'U', allowUnknown: true });
    expect(keys(plain, false)).to.deep.equal([]);
    expect(keys(plain, 'unknown')).to.deep.equal(['wrongType']);
    expect(keys(unknown, 'unknown')).to.deep.equal([]);
    expect(keys(unknown, 'yes')).to.deep.equal(['wrongType']);
  });

  it('checks scale readings: raters asked, whole numbers inside the scale', () => {
    const scale = q({
      id: 'sc',
      type: 'scale',
      label: 'Scale',
      min: 0,
      max: 10,
      raters: ['worker', 'parent'],
      anchors: [{ value: 0, label: 'Unsafe' }],
    });
    expect(keys(scale, { worker: 4, parent: 7 })).to.deep.equal([]);
    expect(keys(scale, { worker: 4, parent: null })).to.deep.equal([]);
    expect(validateAnswerValue(scale, { worker: 11 })).to.deep.equal([
      { key: 'scaleOutOfRange', params: { rater: 'worker', min: 0, max: 10 } },
    ]);
    expect(keys(scale, { worker: 4.5 })).to.deep.equal(['notWholeNumber']);
    expect(keys(scale, { child: 3 })).to.deep.equal(['unknownRater']);
    expect(keys(scale, 4)).to.deep.equal(['wrongType']);
    // The worker alone by default.
    const workerOnly = q({
      id: 'w',
      type: 'scale',
      label: 'W',
      anchors: [{ value: 0, label: 'x' }],
    });
    expect(keys(workerOnly, { parent: 3 })).to.deep.equal(['unknownRater']);
  });

  it('checks people against the record', () => {
    const one = q({ id: 'p', type: 'person', label: 'P' });
    const many = q({ id: 'pp', type: 'person', label: 'PP', multiple: true });
    const persons = new Set(['kelly', 'dean']);
    expect(keys(one, 'kelly', { persons })).to.deep.equal([]);
    expect(keys(one, ['kelly'], { persons })).to.deep.equal(['wrongType']);
    expect(keys(many, ['kelly', 'ghost'], { persons })).to.deep.equal(['unknownPerson']);
  });

  it('checks structured entries and group items', () => {
    const entries = q({ id: 'e', type: 'entries', label: 'E', entry: 'worry', minItems: 2 });
    expect(keys(entries, [{ id: 'w1', text: 'Shouting' }])).to.deep.equal(['tooFewItems']);
    expect(keys(entries, [{ id: 'w1', text: ' ' }, { text: 'no id' }])).to.deep.equal([
      'entryTextMissing',
      'invalidEntry',
    ]);
    const group: Question = {
      id: 'g',
      type: 'group',
      label: 'G',
      maxItems: 1,
      questions: [{ id: 'name', type: 'text', label: 'Name' }],
    };
    expect(keys(group, [{ name: 'a' }, { name: 'b' }])).to.deep.equal(['tooManyItems']);
    expect(keys(group, ['a'])).to.deep.equal(['wrongType']);
  });

  it('accepts every answer of the sample assessment against the sample model', () => {
    const template = sampleModel.templates[0];
    const questions = new Map(
      template?.sections.flatMap((s) => s.questions.map((question) => [question.id, question])),
    );
    const answers = [
      ...Object.entries(sampleAssessment.answers),
      ...Object.values(sampleAssessment.childAnswers ?? {}).flatMap((own) => Object.entries(own)),
    ];
    for (const [id, answer] of answers) {
      const question = questions.get(id);
      expect(question, id).to.not.equal(undefined);
      if (question)
        expect(
          validateAnswerValue(question, answer.value, { model: sampleModel }),
          id,
        ).to.deep.equal([]);
    }
  });
});
