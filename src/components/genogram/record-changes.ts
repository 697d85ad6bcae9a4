/**
 * Edits to the family as data: building a {@link RecordChange} (add a parent, partner, child or
 * brother or sister; edit or remove a person or a relationship), applying it to a record, undoing
 * it, and checking it against the case record schema with `readCaseRecord`. Pure functions: no
 * DOM, no Lit. (The provider applies the same changes; this module could move to the model.)
 */
import type {
  CaseRecord,
  Household,
  Person,
  Relationship,
} from '../../model/case-record/schema.js';
import { readCaseRecord } from '../../model/case-record/parse.js';
import type { KinshipGraph } from '../../model/genogram/generations.js';
import type { ValidationIssue } from '../../model/issues.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import type { RecordChange, RecordChangeAction, RecordItems } from './genogram.events.js';

/** Who a new person is to the person the edit starts from. */
export type Relative = 'parent' | 'partner' | 'child' | 'sibling';

/** The facts a person form collects; empty strings mean "not recorded". */
export interface PersonDraft {
  readonly given?: string;
  readonly family?: string;
  readonly sex?: string;
  readonly gender?: string;
  readonly dateOfBirth?: string;
  readonly lifeStatus?: string;
  readonly dateOfDeath?: string;
}

/** The facts a relationship form collects; empty strings mean "not recorded". */
export interface RelationshipDraft {
  readonly type?: string;
  readonly status?: string;
  readonly start?: string;
  readonly end?: string;
}

const EMPTY: RecordItems = { persons: [], relationships: [], households: [] };

/** A change with the lists it does not mention left empty. */
export function recordChange(
  action: RecordChangeAction,
  parts: {
    added?: Partial<RecordItems>;
    updated?: Partial<RecordItems>;
    removed?: Partial<RecordItems>;
  },
): RecordChange {
  return {
    action,
    added: { ...EMPTY, ...parts.added },
    updated: { ...EMPTY, ...parts.updated },
    removed: { ...EMPTY, ...parts.removed },
  };
}

type Keyed = { readonly id: string };

function patch<T extends Keyed>(
  list: readonly T[] | undefined,
  added: readonly T[],
  updated: readonly T[],
  removed: readonly T[],
): T[] {
  const gone = new Set(removed.map((item) => item.id));
  const next = new Map(updated.map((item) => [item.id, item]));
  const kept = (list ?? []).filter((item) => !gone.has(item.id));
  return [...kept.map((item) => next.get(item.id) ?? item), ...added];
}

/** The record with the change applied (a new object; the input is not touched). */
export function applyChange(record: CaseRecord, change: RecordChange): CaseRecord {
  const { added: a, updated: u, removed: r } = change;
  return {
    ...record,
    persons: patch(record.persons, a.persons, u.persons, r.persons),
    relationships: patch(record.relationships, a.relationships, u.relationships, r.relationships),
    households: patch(record.households, a.households, u.households, r.households),
  };
}

/** The change that takes `record` (to which `change` applies) back to how it was. */
export function invertChange(record: CaseRecord, change: RecordChange): RecordChange {
  const before = <T extends Keyed>(list: readonly T[] | undefined, items: readonly T[]) => {
    const ids = new Set(items.map((item) => item.id));
    return (list ?? []).filter((item) => ids.has(item.id));
  };
  return recordChange('undo', {
    added: change.removed,
    removed: change.added,
    updated: {
      persons: before(record.persons, change.updated.persons),
      relationships: before(record.relationships, change.updated.relationships),
      households: before(record.households, change.updated.households),
    },
  });
}

/** Problems readCaseRecord finds that are never the record's own: a change must not cause them. */
const ALWAYS_CAUSED = new Set([
  'dangling-reference',
  'self-relationship',
  'ancestry-cycle',
  'duplicate-id',
]);

/**
 * Applies the change and reads the result with `readCaseRecord`. Returns the new record and the
 * problems the change causes: anything wrong with an item it adds or updates (then only that:
 * the references its absence would break follow from it), else any broken reference,
 * self-relationship, ancestry cycle or duplicate id. Problems the record already had elsewhere
 * do not block an edit. Events and responses are read only when people are removed (nothing else
 * can break their references), which keeps an edit quick on a long record.
 */
export function checkChange(
  record: CaseRecord,
  change: RecordChange,
  model: PracticeModel,
): { readonly record: CaseRecord; readonly issues: readonly ValidationIssue[] } {
  const next = applyChange(record, change);
  const input: CaseRecord =
    change.removed.persons.length > 0 ? next : { ...next, events: [], responses: [] };
  const touched = new Set(
    (['persons', 'relationships', 'households'] as const).flatMap((key) =>
      [...change.added[key], ...change.updated[key]].map((item) => `${key}/${item.id}`),
    ),
  );
  const { issues } = readCaseRecord(input, model);
  const onTouched = (issue: ValidationIssue) => {
    const [key, index] = issue.segments;
    if (key !== 'persons' && key !== 'relationships' && key !== 'households') return false;
    const item = typeof index === 'number' ? input[key]?.[index] : undefined;
    return item !== undefined && touched.has(`${key}/${item.id}`);
  };
  // A problem with an item the change makes is the one to fix: the references it breaks by
  // being left out follow from it and would only confuse.
  const own = issues.filter(onTouched);
  const caused = own.length ? own : issues.filter((issue) => ALWAYS_CAUSED.has(issue.code));
  return { record: next, issues: caused };
}

/** An id that no item of `taken` uses: `prefix-1`, `prefix-2`... */
function freshId(prefix: string, taken: readonly Keyed[] | undefined): string {
  const used = new Set((taken ?? []).map((item) => item.id));
  let n = used.size + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A copy of `target` with each draft field set, or removed when the draft leaves it empty. */
function withFields<T extends object>(
  target: T,
  fields: Readonly<Record<string, string | undefined>>,
): T {
  const emptied = new Set<string>();
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (trimmed) set[key] = trimmed;
    else emptied.add(key);
  }
  const kept = Object.entries(target).filter(([key]) => !emptied.has(key));
  return { ...Object.fromEntries(kept), ...set } as T;
}

/** A person built from (or updated with) a form's draft. */
export function personFromDraft(draft: PersonDraft, base: Person): Person {
  const name = withFields(base.name, { given: draft.given, family: draft.family });
  // A display name would hide the edited given and family names.
  if (draft.given !== undefined || draft.family !== undefined) delete name.display;
  const person = withFields(base, {
    sex: draft.sex,
    gender: draft.gender,
    dateOfBirth: draft.dateOfBirth,
    lifeStatus: draft.lifeStatus,
    dateOfDeath: draft.dateOfDeath,
  });
  return { ...person, name };
}

/**
 * Adds a person related to `anchor`: a parent or a child (through a parent-child relationship of
 * `type`; a child may get a second parent, `otherParent`), a partner (a couple relationship of
 * `type`), or a brother or sister (linked to each of the anchor's birth and adoptive parents with
 * `type`, or, when the anchor has no parents recorded, by a sibling relationship of `type`).
 * Returns `undefined` when a brother or sister cannot be linked that way.
 */
export function addRelative(
  record: CaseRecord,
  graph: KinshipGraph,
  anchor: string,
  relative: Relative,
  draft: PersonDraft,
  type: string,
  otherParent?: string,
): RecordChange | undefined {
  const person = personFromDraft(draft, { id: freshId('person', record.persons), name: {} });
  const relationships: Relationship[] = [];
  const link = (from: string, to: string, linkType = type) =>
    relationships.push({
      id: freshId('relationship', [...(record.relationships ?? []), ...relationships]),
      type: linkType,
      from,
      to,
    });
  switch (relative) {
    case 'parent':
      link(person.id, anchor);
      break;
    case 'partner':
      link(anchor, person.id);
      break;
    case 'child':
      link(anchor, person.id);
      if (otherParent) link(otherParent, person.id);
      break;
    case 'sibling': {
      const parents = (graph.parents.get(anchor) ?? []).filter((l) =>
        ['biological', 'adoptive'].includes(l.type.notation),
      );
      if (parents.length) for (const parent of parents) link(parent.person, person.id);
      else if (type) link(anchor, person.id);
      else return undefined;
      break;
    }
  }
  return recordChange(`add-${relative}`, { added: { persons: [person], relationships } });
}

/** Edits a person's facts. */
export function editPerson(person: Person, draft: PersonDraft): RecordChange {
  return recordChange('edit-person', { updated: { persons: [personFromDraft(draft, person)] } });
}

/** Edits a relationship's type, status and dates. */
export function editRelationship(
  relationship: Relationship,
  draft: RelationshipDraft,
): RecordChange {
  const updated = withFields(relationship, { ...draft });
  return recordChange('edit-relationship', { updated: { relationships: [updated] } });
}

/** Removes a person with every relationship they are in and their household memberships. */
export function removePerson(record: CaseRecord, person: Person): RecordChange {
  const relationships = (record.relationships ?? []).filter(
    (r) => r.from === person.id || r.to === person.id,
  );
  const households: Household[] = (record.households ?? [])
    .filter((h) => h.members.some((m) => m.person === person.id))
    .map((h) => ({ ...h, members: h.members.filter((m) => m.person !== person.id) }));
  return recordChange('remove-person', {
    removed: { persons: [person], relationships },
    updated: { households },
  });
}

/** Removes one relationship. */
export function removeRelationship(relationship: Relationship): RecordChange {
  return recordChange('remove-relationship', { removed: { relationships: [relationship] } });
}
