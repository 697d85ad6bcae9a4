/**
 * Reading a case record. Case data is messy, so reading never stops at the first problem: every
 * person, relationship and event is checked on its own, what is valid is kept, and every problem
 * is listed with its path. `parseCaseRecord` is the strict verdict on the same reading.
 */
import * as z from 'zod/mini';
import { Division, Id, Nation } from '../common.js';
import { isCertainlyBefore } from '../fuzzy-dates.js';
import {
  describeValue,
  fromZodIssues,
  issue,
  type PathSegment,
  type ValidationIssue,
} from '../issues.js';
import { closest } from '../practice-model/parse.js';
import type { PracticeModel } from '../practice-model/schema.js';
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

/** A valid item and its position in the input, for issue paths. */
interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

/** Parses each element of a list on its own, keeping the valid ones with their input position. */
function readList<T>(
  raw: Raw,
  key: string,
  schema: z.ZodMiniType<T>,
  issues: ValidationIssue[],
): Indexed<T>[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue([key], 'invalid-type', `expected a list, got ${describeValue(value)}`));
    return [];
  }
  const out: Indexed<T>[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, item, [key, index]));
      return;
    }
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) {
      issues.push(
        issue(
          [key, index, 'id'],
          'duplicate-id',
          `"${id}" is used by an earlier item; this one is left out`,
        ),
      );
      return;
    }
    seen.add(id);
    out.push({ value: parsed.data, index });
  });
  return out;
}

const values = <T>(list: readonly Indexed<T>[]): T[] => list.map((entry) => entry.value);

function readScalar<T>(
  raw: Raw,
  key: string,
  schema: z.ZodMiniType<T>,
  issues: ValidationIssue[],
): T | undefined {
  if (raw[key] === undefined) return undefined;
  const parsed = schema.safeParse(raw[key]);
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(parsed.error.issues, raw[key], [key]));
  return undefined;
}

const ModelRef = z.object({ id: Id, version: z.optional(z.string()) });

/**
 * Reads a case record as far as it is valid. Invalid items and items whose references cannot be
 * resolved are left out; the issues say what and where. Never throws on bad data.
 */
export function readCaseRecord(input: unknown, model?: PracticeModel): CaseRecordReading {
  useJitlessZod();
  const issues: ValidationIssue[] = [];
  if (!isObject(input)) {
    issues.push(
      issue([], 'invalid-type', `expected a case record object, got ${describeValue(input)}`),
    );
    return { record: { id: 'invalid', subjects: [], persons: [] }, issues };
  }

  const id = readScalar(input, 'id', Id, issues);
  if (id === undefined && input.id === undefined)
    issues.push(issue(['id'], 'invalid-type', 'is required: expected an identifier'));
  const modelRef = readScalar(input, 'model', ModelRef, issues);
  const division = readScalar(input, 'division', Division, issues);
  const nation = readScalar(input, 'nation', Nation, issues);

  const readPersons = readList(input, 'persons', Person, issues);
  const persons = values(readPersons);
  const personIds = new Set(persons.map((p) => p.id));
  const personRef = (ref: string, path: readonly PathSegment[]): boolean => {
    if (personIds.has(ref)) return true;
    issues.push(danglingIssue(path, 'person', ref, personIds));
    return false;
  };

  const subjects = (readScalar(input, 'subjects', z.array(Id), issues) ?? []).filter((s, i) =>
    personRef(s, ['subjects', i]),
  );
  if (input.subjects === undefined)
    issues.push(issue(['subjects'], 'invalid-type', 'is required: expected a list of person ids'));
  let index = readScalar(input, 'index', Id, issues);
  if (index !== undefined && !personRef(index, ['index'])) index = undefined;

  readPersons.forEach(({ value: person, index: i }) => {
    if (
      person.dateOfBirth &&
      person.dateOfDeath &&
      isCertainlyBefore(person.dateOfDeath, person.dateOfBirth)
    ) {
      issues.push(
        issue(['persons', i, 'dateOfDeath'], 'end-before-start', 'is before the date of birth'),
      );
    }
  });

  // Agencies and professionals.
  const readAgencies = readList(input, 'agencies', Agency, issues);
  const agencies = values(readAgencies);
  const agencyIds = new Set(agencies.map((a) => a.id));
  const agencyKinds = model?.agencyKinds ? new Set(model.agencyKinds.map((k) => k.id)) : undefined;
  if (agencyKinds) {
    readAgencies.forEach(({ value: agency, index: i }) => {
      if (agency.kind && !agencyKinds.has(agency.kind))
        issues.push(
          danglingIssue(['agencies', i, 'kind'], 'agency kind', agency.kind, agencyKinds, 'model'),
        );
    });
  }
  const professionals = readList(input, 'professionals', Professional, issues).map(
    ({ value: p, index: i }) => {
      if (p.agency && !agencyIds.has(p.agency)) {
        issues.push(danglingIssue(['professionals', i, 'agency'], 'agency', p.agency, agencyIds));
        const { agency: _dropped, ...rest } = p;
        return rest;
      }
      return p;
    },
  );

  const relationships = readRelationships(input, model, personRef, issues);
  const households = readList(input, 'households', Household, issues).map(
    ({ value: household, index: h }) => ({
      ...household,
      members: household.members.filter((member, m) => {
        const path = ['households', h, 'members', m];
        if (!personRef(member.person, [...path, 'person'])) return false;
        if (member.from && member.to && isCertainlyBefore(member.to, member.from)) {
          issues.push(issue([...path, 'to'], 'end-before-start', 'is before "from"'));
        }
        return true;
      }),
    }),
  );

  const events = readEvents(input, model, personRef, agencyIds, issues);
  const templateIds = new Set(model?.templates.map((t) => t.id));
  const responses = readList(input, 'responses', AssessmentResponse, issues).map(
    ({ value: response, index: r }) => {
      response.subjects?.forEach((s, j) => personRef(s, ['responses', r, 'subjects', j]));
      if (model && response.model.id === model.id && !templateIds.has(response.template)) {
        issues.push(
          danglingIssue(
            ['responses', r, 'template'],
            'assessment template',
            response.template,
            templateIds,
            'model',
          ),
        );
      }
      return response;
    },
  );

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

function danglingIssue(
  path: readonly PathSegment[],
  what: string,
  ref: string,
  known: ReadonlySet<string>,
  definedIn: 'record' | 'model' = 'record',
): ValidationIssue {
  const suggestion = closest(ref, [...known]);
  const where =
    definedIn === 'record' ? 'is not in the record' : 'the practice model does not define';
  return issue(
    path,
    'dangling-reference',
    `refers to ${what} "${ref}", which ${where}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  );
}

function readRelationships(
  input: Raw,
  model: PracticeModel | undefined,
  personRef: (ref: string, path: readonly PathSegment[]) => boolean,
  issues: ValidationIssue[],
): Relationship[] {
  const types = new Map(model?.relationshipTypes.map((t) => [t.id, t]));
  const typeIds = new Set(types.keys());
  const kept: Relationship[] = [];
  // parent -> children, for ancestry cycles.
  const children = new Map<string, string[]>();

  for (const { value: rel, index } of readList(input, 'relationships', Relationship, issues)) {
    const path = ['relationships', index];
    const fromOk = personRef(rel.from, [...path, 'from']);
    const toOk = personRef(rel.to, [...path, 'to']);
    if (!fromOk || !toOk) continue;
    const type = types.get(rel.type);
    if (model && !type) {
      issues.push(
        danglingIssue([...path, 'type'], 'relationship type', rel.type, typeIds, 'model'),
      );
      continue;
    }
    if (rel.from === rel.to) {
      issues.push(
        issue(
          [...path, 'to'],
          'self-relationship',
          `"${rel.from}" cannot be in a relationship with themselves`,
        ),
      );
      continue;
    }
    if (rel.start && rel.end && isCertainlyBefore(rel.end, rel.start)) {
      issues.push(issue([...path, 'end'], 'end-before-start', 'is before the start'));
    }
    if (type?.category === 'parent-child') {
      if (isAncestor(rel.to, rel.from, children)) {
        issues.push(
          issue(
            path,
            'ancestry-cycle',
            `"${rel.from}" would become their own ancestor through "${rel.to}"; this link is left out`,
          ),
        );
        continue;
      }
      const list = children.get(rel.from) ?? [];
      list.push(rel.to);
      children.set(rel.from, list);
    }
    kept.push(rel);
  }
  return kept;
}

/** True when `ancestor` reaches `person` by parent-to-child links. */
function isAncestor(
  ancestor: string,
  person: string,
  children: ReadonlyMap<string, string[]>,
): boolean {
  const stack = [ancestor];
  const seen = new Set<string>();
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current === person) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(children.get(current) ?? []));
  }
  return false;
}

function readEvents(
  input: Raw,
  model: PracticeModel | undefined,
  personRef: (ref: string, path: readonly PathSegment[]) => boolean,
  agencyIds: ReadonlySet<string>,
  issues: ValidationIssue[],
): CaseEvent[] {
  const types = new Map(model?.eventTypes.map((t) => [t.id, t]));
  const typeIds = new Set(types.keys());
  const kept: CaseEvent[] = [];
  for (const { value: event, index } of readList(input, 'events', CaseEvent, issues)) {
    const path = ['events', index];
    const type = types.get(event.type);
    if (model && !type) {
      issues.push(danglingIssue([...path, 'type'], 'event type', event.type, typeIds, 'model'));
      continue;
    }
    let keptEvent = event;
    if (event.end !== undefined) {
      if (type?.kind === 'point') {
        issues.push(
          issue(
            [...path, 'end'],
            'end-on-point',
            `"${event.type}" is a point in time and cannot have an end; the end is ignored`,
          ),
        );
        const { end: _ignored, ...rest } = event;
        keptEvent = rest;
      } else if (isCertainlyBefore(event.end, event.date)) {
        issues.push(
          issue(
            [...path, 'end'],
            'end-before-start',
            'is before the start date; the entry is shown as open',
          ),
        );
        const { end: _ignored, ...rest } = event;
        keptEvent = rest;
      }
    }
    if (event.agency && !agencyIds.has(event.agency)) {
      issues.push(danglingIssue([...path, 'agency'], 'agency', event.agency, agencyIds));
      const { agency: _ignored, ...rest } = keptEvent;
      keptEvent = rest;
    }
    if (event.persons) {
      const valid = event.persons.filter((p, j) => personRef(p, [...path, 'persons', j]));
      if (valid.length !== event.persons.length) keptEvent = { ...keptEvent, persons: valid };
    }
    kept.push(keptEvent);
  }
  return kept;
}
