import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { IsoDate, PartialDate, isPartialDate } from '../../src/model/common.js';
import { isIsoDate } from '../../src/model/calendar/dates.js';
import { compileFastCheck, type FastCheck } from '../../src/model/fast-check.js';
import {
  Agency,
  AssessmentResponse,
  CaseEvent,
  CaseRecord,
  Household,
  Person,
  Professional,
  PracticeModel,
  Relationship,
  readCaseRecord,
} from '../../src/model/index.js';
import { useJitlessZod } from '../../src/model/zod-config.js';
import {
  generateCase,
  hostileStrings,
  mulberry32,
  girfecModel,
  sampleAssessment,
  sampleCase,
  sampleModel,
  threeColumnModel,
  whatMattersModel,
} from '../../src/samples/index.js';

type Json = Record<string, unknown>;

useJitlessZod();

/** The item schemas readCaseRecord checks one by one, by the record's list they read. */
const ITEM_SCHEMAS = {
  persons: Person,
  relationships: Relationship,
  households: Household,
  agencies: Agency,
  professionals: Professional,
  events: CaseEvent,
  responses: AssessmentResponse,
} as const;
type ListName = keyof typeof ITEM_SCHEMAS;
const LISTS = Object.keys(ITEM_SCHEMAS) as ListName[];

/**
 * JSON with the keys of every object sorted: the same for two values exactly when they are
 * deep-equal up to the order of object keys (for the JSON-like values compared here).
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, (inner as Json)[key]]),
        )
      : inner,
  );
}

/** The object's keys in an order other than their own (reversed), when it has two or more. */
function reordered<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

/** What the fast check said about one value, after checking it agreed with zod. */
interface Agreement {
  readonly same: boolean;
  readonly read: boolean;
}

/**
 * Asserts the guarantee: when the fast check answers, zod accepts and its output is deep-equal
 * to the value up to the order of object keys, and `read` gives back the value itself (never a
 * copy). Returns what the fast check said, for hit-rate assertions.
 */
function expectAgreement(
  schema: z.ZodMiniType,
  fast: FastCheck<unknown>,
  value: unknown,
  label: string,
): Agreement {
  const parsed = schema.safeParse(value);
  const same = fast(value);
  const output = fast.read(value);
  const read = output !== undefined;
  if (same) {
    expect(parsed.success, `${label}: fast said valid, zod rejected`).to.equal(true);
    expect(output, `${label}: read() returns the value itself`).to.equal(value);
  }
  if (read) {
    expect(same, `${label}: read it, yet the check says no`).to.equal(true);
    expect(output, `${label}: read() returns the value itself`).to.equal(value);
    expect(parsed.success, `${label}: fast read it, zod rejected`).to.equal(true);
    if (parsed.success) {
      expect(output, `${label}: output differs from zod's`).to.deep.equal(parsed.data);
      expect(canonical(output), `${label}: data differs from zod's`).to.equal(
        canonical(parsed.data),
      );
    }
  }
  return { same, read };
}

function compiled(list: ListName): FastCheck<unknown> {
  return compileFastCheck(ITEM_SCHEMAS[list]) as FastCheck<unknown>;
}

function itemsOf(record: unknown, list: ListName): unknown[] {
  const items = (record as Json)[list];
  return Array.isArray(items) ? items : [];
}

// ---------------------------------------------------------------------------------------------
// Seeded mutations of valid items.

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

class Unusual {
  readonly id = 'p1';
}

/** Values that break a field in every way zod distinguishes, and some that should not. */
function oddValues(): unknown[] {
  const nullPrototype = Object.create(null) as Json;
  nullPrototype.id = 'p1';
  const withProto = JSON.parse('{"__proto__": {"x": 1}, "given": "Ann"}') as unknown;
  // eslint-disable-next-line no-sparse-arrays
  const holey = [, 'p1'];
  const extraProperty = Object.assign(['p1'], { note: 'x' });
  // Getters that answer the same every time: zod and the fast check must agree on them.
  const getters = {
    get given() {
      return 'Ann';
    },
    family: 'Smith',
  };
  const getterId = {
    get id() {
      return 'p1';
    },
    name: {},
  };
  return [
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    1.5,
    -1,
    2 ** 53,
    NaN,
    Infinity,
    -Infinity,
    '',
    'x',
    'p1',
    'a b',
    '-leading',
    'x'.repeat(129),
    'x'.repeat(1_000),
    'x'.repeat(1_001),
    'x'.repeat(10_001),
    // 600 code points in 1,200 UTF-16 units: within a 1,000-character limit.
    '😀'.repeat(600),
    '😀'.repeat(1_001),
    '\uD800'.repeat(1_001),
    '2019',
    '2019-05',
    '2019-05-14',
    '2019-05-14T09:30',
    '2019-05-14T09:30:59',
    '2019-05-14T24:00',
    '2019-05-14T23:60',
    '2019-05-14T23:59:60',
    '2023-02-29',
    '2024-02-29',
    '1900-02-29',
    '2000-02-29',
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '2019-13',
    '2019-00',
    '2019-04-31',
    '2019-5-14',
    ' 2019',
    '2019\n',
    '２０１９',
    '٢٠١٩',
    { date: '2019' },
    { date: '2019', qualifier: 'about' },
    { date: '2018-03', qualifier: 'between', until: '2018-06' },
    { date: '2019', qualifier: 'roughly' },
    { date: '2019', extra: 1 },
    { qualifier: 'about' },
    { date: '2019', qualifier: undefined },
    'female',
    'woman',
    'alive',
    'high',
    'draft',
    'worker',
    [],
    ['p1'],
    ['p1', 'p2'],
    ['p1', 7],
    [null],
    holey,
    extraProperty,
    {},
    { given: 'Ann' },
    { given: 5 },
    { tags: [] },
    { tags: ['health'], visibleTo: ['court'] },
    { tags: ['nonsense'] },
    { tags: ['health'], note: 'extra' },
    { text: '1 High Street' },
    { person: 'p1' },
    { worker: 4, parent: null },
    { nobody: 3 },
    { 1: 'one' },
    { '-1': 'minus one' },
    { code: '6', seenAlone: true, count: 2, none: null },
    { code: { nested: true } },
    [{ id: 'e1', text: 'A worry' }],
    [{ id: 'e1', text: 'A worry', extra: 'stripped' }],
    [{ q1: 'yes' }],
    { value: 'yes' },
    { value: null, cites: ['q1'] },
    { id: 'm', version: '1' },
    nullPrototype,
    withProto,
    new Unusual(),
    new Date(0),
    () => 'p1',
    getters,
    getterId,
    // Keys objects inherit, as own keys.
    { constructor: 'x', id: 'p1' },
    { id: 'p1', toString: 'x', name: {} },
    { hasOwnProperty: 1 },
    // Objects where lists belong, and lists where objects belong.
    { 0: 'p1', length: 1 },
    [{}],
    [['p1']],
    'x'.repeat(100_001),
    ...hostileStrings,
  ];
}

/** The places inside `root` where a value can be replaced, removed or added. */
function containers(root: unknown): (Json | unknown[])[] {
  const out: (Json | unknown[])[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    out.push(value as Json | unknown[]);
    for (const inner of Object.values(value)) walk(inner);
  };
  walk(root);
  return out;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A copy of the plain objects and arrays in `value`; anything else is shared. */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyPlain(v)]));
  return value;
}

/** One random change somewhere inside a copy of `item`. */
function mutate(random: Random, item: unknown, odd: readonly unknown[]): unknown {
  const copy = copyPlain(item);
  const target = pick(random, containers(copy));
  const keys = Object.keys(target);
  const key = keys.length ? pick(random, keys) : '0';
  const record = target as Json;
  switch (Math.floor(random() * 6)) {
    case 0: // drop a field or an element
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else Reflect.deleteProperty(record, key);
      break;
    case 1: // an odd value in place of a field
    case 2:
      record[key] = pick(random, odd);
      break;
    case 3: // an unknown field (or element)
      record[Array.isArray(target) ? target.length : pick(random, ['extra', 'given', 'id', 'x'])] =
        pick(random, odd);
      break;
    case 4: {
      // the same fields in another order
      if (Array.isArray(target)) break;
      const entries = shuffled(random, Object.entries(record));
      for (const k of Object.keys(record)) Reflect.deleteProperty(record, k);
      for (const [k, v] of entries) record[k] = v;
      break;
    }
    default: // a present key holding undefined
      record[key] = undefined;
  }
  return copy;
}

/** Sets the value at `path` inside `root` (which must already hold every step but the last). */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let target = root as Json;
  for (const step of path.slice(0, -1)) target = target[step] as Json;
  target[path[path.length - 1] as string] = value;
}

interface SchemaView {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaView;
      readonly element?: SchemaView;
      readonly shape?: Record<string, SchemaView>;
      readonly valueType?: SchemaView;
      readonly options?: readonly SchemaView[];
    };
  };
}

/**
 * Every key of every object shape `value` goes through under `schema` (present in the value or
 * not), and every element and record entry: the places one wrong value must make zod reject.
 */
function keyPaths(
  schema: unknown,
  value: unknown,
  path: (string | number)[],
): (string | number)[][] {
  const def = (schema as SchemaView)._zod.def;
  const out: (string | number)[][] = [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
      if (value === undefined || value === null) return out;
      return keyPaths(def.innerType, value, path);
    case 'object':
      for (const [key, inner] of Object.entries(def.shape ?? {})) {
        out.push([...path, key]);
        const child = (value as Json)[key];
        if (child !== undefined) out.push(...keyPaths(inner, child, [...path, key]));
      }
      return out;
    case 'array':
      (value as unknown[]).forEach((item, i) => {
        out.push([...path, i]);
        out.push(...keyPaths(def.element, item, [...path, i]));
      });
      return out;
    case 'record':
      for (const [key, item] of Object.entries(value as Json)) {
        out.push([...path, key]);
        out.push(...keyPaths(def.valueType, item, [...path, key]));
      }
      return out;
    case 'union': {
      const option = def.options?.find((o) => (o as z.ZodMiniType).safeParse(value).success);
      return option ? keyPaths(option, value, path) : out;
    }
    default:
      return out;
  }
}

// ---------------------------------------------------------------------------------------------

describe('compileFastCheck', () => {
  describe('covers the case-record schemas', () => {
    it('compiles every part of every case-record schema without handing any to zod', () => {
      for (const list of LISTS) {
        expect(compiled(list).fallbacks, list).to.deep.equal([]);
      }
      expect(compileFastCheck(CaseRecord).fallbacks).to.deep.equal([]);
    });

    it('checks every key of every object in the sample items', () => {
      // A symbol fits no schema the case record uses: put one under every key of the shapes
      // the sample items go through, present or not, and the fast check must never accept it.
      let tried = 0;
      for (const list of LISTS) {
        const fast = compiled(list);
        const items = itemsOf(sampleCase, list).slice(0, 20);
        if (list === 'responses') items.push(sampleAssessment);
        for (const item of items) {
          for (const path of keyPaths(ITEM_SCHEMAS[list], item, [])) {
            const broken = copyPlain(item);
            setAt(broken, path, Symbol('not data'));
            expect(ITEM_SCHEMAS[list].safeParse(broken).success, path.join('.')).to.equal(false);
            expect(fast(broken), `${list} ${path.join('.')}`).to.equal(false);
            expect(fast.read(broken), `${list} ${path.join('.')}`).to.equal(undefined);
            tried += 1;
          }
        }
      }
      expect(tried).to.be.greaterThan(1_000);
    });

    it('hands a construct it does not understand to zod and says where', () => {
      const schema = z.extend(CaseEvent, {
        extra: z.optional(
          z.pipe(
            z.string(),
            z.transform((s) => s.length),
          ),
        ),
      });
      const fast = compileFastCheck(schema);
      expect(fast.fallbacks.map((f) => f.path)).to.deep.equal(['(root).extra']);
      // Transformed output: never the input itself, whatever the fast check makes of the rest.
      const event = { id: 'e1', type: 'visit', date: '2020-01-01', extra: 'abc' };
      expect(fast(event)).to.equal(false);
      expect(fast.read(event)).to.equal(undefined);
      expectAgreement(schema, fast as FastCheck<unknown>, event, 'transform');
      expect(fast({ id: 'e1', type: 'visit', date: '2020-01-01' })).to.equal(true);
    });

    it('lists a part handed to zod in every check that meets it, whichever compiled it first', () => {
      // Checks share the parts they have in common, except parts with something handed to zod
      // inside: each check compiles those again, and lists them under its own path.
      const Odd = z.object({
        id: z.string(),
        n: z.optional(
          z.pipe(
            z.string(),
            z.transform((s) => s.length),
          ),
        ),
      });
      const Plain = z.object({ id: z.string(), n: z.optional(z.number()) });
      const first = compileFastCheck(z.object({ a: Odd, p: Plain }));
      const second = compileFastCheck(z.object({ list: z.array(Odd), p: z.optional(Plain) }));
      expect(first.fallbacks.map((f) => f.path)).to.deep.equal(['(root).a.n']);
      expect(second.fallbacks.map((f) => f.path)).to.deep.equal(['(root).list[].n']);
      expect(second({ list: [{ id: 'x' }], p: { id: 'y', n: 1 } })).to.equal(true);
      expect(second({ list: [{ id: 'x', n: 'abc' }] })).to.equal(false);
      expect(second({ list: [], p: { id: 'y', n: 'one' } })).to.equal(false);
      // A part that refers to itself, met first on its own, then inside another schema.
      const Tree: z.ZodMiniType = z.object({
        name: z.string(),
        get children() {
          return z.optional(z.array(Tree));
        },
      });
      expect(compileFastCheck(Tree).fallbacks).to.deep.equal([]);
      const Forest = z.object({ trees: z.array(Tree) });
      const forest = compileFastCheck(Forest) as FastCheck<unknown>;
      expect(forest.fallbacks).to.deep.equal([]);
      for (const value of [
        { trees: [{ name: 'a', children: [{ name: 'b', children: [] }] }] },
        { trees: [{ name: 'a', children: [{ name: 'b', children: [{ name: 3 }] }] }] },
      ])
        expectAgreement(Forest, forest, value, JSON.stringify(value));
    });

    it('never answers for defaults, catches or superRefine checks', () => {
      const schemas: z.ZodMiniType[] = [
        z.object({ a: z._default(z.string(), 'x') }),
        z.object({ a: z.catch(z.string(), 'x') }),
        z.object({ a: z.optional(z._default(z.string(), 'x')) }),
        z.object({
          a: z.string().check(
            z.superRefine((value, ctx) => {
              if (value === 'bad')
                ctx.issues.push({ code: 'custom', message: 'bad', input: value });
            }),
          ),
        }),
        z.object({ a: z.readonly(z.object({ b: z.string() })) }),
      ];
      for (const schema of schemas) {
        const fast = compileFastCheck(schema) as FastCheck<unknown>;
        expect(fast.fallbacks).to.have.length.greaterThan(0);
        for (const value of [{}, { a: 'bad' }, { a: 'ok' }, { a: 5 }, { a: { b: 'c' } }])
          expectAgreement(schema, fast, value, JSON.stringify(value));
        expect(fast({})).to.equal(false);
      }
    });

    it('reports a key that objects inherit instead of reading it', () => {
      const fast = compileFastCheck(z.object({ constructor: z.optional(z.string()) }));
      expect(fast.fallbacks).to.have.length(1);
      expect(fast({})).to.equal(false);
    });
  });

  describe('agrees with zod', () => {
    it('on every item of the sample case and the sample assessment', () => {
      for (const list of LISTS) {
        const fast = compiled(list);
        const items = itemsOf(sampleCase, list);
        items.forEach((item, i) => {
          const { same } = expectAgreement(ITEM_SCHEMAS[list], fast, item, `${list}[${i}]`);
          expect(same, `${list}[${i}] passes`).to.equal(true);
          // In another key order, each is still read as it is.
          const other = reordered(item);
          const agreement = expectAgreement(
            ITEM_SCHEMAS[list],
            fast,
            other,
            `${list}[${i}] reordered`,
          );
          expect(agreement.same, `${list}[${i}] reordered passes`).to.equal(true);
        });
      }
      const fast = compiled('responses');
      expect(
        expectAgreement(AssessmentResponse, fast, sampleAssessment, 'sampleAssessment').read,
      ).to.equal(true);
    });

    it('on generated records, reading nearly all of their items without zod', () => {
      for (const seed of [1, 2, 3, 4]) {
        const record = generateCase({ seed, persons: 120, events: 400 });
        for (const list of LISTS) {
          const fast = compiled(list);
          const items = itemsOf(record, list);
          let read = 0;
          items.forEach((item, i) => {
            if (expectAgreement(ITEM_SCHEMAS[list], fast, item, `seed ${seed} ${list}[${i}]`).read)
              read += 1;
          });
          expect(read, `seed ${seed}: ${list} read fast`).to.equal(items.length);
        }
      }
    });

    it('on hostile strings in every text field, id and date', () => {
      const person = itemsOf(sampleCase, 'persons')[0] as Json;
      const event = itemsOf(sampleCase, 'events')[0] as Json;
      const personFast = compiled('persons');
      const eventFast = compiled('events');
      for (const text of hostileStrings) {
        for (const [field, value] of [
          ['name', { given: text, display: text }],
          ['notes', text],
          ['id', text],
          ['dateOfBirth', text],
          ['conditions', [text, text]],
        ] as const) {
          expectAgreement(Person, personFast, { ...person, [field]: value }, `person ${field}`);
        }
        for (const field of ['title', 'description', 'type', 'date', 'author', 'reference']) {
          expectAgreement(CaseEvent, eventFast, { ...event, [field]: text }, `event ${field}`);
        }
        expectAgreement(
          CaseEvent,
          eventFast,
          { ...event, attributes: { [text]: text } },
          'event attributes',
        );
      }
    });

    it('on thousands of seeded mutations of valid items', () => {
      const random = mulberry32(20_261_125);
      const odd = oddValues();
      const record = generateCase({ seed: 9, persons: 60, events: 200 });
      const pool: [ListName, unknown][] = [];
      for (const source of [sampleCase, record] as unknown[]) {
        for (const list of LISTS) for (const item of itemsOf(source, list)) pool.push([list, item]);
      }
      pool.push(['responses', sampleAssessment]);
      const checks = Object.fromEntries(LISTS.map((list) => [list, compiled(list)]));
      let accepted = 0;
      let rejected = 0;
      for (let n = 0; n < 6_000; n++) {
        const [list, item] = pick(random, pool);
        let value = mutate(random, item, odd);
        // Now and then a second change, so that two problems meet in one item.
        if (random() < 0.3) value = mutate(random, value, odd);
        const { read } = expectAgreement(
          ITEM_SCHEMAS[list],
          checks[list] as FastCheck<unknown>,
          value,
          `mutation ${n} of ${list}`,
        );
        if (read) accepted += 1;
        else rejected += 1;
      }
      // Both sides of the check were exercised.
      expect(accepted).to.be.greaterThan(1_000);
      expect(rejected).to.be.greaterThan(1_000);
    });

    it('on whole items that are not plain objects', () => {
      const fast = compiled('persons');
      const nullPrototype = Object.assign(Object.create(null) as Json, {
        id: 'p1',
        name: {},
      });
      [nullPrototype, new Unusual(), ['p1'], 'p1', null, undefined, 42].forEach((value, i) => {
        expectAgreement(Person, fast, value, `value ${i}`);
        expect(fast(value)).to.equal(false);
      });
    });

    it('picks the union option zod picks, not a later one that also fits', () => {
      // zod reads this as a list of structured entries (stripping "extra"); as a repeating
      // group it would fit unchanged, but zod never gets that far.
      const answer = { value: [{ id: 'e1', text: 'A worry', extra: 'x' }] };
      const Answer = AssessmentResponse.def.shape.answers.def.valueType;
      const fast = compileFastCheck(Answer) as FastCheck<unknown>;
      expectAgreement(Answer, fast, answer, 'answer');
      expect(fast(answer)).to.equal(false);
    });

    it('counts string lengths in code points, as zod does', () => {
      const fast = compileFastCheck(z.string().check(z.maxLength(3), z.minLength(2)));
      expect(fast('😀😀😀')).to.equal(true);
      expect(fast('😀😀😀😀')).to.equal(false);
      expect(fast('😀')).to.equal(false);
      expect(fast('ab')).to.equal(true);
    });

    it('reads identifiers with character tables, exactly as their pattern does', () => {
      const patterns = [
        /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
        /^[a-z]+$/,
        /^[a-c][x-z]$/,
        /^[-a][b-]*$/,
        /^[+--]*$/,
        // An empty class matches nothing.
        new RegExp('^[]$'),
        // Not character tables: the regular expression decides.
        /^[^a]*$/,
        /^[a-z]{2}$/,
        /^[a-z]*$/i,
        /^[a-z]*$/m,
        /^[\d]+$/,
        /^[a-z]*\$$/,
        /^[a-z]|[0-9]$/,
      ];
      const random = mulberry32(7);
      const alphabet = 'abcxyzABZ0129_.:-+,$ \n😀é\u0000';
      const strings = ['', 'a', 'A', '0', '-', '_', 'ab', 'a-', 'ab\ncd', 'abc\n', 'x'.repeat(129)];
      for (let n = 0; n < 2_000; n++) {
        let text = '';
        const length = Math.floor(random() * 6);
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
        strings.push(text);
      }
      for (const pattern of patterns) {
        const schema = z.string().check(z.regex(pattern));
        const fast = compileFastCheck(schema) as FastCheck<unknown>;
        for (const text of strings) {
          expect(fast(text), `${String(pattern)} ${JSON.stringify(text)}`).to.equal(
            pattern.test(text),
          );
          expectAgreement(schema, fast, text, `${String(pattern)} ${JSON.stringify(text)}`);
        }
      }
    });

    it('reads a list whose items come in more key orders than it remembers', () => {
      // Items share a few key sequences, remembered as a tree; hostile input can make every
      // sequence new, and past a limit items are read key by key. Both ways answer as zod does.
      const random = mulberry32(11);
      const fast = compiled('events');
      const values: Json = {
        id: 'e1',
        type: 'visit',
        date: '2020-01-01',
        end: { qualifier: 'about', date: '2020-02' },
        title: 'A visit',
        persons: ['p1', 'p2'],
        agency: 'a1',
        author: 'w1',
        recorded: '2020-01-02',
        significance: 'high',
        reference: 'R1',
        attributes: { code: '6', seenAlone: true },
        sensitivity: { tags: ['health'] },
      };
      const keys = Object.keys(values);
      let outOfOrder = 0;
      for (let n = 0; n < 3_000; n++) {
        const item: Json = {};
        for (const key of shuffled(random, keys)) {
          const roll = random();
          if (roll < 0.25 && !['id', 'type', 'date'].includes(key)) continue;
          item[key] = roll < 0.27 ? pick(random, ['', 7, '2020-13', null, 'x y']) : values[key];
        }
        if (random() < 0.05) item[pick(random, ['extra', '__proto__', 'constructor'])] = 1;
        const { read } = expectAgreement(CaseEvent, fast, item, `item ${n}`);
        if (read && JSON.stringify(item) !== JSON.stringify(CaseEvent.parse(item))) outOfOrder += 1;
      }
      // Many items read fast had their keys out of zod's order, and were kept as they are.
      expect(outOfOrder).to.be.greaterThan(500);
    });

    it('keeps a value whose keys are out of the schema’s order as it is, never a copy', () => {
      const fast = compiled('events');
      const event = { date: '2020-01-01', type: 'visit', id: 'e1', persons: ['p1'] };
      // zod's copy lists the keys in the schema's order; the data is the same.
      expect(JSON.stringify(CaseEvent.parse(event))).to.equal(
        '{"id":"e1","type":"visit","date":"2020-01-01","persons":["p1"]}',
      );
      expect(fast(event)).to.equal(true);
      const read = fast.read(event);
      expect(read).to.equal(event);
      expect(Object.keys(read as Json)).to.deep.equal(['date', 'type', 'id', 'persons']);
      // Nested objects out of order too: the same objects, in the host's order.
      const date = { qualifier: 'about', date: '2020' };
      const persons = ['p1'];
      const nested = { persons, id: 'e1', type: 'visit', date };
      expect(fast(nested)).to.equal(true);
      expect(fast.read(nested)).to.equal(nested);
      expect((fast.read(nested) as Json).date).to.equal(date);
      expect(Object.keys(date)).to.deep.equal(['qualifier', 'date']);
      expect((fast.read(nested) as Json).persons).to.equal(persons);
    });

    it('still asks zod when a refinement of an object could see another key order', () => {
      // zod runs a refinement on its copy, keys in the schema's order: a refinement that reads
      // the order may answer otherwise on the value as given, so only zod can say.
      const schema = z
        .object({ a: z.string(), b: z.optional(z.string()) })
        .check(z.refine((v) => Object.keys(v).join() !== 'a,b'));
      const fast = compileFastCheck(schema) as FastCheck<unknown>;
      const value = { b: 'x', a: 'y' };
      expect(schema.safeParse(value).success).to.equal(false);
      expect(fast(value)).to.equal(false);
      expect(fast.read(value)).to.equal(undefined);
      expectAgreement(schema, fast, value, 'refined, out of order');
      // In the schema's order, or with one key, the refinement sees what zod's copy holds.
      expect(fast({ a: 'y' })).to.equal(true);
      expect(fast({ a: 'y', b: 'x' })).to.equal(false);
      expect(schema.safeParse({ a: 'y', b: 'x' }).success).to.equal(false);
    });
  });

  describe('agrees with zod on other constructs', () => {
    const Tree: z.ZodMiniType = z.object({
      name: z.string(),
      get children() {
        return z.optional(z.array(Tree));
      },
    });
    const schemas: Record<string, z.ZodMiniType> = {
      strict: z.strictObject({ a: z.string(), b: z.optional(z.number()) }),
      loose: z.looseObject({ a: z.string() }),
      catchall: z.catchall(z.object({ a: z.string() }), z.number()),
      numbers: z.object({
        int: z.optional(z.int().check(z.gte(1), z.lt(10))),
        positive: z.optional(z.number().check(z.gt(0), z.lte(1))),
        literal: z.optional(z.literal([1, 'one', null])),
        nullable: z.optional(z.nullable(z.boolean())),
      }),
      strings: z.object({
        email: z.optional(z.email()),
        starts: z.optional(z.string().check(z.startsWith('ab'), z.length(4))),
        upper: z.optional(z.string().check(z.uppercase())),
        url: z.optional(z.url()),
      }),
      exactOptional: z.object({ a: z.exactOptional(z.string()) }),
      discriminated: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('a'), a: z.string() }),
        z.object({ kind: z.literal('b'), b: z.number() }),
      ]),
      recordOfLocales: z.record(z.string().check(z.regex(/^[a-z]{2}$/)), z.string()),
      looseRecord: z.looseRecord(z.string().check(z.regex(/^[a-z]+$/)), z.number()),
      arrays: z.array(z.string()).check(z.minLength(1), z.maxLength(2)),
      tree: Tree,
      // Refinements that read the key order, and reject what has both keys in the schema's order
      // (as zod's copy always has them): they pass the value as given when its keys are not.
      refinedObject: z
        .looseObject({ a: z.string(), b: z.optional(z.string()) })
        .check(z.refine((v) => !('b' in v) || Object.keys(v)[0] !== 'a')),
      refinedList: z
        .array(z.object({ a: z.string(), b: z.optional(z.string()) }))
        .check(z.refine((v) => v.every((item) => !('b' in item) || Object.keys(item)[0] !== 'a'))),
    };
    const values: unknown[] = [
      ...oddValues(),
      { a: 'x' },
      { a: 'x', b: 1 },
      { b: 1, a: 'x' },
      { a: 'x', c: 2 },
      { c: 2, a: 'x' },
      { a: 'x', c: 'two' },
      { int: 3, positive: 0.5, literal: 'one', nullable: null },
      { int: 3.5 },
      { int: 10 },
      { positive: 0 },
      { literal: 2 },
      { email: 'a@example.org', starts: 'abcd', upper: 'ABC', url: 'https://example.org' },
      { email: 'nope' },
      { starts: 'abc' },
      { starts: 'xbcd' },
      { upper: 'AbC' },
      { a: undefined },
      { kind: 'a', a: 'x' },
      { kind: 'b', b: 1 },
      { kind: 'b', b: 'x' },
      { kind: 'c' },
      { a: 'x', kind: 'a' },
      { b: 'x', a: 'y' },
      { b: '1', a: 'y', c: 3 },
      [{ a: 'y' }, { a: 'y', b: 'x' }],
      [{ a: 'y' }, { b: 'x', a: 'y' }],
      [{ a: 'y' }],
      { en: 'English', cy: 'Cymraeg' },
      { EN: 'English' },
      { en: 1 },
      { ab: 1, XY: 2 },
      ['a', 'b', 'c'],
      { name: 'root', children: [{ name: 'leaf' }, { children: [], name: 'reordered' }] },
      { name: 'root', children: [{ name: 5 }] },
    ];
    for (const [name, schema] of Object.entries(schemas)) {
      it(name, () => {
        const fast = compileFastCheck(schema) as FastCheck<unknown>;
        let read = 0;
        values.forEach((value, i) => {
          if (expectAgreement(schema, fast, value, `${name} value ${i}`).read) read += 1;
        });
        expect(read, `${name}: some values read fast`).to.be.greaterThan(0);
      });
    }

    it('the practice model, and mutations of it', () => {
      const fast = compileFastCheck(PracticeModel) as FastCheck<unknown>;
      expect(fast.fallbacks).to.deep.equal([]);
      for (const model of [sampleModel, whatMattersModel, girfecModel, threeColumnModel]) {
        expect(expectAgreement(PracticeModel, fast, model, model.id).same).to.equal(true);
      }
      const random = mulberry32(45);
      const odd = oddValues();
      for (let n = 0; n < 300; n++) {
        expectAgreement(PracticeModel, fast, mutate(random, sampleModel, odd), `mutation ${n}`);
      }
    });
  });

  describe('readCaseRecord', () => {
    it('keeps exactly the items zod would keep, as the host’s own objects in any key order', () => {
      const record = generateCase({ seed: 5, persons: 150, events: 600 }) as unknown as Json;
      // Every other item with its keys in another order than the schema's.
      for (const list of ['persons', 'relationships', 'events'] as const)
        record[list] = itemsOf(record, list).map((item, i) => (i % 2 ? reordered(item) : item));
      const { record: read, issues } = readCaseRecord(record);
      expect(issues).to.deep.equal([]);
      for (const list of ['persons', 'relationships', 'events'] as const) {
        const schema = ITEM_SCHEMAS[list] as z.ZodMiniType;
        const items = itemsOf(record, list);
        const byZod = items.map((item) => schema.parse(item));
        expect(read[list], list).to.deep.equal(byZod);
        expect(canonical(read[list]), list).to.equal(canonical(byZod));
        (read[list] as unknown[]).forEach((item, i) => {
          expect(item, `${list}[${i}] is the host's object`).to.equal(items[i]);
        });
      }
    });

    it('reports the same problems for items the fast check passes to zod', () => {
      const record = structuredClone(sampleCase) as unknown as Json;
      const persons = record.persons as Json[];
      const last = persons.length - 1;
      (persons[last] as Json).dateOfBirth = '2023-02-29';
      (persons[0] as Json).extra = 'kept out';
      const { issues, record: read } = readCaseRecord(record);
      expect(issues[0]).to.deep.include({
        path: `persons[${last}].dateOfBirth`,
        code: 'custom',
        message: 'must be a date written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
      });
      expect(read.persons).to.have.length(last);
      expect(read.persons[0]).to.not.have.property('extra');
      expect(read.persons[0]).to.deep.equal(Person.parse(persons[0]));
    });
  });
});

describe('date refinements', () => {
  // The regular-expression versions these replace, kept here as the reference.
  const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;
  function referencePartialDate(value: string): boolean {
    const match = PARTIAL.exec(value);
    if (!match) return false;
    const [, year, month, day, hour, minute, second] = match;
    if (Number(year) < 1) return false;
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
    if (day !== undefined && !isIsoDate(`${year}-${month}-${day}`)) return false;
    if (hour !== undefined && Number(hour) > 23) return false;
    if (minute !== undefined && Number(minute) > 59) return false;
    if (second !== undefined && Number(second) > 59) return false;
    return true;
  }

  function candidates(): string[] {
    const out = [
      '',
      '0',
      '019',
      '20190',
      'abcd',
      '2019-',
      '2019-5',
      'T',
      ' 2019',
      '2019 ',
      '2019\n',
    ];
    for (let year = 0; year < 10_000; year += 7) out.push(String(year).padStart(4, '0'));
    for (const year of ['0000', '0001', '1900', '2000', '2023', '2024', '9999']) {
      for (let month = 0; month <= 13; month++) {
        const mm = String(month).padStart(2, '0');
        out.push(`${year}-${mm}`, `${year}/${mm}`);
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
          out.push(date, `${date} `, `${date}T`, `${date}t12:00`);
        }
      }
    }
    for (let hour = 0; hour <= 25; hour++) {
      for (const minute of [0, 9, 59, 60, 99]) {
        const time = `2024-02-29T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        out.push(time, `${time}:00`, `${time}:59`, `${time}:60`, `${time}:5`, `${time}Z`);
      }
    }
    out.push('２０１９', '٢٠١٩-٠١', '2019-0a', '2019-1a-01', '2019-01-0x', '2019-01-01T1:00');
    return out;
  }

  it('isPartialDate answers as the regular expression did', () => {
    for (const text of candidates()) {
      expect(isPartialDate(text), JSON.stringify(text)).to.equal(referencePartialDate(text));
    }
  });

  it('PartialDate and IsoDate accept exactly what they accepted before', () => {
    for (const text of candidates()) {
      expect(PartialDate.safeParse(text).success, text).to.equal(referencePartialDate(text));
      expect(IsoDate.safeParse(text).success, text).to.equal(isIsoDate(text));
    }
  });
});
