import { expect } from '@open-wc/testing';
import {
  answerDisputes,
  DisputeError,
  disputeRelation,
  migrateResponse,
  newDisputeId,
  recordDispute,
  redactAnswers,
  removeDispute,
  ResponseLockedError,
  setAnswer,
  type DisputedAnswer,
  type LoggedChange,
} from '../../src/model/assessment/index.js';
import type { AnswerDispute } from '../../src/model/case-record/schema.js';
import { readCaseRecord } from '../../src/model/case-record/parse.js';
import {
  definePracticeModel,
  type AssessmentResponse,
  type AssessmentTemplate,
  type Audience,
  type CaseRecord,
} from '../../src/model/index.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';
import { minimalModel } from './fixtures.js';

const template: AssessmentTemplate = {
  id: 'visit',
  name: 'Visit',
  subject: 'family',
  sections: [
    {
      id: 'home',
      title: 'The home',
      questions: [
        { id: 'conditions', type: 'long-text', label: 'Home conditions' },
        { id: 'police', type: 'long-text', label: 'Police view', sensitivity: ['third-party'] },
      ],
    },
    {
      id: 'each',
      title: 'Each child',
      perChild: true,
      questions: [{ id: 'analysis', type: 'long-text', label: 'Analysis' }],
    },
  ],
};

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'test-model', version: '1' },
  template: 'visit',
  subjects: ['ellie'],
  status: 'draft',
  answers: {
    conditions: { value: 'Cold, little food in the house', cites: [] },
    police: { value: 'Two call-outs in March' },
  },
  childAnswers: { ellie: { analysis: { value: 'Neglect is likely' } } },
};

const author = { by: 'amira-hussain', at: '2024-05-01T10:00' };
const later = { by: 'amira-hussain', at: '2024-05-02T09:30' };
const conditions = { question: 'conditions' };
const kellySays = { by: 'kelly', text: 'The heating broke that week; it is fixed now.' };

function changes(r: AssessmentResponse): LoggedChange[] {
  return (r.changes ?? []) as LoggedChange[];
}

describe('disagreements with answers', () => {
  it('records one alongside the answer, never touching its value, and logs it', () => {
    const before = structuredClone(response);
    const next = recordDispute(response, conditions, kellySays, author);
    expect(response).to.deep.equal(before);
    expect(next.answers.conditions!.value).to.equal('Cold, little food in the house');
    expect(next.answers.conditions!.cites).to.deep.equal([]);
    const recorded: AnswerDispute = {
      id: 'dispute-1',
      ...kellySays,
      recordedBy: 'amira-hussain',
      recordedOn: '2024-05-01',
    };
    expect(answerDisputes(next, conditions)).to.deep.equal([recorded]);
    expect(changes(next)).to.deep.equal([
      {
        question: 'conditions',
        at: '2024-05-01T10:00',
        by: 'amira-hussain',
        dispute: { id: 'dispute-1', new: recorded },
      },
    ]);
  });

  it('survives reading the record back: the schema keeps disagreements and their log', () => {
    const next = recordDispute(response, conditions, kellySays, author);
    const record = { ...sampleCase, responses: [next] };
    const reading = readCaseRecord(record, sampleModel);
    const [read] = reading.record.responses ?? [];
    expect(answerDisputes(read!, conditions)).to.deep.equal(answerDisputes(next, conditions));
    expect(changes(read!)).to.deep.equal(changes(next));
    const bad = structuredClone(next) as unknown as {
      answers: Record<string, { disputes: { by: unknown }[] }>;
    };
    bad.answers.conditions!.disputes[0]!.by = 42;
    const badReading = readCaseRecord({ ...sampleCase, responses: [bad] }, sampleModel);
    expect(badReading.issues.map((i) => i.path).join(' ')).to.contain('disputes');
  });

  it('keeps several, each with its own id, in the order recorded', () => {
    let next = recordDispute(response, conditions, kellySays, author);
    next = recordDispute(next, conditions, { by: 'jason', text: 'I was not there.' }, author);
    expect(answerDisputes(next, conditions).map((d) => [d.id, d.by])).to.deep.equal([
      ['dispute-1', 'kelly'],
      ['dispute-2', 'jason'],
    ]);
    expect(newDisputeId([{ id: 'dispute-2', by: 'a', text: 'b' }])).to.equal('dispute-3');
  });

  it('changes one by its id, keeping who first recorded it, and logs old and new', () => {
    const first = recordDispute(response, conditions, kellySays, author);
    const changed = recordDispute(
      first,
      conditions,
      { id: 'dispute-1', by: 'kelly', text: 'The heating broke.' },
      { by: 'gareth-lloyd', at: '2024-05-02T09:30' },
    );
    const [dispute] = answerDisputes(changed, conditions);
    expect(dispute).to.include({ text: 'The heating broke.', recordedBy: 'amira-hussain' });
    const last = changes(changed).at(-1)!;
    expect(last.by).to.equal('gareth-lloyd');
    expect(last.dispute!.old!.text).to.equal(kellySays.text);
    expect(last.dispute!.new!.text).to.equal('The heating broke.');
    // Saved again unchanged: nothing happens, nothing is logged.
    const same = recordDispute(changed, conditions, { id: 'dispute-1', ...kellySays }, later);
    expect(recordDispute(same, conditions, { id: 'dispute-1', ...kellySays }, later)).to.equal(
      same,
    );
  });

  it('removes one, logging it as it was; an unknown id changes nothing', () => {
    const first = recordDispute(response, conditions, kellySays, author);
    const removed = removeDispute(first, conditions, 'dispute-1', later);
    expect(answerDisputes(removed, conditions)).to.deep.equal([]);
    expect(removed.answers.conditions).to.deep.equal(response.answers.conditions);
    const last = changes(removed).at(-1)!;
    expect(last.dispute).to.deep.equal({
      id: 'dispute-1',
      old: answerDisputes(first, conditions)[0],
    });
    expect(removeDispute(removed, conditions, 'dispute-9', later)).to.equal(removed);
  });

  it('records one against a child’s answer, and against a question not answered yet', () => {
    const child = recordDispute(
      response,
      { question: 'analysis', child: 'ellie' },
      kellySays,
      author,
    );
    expect(answerDisputes(child, { question: 'analysis', child: 'ellie' })).to.have.length(1);
    expect(answerDisputes(child, conditions)).to.deep.equal([]);
    expect(changes(child)[0]).to.include({ question: 'analysis', child: 'ellie' });

    const unanswered = recordDispute(response, { question: 'new' }, kellySays, author);
    expect(unanswered.answers.new!.value).to.equal(null);
    // The last disagreement of an answer with nothing else in it takes the answer with it.
    const gone = removeDispute(unanswered, { question: 'new' }, 'dispute-1', later);
    expect(Object.hasOwn(gone.answers, 'new')).to.equal(false);
  });

  it('keeps disagreements when the value is changed or cleared', () => {
    const disputed = recordDispute(response, conditions, kellySays, author);
    const changed = setAnswer(disputed, conditions, 'Warm now', later);
    expect(answerDisputes(changed, conditions)).to.have.length(1);
    const cleared = setAnswer(disputed, { question: 'conditions' }, undefined, later);
    expect(cleared.answers.conditions!.value).to.equal(null);
    expect(answerDisputes(cleared, conditions)).to.have.length(1);
  });

  it('needs who disagrees and what they say, and an unlocked response', () => {
    expect(() => recordDispute(response, conditions, { by: '', text: 'x' }, author)).to.throw(
      DisputeError,
    );
    expect(() => recordDispute(response, conditions, { by: 'kelly', text: '  ' }, author)).to.throw(
      DisputeError,
    );
    const locked: AssessmentResponse = { ...response, status: 'authorised' };
    expect(() => recordDispute(locked, conditions, kellySays, author)).to.throw(
      ResponseLockedError,
    );
    expect(() => removeDispute(locked, conditions, 'dispute-1', author)).to.throw(
      ResponseLockedError,
    );
  });

  it('leaves malformed stored disagreements out', () => {
    const odd = {
      ...response,
      answers: {
        conditions: {
          value: 'x',
          disputes: [{ id: 'd1', by: 'kelly', text: 'ok' }, { id: 'd2' }, 'nonsense'],
        } as DisputedAnswer,
      },
    };
    expect(answerDisputes(odd, conditions).map((d) => d.id)).to.deep.equal(['d1']);
  });
});

describe('disagreements under redaction and migration', () => {
  const family = sampleModel.audiences!.find((a) => a.id === 'family') as Audience;
  const disputed = recordDispute(
    recordDispute(response, conditions, kellySays, author),
    { question: 'police' },
    { by: 'kelly', text: 'They were called by a neighbour who dislikes us.' },
    author,
  );

  it('withholds a disagreement with the answer it belongs to, and keeps it with a shown one', () => {
    const masked = redactAnswers(template, disputed, family).response;
    expect(answerDisputes(masked, conditions)).to.have.length(1);
    expect(answerDisputes(masked, { question: 'police' })).to.deep.equal([]);
    const hidden = redactAnswers(template, disputed, { ...family, treatment: 'hide' }).response;
    expect(Object.hasOwn(hidden.answers, 'police')).to.equal(false);
    expect(JSON.stringify(hidden)).not.to.contain('neighbour');
    expect(JSON.stringify(masked)).not.to.contain('neighbour');
  });

  it('carries disagreements with a carried answer, and sets them aside with an orphaned one', () => {
    const v1 = definePracticeModel({ ...minimalModel(), version: '1', templates: [template] });
    const v2Template: AssessmentTemplate = {
      ...template,
      sections: [
        { id: 'home', title: 'The home', questions: [template.sections[0]!.questions[0]!] },
        template.sections[1]!,
      ],
    };
    const v2 = definePracticeModel({ ...minimalModel(), version: '2', templates: [v2Template] });
    const pinned = { ...disputed, model: { id: v1.id, version: '1' } };
    const migrated = migrateResponse(pinned, v1, v2, 'visit');
    expect(migrated.status).to.equal('migrated');
    expect(answerDisputes(migrated.response, conditions)).to.have.length(1);
    const kept = migrated.response.previousVersionAnswers!.police as DisputedAnswer;
    expect(kept.disputes!.map((d) => d.by)).to.deep.equal(['kelly']);
  });
});

describe('disputeRelation', () => {
  const record: CaseRecord = sampleCase;
  const relation = (person: string, children = ['ellie']) =>
    disputeRelation(record, sampleModel, person, children);

  it('names a birth parent by gender, a child as the child, a carer by type, no one else', () => {
    expect(relation('kelly')).to.equal('mother');
    expect(relation('jason')).to.equal('father');
    expect(relation('ellie')).to.equal('child');
    expect(relation('raymond')).to.equal(undefined);
    const foster = relation('janet');
    expect(typeof foster === 'object' && foster.type.id).to.equal('foster-parent');
    expect(relation('kelly', [])).to.equal(undefined);
  });

  it('falls back to sex, then "parent"; step-parents and other kinds by their type', () => {
    const withParents = (persons: CaseRecord['persons'], type: string): CaseRecord => ({
      ...record,
      persons: [...record.persons, ...persons],
      relationships: persons.map((p) => ({ id: `${p.id}-ellie`, type, from: p.id, to: 'ellie' })),
    });
    const bySex = withParents(
      [
        { id: 'a', name: { given: 'A' }, sex: 'female' },
        { id: 'b', name: { given: 'B' }, gender: 'non-binary', sex: 'male' },
        { id: 'c', name: { given: 'C' } },
      ],
      'biological-parent',
    );
    expect(disputeRelation(bySex, sampleModel, 'a', ['ellie'])).to.equal('mother');
    expect(disputeRelation(bySex, sampleModel, 'b', ['ellie'])).to.equal('parent');
    expect(disputeRelation(bySex, sampleModel, 'c', ['ellie'])).to.equal('parent');
    const step = withParents([{ id: 's', name: { given: 'S' }, gender: 'man' }], 'step-parent');
    expect(disputeRelation(step, sampleModel, 's', ['ellie'])).to.equal('stepfather');
    const foster = withParents([{ id: 'f', name: { given: 'F' } }], 'foster-parent');
    const found = disputeRelation(foster, sampleModel, 'f', ['ellie']);
    expect(typeof found === 'object' && found.type.id).to.equal('foster-parent');
  });
});
