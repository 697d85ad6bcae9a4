/**
 * Story variants derived from the one validated sample (never copied): the sample case with
 * hostile strings in every free-text field, a record with broken parts, a rejected model, and an
 * empty record. Each is built from `src/samples` at story load, so it follows the sample as it grows.
 */
import { hostileStrings } from '../../src/samples/index.js';
import type {
  Answer,
  AnswerValue,
  AssessmentResponse,
  CaseRecord,
  PracticeModel,
  Question,
  StructuredEntry,
} from '../../src/index.js';

/** Short text fields of the record schema hold at most 1,000 characters. */
const SHORT = 1_000;

function hostile(index: number, max = Number.POSITIVE_INFINITY): string {
  const text = hostileStrings[index % hostileStrings.length] ?? '';
  return text.slice(0, max);
}

/** Ids of the model's free-text questions (text and long text, inside groups too). */
function freeTextQuestions(model: PracticeModel): Set<string> {
  const ids = new Set<string>();
  const visit = (question: Question): void => {
    if (question.type === 'text' || question.type === 'long-text') ids.add(question.id);
    if (question.type === 'group') question.questions.forEach(visit);
  };
  for (const template of model.templates) {
    for (const section of template.sections) section.questions.forEach(visit);
  }
  return ids;
}

function isEntryList(value: AnswerValue): value is StructuredEntry[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && 'text' in item)
  );
}

function hostileAnswers(
  answers: Record<string, Answer>,
  freeText: ReadonlySet<string>,
  seed: number,
): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer], i): [string, Answer] => {
      if (freeText.has(id) && typeof answer.value === 'string') {
        return [id, { ...answer, value: hostile(seed + i) }];
      }
      if (isEntryList(answer.value)) {
        const entries = answer.value.map((entry, j) => ({ ...entry, text: hostile(seed + i + j) }));
        return [id, { ...answer, value: entries }];
      }
      return [id, answer];
    }),
  );
}

function hostileResponse(
  response: AssessmentResponse,
  freeText: ReadonlySet<string>,
): AssessmentResponse {
  return {
    ...response,
    answers: hostileAnswers(response.answers, freeText, 0),
    childAnswers: response.childAnswers
      ? Object.fromEntries(
          Object.entries(response.childAnswers).map(([child, answers], i) => [
            child,
            hostileAnswers(answers, freeText, i + 3),
          ]),
        )
      : undefined,
  };
}

/**
 * The record with a hostile string in every free-text field: names, occupations, conditions,
 * agency and professional names, household labels and addresses, entry titles, descriptions,
 * impact and analysis, and the free-text answers and entries of its assessments. Still valid
 * against the model, so every view renders it: as text, never as markup.
 */
export function withHostileStrings(record: CaseRecord, model: PracticeModel): CaseRecord {
  const freeText = freeTextQuestions(model);
  return {
    ...record,
    persons: record.persons.map((person, i) => ({
      ...person,
      name: { given: hostile(i, SHORT), family: hostile(i + 7, SHORT) },
      occupation: hostile(i + 3, SHORT),
      conditions: [hostile(i + 5, SHORT)],
      notes: hostile(i + 11),
    })),
    agencies: record.agencies?.map((agency, i) => ({ ...agency, name: hostile(i + 1, SHORT) })),
    professionals: record.professionals?.map((professional, i) => ({
      ...professional,
      name: hostile(i + 2, SHORT),
      role: hostile(i + 4, SHORT),
    })),
    households: record.households?.map((household, i) => ({
      ...household,
      label: hostile(i, SHORT),
      address: household.address
        ? { ...household.address, text: hostile(i + 1, SHORT) }
        : undefined,
    })),
    events: record.events?.map((event, i) => ({
      ...event,
      title: hostile(i, SHORT),
      description: hostile(i + 1),
      impact: hostile(i + 2),
      analysis: hostile(i + 3),
      author: hostile(i + 4, SHORT),
    })),
    responses: record.responses?.map((response) => hostileResponse(response, freeText)),
  };
}

/**
 * The record with broken parts a case system might send: an entry of an event type the model does
 * not know, a person with no id, a relationship to nobody, an impossible date. The valid part is
 * still shown, with a notice listing what was left out.
 */
export function recordWithIssues(record: CaseRecord): unknown {
  const [firstEvent] = record.events ?? [];
  return {
    ...record,
    persons: [...record.persons, { name: { given: 'No', family: 'Identifier' } }],
    relationships: [
      ...(record.relationships ?? []),
      { id: 'to-nobody', type: 'biological-parent', from: record.persons[0]?.id, to: 'nobody' },
    ],
    events: [
      ...(record.events ?? []),
      { ...firstEvent, id: 'unknown-type', type: 'not-a-type-in-the-model' },
      { ...firstEvent, id: 'impossible-date', date: '2025-02-30' },
    ],
  };
}

/**
 * The model as a vendor might misconfigure it: a template with no sections, an event type on a
 * lane that does not exist, and a version that is a number. The model is rejected as a whole, with
 * each problem named by its path.
 */
export function invalidModel(model: PracticeModel): unknown {
  const [firstTemplate] = model.templates;
  const [firstType] = model.eventTypes;
  return {
    ...model,
    version: 2,
    templates: [{ ...firstTemplate, sections: [] }, ...model.templates.slice(1)],
    eventTypes: [{ ...firstType, lane: 'no-such-lane' }, ...model.eventTypes.slice(1)],
  };
}

/** A record with nobody and nothing in it yet: every view shows its empty state. */
export function emptyRecord(record: CaseRecord): CaseRecord {
  return { id: `${record.id}-empty`, subjects: [], persons: [] };
}
