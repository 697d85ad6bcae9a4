/**
 * Reading a case record. Case data is messy, so reading never stops at the first problem: every
 * person, relationship and event is checked on its own, what is valid is kept, and every problem
 * is listed with its path. `parseCaseRecord` is the strict verdict on the same reading.
 */
import * as z from 'zod/mini';
import { Division, Id, Nation, type FuzzyDate } from '../common.js';
import { isCertainlyBefore } from '../fuzzy-dates.js';
import {
  describeValue,
  fromZodIssues,
  issue,
  type PathSegment,
  type ValidationIssue,
} from '../issues.js';
import { closest } from '../practice-model/parse.js';
import { byRanges } from '../ranges.js';
import type { EventType, PracticeModel } from '../practice-model/schema.js';
import { compileFastCheck, type FastCheck } from '../fast-check.js';
import { useJitlessZod } from '../zod-config.js';
import {
  Agency,
  AssessmentResponse,
  CaseEvent,
  Household,
  Person,
  Professional,
  Relationship,
  type CaseRecord,
} from './schema.js';

/** Thrown by {@link defineCaseRecord}; `issues` lists every problem with its JSON path. */
export class CaseRecordError extends Error {
  override readonly name = 'CaseRecordError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const shown = issues
      .slice(0, 10)
      .map((i) => `  ${i.path || '(record)'}: ${i.message}`)
      .join('\n');
    const more = issues.length > 10 ? `\n  ...and ${issues.length - 10} more` : '';
    super(
      `The case record has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown}${more}`,
    );
    this.issues = issues;
  }
}

export type CaseRecordResult =
  | { readonly ok: true; readonly record: CaseRecord }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** What {@link readCaseRecord} found: the valid part of the record, and every problem. */
export interface CaseRecordReading {
  readonly record: CaseRecord;
  readonly issues: readonly ValidationIssue[];
}

/** Validates a case record against a practice model without throwing. */
export function parseCaseRecord(input: unknown, model?: PracticeModel): CaseRecordResult {
  const { record, issues } = readCaseRecord(input, model);
  return issues.length ? { ok: false, issues } : { ok: true, record };
}

/** Validates a case record and returns it typed, or throws {@link CaseRecordError}. */
export function defineCaseRecord(input: unknown, model?: PracticeModel): CaseRecord {
  const result = parseCaseRecord(input, model);
  if (!result.ok) throw new CaseRecordError(result.issues);
  return result.record;
}

// ---------------------------------------------------------------------------------------------

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A fast check compiled on first use (not at import, so an unused reader costs nothing). Items it
 * passes hold exactly the data zod would return (zod's copy would only list the keys in the
 * schema's order, and key order is not data), so they are kept as they are: the host's own
 * objects, in the host's key order. zod reads the rest and explains what is wrong with them; its
 * output for those lists keys in the schema's order.
 */
function lazyFastCheck<T>(schema: z.ZodMiniType<T>): () => FastCheck<T> {
  let compiled: FastCheck<T> | undefined;
  return () => (compiled ??= compileFastCheck(schema) as FastCheck<T>);
}

/** The valid items of a list, and each one's position in the input, for issue paths. */
interface ReadList<T> {
  readonly values: T[];
  readonly indexes: number[];
  /** The ids of `values`. */
  readonly ids: ReadonlySet<string>;
}

/** Parses each element of a list on its own, keeping the valid ones with their input position. */
function readList<T>(
  raw: Raw,
  key: string,
  schema: z.ZodMiniType<T>,
  fast: () => FastCheck<T>,
  issues: ValidationIssue[],
): ReadList<T> {
  const values: T[] = [];
  const indexes: number[] = [];
  const seen = new Set<string>();
  const list = listAt(raw, key, issues);
  // No check is compiled for an empty list: compiling one costs more than reading a short list.
  if (list === undefined || list.length === 0) return { values, indexes, ids: seen };
  const check = fast();
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    const data = check.read(item) ?? parseItem(schema, item, key, index, issues);
    if (data === undefined) continue;
    const id = (data as { id: string }).id;
    if (seen.has(id)) {
      issues.push(duplicateId(key, index, id));
      continue;
    }
    seen.add(id);
    values.push(data);
    indexes.push(index);
  }
  return { values, indexes, ids: seen };
}

/** The list at `raw[key]`: undefined when absent, or (with an issue) when it is not a list. */
function listAt(raw: Raw, key: string, issues: ValidationIssue[]): readonly unknown[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  issues.push(
    issue([key], 'invalid-type', `expected a list, got ${describeValue(value)}`, {
      variant: 'array',
    }),
  );
  return undefined;
}

/** zod's reading of an item the fast check left to it; undefined, with its issues, when invalid. */
function parseItem<T>(
  schema: z.ZodMiniType<T>,
  item: unknown,
  key: string,
  index: number,
  issues: ValidationIssue[],
): T | undefined {
  const parsed = schema.safeParse(item);
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(parsed.error.issues, item, [key, index]));
  return undefined;
}

function duplicateId(key: string, index: number, id: string): ValidationIssue {
  return issue(
    [key, index, 'id'],
    'duplicate-id',
    `"${id}" is used by an earlier item; this one is left out`,
    { id },
  );
}

/**
 * The value at `raw[key]` when `schema` accepts it: undefined when absent, or (with its issues) when
 * invalid. The fast check answers for valid values; zod explains the rest.
 */
function readScalar<T>(
  raw: Raw,
  key: string,
  schema: z.ZodMiniType<T>,
  fast: () => FastCheck<T>,
  issues: ValidationIssue[],
): T | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  const data = fast().read(value);
  if (data !== undefined) return data;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(parsed.error.issues, value, [key]));
  return undefined;
}

const fastPerson = lazyFastCheck(Person);
const fastRelationship = lazyFastCheck(Relationship);
const fastHousehold = lazyFastCheck(Household);
const fastAgency = lazyFastCheck(Agency);
const fastProfessional = lazyFastCheck(Professional);
const fastEvent = lazyFastCheck(CaseEvent);
const fastResponse = lazyFastCheck(AssessmentResponse);

const SubjectIds = z.array(Id);
const ModelRef = z.object({ id: Id, version: z.optional(z.string()) });
const fastId = lazyFastCheck(Id);
const fastSubjectIds = lazyFastCheck(SubjectIds);
const fastModelRef = lazyFastCheck(ModelRef);
const fastDivision = lazyFastCheck(Division);
const fastNation = lazyFastCheck(Nation);

/**
 * Reads a case record as far as it is valid. Invalid items and items whose references cannot be
 * resolved are left out; the issues say what and where. Never throws on bad data.
 */
export function readCaseRecord(input: unknown, model?: PracticeModel): CaseRecordReading {
  useJitlessZod();
  const issues: ValidationIssue[] = [];
  if (!isObject(input)) {
    issues.push(
      issue([], 'invalid-type', `expected a case record object, got ${describeValue(input)}`, {
        variant: input === undefined ? 'required' : 'object',
      }),
    );
    return { record: { id: 'invalid', subjects: [], persons: [] }, issues };
  }

  const id = readScalar(input, 'id', Id, fastId, issues);
  if (id === undefined && input.id === undefined)
    issues.push(
      issue(['id'], 'invalid-type', 'is required: expected an identifier', { variant: 'required' }),
    );
  const modelRef = readScalar(input, 'model', ModelRef, fastModelRef, issues);
  const division = readScalar(input, 'division', Division, fastDivision, issues);
  const nation = readScalar(input, 'nation', Nation, fastNation, issues);

  const readPersons = readList(input, 'persons', Person, fastPerson, issues);
  const persons = readPersons.values;
  const personIds = readPersons.ids;
  const danglings = new Suggestions();
  /** Records a reference to a person who is not in the record; returns false, to filter with. */
  const missingPerson = (ref: string, path: readonly PathSegment[]): false => {
    issues.push(danglings.issue(path, 'person', ref, personIds));
    return false;
  };
  const personRef = (ref: string, path: () => readonly PathSegment[]): boolean =>
    personIds.has(ref) || missingPerson(ref, path());

  const subjects = (readScalar(input, 'subjects', SubjectIds, fastSubjectIds, issues) ?? []).filter(
    (s, i) => personRef(s, () => ['subjects', i]),
  );
  if (input.subjects === undefined)
    issues.push(
      issue(['subjects'], 'invalid-type', 'is required: expected a list of person ids', {
        variant: 'required',
      }),
    );
  let index = readScalar(input, 'index', Id, fastId, issues);
  if (index !== undefined && !personRef(index, () => ['index'])) index = undefined;

  for (let p = 0; p < persons.length; p++) {
    const person = persons[p] as Person;
    if (
      person.dateOfBirth &&
      person.dateOfDeath &&
      certainlyBefore(person.dateOfDeath, person.dateOfBirth)
    ) {
      issues.push(
        issue(
          ['persons', readPersons.indexes[p] as number, 'dateOfDeath'],
          'end-before-start',
          'is before the date of birth',
          { variant: 'date-of-death' },
        ),
      );
    }
  }

  // Agencies and professionals.
  const readAgencies = readList(input, 'agencies', Agency, fastAgency, issues);
  const agencies = readAgencies.values;
  const agencyIds = readAgencies.ids;
  const agencyKinds = model?.agencyKinds ? new Set(model.agencyKinds.map((k) => k.id)) : undefined;
  if (agencyKinds) {
    agencies.forEach((agency, a) => {
      if (agency.kind && !agencyKinds.has(agency.kind))
        issues.push(
          danglings.issue(
            ['agencies', readAgencies.indexes[a] as number, 'kind'],
            'agency kind',
            agency.kind,
            agencyKinds,
            'model',
          ),
        );
    });
  }
  const readProfessionals = readList(
    input,
    'professionals',
    Professional,
    fastProfessional,
    issues,
  );
  const professionals = readProfessionals.values.map((p, i) => {
    if (p.agency && !agencyIds.has(p.agency)) {
      issues.push(
        danglings.issue(
          ['professionals', readProfessionals.indexes[i] as number, 'agency'],
          'agency',
          p.agency,
          agencyIds,
        ),
      );
      const { agency: _dropped, ...rest } = p;
      return rest;
    }
    return p;
  });

  const relationships = readRelationships(
    input,
    model,
    personIds,
    missingPerson,
    danglings,
    issues,
  );
  const readHouseholds = readList(input, 'households', Household, fastHousehold, issues);
  const households = readHouseholds.values.map((household, i) => {
    const h = readHouseholds.indexes[i] as number;
    const members = household.members.filter((member, m) => {
      if (
        !personIds.has(member.person) &&
        !missingPerson(member.person, ['households', h, 'members', m, 'person'])
      )
        return false;
      if (member.from && member.to && certainlyBefore(member.to, member.from)) {
        issues.push(
          issue(['households', h, 'members', m, 'to'], 'end-before-start', 'is before "from"', {
            variant: 'member-to',
          }),
        );
      }
      return true;
    });
    return { ...household, members };
  });

  const events = readEvents(input, model, personIds, agencyIds, danglings, issues);
  const templateIds = new Set(model?.templates.map((t) => t.id));
  const readResponses = readList(input, 'responses', AssessmentResponse, fastResponse, issues);
  const responses = readResponses.values.map((response, i) => {
    const r = readResponses.indexes[i] as number;
    response.subjects?.forEach((s, j) => personRef(s, () => ['responses', r, 'subjects', j]));
    if (model && response.model.id === model.id && !templateIds.has(response.template)) {
      issues.push(
        danglings.issue(
          ['responses', r, 'template'],
          'assessment template',
          response.template,
          templateIds,
          'model',
        ),
      );
    }
    return response;
  });

  const record: CaseRecord = {
    id: id ?? 'invalid',
    subjects,
    persons,
    relationships,
    households,
    agencies,
    professionals,
    events,
    responses,
  };
  if (modelRef) record.model = modelRef;
  if (division) record.division = division;
  if (nation) record.nation = nation;
  if (index) record.index = index;
  return { record, issues };
}

/**
 * "Did you mean" suggestions for dangling references, remembered per name and list of known ids:
 * a record that refers to one missing person ten thousand times compares names once.
 */
class Suggestions {
  readonly #known = new Map<ReadonlySet<string>, { list: string[]; found: Map<string, string> }>();

  issue(
    path: readonly PathSegment[],
    what: string,
    ref: string,
    known: ReadonlySet<string>,
    definedIn: 'record' | 'model' = 'record',
  ): ValidationIssue {
    let memo = this.#known.get(known);
    if (!memo) {
      memo = { list: [...known], found: new Map() };
      this.#known.set(known, memo);
    }
    let suggestion = memo.found.get(ref);
    if (suggestion === undefined) {
      suggestion = closest(ref, memo.list) ?? '';
      memo.found.set(ref, suggestion);
    }
    const where =
      definedIn === 'record' ? 'is not in the record' : 'the practice model does not define';
    return issue(
      path,
      'dangling-reference',
      `refers to ${what} "${ref}", which ${where}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      // The kind of thing as a variant (`event-type`), for messages in other languages.
      suggestion
        ? { variant: what.replaceAll(' ', '-'), ref, suggestion }
        : { variant: what.replaceAll(' ', '-'), ref },
    );
  }
}

/** True when every id is in `known`. */
function allKnown(ids: readonly string[], known: ReadonlySet<string>): boolean {
  for (let i = 0; i < ids.length; i++) if (!known.has(ids[i] as string)) return false;
  return true;
}

/**
 * {@link isCertainlyBefore}, answered at once for two exact days (most dates in a record): two real
 * `YYYY-MM-DD` dates are in the order of their text.
 */
function certainlyBefore(later: FuzzyDate, earlier: FuzzyDate): boolean {
  if (typeof later === 'string' && typeof earlier === 'string') {
    if (later.length === 10 && earlier.length === 10) return later < earlier;
  }
  return isCertainlyBefore(later, earlier);
}

/** Records a reference to a person who is not in the record; returns false, to filter with. */
type MissingPerson = (ref: string, path: readonly PathSegment[]) => false;

function readRelationships(
  input: Raw,
  model: PracticeModel | undefined,
  personIds: ReadonlySet<string>,
  missingPerson: MissingPerson,
  danglings: Suggestions,
  issues: ValidationIssue[],
): Relationship[] {
  const types = new Map(model?.relationshipTypes.map((t) => [t.id, t]));
  const typeIds = new Set(types.keys());
  const kept: Relationship[] = [];
  const ancestry = new Ancestry();

  const read = readList(input, 'relationships', Relationship, fastRelationship, issues);
  for (let i = 0; i < read.values.length; i++) {
    const rel = read.values[i] as Relationship;
    const index = read.indexes[i] as number;
    // Both ends are checked (and reported) before the relationship is left out.
    const fromOk =
      personIds.has(rel.from) || missingPerson(rel.from, ['relationships', index, 'from']);
    const toOk = personIds.has(rel.to) || missingPerson(rel.to, ['relationships', index, 'to']);
    if (!fromOk || !toOk) continue;
    const type = types.get(rel.type);
    if (model && !type) {
      issues.push(
        danglings.issue(
          ['relationships', index, 'type'],
          'relationship type',
          rel.type,
          typeIds,
          'model',
        ),
      );
      continue;
    }
    if (rel.from === rel.to) {
      issues.push(
        issue(
          ['relationships', index, 'to'],
          'self-relationship',
          `"${rel.from}" cannot be in a relationship with themselves`,
          { person: rel.from },
        ),
      );
      continue;
    }
    if (rel.start && rel.end && certainlyBefore(rel.end, rel.start)) {
      issues.push(
        issue(['relationships', index, 'end'], 'end-before-start', 'is before the start', {
          variant: 'relationship-end',
        }),
      );
    }
    if (type?.category === 'parent-child') {
      if (!ancestry.link(rel.from, rel.to)) {
        issues.push(
          issue(
            ['relationships', index],
            'ancestry-cycle',
            `"${rel.from}" would become their own ancestor through "${rel.to}"; this link is left out`,
            { person: rel.from, through: rel.to },
          ),
        );
        continue;
      }
    }
    kept.push(rel);
  }
  return kept;
}

/**
 * Parent-to-child links accepted so far, refusing any that would make someone their own ancestor.
 * A new link from parent to child closes a cycle only when the parent descends from the child;
 * a child with no children yet (the usual case, families being written down oldest first)
 * answers at once, and the search reuses its buffers rather than allocating per link.
 */
class Ancestry {
  readonly #children = new Map<string, string[]>();
  /** The search that last reached each person: a person is visited once per search. */
  readonly #visited = new Map<string, number>();
  readonly #stack: string[] = [];
  #search = 0;

  /** Adds the link unless it would close a cycle; returns whether it was added. */
  link(parent: string, child: string): boolean {
    if (this.#reaches(child, parent)) return false;
    const list = this.#children.get(parent);
    if (list) list.push(child);
    else this.#children.set(parent, [child]);
    return true;
  }

  /** True when `from` reaches `to` by parent-to-child links (or is `to`). */
  #reaches(from: string, to: string): boolean {
    if (from === to) return true;
    if (!this.#children.has(from)) return false;
    const search = ++this.#search;
    const stack = this.#stack;
    stack.length = 0;
    stack.push(from);
    while (stack.length) {
      const current = stack.pop() as string;
      if (current === to) return true;
      if (this.#visited.get(current) === search) continue;
      this.#visited.set(current, search);
      const next = this.#children.get(current);
      if (next) for (let i = 0; i < next.length; i++) stack.push(next[i] as string);
    }
    return false;
  }
}

/** What the events of a record are checked against, and where their problems go. */
interface EventContext {
  readonly model: PracticeModel | undefined;
  readonly types: ReadonlyMap<string, EventType>;
  /** The ids of `types`, made when an event's type is not among them. */
  typeIds: ReadonlySet<string> | undefined;
  readonly personIds: ReadonlySet<string>;
  readonly agencyIds: ReadonlySet<string>;
  readonly danglings: Suggestions;
  /** Problems with references, listed after the list's own problems. */
  readonly later: ValidationIssue[];
}

/**
 * Reads the events in one pass: each is checked, then its references, as it comes. Problems with
 * references are listed after the list's own problems (invalid items, repeated ids), in the order
 * a separate pass over the valid events would find them.
 *
 * The loop runs once per event, cold, so it holds only what every event goes through: an event
 * whose type, end and references are all fine is kept as it is; any other goes to
 * {@link amendEvent}, out of the loop.
 */
function readEvents(
  input: Raw,
  model: PracticeModel | undefined,
  personIds: ReadonlySet<string>,
  agencyIds: ReadonlySet<string>,
  danglings: Suggestions,
  issues: ValidationIssue[],
): CaseEvent[] {
  const kept: CaseEvent[] = [];
  const list = listAt(input, 'events', issues);
  if (list === undefined || list.length === 0) return kept;
  const types = new Map(model?.eventTypes.map((t) => [t.id, t]));
  const context: EventContext = {
    model,
    types,
    typeIds: undefined,
    personIds,
    agencyIds,
    danglings,
    later: [],
  };
  const run: EventRun = {
    list,
    check: fastEvent(),
    seen: new Set<string>(),
    kept,
    context,
    issues,
  };
  // In ranges (see ranges.ts), each read by one call.
  byRanges(list.length, (from, to) => readEventRange(run, from, to));
  const later = context.later;
  for (let i = 0; i < later.length; i++) issues.push(later[i] as ValidationIssue);
  return kept;
}

/** The state of {@link readEvents}' pass over the events, carried from range to range. */
interface EventRun {
  readonly list: readonly unknown[];
  readonly check: FastCheck<CaseEvent>;
  readonly seen: Set<string>;
  readonly kept: CaseEvent[];
  /** The model, its event types and the record's ids the events refer to. */
  readonly context: EventContext;
  readonly issues: ValidationIssue[];
}

/** Reads `list[from]` to `list[to - 1]` into `run`: one range of {@link byRanges}. */
function readEventRange(run: EventRun, from: number, to: number): void {
  const { list, check, seen, kept, context, issues } = run;
  const { types, model, personIds, agencyIds } = context;
  for (let index = from; index < to; index++) {
    const item: unknown = list[index];
    const event = check.read(item) ?? parseItem(CaseEvent, item, 'events', index, issues);
    if (event === undefined) continue;
    // One set operation: adding an id the set holds leaves its size as it was.
    const size = seen.size;
    if (seen.add(event.id).size === size) {
      issues.push(duplicateId('events', index, event.id));
      continue;
    }
    const type = types.get(event.type);
    const end = event.end;
    const persons = event.persons;
    if (
      (type !== undefined || !model) &&
      (end === undefined || (type?.kind !== 'point' && !certainlyBefore(end, event.date))) &&
      (!event.agency || agencyIds.has(event.agency)) &&
      (!persons || allKnown(persons, personIds))
    ) {
      kept.push(event);
    } else {
      const amended = amendEvent(event, index, type, context);
      if (amended !== undefined) kept.push(amended);
    }
  }
}

/**
 * An event with a problem in its type, end or references: the problems, in `context.later`, and
 * what is kept of the event (undefined: nothing, its type being unknown).
 */
function amendEvent(
  event: CaseEvent,
  index: number,
  type: EventType | undefined,
  context: EventContext,
): CaseEvent | undefined {
  const { model, personIds, agencyIds, danglings, later } = context;
  if (model && !type) {
    later.push(
      danglings.issue(
        ['events', index, 'type'],
        'event type',
        event.type,
        (context.typeIds ??= new Set(context.types.keys())),
        'model',
      ),
    );
    return undefined;
  }
  let keptEvent = event;
  if (event.end !== undefined) {
    if (type?.kind === 'point') {
      later.push(
        issue(
          ['events', index, 'end'],
          'end-on-point',
          `"${event.type}" is a point in time and cannot have an end; the end is ignored`,
          { type: event.type },
        ),
      );
      const { end: _ignored, ...rest } = event;
      keptEvent = rest;
    } else if (certainlyBefore(event.end, event.date)) {
      later.push(
        issue(
          ['events', index, 'end'],
          'end-before-start',
          'is before the start date; the entry is shown as open',
          { variant: 'event-end' },
        ),
      );
      const { end: _ignored, ...rest } = event;
      keptEvent = rest;
    }
  }
  if (event.agency && !agencyIds.has(event.agency)) {
    later.push(danglings.issue(['events', index, 'agency'], 'agency', event.agency, agencyIds));
    const { agency: _ignored, ...rest } = keptEvent;
    keptEvent = rest;
  }
  const persons = event.persons;
  if (persons && !allKnown(persons, personIds)) {
    const valid = persons.filter((p, j) => {
      if (personIds.has(p)) return true;
      later.push(danglings.issue(['events', index, 'persons', j], 'person', p, personIds));
      return false;
    });
    keptEvent = { ...keptEvent, persons: valid };
  }
  return keptEvent;
}
