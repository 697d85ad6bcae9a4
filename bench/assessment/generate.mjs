// One generated form, three ways: a practice model template for <practice-assessment>, a SurveyJS
// JSON, and a JSON Schema with a uiSchema for react-jsonschema-form. The same questions in the same
// order with the same labels, choices and conditions, so the three libraries do the same work.
//
//   generateQuestions(n)  the neutral list: mixed types, every 5th question conditional on the one
//                         before (shown once that one has an answer)
//   practiceModelFor(n)   { model, record }     for <practice-assessment>
//   surveyJsonFor(n)      the SurveyJS JSON     for survey-core's Model
//   rjsfFor(n)            { schema, uiSchema }  for @rjsf/core's Form
//
// Every library shows all questions on one page: SurveyJS pages and practice-model sections are
// both one, so none of them renders only a first page.

/** The question types, in the order they repeat. */
export const QUESTION_TYPES = [
  'text',
  'long-text',
  'number',
  'date',
  'single-choice',
  'multiple-choice',
  'yes-no',
];

/** Choices offered by the single- and multiple-choice questions. */
export const CHOICES = [
  { code: 'never', label: 'Never' },
  { code: 'rarely', label: 'Rarely' },
  { code: 'sometimes', label: 'Sometimes' },
  { code: 'often', label: 'Often' },
  { code: 'always', label: 'Always' },
];

/** Form sizes measured. */
export const SIZES = [100, 500, 1000];

/** Question i (0-based) is conditional on question i - 1 when (i + 1) is a multiple of 5. */
export function isConditional(index) {
  return index > 0 && (index + 1) % 5 === 0;
}

/**
 * The neutral form: `n` questions `q1`..`qn` of mixed types. Every 5th question (q5, q10, ...) is
 * shown only once the question before it has an answer.
 */
export function generateQuestions(n) {
  const questions = [];
  for (let i = 0; i < n; i += 1) {
    const type = QUESTION_TYPES[i % QUESTION_TYPES.length];
    const id = `q${i + 1}`;
    questions.push({
      id,
      type,
      label: `Question ${i + 1}: ${LABELS[type]}`,
      ...(isConditional(i) ? { visibleAfter: `q${i}` } : {}),
    });
  }
  return questions;
}

const LABELS = {
  text: 'name of the school or nursery',
  'long-text': 'what is working well for the child',
  number: 'number of people in the household',
  date: 'date of the last home visit',
  'single-choice': 'how often is the child seen at school',
  'multiple-choice': 'which concerns were raised',
  'yes-no': 'was the child seen alone',
};

/**
 * The text question the keystroke benchmark types into: the one nearest the middle of the form
 * whose answer another question depends on, so the first keystroke also shows a question (the
 * worst case: visibility changes as well as the value).
 */
export function typingTarget(n) {
  const questions = generateQuestions(n);
  const candidates = questions.filter(
    (q, i) => q.type === 'text' && questions[i + 1]?.visibleAfter === q.id,
  );
  const middle = n / 2;
  candidates.sort(
    (a, b) => Math.abs(Number(a.id.slice(1)) - middle) - Math.abs(Number(b.id.slice(1)) - middle),
  );
  const target = candidates[0];
  return { id: target.id, dependant: `q${Number(target.id.slice(1)) + 1}` };
}

// ---------------------------------------------------------------------------------------------
// practice-elements

/** A practice model with one template of `n` questions in one section, and an empty case. */
export function practiceModelFor(n) {
  const questions = generateQuestions(n).map((q) => {
    const base = { id: q.id, label: q.label, type: q.type };
    if (q.visibleAfter) base.visibleWhen = { question: q.visibleAfter, op: 'answered' };
    if (q.type === 'single-choice') return { ...base, codeList: 'frequency', display: 'radios' };
    if (q.type === 'multiple-choice') return { ...base, codeList: 'frequency' };
    return base;
  });
  const model = {
    id: 'bench',
    version: '1',
    name: 'Benchmark model',
    locales: ['en-GB'],
    division: 'england-and-wales',
    codeLists: [{ id: 'frequency', version: '1', name: 'Frequency', codes: CHOICES }],
    templates: [
      {
        id: `generated-${n}`,
        name: `Generated form of ${n} questions`,
        subject: 'child',
        sections: [{ id: 'questions', title: 'Questions', questions }],
      },
    ],
    relationshipTypes: [],
    lanes: [],
    eventTypes: [],
    timescales: [],
  };
  const record = {
    id: 'bench-case',
    subjects: ['child'],
    persons: [{ id: 'child', name: { given: 'Sam', family: 'Taylor' } }],
  };
  return { model, record, template: `generated-${n}` };
}

// ---------------------------------------------------------------------------------------------
// SurveyJS

/** The SurveyJS JSON: one page, values updated as the user types (as the other two do). */
export function surveyJsonFor(n) {
  const elements = generateQuestions(n).map((q) => {
    const base = { name: q.id, title: q.label };
    if (q.visibleAfter) base.visibleIf = `{${q.visibleAfter}} notempty`;
    switch (q.type) {
      case 'text':
        return { ...base, type: 'text' };
      case 'long-text':
        return { ...base, type: 'comment' };
      case 'number':
        return { ...base, type: 'text', inputType: 'number' };
      case 'date':
        return { ...base, type: 'text', inputType: 'date' };
      case 'single-choice':
        return { ...base, type: 'radiogroup', choices: surveyChoices() };
      case 'multiple-choice':
        return { ...base, type: 'checkbox', choices: surveyChoices() };
      case 'yes-no':
        return { ...base, type: 'boolean', renderAs: 'radio' };
      default:
        throw new Error(`no SurveyJS type for ${q.type}`);
    }
  });
  return {
    title: `Generated form of ${n} questions`,
    // SurveyJS updates a text value on blur by default; the others update on every keystroke.
    textUpdateMode: 'onTyping',
    pages: [{ name: 'questions', elements }],
  };
}

function surveyChoices() {
  return CHOICES.map((c) => ({ value: c.code, text: c.label }));
}

// ---------------------------------------------------------------------------------------------
// react-jsonschema-form

/**
 * The JSON Schema and uiSchema. Conditional questions use schema `dependencies`, rjsf's way of
 * showing a field once another has a value; choices are radios and checkboxes, as in the others.
 */
export function rjsfFor(n) {
  const properties = {};
  const dependencies = {};
  const uiSchema = { 'ui:order': [] };
  for (const q of generateQuestions(n)) {
    const property = rjsfProperty(q);
    if (q.visibleAfter) {
      dependencies[q.visibleAfter] = { properties: { [q.id]: property } };
    } else {
      properties[q.id] = property;
    }
    uiSchema['ui:order'].push(q.id);
    const widget = RJSF_WIDGETS[q.type];
    if (widget) uiSchema[q.id] = { 'ui:widget': widget };
  }
  return {
    schema: {
      title: `Generated form of ${n} questions`,
      type: 'object',
      properties,
      dependencies,
    },
    uiSchema,
  };
}

const RJSF_WIDGETS = {
  'long-text': 'textarea',
  'single-choice': 'radio',
  'multiple-choice': 'checkboxes',
  'yes-no': 'radio',
};

function rjsfProperty(q) {
  switch (q.type) {
    case 'text':
    case 'long-text':
      return { type: 'string', title: q.label };
    case 'number':
      return { type: 'number', title: q.label };
    case 'date':
      return { type: 'string', format: 'date', title: q.label };
    case 'single-choice':
      return {
        type: 'string',
        title: q.label,
        oneOf: CHOICES.map((c) => ({ const: c.code, title: c.label })),
      };
    case 'multiple-choice':
      return {
        type: 'array',
        title: q.label,
        uniqueItems: true,
        items: { type: 'string', oneOf: CHOICES.map((c) => ({ const: c.code, title: c.label })) },
      };
    case 'yes-no':
      return { type: 'boolean', title: q.label };
    default:
      throw new Error(`no JSON Schema type for ${q.type}`);
  }
}
