import { expect } from '@open-wc/testing';
import {
  answerKey,
  compileTemplate,
  formState,
  questionState,
  setAnswer,
  updateFormState,
  type AnswerAddress,
  type FormState,
  type GroupItem,
} from '../../src/model/assessment/index.js';
import type {
  AnswerValue,
  AssessmentResponse,
  AssessmentTemplate,
  Question,
} from '../../src/model/index.js';
import {
  mulberry32,
  sampleAssessment,
  sampleMapping,
  sampleModel,
} from '../../src/samples/index.js';

const yes = (question: string) => ({ question, op: 'equals' as const, value: true });
const author = { by: 'amira-hussain', at: '2025-02-03T10:00' };

/** Shared, per-child, conditional section, repeating group, cascading conditions. */
const template: AssessmentTemplate = {
  id: 'family-check',
  name: 'Family check',
  subject: 'family',
  sections: [
    {
      id: 'family',
      title: 'Family',
      questions: [
        { id: 'intro', type: 'content', label: 'About the family' },
        { id: 'concern', type: 'yes-no', label: 'Any concern?', required: true },
        {
          id: 'details',
          type: 'long-text',
          label: 'Details',
          maxLength: 20,
          visibleWhen: yes('concern'),
          requiredWhen: yes('concern'),
        },
        {
          id: 'follow-up',
          type: 'text',
          label: 'Follow-up',
          visibleWhen: { question: 'details', op: 'answered' },
        },
        {
          id: 'adults',
          type: 'group',
          label: 'Adults',
          questions: [
            { id: 'name', type: 'text', label: 'Name', required: true },
            { id: 'agreed', type: 'yes-no', label: 'Agreed?' },
            {
              id: 'why-not',
              type: 'long-text',
              label: 'Why not?',
              visibleWhen: { question: 'agreed', op: 'equals', value: false },
              requiredWhen: { question: 'agreed', op: 'equals', value: false },
            },
            {
              id: 'concern-note',
              type: 'text',
              label: 'Concern note',
              visibleWhen: yes('concern'),
            },
          ],
        },
      ],
    },
    {
      id: 'child',
      title: 'Each child',
      perChild: true,
      questions: [
        { id: 'seen', type: 'yes-no', label: 'Seen?', required: true },
        {
          id: 'seen-alone',
          type: 'yes-no',
          label: 'Seen alone?',
          visibleWhen: yes('seen'),
          requiredWhen: yes('seen'),
        },
        {
          id: 'child-concern',
          type: 'text',
          label: 'Concern for this child',
          visibleWhen: yes('concern'),
        },
      ],
    },
    {
      id: 'extra',
      title: 'Extra',
      visibleWhen: yes('concern'),
      questions: [
        { id: 'count', type: 'number', label: 'How many?', min: 0, max: 5, required: true },
      ],
    },
  ],
};

function draft(
  answers: Record<string, AnswerValue> = {},
  overrides: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  return {
    id: 'r1',
    model: { id: 'test-model', version: '1.0.0' },
    template: template.id,
    subjects: ['ellie', 'tyler'],
    status: 'draft',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    ...overrides,
  };
}

const at = (state: FormState, key: string) => {
  const found = state.questions.get(key);
  if (!found) throw new Error(`no question state "${key}"`);
  return found;
};

/** Everything observable about a state, for comparing incremental and full evaluations. */
function snapshot(state: FormState) {
  const questions = [...state.questions.values()]
    .map((q) => ({
      key: q.key,
      visible: q.visible,
      required: q.required,
      answered: q.answered,
      errors: q.errors,
      value: q.value,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const sections = [...state.sections.values()].map((s) => ({ ...s, section: s.id }));
  return { questions, sections, errorCount: state.errorCount };
}

describe('formState', () => {
  it('has one node per question, per child for per-child sections and per group item', () => {
    const state = formState(template, draft({ adults: [{ name: 'Kelly' }, { name: 'Dean' }] }));
    expect([...state.questions.keys()].sort()).to.deep.equal(
      [
        'intro',
        'concern',
        'details',
        'follow-up',
        'adults',
        'adults[0]/name',
        'adults[0]/agreed',
        'adults[0]/why-not',
        'adults[0]/concern-note',
        'adults[1]/name',
        'adults[1]/agreed',
        'adults[1]/why-not',
        'adults[1]/concern-note',
        'ellie/seen',
        'ellie/seen-alone',
        'ellie/child-concern',
        'tyler/seen',
        'tyler/seen-alone',
        'tyler/child-concern',
        'count',
      ].sort(),
    );
    expect([...state.sections.keys()]).to.deep.equal([
      'family',
      'ellie/child',
      'tyler/child',
      'extra',
    ]);
  });

  it('shows and requires questions by their conditions', () => {
    const none = formState(template, draft());
    expect(at(none, 'concern')).to.include({ visible: true, required: true, answered: false });
    expect(at(none, 'concern').errors).to.deep.equal([{ key: 'required' }]);
    expect(at(none, 'details')).to.include({ visible: false, required: false });
    expect(at(none, 'details').errors).to.deep.equal([]);
    expect(none.sections.get('extra')?.visible).to.equal(false);
    expect(at(none, 'count')).to.include({ visible: false, required: false });

    const some = formState(template, draft({ concern: true }));
    expect(at(some, 'details')).to.include({ visible: true, required: true, answered: false });
    expect(some.sections.get('extra')?.visible).to.equal(true);
    expect(at(some, 'count')).to.include({ visible: true, required: true });
    expect(at(some, 'ellie/child-concern').visible).to.equal(true);
  });

  it('keeps hidden answers, but does not validate, require or count them', () => {
    const response = draft({
      concern: false,
      details: 'far too long for the limit here',
      count: 99,
    });
    const state = formState(template, response);
    expect(at(state, 'details')).to.include({
      visible: false,
      answered: true,
      value: 'far too long for the limit here',
    });
    expect(at(state, 'details').errors).to.deep.equal([]);
    expect(at(state, 'count').errors).to.deep.equal([]);
    expect(response.answers.details?.value).to.equal('far too long for the limit here');
    // Shown again, the same answer is validated.
    const shown = formState(template, {
      ...response,
      answers: { ...response.answers, concern: { value: true } },
    });
    expect(at(shown, 'details').errors.map((e) => e.key)).to.deep.equal(['tooLong']);
    expect(at(shown, 'count').errors.map((e) => e.key)).to.deep.equal(['aboveMax']);
  });

  it('treats a hidden answer as unanswered for other conditions (cascading)', () => {
    const shown = formState(template, draft({ concern: true, details: 'Shouting' }));
    expect(at(shown, 'follow-up').visible).to.equal(true);
    const hidden = formState(template, draft({ concern: false, details: 'Shouting' }));
    expect(at(hidden, 'follow-up').visible).to.equal(false);
  });

  it('gives each child their own per-child answers and conditions', () => {
    const response = draft(
      {},
      { childAnswers: { ellie: { seen: { value: true } }, tyler: { seen: { value: false } } } },
    );
    const state = formState(template, response);
    expect(at(state, 'ellie/seen-alone')).to.include({ visible: true, required: true });
    expect(at(state, 'tyler/seen-alone')).to.include({ visible: false, required: false });
    expect(state.sections.get('ellie/child')).to.include({
      required: 2,
      requiredAnswered: 1,
      errors: 1,
      complete: false,
    });
    expect(state.sections.get('tyler/child')).to.include({
      required: 1,
      requiredAnswered: 1,
      errors: 0,
      complete: true,
    });
  });

  it('evaluates group items with their own answers and the template’s', () => {
    const state = formState(
      template,
      draft({ concern: true, adults: [{ name: 'Kelly', agreed: true }, { agreed: false }] }),
    );
    expect(at(state, 'adults[0]/why-not').visible).to.equal(false);
    expect(at(state, 'adults[1]/why-not')).to.include({ visible: true, required: true });
    expect(at(state, 'adults[1]/name').errors).to.deep.equal([{ key: 'required' }]);
    expect(at(state, 'adults[0]/concern-note').visible).to.equal(true);
    expect(at(state, 'adults[1]/why-not').address).to.deep.equal({
      question: 'adults',
      item: 1,
      inner: 'why-not',
    });
  });

  it('counts each section’s questions, answers, requirements and errors', () => {
    const state = formState(template, draft({ concern: true, details: 'Shouting' }));
    expect(state.sections.get('family')).to.include({
      questions: 4, // concern, details, follow-up, adults (content blocks take no answer)
      answered: 2,
      required: 2,
      requiredAnswered: 2,
      errors: 0,
      complete: true,
    });
    expect(state.sections.get('extra')).to.include({
      questions: 1,
      required: 1,
      errors: 1,
      complete: false,
    });
    expect(state.errorCount).to.equal(3); // `count`, and each child's `seen`
  });

  it('checks codes, dates and people when given the model, today and the record’s people', () => {
    const state = formState(sampleModel.templates[0] as AssessmentTemplate, sampleAssessment, {
      model: sampleModel,
      persons: ['kelly', 'dean', 'ellie', 'tyler'],
    });
    expect(state.errorCount).to.equal(0);
    const ghost = {
      ...sampleAssessment,
      answers: { ...sampleAssessment.answers, 'parenting-capacity-of': { value: ['ghost'] } },
    };
    const withGhost = formState(sampleModel.templates[0] as AssessmentTemplate, ghost, {
      persons: ['kelly'],
    });
    expect(at(withGhost, 'parenting-capacity-of').errors).to.deep.equal([
      { key: 'unknownPerson', params: { person: 'ghost' } },
    ]);
  });

  it('reads the sample assessment: per-child sections for Ellie and Tyler, hidden reasons kept', () => {
    const [cfa] = sampleModel.templates;
    if (!cfa) throw new Error('no template');
    const state = formState(cfa, sampleAssessment, { model: sampleModel, today: '2024-01-23' });
    expect(state.sections.has('ellie/analysis')).to.equal(true);
    expect(state.sections.has('tyler/child-voice')).to.equal(true);
    expect(at(state, 'domestic-abuse-details')).to.include({ visible: true, answered: true });
    expect(at(state, 'ellie/decision-reason').visible).to.equal(false);
    expect(at(state, 'adults-in-household[1]/adult-not-agreed-reason')).to.include({
      visible: true,
      required: true,
      answered: true,
    });
    expect(at(state, 'adults-in-household[0]/adult-not-agreed-reason').visible).to.equal(false);
    expect(state.sections.get('ellie/analysis')?.complete).to.equal(true);
  });

  it('reads the sample mapping', () => {
    const mapping = sampleModel.templates.find((t) => t.id === 'three-column-mapping');
    if (!mapping) throw new Error('no template');
    const state = formState(mapping, sampleMapping, { model: sampleModel });
    expect(at(state, 'scaling-differences').visible).to.equal(true);
    expect(state.errorCount).to.equal(0);
    const blank = formState(mapping, { ...sampleMapping, answers: {} });
    expect(at(blank, 'scaling-differences').visible).to.equal(false);
  });

  it('finds a question state by address', () => {
    const state = formState(template, draft());
    expect(questionState(state, { question: 'seen', child: 'tyler' })?.key).to.equal('tyler/seen');
    expect(questionState(state, { question: 'seen' })).to.equal(undefined);
  });
});

describe('compileTemplate', () => {
  it('orders every condition’s inputs before it, even when they come later in the template', () => {
    const forward: AssessmentTemplate = {
      id: 'forward',
      name: 'Forward',
      subject: 'child',
      sections: [
        {
          id: 's1',
          title: 'One',
          questions: [{ id: 'late-reader', type: 'text', label: 'A', visibleWhen: yes('decider') }],
        },
        { id: 's2', title: 'Two', questions: [{ id: 'decider', type: 'yes-no', label: 'B' }] },
      ],
    };
    const compiled = compileTemplate(forward);
    const rank = (id: string) => compiled.questions.get(id)?.rank ?? -1;
    expect(rank('decider')).to.be.below(rank('late-reader'));
    expect(compiled.cycles).to.deep.equal([]);
    const state = formState(compiled, {
      ...draft(),
      template: 'forward',
      answers: { decider: { value: true } },
    });
    expect(at(state, 'late-reader').visible).to.equal(true);
  });

  it('reports conditions that depend on each other in a circle, and still evaluates them', () => {
    const circular: AssessmentTemplate = {
      id: 'circular',
      name: 'Circular',
      subject: 'child',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            {
              id: 'a',
              type: 'yes-no',
              label: 'A',
              visibleWhen: { question: 'b', op: 'unanswered' },
            },
            {
              id: 'b',
              type: 'yes-no',
              label: 'B',
              visibleWhen: { question: 'a', op: 'unanswered' },
            },
          ],
        },
      ],
    };
    const compiled = compileTemplate(circular);
    expect(compiled.cycles).to.have.members(['a', 'b']);
    const state = formState(compiled, { ...draft(), template: 'circular' });
    const next = setAnswer({ ...draft(), template: 'circular' }, { question: 'a' }, true, author);
    // Terminates, whatever the answer.
    expect(updateFormState(compiled, state, next, { question: 'a' }).questions.size).to.equal(2);
  });
});

describe('updateFormState', () => {
  it('re-evaluates the changed question and its dependants only', () => {
    const compiled = compileTemplate(template);
    const response = draft();
    const state = formState(compiled, response);
    const next = setAnswer(response, { question: 'concern' }, true, author);
    const updated = updateFormState(compiled, state, next, { question: 'concern' });
    expect(updated.reevaluated).to.have.members([
      'concern',
      'details',
      'follow-up', // its input `details` became shown (with no answer: no further change)
      'ellie/child-concern',
      'tyler/child-concern',
      'count', // its section became shown
    ]);
    expect(at(updated, 'details').visible).to.equal(true);
    expect(updated.sections.get('extra')?.visible).to.equal(true);
    expect(snapshot(updated)).to.deep.equal(snapshot(formState(compiled, next)));
    // The previous state is untouched.
    expect(at(state, 'details').visible).to.equal(false);
  });

  it('does not touch dependants when a value changes but the condition reads the same', () => {
    const compiled = compileTemplate(template);
    const response = draft({ concern: true, details: 'Shouting' });
    const state = formState(compiled, response);
    const next = setAnswer(response, { question: 'details' }, 'Shouting at night', author);
    const updated = updateFormState(compiled, state, next, { question: 'details' });
    expect(updated.reevaluated).to.deep.equal(['details', 'follow-up']);
    const after = setAnswer(next, { question: 'follow-up' }, 'Visit', author);
    expect(
      updateFormState(compiled, updated, after, { question: 'follow-up' }).reevaluated,
    ).to.deep.equal(['follow-up']);
  });

  it('keeps a child’s change to that child', () => {
    const compiled = compileTemplate(template);
    const response = draft();
    const state = formState(compiled, response);
    const next = setAnswer(response, { question: 'seen', child: 'tyler' }, true, author);
    const updated = updateFormState(compiled, state, next, { question: 'seen', child: 'tyler' });
    expect(updated.reevaluated).to.deep.equal(['tyler/seen', 'tyler/seen-alone']);
    expect(updated.sections.get('tyler/child')).to.include({ required: 2, requiredAnswered: 1 });
    expect(updated.sections.get('ellie/child')).to.equal(state.sections.get('ellie/child'));
  });

  it('follows group items: one inner answer, a new item, a removed item', () => {
    const compiled = compileTemplate(template);
    let response = draft({ adults: [{ name: 'Kelly' }] });
    let state = formState(compiled, response);

    response = setAnswer(response, { question: 'adults', item: 0, inner: 'agreed' }, false, author);
    state = updateFormState(compiled, state, response, {
      question: 'adults',
      item: 0,
      inner: 'agreed',
    });
    expect(state.reevaluated).to.have.members(['adults', 'adults[0]/agreed', 'adults[0]/why-not']);
    expect(at(state, 'adults[0]/why-not')).to.include({ visible: true, required: true });

    response = setAnswer(response, { question: 'adults', item: 1, inner: 'name' }, 'Dean', author);
    state = updateFormState(compiled, state, response, {
      question: 'adults',
      item: 1,
      inner: 'name',
    });
    expect(state.questions.has('adults[1]/why-not')).to.equal(true);
    expect(snapshot(state)).to.deep.equal(snapshot(formState(compiled, response)));

    response = setAnswer(response, { question: 'adults', item: 0 }, undefined, author);
    state = updateFormState(compiled, state, response, { question: 'adults', item: 0 });
    expect(state.questions.has('adults[1]/name')).to.equal(false);
    expect(at(state, 'adults[0]/name').value).to.equal('Dean');
    expect(snapshot(state)).to.deep.equal(snapshot(formState(compiled, response)));
  });

  it('evaluates everything again, with the same options, for another compiled template', () => {
    const response = draft({ concern: true });
    const state = formState(compileTemplate(template), response, { today: '2025-01-01' });
    const recompiled = compileTemplate(template);
    const updated = updateFormState(recompiled, state, response, { question: 'concern' });
    expect(updated.compiled).to.equal(recompiled);
    expect(updated.reevaluated.length).to.equal(state.questions.size);
    expect(updated.context).to.deep.equal(state.context);
    expect(snapshot(updated)).to.deep.equal(snapshot(state));
  });

  it('matches a full evaluation after every one of many random changes', () => {
    const compiled = compileTemplate(template);
    const random = mulberry32(20250203);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const addresses: {
      address: AnswerAddress;
      values: readonly (AnswerValue | GroupItem | undefined)[];
    }[] = [
      { address: { question: 'concern' }, values: [true, false, undefined] },
      {
        address: { question: 'details' },
        values: ['x', 'far longer than twenty characters', undefined],
      },
      { address: { question: 'follow-up' }, values: ['y', undefined] },
      { address: { question: 'count' }, values: [1, 9, undefined] },
      {
        address: { question: 'adults' },
        values: [[], [{ name: 'A' }], [{ agreed: false }, { name: 'B' }], undefined],
      },
      {
        address: { question: 'adults', item: 0, inner: 'agreed' },
        values: [true, false, undefined],
      },
      {
        address: { question: 'adults', item: 0, inner: 'why-not' },
        values: ['because', undefined],
      },
      {
        address: { question: 'adults', item: 0 },
        values: [undefined, { name: 'C', agreed: false }],
      },
      { address: { question: 'seen', child: 'ellie' }, values: [true, false, undefined] },
      { address: { question: 'seen-alone', child: 'tyler' }, values: [true, undefined] },
      { address: { question: 'child-concern', child: 'ellie' }, values: ['z', undefined] },
    ];
    let response = draft();
    let state = formState(compiled, response);
    for (let step = 0; step < 300; step++) {
      const { address, values } = pick(addresses);
      const groupItems = (response.answers.adults?.value as unknown[] | undefined)?.length ?? 0;
      if (address.item !== undefined && address.item > groupItems) continue;
      response = setAnswer(response, address, pick(values), author);
      state = updateFormState(compiled, state, response, address);
      expect(snapshot(state), `step ${step}: ${answerKey(address)}`).to.deep.equal(
        snapshot(formState(compiled, response)),
      );
    }
  });
});

describe('a 1,000-question form (every 5th question conditional on the previous)', () => {
  const size = 1000;
  const questions: Question[] = Array.from({ length: size }, (_, i) =>
    i % 5 === 4
      ? {
          id: `q${i}`,
          type: 'text',
          label: `Question ${i}`,
          visibleWhen: yes(`q${i - 1}`),
          requiredWhen: yes(`q${i - 1}`),
        }
      : { id: `q${i}`, type: 'yes-no', label: `Question ${i}` },
  );
  const big: AssessmentTemplate = {
    id: 'big',
    name: 'Big',
    subject: 'child',
    sections: Array.from({ length: 10 }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s}`,
      questions: questions.slice(s * 100, s * 100 + 100),
    })),
  };
  const compiled = compileTemplate(big);
  const response: AssessmentResponse = { ...draft(), template: 'big', subjects: [] };
  const initial = formState(compiled, response);

  it('starts with every conditional question hidden', () => {
    expect(initial.questions.size).to.equal(size);
    expect(initial.reevaluated).to.have.length(size);
    expect([...initial.questions.values()].filter((q) => q.visible)).to.have.length(800);
  });

  it('re-evaluates only the changed question and the one that depends on it', () => {
    const next = setAnswer(response, { question: 'q503' }, true, author);
    const updated = updateFormState(compiled, initial, next, { question: 'q503' });
    expect(updated.reevaluated).to.deep.equal(['q503', 'q504']);
    expect(at(updated, 'q504')).to.include({ visible: true, required: true });
    expect(updated.sections.get('s5')).to.include({ required: 1, errors: 1 });
    expect(updated.errorCount).to.equal(1);
  });

  it('re-evaluates only the changed question when nothing depends on it', () => {
    const next = setAnswer(response, { question: 'q500' }, true, author);
    expect(
      updateFormState(compiled, initial, next, { question: 'q500' }).reevaluated,
    ).to.deep.equal(['q500']);
  });

  it('types into a text field without re-evaluating anything else', () => {
    let current = setAnswer(response, { question: 'q998' }, true, author);
    let state = updateFormState(compiled, initial, current, { question: 'q998' });
    for (const text of ['S', 'Sh', 'Sho', 'Shou']) {
      current = setAnswer(current, { question: 'q999' }, text, { ...author, coalesce: true });
      state = updateFormState(compiled, state, current, { question: 'q999' });
      expect(state.reevaluated).to.deep.equal(['q999']);
    }
    expect(current.changes).to.have.length(2);
    expect(snapshot(state)).to.deep.equal(snapshot(formState(compiled, current)));
  });
});
