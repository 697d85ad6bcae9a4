/**
 * Redaction by audience: the one place that decides what a family, a court or a partner agency may
 * see, so the genogram, the timeline and the assessment all withhold exactly the same things.
 *
 * An item is hidden from an audience when its sensitivity tags meet the audience's `hides`, unless
 * its `visibleTo` names that audience. The audience's `treatment` says whether hidden items are
 * removed (`hide`) or kept as a marker with every descriptive field stripped (`mask`). Confidential
 * addresses are always removed for an audience that hides `confidential-address`.
 */
import type { Sensitivity } from './common.js';
import { SENSITIVITY_TAGS } from './common.js';
import type {
  Answer,
  AnswerValue,
  AssessmentResponse,
  CaseEvent,
  CaseRecord,
  Household,
  Person,
  StructuredEntry,
} from './case-record/schema.js';
import type { Audience, PracticeModel, Question } from './practice-model/schema.js';

/** Added to an item kept as a redaction marker: views show "Information withheld" for it. */
export interface RedactionMarker {
  readonly redacted?: true;
}

/** The event type given to masked entries, so no view can show what kind of entry it was. */
export const REDACTED_EVENT_TYPE = 'redacted';

/** True when an item from a redacted record is a marker standing for withheld information. */
export function isRedacted(item: object | undefined): boolean {
  return item !== undefined && (item as RedactionMarker).redacted === true;
}

/**
 * The audience with this id. An id the model does not define fails closed: an audience that hides
 * every sensitivity tag. No id means no audience (practitioners see everything).
 */
export function findAudience(
  model: PracticeModel | undefined,
  audienceId: string | undefined,
): Audience | undefined {
  if (audienceId === undefined || audienceId === '') return undefined;
  const found = model?.audiences?.find((a) => a.id === audienceId);
  return (
    found ?? { id: audienceId, label: audienceId, hides: [...SENSITIVITY_TAGS], treatment: 'hide' }
  );
}

/** True when an item with this sensitivity may be shown to the audience. */
export function isVisibleTo(
  sensitivity: Sensitivity | undefined,
  audience: Audience | undefined,
): boolean {
  if (!audience || !sensitivity) return true;
  if (sensitivity.visibleTo?.includes(audience.id)) return true;
  return !sensitivity.tags.some((tag) => audience.hides.includes(tag));
}

/**
 * A copy of the record as `audienceId` may see it. Persons, events, households, answers and
 * structured entries that are hidden are removed, or with `treatment: 'mask'` kept as markers
 * (`redacted: true`) with only their id and dates: masked persons lose their names, masked events
 * their type, text, people and agency. Relationships that are hidden, or that involve a removed
 * person, are always removed. Answer change logs and comments are dropped for every audience:
 * they hold old values. Without an audience the record is returned as it is.
 */
export function redactRecord(
  record: CaseRecord,
  model: PracticeModel | undefined,
  audienceId: string | undefined,
): CaseRecord {
  const audience = findAudience(model, audienceId);
  if (!audience) return record;
  const mask = audience.treatment === 'mask';
  const visible = (sensitivity: Sensitivity | undefined) => isVisibleTo(sensitivity, audience);

  const removed = new Set<string>();
  const persons: Person[] = [];
  for (const person of record.persons) {
    if (visible(person.sensitivity)) persons.push(person);
    else if (mask) persons.push(maskedPerson(person));
    else removed.add(person.id);
  }
  const keep = (id: string) => !removed.has(id);

  const relationships = (record.relationships ?? []).filter(
    (r) => visible(r.sensitivity) && keep(r.from) && keep(r.to),
  );

  const hidesAddresses = audience.hides.includes('confidential-address');
  const households: Household[] = [];
  for (const household of record.households ?? []) {
    if (!visible(household.sensitivity)) {
      if (mask) households.push(maskedHousehold(household));
      continue;
    }
    const copy: Household = {
      ...household,
      members: household.members.filter((m) => keep(m.person)),
    };
    if (copy.address?.confidential && hidesAddresses) delete copy.address;
    households.push(copy);
  }

  const events: CaseEvent[] = [];
  for (const event of record.events ?? []) {
    if (!visible(event.sensitivity)) {
      if (mask) events.push(maskedEvent(event));
      continue;
    }
    events.push(event.persons ? { ...event, persons: event.persons.filter(keep) } : event);
  }

  const responses = (record.responses ?? []).map((response) =>
    redactResponse(response, model, visible, mask, keep),
  );

  const redacted: CaseRecord = {
    ...record,
    subjects: record.subjects.filter(keep),
    persons,
    relationships,
    households,
    events,
    responses,
  };
  if (record.index !== undefined && !keep(record.index)) delete redacted.index;
  return redacted;
}

// ---------------------------------------------------------------------------------------------

type Visible = (sensitivity: Sensitivity | undefined) => boolean;

function maskedPerson(person: Person): Person {
  const marker: Person & RedactionMarker = { id: person.id, name: {}, redacted: true };
  return marker;
}

function maskedHousehold(household: Household): Household {
  const marker: Household & RedactionMarker = { id: household.id, members: [], redacted: true };
  return marker;
}

function maskedEvent(event: CaseEvent): CaseEvent {
  const marker: CaseEvent & RedactionMarker = {
    id: event.id,
    type: REDACTED_EVENT_TYPE,
    date: event.date,
    redacted: true,
  };
  if (event.end !== undefined) marker.end = event.end;
  if (event.significance !== undefined) marker.significance = event.significance;
  return marker;
}

function maskedEntry(entry: StructuredEntry): StructuredEntry {
  const marker: StructuredEntry & RedactionMarker = { id: entry.id, text: '', redacted: true };
  return marker;
}

/** Question defaults by id (including the questions inside groups) for one template. */
function questionSensitivity(
  model: PracticeModel | undefined,
  templateId: string,
): Map<string, Sensitivity> {
  const defaults = new Map<string, Sensitivity>();
  const template = model?.templates.find((t) => t.id === templateId);
  const visit = (question: Question) => {
    if (question.type !== 'content' && question.sensitivity?.length) {
      defaults.set(question.id, { tags: question.sensitivity });
    }
    if (question.type === 'group') question.questions.forEach(visit);
  };
  template?.sections.forEach((section) => section.questions.forEach(visit));
  return defaults;
}

function isEntryList(value: unknown): value is StructuredEntry[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) => typeof item === 'object' && item !== null && 'id' in item && 'text' in item,
    )
  );
}

/** Filters structured entries inside a value (and inside each item of a repeating group). */
function redactValue(
  value: AnswerValue,
  defaults: Map<string, Sensitivity>,
  visible: Visible,
  mask: boolean,
): AnswerValue {
  if (isEntryList(value)) {
    const entries: StructuredEntry[] = [];
    for (const entry of value) {
      if (visible(entry.sensitivity)) entries.push(entry);
      else if (mask) entries.push(maskedEntry(entry));
    }
    return entries;
  }
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    // A repeating group: one record of values per item; inner questions carry defaults.
    return (value as Record<string, unknown>[]).map((item) => {
      const copy: Record<string, unknown> = {};
      for (const [id, inner] of Object.entries(item)) {
        if (!visible(defaults.get(id))) {
          if (mask) copy[id] = null;
          continue;
        }
        copy[id] = redactValue(inner as AnswerValue, defaults, visible, mask);
      }
      return copy;
    }) as AnswerValue;
  }
  return value;
}

/** The union of two sensitivities' tags (and audiences allowed anyway, only when both allow). */
function mergeSensitivity(
  base: Sensitivity | undefined,
  own: Sensitivity | undefined,
): Sensitivity | undefined {
  if (!base) return own;
  if (!own) return base;
  const merged: Sensitivity = { tags: [...new Set([...base.tags, ...own.tags])] };
  const visibleTo = base.visibleTo && own.visibleTo?.filter((a) => base.visibleTo?.includes(a));
  return visibleTo ? { ...merged, visibleTo } : merged;
}

function redactAnswers(
  answers: Readonly<Record<string, Answer>>,
  defaults: Map<string, Sensitivity>,
  visible: Visible,
  mask: boolean,
): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    // An answer's own tags add to its question's default tags; they never lift them.
    if (!visible(mergeSensitivity(defaults.get(id), answer.sensitivity))) {
      if (mask) {
        const marker: Answer & RedactionMarker = { value: null, redacted: true };
        out[id] = marker;
      }
      continue;
    }
    out[id] = { ...answer, value: redactValue(answer.value, defaults, visible, mask) };
  }
  return out;
}

function redactResponse(
  response: AssessmentResponse,
  model: PracticeModel | undefined,
  visible: Visible,
  mask: boolean,
  keep: (personId: string) => boolean,
): AssessmentResponse {
  const defaults = questionSensitivity(model, response.template);
  const {
    changes: _changes,
    comments: _comments,
    previousVersionAnswers: previous,
    ...rest
  } = response;
  const copy: AssessmentResponse = {
    ...rest,
    answers: redactAnswers(response.answers, defaults, visible, mask),
  };
  if (previous) {
    // Answers kept from an earlier version are redacted like current ones (they carry their own
    // tags, and their question's when it still exists).
    copy.previousVersionAnswers = redactAnswers(previous, defaults, visible, mask) as NonNullable<
      AssessmentResponse['previousVersionAnswers']
    >;
  }
  if (response.subjects) copy.subjects = response.subjects.filter(keep);
  if (response.childAnswers) {
    const childAnswers: Record<string, Record<string, Answer>> = {};
    for (const [childId, answers] of Object.entries(response.childAnswers)) {
      if (keep(childId)) childAnswers[childId] = redactAnswers(answers, defaults, visible, mask);
    }
    copy.childAnswers = childAnswers;
  }
  return copy;
}
