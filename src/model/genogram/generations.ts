/**
 * Kinship and generations: who is whose parent, partner and sibling according to the practice
 * model's relationship types, and which generation row each person belongs in. The genogram's
 * text view lists people by these rows; the SVG layout places its rows the same way.
 */
import type { CaseRecord, Person, Relationship } from '../case-record/schema.js';
import { sortDay } from '../fuzzy-dates.js';
import type { PracticeModel, RelationshipType } from '../practice-model/schema.js';

/** One link of a person to another, with the relationship and its type when the model knows it. */
export interface KinLink {
  /** The other person. */
  readonly person: string;
  readonly relationship: Relationship;
  readonly type: RelationshipType;
}

/** An emotional relationship seen from one person: `towards` the other person, or `from` them. */
export interface FeelingLink extends KinLink {
  readonly direction: 'towards' | 'from' | 'mutual';
}

/** Everyone's parents, children, partners, siblings and emotional relationships. */
export interface KinshipGraph {
  readonly parents: ReadonlyMap<string, readonly KinLink[]>;
  readonly children: ReadonlyMap<string, readonly KinLink[]>;
  readonly partners: ReadonlyMap<string, readonly KinLink[]>;
  /** Siblings recorded as such (twins, or `sibling` relationships), both ways. */
  readonly siblings: ReadonlyMap<string, readonly KinLink[]>;
  readonly feelings: ReadonlyMap<string, readonly FeelingLink[]>;
}

/** Parent links that make brothers and sisters: birth and adoptive parents, not foster or step. */
const SIBLING_MAKING = new Set(['biological', 'adoptive', 'surrogate', 'donor']);

/** Parent links that set generations; caring links (foster, kinship, guardian) do not. */
const GENERATIONAL = new Set(['biological', 'adoptive', 'step', 'surrogate', 'donor']);

/** A person's generation; 0 for someone not placed (never the case once placing is done). */
function at(gen: ReadonlyMap<string, number>, id: string): number {
  return gen.get(id) ?? 0;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads the record's relationships through the model's relationship types. */
export function kinshipGraph(record: CaseRecord, model: PracticeModel | undefined): KinshipGraph {
  const types = new Map((model?.relationshipTypes ?? []).map((t) => [t.id, t]));
  const known = new Set(record.persons.map((p) => p.id));
  const parents = new Map<string, KinLink[]>();
  const children = new Map<string, KinLink[]>();
  const partners = new Map<string, KinLink[]>();
  const siblings = new Map<string, KinLink[]>();
  const feelings = new Map<string, FeelingLink[]>();
  for (const relationship of record.relationships ?? []) {
    const type = types.get(relationship.type);
    const { from, to } = relationship;
    if (!type || from === to || !known.has(from) || !known.has(to)) continue;
    switch (type.category) {
      case 'parent-child':
        push(children, from, { person: to, relationship, type });
        push(parents, to, { person: from, relationship, type });
        break;
      case 'couple':
        push(partners, from, { person: to, relationship, type });
        push(partners, to, { person: from, relationship, type });
        break;
      case 'sibling':
        push(siblings, from, { person: to, relationship, type });
        push(siblings, to, { person: from, relationship, type });
        break;
      case 'emotional': {
        const directed = type.directed === true;
        push(feelings, from, {
          person: to,
          relationship,
          type,
          direction: directed ? 'towards' : 'mutual',
        });
        push(feelings, to, {
          person: from,
          relationship,
          type,
          direction: directed ? 'from' : 'mutual',
        });
        break;
      }
    }
  }
  return { parents, children, partners, siblings, feelings };
}

/**
 * Brothers and sisters of a person: `full` share every birth or adoptive parent (or are recorded
 * as siblings or twins), `half` share some but not all.
 */
export function siblingsOf(
  graph: KinshipGraph,
  personId: string,
): { readonly full: readonly string[]; readonly half: readonly string[] } {
  const parentsOf = (id: string) =>
    new Set(
      (graph.parents.get(id) ?? [])
        .filter((link) => SIBLING_MAKING.has(link.type.notation))
        .map((link) => link.person),
    );
  const mine = parentsOf(personId);
  const full = new Set<string>();
  const half = new Set<string>();
  for (const parent of mine) {
    for (const child of graph.children.get(parent) ?? []) {
      if (child.person === personId || !SIBLING_MAKING.has(child.type.notation)) continue;
      const theirs = parentsOf(child.person);
      const sameParents = theirs.size === mine.size && [...mine].every((p) => theirs.has(p));
      (sameParents ? full : half).add(child.person);
    }
  }
  for (const link of graph.siblings.get(personId) ?? []) {
    half.delete(link.person);
    full.add(link.person);
  }
  return { full: [...full], half: [...half] };
}

// ---------------------------------------------------------------------------------------------
// Generations

/** One row of the genogram, oldest generation first. */
export interface GenerationRow {
  /** Relative to the index person: 0 is their generation, -1 their parents', 1 their children's. */
  readonly generation: number;
  /** Person ids in reading order: older people first, partners next to each other. */
  readonly persons: readonly string[];
}

/** Generation of every person in the record. */
export interface Generations {
  /** The person the generations are counted from (the record's index, else its first subject). */
  readonly index: string | undefined;
  readonly byPerson: ReadonlyMap<string, number>;
  readonly rows: readonly GenerationRow[];
}

/** Years between generations, for placing people with no family links by their age. */
const GENERATION_YEARS = 25;

function birthYear(person: Person | undefined): number | undefined {
  if (!person?.dateOfBirth) return undefined;
  try {
    return new Date(sortDay(person.dateOfBirth) * 86_400_000).getUTCFullYear();
  } catch {
    return undefined;
  }
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Places every person in a generation row. Birth, adoptive and step parent links put the child one
 * row below the parent; partners and siblings share a row; when links disagree, the lower row
 * wins. Foster, kinship and guardian carers not otherwise related sit one row above the child they
 * care for. People not linked to the family at all are placed by their year of birth (a
 * generation every 25 years) or, when no age is known, with their oldest in the index person's
 * row.
 */
export function assignGenerations(
  record: CaseRecord,
  model: PracticeModel | undefined,
): Generations {
  const graph = kinshipGraph(record, model);
  const persons = new Map(record.persons.map((p) => [p.id, p]));
  const order = new Map(record.persons.map((p, i) => [p.id, i]));
  const index =
    [record.index, ...record.subjects, record.persons[0]?.id].find(
      (id): id is string => id !== undefined && persons.has(id),
    ) ?? undefined;

  // Neighbours with the row offset they imply. Only birth, adoptive and step parents make
  // generations: a grandmother who is a kinship carer stays in the grandparents' row.
  const strongParents = (id: string) =>
    (graph.parents.get(id) ?? []).filter((l) => GENERATIONAL.has(l.type.notation));
  const strongChildren = (id: string) =>
    (graph.children.get(id) ?? []).filter((l) => GENERATIONAL.has(l.type.notation));
  const neighbours = (id: string): [string, number][] => [
    ...strongParents(id).map((l): [string, number] => [l.person, -1]),
    ...strongChildren(id).map((l): [string, number] => [l.person, 1]),
    ...(graph.partners.get(id) ?? []).map((l): [string, number] => [l.person, 0]),
    ...(graph.siblings.get(id) ?? []).map((l): [string, number] => [l.person, 0]),
  ];

  const generation = new Map<string, number>();
  const components: string[][] = [];
  const starts = [...(index ? [index] : []), ...record.persons.map((p) => p.id)];
  for (const start of starts) {
    if (generation.has(start)) continue;
    const component = [start];
    generation.set(start, 0);
    // Breadth first: the array iterator also visits the people pushed while it runs.
    for (const id of component) {
      for (const [other, offset] of neighbours(id)) {
        if (generation.has(other)) continue;
        generation.set(other, at(generation, id) + offset);
        component.push(other);
      }
    }
    settle(component, strongChildren, graph, generation);
    components.push(component);
  }

  // The index person's family: counted from the index person.
  const main = components[0] ?? [];
  const shiftBy = (component: readonly string[], shift: number) => {
    for (const id of component) generation.set(id, at(generation, id) + shift);
  };
  if (index) shiftBy(main, -at(generation, index));

  // Families linked only by caring (foster, kinship, special guardianship): the carer one row
  // above the child they care for.
  const placed = new Set(main);
  let unplaced = components.slice(1);
  for (let progress = true; progress;) {
    progress = false;
    unplaced = unplaced.filter((component) => {
      const shift = carerShift(component, placed, graph, generation);
      if (shift === undefined) return true;
      shiftBy(component, shift);
      component.forEach((id) => placed.add(id));
      progress = true;
      return false;
    });
  }

  // Everyone else by year of birth: the year generation 0 was born is estimated from everyone
  // placed so far who has a birth date.
  const reference = median(
    [...placed].flatMap((id) => {
      const year = birthYear(persons.get(id));
      return year === undefined ? [] : [year - at(generation, id) * GENERATION_YEARS];
    }),
  );
  for (const component of unplaced) {
    const estimates =
      reference === undefined
        ? []
        : component.flatMap((id) => {
            const year = birthYear(persons.get(id));
            if (year === undefined) return [];
            return [Math.round((year - reference) / GENERATION_YEARS) - at(generation, id)];
          });
    const shift = median(estimates);
    if (shift !== undefined) shiftBy(component, shift);
    else shiftBy(component, -Math.min(...component.map((id) => at(generation, id))));
  }

  return { index, byPerson: generation, rows: rowsOf(generation, graph, persons, order) };
}

/**
 * The shift that puts a component's carer one row above the placed child they care for (or the
 * component's child one row below a placed carer), or `undefined` when no caring link joins them.
 */
function carerShift(
  component: readonly string[],
  placed: ReadonlySet<string>,
  graph: KinshipGraph,
  gen: ReadonlyMap<string, number>,
): number | undefined {
  for (const id of component) {
    for (const link of graph.children.get(id) ?? []) {
      if (placed.has(link.person)) return at(gen, link.person) - 1 - at(gen, id);
    }
    for (const link of graph.parents.get(id) ?? []) {
      if (placed.has(link.person)) return at(gen, link.person) + 1 - at(gen, id);
    }
  }
  return undefined;
}

/** Pushes children below parents and aligns partners and siblings, until nothing moves. */
function settle(
  component: readonly string[],
  childrenOf: (id: string) => readonly KinLink[],
  graph: KinshipGraph,
  gen: Map<string, number>,
) {
  const members = new Set(component);
  // Bounded: contradictory links (a partner who is also a parent) cannot loop forever.
  for (let round = 0; round < component.length * 2 + 2; round++) {
    let moved = false;
    for (const id of component) {
      for (const child of childrenOf(id)) {
        if (!members.has(child.person)) continue;
        if (at(gen, child.person) < at(gen, id) + 1) {
          gen.set(child.person, at(gen, id) + 1);
          moved = true;
        }
      }
      for (const link of [...(graph.partners.get(id) ?? []), ...(graph.siblings.get(id) ?? [])]) {
        const mine = at(gen, id);
        const theirs = at(gen, link.person);
        if (mine !== theirs) {
          const lower = Math.max(mine, theirs);
          gen.set(id, lower);
          gen.set(link.person, lower);
          moved = true;
        }
      }
    }
    if (!moved) return;
  }
}

function rowsOf(
  generation: ReadonlyMap<string, number>,
  graph: KinshipGraph,
  persons: ReadonlyMap<string, Person>,
  order: ReadonlyMap<string, number>,
): GenerationRow[] {
  const byRow = new Map<number, string[]>();
  for (const [id, g] of generation) push(byRow, g, id);
  // Ages once per person: the sort below compares each many times.
  const ages = new Map<string, number>();
  for (const id of generation.keys()) {
    const dob = persons.get(id)?.dateOfBirth;
    ages.set(id, dob ? sortDay(dob) : Number.POSITIVE_INFINITY);
  }
  const age = (id: string) => ages.get(id) ?? Number.POSITIVE_INFINITY;
  const rows: GenerationRow[] = [];
  for (const [g, members] of [...byRow].sort(([a], [b]) => a - b)) {
    const sorted = members.sort(
      (a, b) => age(a) - age(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const position = new Map(sorted.map((id, i) => [id, i]));
    const placed = new Set<string>();
    const persons: string[] = [];
    for (const id of sorted) {
      if (placed.has(id)) continue;
      placed.add(id);
      persons.push(id);
      // Partners sit next to each other: the person's own partners in this row, in row order.
      const partners = (graph.partners.get(id) ?? [])
        .map((link) => link.person)
        .filter((partner) => position.has(partner) && !placed.has(partner))
        .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      for (const partner of partners) {
        if (placed.has(partner)) continue;
        placed.add(partner);
        persons.push(partner);
      }
    }
    rows.push({ generation: g, persons });
  }
  return rows;
}
