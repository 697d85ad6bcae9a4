/**
 * A seeded generator of synthetic case records of any size: families over several generations
 * (couples, separations, remarriages, adoptions, fostering, twins, households) and journeys
 * (events of every type of the model, points and periods). Deterministic for a seed, and valid
 * against the model it is given. Used for benchmarks and large stories; every name is invented.
 */
import {
  fromDayNumber,
  toDayNumber,
  type CaseEvent,
  type CaseRecordInput,
  type FuzzyDate,
  type Household,
  type Person,
  type PracticeModel,
  type Relationship,
} from '../model/index.js';
import { sampleModel } from './england.js';
import { SAMPLE_TODAY } from './sample-case.js';

/** Options of {@link generateCase}. */
export interface GenerateCaseOptions {
  /** Same seed, same record. */
  readonly seed: number;
  /** Exactly this many people. */
  readonly persons: number;
  /** Exactly this many timeline events. */
  readonly events: number;
  /** The model whose relationship, event and agency types are used (default: the sample model). */
  readonly model?: PracticeModel;
  /** First day events may start on (default three years before {@link SAMPLE_TODAY}). */
  readonly from?: string;
  /** Last day events may start on (default {@link SAMPLE_TODAY}). */
  readonly to?: string;
}

/** mulberry32: a small, fast, seeded pseudo-random generator returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const GIVEN_FEMALE = [
  'Amelia',
  'Bethan',
  'Chloe',
  'Demi',
  'Erin',
  'Faith',
  'Grace',
  'Hana',
  'Isla',
  'Jade',
  'Kayla',
  'Leah',
  'Megan',
  'Nadia',
  'Olivia',
  'Priya',
  'Rosie',
  'Sian',
  'Tia',
  'Zara',
];
const GIVEN_MALE = [
  'Aaron',
  'Bilal',
  'Callum',
  'Dylan',
  'Ethan',
  'Finley',
  'Gethin',
  'Harvey',
  'Idris',
  'Jack',
  'Kian',
  'Liam',
  'Mason',
  'Noah',
  'Owen',
  'Reece',
  'Sam',
  'Tomasz',
  'Usman',
  'Zach',
];
const FAMILY = [
  'Abbott',
  'Begum',
  'Clarke',
  'Davies',
  'Evans',
  'Fletcher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kowalski',
  'Lewis',
  'Mensah',
  'Nowak',
  'Owusu',
  'Patel',
  'Quinn',
  'Reid',
  'Shaw',
  'Turner',
  'Walsh',
  'Young',
];
const STREETS = [
  'Ash Grove',
  'Beech Road',
  'Cedar Way',
  'Dale Street',
  'Elm Close',
  'Forge Lane',
  'Glebe Road',
  'Holly Walk',
];
const EMOTIONAL = [
  'close',
  'hostile',
  'distant',
  'cut-off',
  'fused',
  'close-hostile',
  'focused-on',
  'harmonious',
];

const LAST_GENERATION = 3;
const FIRST_BIRTH_YEAR = 1940;

interface Builder {
  readonly random: () => number;
  readonly persons: Person[];
  readonly relationships: Relationship[];
  readonly households: Household[];
  readonly birthDay: Map<string, number>;
  readonly generation: Map<string, number>;
  /** The earliest day a person may start a new couple relationship (after a separation). */
  readonly freeFrom: Map<string, number>;
  /** Each person's current household membership, closed when they move on. */
  readonly membership: Map<string, Household['members'][number]>;
  readonly relTypes: ReadonlySet<string>;
  readonly limit: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('cannot pick from an empty list');
  return item;
}

/** A person's day of birth as a day number (0 for someone the builder did not make). */
function bornOf(b: Builder, person: string): number {
  return b.birthDay.get(person) ?? 0;
}

function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The first type id the model has among the candidates, or undefined. */
function typeOf(b: Builder, ...candidates: string[]): string | undefined {
  return candidates.find((c) => b.relTypes.has(c));
}

function addPerson(
  b: Builder,
  generation: number,
  born: number,
  family: string,
): Person | undefined {
  if (b.persons.length >= b.limit) return undefined;
  const id = `p${b.persons.length + 1}`;
  const female = b.random() < 0.5;
  const person: Person = {
    id,
    name: { given: pick(b.random, female ? GIVEN_FEMALE : GIVEN_MALE), family },
    sex: female ? 'female' : 'male',
    gender: female ? 'woman' : 'man',
    dateOfBirth: fromDayNumber(born),
  };
  // Older people are sometimes deceased; a few death dates are uncertain.
  const age = (toDayNumber(SAMPLE_TODAY) - born) / 365.25;
  if (age > 60 && b.random() < (age - 55) / 50) {
    const died = Math.min(toDayNumber(SAMPLE_TODAY) - 30, born + between(b.random, 50, 85) * 365);
    person.lifeStatus = 'deceased';
    const iso = fromDayNumber(Math.max(died, born + 365));
    person.dateOfDeath = b.random() < 0.3 ? { date: iso.slice(0, 4), qualifier: 'about' } : iso;
  }
  b.persons.push(person);
  b.birthDay.set(id, born);
  b.generation.set(id, generation);
  return person;
}

function relate(
  b: Builder,
  type: string | undefined,
  from: string,
  to: string,
  extra: Partial<Relationship> = {},
): void {
  if (!type) return;
  b.relationships.push({ id: `r${b.relationships.length + 1}`, type, from, to, ...extra });
}

interface Family {
  /** Children who may start families of their own. */
  readonly children: Person[];
  /** The day the couple separated, if they did. */
  readonly end?: number;
}

/** One couple and their children. */
function addFamily(b: Builder, first: Person): Family {
  const generation = b.generation.get(first.id) ?? 0;
  const firstBorn = bornOf(b, first.id);
  const today = toDayNumber(SAMPLE_TODAY);
  const partnerBorn = firstBorn + between(b.random, -1500, 1500);
  const start = Math.max(
    Math.max(firstBorn, partnerBorn) + between(b.random, 18, 30) * 365,
    b.freeFrom.get(first.id) ?? 0,
  );
  // Nobody starts a relationship in the future.
  if (start > today - 60) return { children: [] };
  const partner = addPerson(b, generation, partnerBorn, pick(b.random, FAMILY));
  if (!partner) return { children: [] };
  const ended = b.random() < 0.35;
  const endDay = start + between(b.random, 3, 15) * 365;
  const end = ended && endDay < today ? endDay : undefined;
  const roll = b.random();
  const coupleType =
    roll < 0.5
      ? typeOf(b, 'marriage')
      : roll < 0.8
        ? typeOf(b, 'cohabiting')
        : roll < 0.87
          ? typeOf(b, 'civil-partnership', 'marriage')
          : roll < 0.94
            ? typeOf(b, 'engaged', 'cohabiting')
            : typeOf(b, 'dating', 'cohabiting');
  const married = coupleType === 'marriage' || coupleType === 'civil-partnership';
  relate(b, coupleType, first.id, partner.id, {
    start: fromDayNumber(start),
    ...(end !== undefined
      ? {
          end: fromDayNumber(end),
          status: married ? (b.random() < 0.6 ? 'divorced' : 'separated') : 'ended',
        }
      : { status: 'current' }),
  });

  const household: Household = {
    id: `h${b.households.length + 1}`,
    label: `${first.name.family ?? ''} household`.trim(),
    address: {
      text: `${between(b.random, 1, 120)} ${pick(b.random, STREETS)}, Eastmoor`,
      ...(b.random() < 0.03 ? { confidential: true } : {}),
    },
    from: fromDayNumber(start),
    members: [],
  };
  b.households.push(household);
  const join = (person: string, day: number, leave?: number) => {
    const previous = b.membership.get(person);
    if (previous && previous.to === undefined)
      previous.to = fromDayNumber(Math.max(day, bornOf(b, person)));
    const member: Household['members'][number] = { person, from: fromDayNumber(day) };
    if (leave !== undefined) member.to = fromDayNumber(leave);
    household.members.push(member);
    b.membership.set(person, member);
  };
  join(first.id, start);
  join(partner.id, start, end);

  const children: Person[] = [];
  const count = between(b.random, 0, 4);
  let born = start + between(b.random, 200, 900);
  for (let k = 0; k < count && born < (end ?? today); k++) {
    const family = first.name.family ?? pick(b.random, FAMILY);
    const child = addPerson(b, generation + 1, born, family);
    if (!child) break;
    const adopted = b.random() < 0.05;
    const parentType = adopted
      ? typeOf(b, 'adoptive-parent', 'biological-parent')
      : typeOf(b, 'biological-parent');
    relate(b, parentType, first.id, child.id);
    relate(b, parentType, partner.id, child.id);
    join(child.id, born);
    children.push(child);
    if (b.random() < 0.06) {
      const twin = addPerson(b, generation + 1, born, family);
      if (twin) {
        const group = `twins-${child.id}`;
        const identical = b.random() < 0.3;
        child.multipleBirth = { group, identical };
        twin.multipleBirth = { group, identical };
        relate(b, parentType, first.id, twin.id);
        relate(b, parentType, partner.id, twin.id);
        relate(
          b,
          identical
            ? typeOf(b, 'identical-twins', 'sibling')
            : typeOf(b, 'fraternal-twins', 'sibling'),
          child.id,
          twin.id,
        );
        join(twin.id, born);
        children.push(twin);
      }
    }
    if (b.random() < 0.1) {
      relate(b, typeOf(b, pick(b.random, EMOTIONAL)), first.id, child.id, {
        start: fromDayNumber(born + between(b.random, 365, 3650)),
      });
    }
    if (b.random() < 0.03) {
      const carer = addPerson(
        b,
        generation,
        born - between(b.random, 25, 40) * 365,
        pick(b.random, FAMILY),
      );
      if (carer)
        relate(b, typeOf(b, 'foster-parent', 'kinship-carer'), carer.id, child.id, {
          start: fromDayNumber(born + 2000),
        });
    }
    born += between(b.random, 400, 1500);
  }
  if (b.random() < 0.15) relate(b, typeOf(b, 'hostile', 'distant'), first.id, partner.id);
  return end === undefined ? { children } : { children, end };
}

function buildFamilies(b: Builder): void {
  const queue: Person[] = [];
  while (b.persons.length < b.limit) {
    let adult = queue.shift();
    if (!adult) {
      const born = toDayNumber(`${FIRST_BIRTH_YEAR}-01-01`) + between(b.random, 0, 25 * 365);
      adult = addPerson(b, 0, born, pick(b.random, FAMILY));
      if (!adult) break;
    }
    const { children, end } = addFamily(b, adult);
    for (const child of children) {
      if ((b.generation.get(child.id) ?? 0) < LAST_GENERATION && b.random() < 0.6)
        queue.push(child);
    }
    // Remarriage: the adult starts a second family, whose children are half-siblings of the first.
    if (end !== undefined && b.random() < 0.5) {
      b.freeFrom.set(adult.id, end + between(b.random, 100, 1500));
      queue.push(adult);
    }
  }
}

function dateAt(random: () => number, day: number): FuzzyDate {
  const iso = fromDayNumber(day);
  const roll = random();
  if (roll < 0.2)
    return `${iso}T${String(between(random, 8, 22)).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}`;
  return iso;
}

function buildEvents(
  random: () => number,
  model: PracticeModel,
  count: number,
  people: readonly string[],
  agencies: readonly string[],
  professionals: readonly string[],
  from: number,
  to: number,
): CaseEvent[] {
  const codes = new Map(model.codeLists.map((list) => [list.id, list.codes.map((c) => c.code)]));
  const types = model.eventTypes;
  const events: CaseEvent[] = [];
  for (let i = 0; i < count; i++) {
    const type = types[i % types.length];
    if (!type) break;
    const start = between(random, from, to);
    const persons = [pick(random, people)];
    const event: CaseEvent = {
      id: `e${i + 1}`,
      type: type.id,
      date: type.kind === 'point' ? dateAt(random, start) : fromDayNumber(start),
      persons,
      significance: pick(random, ['low', 'medium', 'high'] as const),
    };
    if (random() < 0.4 && people.length > 1) {
      const other = pick(random, people);
      if (other !== persons[0]) persons.push(other);
    }
    if (type.kind === 'period') {
      const end = start + between(random, 1, 240);
      if (end <= to && random() < 0.9) event.end = fromDayNumber(end);
    } else if (random() < 0.02) {
      event.date = { date: fromDayNumber(start).slice(0, 7), qualifier: 'about' };
    }
    if (agencies.length && random() < 0.8) event.agency = pick(random, agencies);
    if (professionals.length && random() < 0.7) event.author = pick(random, professionals);
    if (random() < 0.15)
      event.recorded = fromDayNumber(Math.min(to, start + between(random, 1, 10)));
    const attributes: Record<string, string | number | boolean> = {};
    const list = type.codeList ? codes.get(type.codeList) : undefined;
    if (list?.length) attributes.code = pick(random, list);
    if (type.category === 'strategy-discussion') attributes.s47 = random() < 0.7;
    if (type.category === 'visit') attributes.seenAlone = random() < 0.75;
    if (type.category === 'placement') attributes.longTerm = random() < 0.3;
    if (type.category === 'legal-status') attributes.startsEpisode = random() < 0.4;
    if (Object.keys(attributes).length) event.attributes = attributes;
    if (random() < 0.03) {
      event.sensitivity = {
        tags: [
          pick(random, ['third-party', 'confidential-address', 'restricted', 'health'] as const),
        ],
      };
    }
    events.push(event);
  }
  return events;
}

/**
 * Generates a synthetic case record of `persons` people and `events` events, deterministic for
 * `seed`. The output passes `parseCaseRecord(record, model)` with no issues.
 */
export function generateCase(options: GenerateCaseOptions): CaseRecordInput {
  const model = options.model ?? sampleModel;
  const random = mulberry32(options.seed);
  const to = toDayNumber(options.to ?? SAMPLE_TODAY);
  const from = toDayNumber(options.from ?? fromDayNumber(to - 3 * 365));
  const b: Builder = {
    random,
    persons: [],
    relationships: [],
    households: [],
    birthDay: new Map(),
    generation: new Map(),
    freeFrom: new Map(),
    membership: new Map(),
    relTypes: new Set(model.relationshipTypes.map((t) => t.id)),
    limit: Math.max(0, Math.floor(options.persons)),
  };
  buildFamilies(b);

  const agencyKinds = model.agencyKinds ?? [];
  const agencies = agencyKinds.map((kind, i) => ({
    id: `a${i + 1}`,
    name: `Eastmoor ${kind.id.replace(/-/g, ' ')}`,
    kind: kind.id,
  }));
  const agencyOf = (i: number): { agency?: string } => {
    const agency = agencies[i % agencies.length];
    return agency ? { agency: agency.id } : {};
  };
  const professionals = Array.from(
    { length: Math.min(40, Math.max(1, agencies.length * 2)) },
    (_, i) => ({
      id: `w${i + 1}`,
      name: `${pick(random, [...GIVEN_FEMALE, ...GIVEN_MALE])} ${pick(random, FAMILY)}`,
      role: 'Practitioner',
      ...agencyOf(i),
    }),
  );

  // Subjects: the youngest living children, up to four.
  const today = toDayNumber(SAMPLE_TODAY);
  const children = b.persons
    .filter((p) => p.lifeStatus !== 'deceased' && today - bornOf(b, p.id) < 18 * 365)
    .sort((x, y) => bornOf(b, y.id) - bornOf(b, x.id))
    .slice(0, 4)
    .map((p) => p.id);
  const subjects = children.length ? children : b.persons.slice(0, 1).map((p) => p.id);
  const people = b.persons.map((p) => p.id);
  // Most events are about the subjects; the rest about anyone.
  const eventPeople = people.length ? [...subjects, ...subjects, ...subjects, ...people] : [];
  const events =
    eventPeople.length && model.eventTypes.length
      ? buildEvents(
          random,
          model,
          Math.max(0, Math.floor(options.events)),
          eventPeople,
          agencies.map((a) => a.id),
          professionals.map((p) => p.id),
          from,
          to,
        )
      : [];

  return {
    id: `generated-${options.seed}`,
    model: { id: model.id, version: model.version },
    ...(model.division ? { division: model.division } : {}),
    subjects,
    ...(subjects[0] ? { index: subjects[0] } : {}),
    persons: b.persons,
    relationships: b.relationships,
    households: b.households,
    agencies,
    professionals,
    events,
    responses: [],
  };
}
