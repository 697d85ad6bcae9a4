/**
 * The drawable family: the case record's people and relationships read through the practice
 * model into what the genogram layout places. People are kept once, couples are paired with the
 * children they share, and every child gets one primary parent unit (the one it is drawn under);
 * its other parent links are routed to it. Nothing is copied out of the record but ids.
 */
import type { CaseRecord, Person, Relationship } from '../case-record/schema.js';
import { sortDay } from '../fuzzy-dates.js';
import { issue, type ValidationIssue } from '../issues.js';
import type { PracticeModel, RelationshipType } from '../practice-model/schema.js';
import { assignGenerations } from './generations.js';
import { currentHouseholds } from './households.js';
import type {
  CoupleNotation,
  CoupleStatus,
  EmotionalNotation,
  ParentChildNotation,
} from './layout-types.js';

/** A couple line the genogram draws: one per pair of partners. */
export interface DrawnCouple {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly notation: CoupleNotation;
  readonly status?: CoupleStatus;
  readonly consanguineous: boolean;
  /** Start day, for putting earlier partners further left; +Infinity when unknown. */
  readonly start: number;
}

/** The parents a child link comes down from: a couple, or one parent alone. */
export interface ParentUnit {
  readonly key: string;
  readonly kind: 'couple' | 'single';
  readonly couple?: DrawnCouple;
  readonly parents: readonly string[];
  readonly generation: number;
}

/** One line from a parent unit to a child. */
export interface ChildLinkInfo {
  readonly child: string;
  readonly unit: ParentUnit;
  readonly notation: ParentChildNotation;
  readonly relationships: readonly string[];
}

/** An emotional relationship to draw. */
export interface EmotionalInfo {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly notation: EmotionalNotation;
  readonly directed: boolean;
}

/** Everything the layout needs to know about the family, by person id. */
export interface Family {
  readonly persons: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
  readonly recordOrder: ReadonlyMap<string, number>;
  readonly generation: ReadonlyMap<string, number>;
  readonly index: string | undefined;
  readonly couples: readonly DrawnCouple[];
  /** Drawn couples of each person. */
  readonly couplesOf: ReadonlyMap<string, readonly DrawnCouple[]>;
  readonly links: readonly ChildLinkInfo[];
  /** The link each child is drawn under: from a unit one row above, by notation priority. */
  readonly primary: ReadonlyMap<string, ChildLinkInfo>;
  /** Children drawn under each unit (unit key), oldest first. */
  readonly primaryChildren: ReadonlyMap<string, readonly string[]>;
  /** Units each person is a parent in. */
  readonly unitsOfParent: ReadonlyMap<string, readonly ParentUnit[]>;
  /** Position among the children drawn under the same unit, oldest 0. */
  readonly birthRank: ReadonlyMap<string, number>;
  /** Day the person was born (or is due), +Infinity when unknown. */
  readonly birthDay: ReadonlyMap<string, number>;
  /** Sibling relationships (twins recorded as such): they keep people in one family. */
  readonly siblingPairs: readonly (readonly [string, string])[];
  /** The people each person lives with now (current households), for keeping them together. */
  readonly housemates: ReadonlyMap<string, readonly string[]>;
  readonly emotional: readonly EmotionalInfo[];
  readonly issues: readonly ValidationIssue[];
}

/** Which parent link a child is drawn under when it has several (lower wins). */
const NOTATION_PRIORITY: Readonly<Record<ParentChildNotation, number>> = {
  biological: 0,
  adoptive: 1,
  surrogate: 2,
  donor: 3,
  step: 4,
  'special-guardian': 5,
  kinship: 6,
  foster: 7,
};

const DEFAULT_MAX_PERSONS = 5_000;

function safeDay(value: Parameters<typeof sortDay>[0] | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  try {
    const day = sortDay(value);
    return Number.isFinite(day) ? day : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Orders day numbers where unknown (+Infinity) days compare equal to each other. */
export function compareDays(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The couple status the line shows; a couple with an end date and no status has ended. */
function coupleStatus(relationship: Relationship): CoupleStatus | undefined {
  return relationship.status;
}

/** True when the couple is still together, so its line is preferred over an earlier one. */
function isCurrent(relationship: Relationship): boolean {
  return relationship.status === 'current' || (!relationship.status && !relationship.end);
}

/**
 * Reads the record into the drawable family. Never throws: duplicate people, people beyond
 * `maxPersons`, relationships to unknown people or types, and couples split across generations
 * are left out with an issue.
 */
export function readFamily(
  record: CaseRecord,
  model: PracticeModel,
  options: { readonly index?: string; readonly maxPersons?: number } = {},
): Family {
  const issues: ValidationIssue[] = [];
  const maxPersons = Math.max(0, Math.floor(options.maxPersons ?? DEFAULT_MAX_PERSONS));

  // People, once each, at most maxPersons (the index person always kept).
  const wantedIndex = [options.index, record.index, ...(record.subjects ?? [])].find(
    (id): id is string => typeof id === 'string' && record.persons.some((p) => p.id === id),
  );
  const persons: Person[] = [];
  const byId = new Map<string, Person>();
  let dropped = 0;
  (record.persons ?? []).forEach((person, i) => {
    if (!person || typeof person.id !== 'string') return;
    if (byId.has(person.id)) {
      issues.push(
        issue(
          ['persons', i, 'id'],
          'duplicate-id',
          `"${person.id}" is used by an earlier person; this one is not drawn`,
          { id: person.id },
        ),
      );
      return;
    }
    const room = persons.length < maxPersons - (wantedIndex && !byId.has(wantedIndex) ? 1 : 0);
    if (!room && person.id !== wantedIndex) {
      dropped++;
      return;
    }
    persons.push(person);
    byId.set(person.id, person);
  });
  if (dropped > 0) {
    issues.push(
      issue(
        ['persons'],
        'too-many-persons',
        `only the first ${maxPersons} people are drawn; ${dropped} more are left out`,
        { max: maxPersons, count: dropped },
      ),
    );
  }
  const recordOrder = new Map(persons.map((p, i) => [p.id, i]));
  const index = wantedIndex && byId.has(wantedIndex) ? wantedIndex : persons[0]?.id;

  // Relationships the model knows, between people who are drawn.
  const types = new Map<string, RelationshipType>(
    (model?.relationshipTypes ?? []).map((t) => [t.id, t]),
  );
  const inRecord = new Set((record.persons ?? []).map((p) => p?.id));
  const valid: {
    readonly relationship: Relationship;
    readonly type: RelationshipType;
    readonly at: number;
  }[] = [];
  (record.relationships ?? []).forEach((relationship, i) => {
    if (!relationship) return;
    const type = types.get(relationship.type);
    if (!type) {
      issues.push(
        issue(
          ['relationships', i, 'type'],
          'unknown-reference',
          'is not a relationship type of the practice model; the line is not drawn',
          { variant: 'relationship-type', ref: relationship.type },
        ),
      );
      return;
    }
    if (relationship.from === relationship.to) {
      issues.push(
        issue(
          ['relationships', i, 'to'],
          'self-relationship',
          'is the same person as "from"; the line is not drawn',
          { person: relationship.from },
        ),
      );
      return;
    }
    const missing = [relationship.from, relationship.to].some((id) => !byId.has(id));
    if (missing) {
      // Quietly when the person was dropped for size: that issue is already reported.
      if (!inRecord.has(relationship.from) || !inRecord.has(relationship.to))
        issues.push(
          issue(
            ['relationships', i],
            'unknown-reference',
            'refers to a person who is not in the record; the line is not drawn',
          ),
        );
      return;
    }
    valid.push({ relationship, type, at: i });
  });

  const kept: CaseRecord = {
    id: record.id,
    subjects: (record.subjects ?? []).filter((id) => byId.has(id)),
    persons,
    relationships: valid.map((v) => v.relationship),
    ...(index ? { index } : {}),
  };
  const generation = new Map<string, number>();
  try {
    for (const [id, g] of assignGenerations(kept, model).byPerson) generation.set(id, g);
  } catch {
    // Dates a validated record cannot hold (an unparsable date of birth): one row for everyone.
    issues.push(
      issue(
        ['persons'],
        'invalid-date',
        'a date could not be read, so generations are not shown; everyone is drawn in one row',
      ),
    );
  }
  const gen = (id: string) => generation.get(id) ?? 0;

  // Couples: one line per pair, the current relationship preferred, else the latest recorded.
  const byPair = new Map<
    string,
    { relationship: Relationship; type: RelationshipType; i: number }
  >();
  valid.forEach(({ relationship, type, at }, i) => {
    if (type.category !== 'couple') return;
    if (gen(relationship.from) !== gen(relationship.to)) {
      issues.push(
        issue(
          ['relationships', at],
          'couple-across-generations',
          'joins people placed in different generations (another relationship puts one above the other); the couple line is not drawn',
        ),
      );
      return;
    }
    const key = [relationship.from, relationship.to].sort().join('\u0000');
    const existing = byPair.get(key);
    if (!existing || isCurrent(relationship) || !isCurrent(existing.relationship))
      byPair.set(key, { relationship, type, i });
  });
  const couples: DrawnCouple[] = [];
  const couplesOf = new Map<string, DrawnCouple[]>();
  const coupleOfPair = new Map<string, DrawnCouple>();
  for (const [key, { relationship, type }] of [...byPair].sort((x, y) => x[1].i - y[1].i)) {
    if (type.category !== 'couple') continue;
    const status = coupleStatus(relationship);
    const couple: DrawnCouple = {
      id: relationship.id,
      a: relationship.from,
      b: relationship.to,
      notation: type.notation,
      ...(status ? { status } : {}),
      consanguineous: type.consanguineous === true,
      start: safeDay(relationship.start),
    };
    couples.push(couple);
    coupleOfPair.set(key, couple);
    push(couplesOf, couple.a, couple);
    push(couplesOf, couple.b, couple);
  }

  // Parent links grouped per child and notation; two parents who are a drawn couple share a unit.
  const units = new Map<string, ParentUnit>();
  const unitsOfParent = new Map<string, ParentUnit[]>();
  const unitFor = (parents: readonly string[], couple: DrawnCouple | undefined): ParentUnit => {
    const key = couple ? `couple:${couple.id}` : `single:${parents[0] ?? ''}`;
    let unit = units.get(key);
    if (!unit) {
      unit = couple
        ? { key, kind: 'couple', couple, parents, generation: gen(parents[0] ?? '') }
        : { key, kind: 'single', parents, generation: gen(parents[0] ?? '') };
      units.set(key, unit);
      for (const parent of parents) push(unitsOfParent, parent, unit);
    }
    return unit;
  };
  const parentLinks = new Map<string, Map<ParentChildNotation, Relationship[]>>();
  const siblingPairs: (readonly [string, string])[] = [];
  const emotional: EmotionalInfo[] = [];
  for (const { relationship, type } of valid) {
    switch (type.category) {
      case 'parent-child': {
        let byNotation = parentLinks.get(relationship.to);
        if (!byNotation) parentLinks.set(relationship.to, (byNotation = new Map()));
        const list = byNotation.get(type.notation);
        if (list) list.push(relationship);
        else byNotation.set(type.notation, [relationship]);
        break;
      }
      case 'sibling':
        siblingPairs.push([relationship.from, relationship.to]);
        break;
      case 'emotional':
        emotional.push({
          id: relationship.id,
          from: relationship.from,
          to: relationship.to,
          notation: type.notation,
          directed: type.directed === true,
        });
        break;
      case 'couple':
        break;
    }
  }

  const links: ChildLinkInfo[] = [];
  const linksOfChild = new Map<string, ChildLinkInfo[]>();
  for (const [child, byNotation] of parentLinks) {
    for (const [notation, relationships] of byNotation) {
      // The same parent twice with one notation is one link.
      const byParent = new Map<string, string[]>();
      for (const r of relationships) push(byParent, r.from, r.id);
      const parents = [...byParent.keys()];
      const used = new Set<string>();
      for (const p of parents) {
        if (used.has(p)) continue;
        used.add(p);
        const partner = parents.find(
          (q) => !used.has(q) && coupleOfPair.has([p, q].sort().join('\u0000')),
        );
        let link: ChildLinkInfo;
        if (partner) {
          used.add(partner);
          const couple = coupleOfPair.get([p, partner].sort().join('\u0000'));
          const unit = unitFor([couple?.a ?? p, couple?.b ?? partner], couple);
          link = {
            child,
            unit,
            notation,
            relationships: [...(byParent.get(p) ?? []), ...(byParent.get(partner) ?? [])],
          };
        } else {
          link = {
            child,
            unit: unitFor([p], undefined),
            notation,
            relationships: byParent.get(p) ?? [],
          };
        }
        links.push(link);
        push(linksOfChild, child, link);
      }
    }
  }

  // The primary link: from a unit one row above; couples before single parents, then notation.
  const birthDay = new Map(
    persons.map((p) => [p.id, safeDay(p.dateOfBirth ?? p.dueDate)] as const),
  );
  const primary = new Map<string, ChildLinkInfo>();
  for (const [child, list] of linksOfChild) {
    const candidates = list
      .filter((link) => link.unit.generation === gen(child) - 1)
      .sort(
        (x, y) =>
          (x.unit.kind === 'couple' ? 0 : 1) - (y.unit.kind === 'couple' ? 0 : 1) ||
          NOTATION_PRIORITY[x.notation] - NOTATION_PRIORITY[y.notation] ||
          (recordOrder.get(x.unit.parents[0] ?? '') ?? 0) -
            (recordOrder.get(y.unit.parents[0] ?? '') ?? 0),
      );
    const first = candidates[0];
    if (first) primary.set(child, first);
  }
  const primaryChildren = new Map<string, string[]>();
  for (const [child, link] of primary) push(primaryChildren, link.unit.key, child);
  const birthRank = new Map<string, number>();
  for (const children of primaryChildren.values()) {
    children.sort(
      (x, y) =>
        compareDays(birthDay.get(x) ?? Infinity, birthDay.get(y) ?? Infinity) ||
        (recordOrder.get(x) ?? 0) - (recordOrder.get(y) ?? 0),
    );
    children.forEach((child, i) => birthRank.set(child, i));
  }

  return {
    persons,
    byId,
    recordOrder,
    generation,
    index,
    couples,
    couplesOf,
    links,
    primary,
    primaryChildren,
    unitsOfParent,
    birthRank,
    birthDay,
    siblingPairs,
    housemates: housematesOf(record, byId),
    emotional,
    issues,
  };
}

/** Who lives with whom now, both ways, each person once. */
function housematesOf(
  record: CaseRecord,
  drawn: ReadonlyMap<string, Person>,
): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const { members } of currentHouseholds(record, drawn)) {
    for (const a of members) {
      const set = out.get(a) ?? new Set<string>();
      for (const b of members) if (b !== a) set.add(b);
      out.set(a, set);
    }
  }
  return new Map([...out].map(([id, set]) => [id, [...set]]));
}
