/**
 * A fast answer to "would zod accept this value, and give back the same data?", derived from a
 * zod/mini schema. zod in jitless mode (strict CSP forbids the JIT's `new Function`) clones every
 * object and array it validates and allocates a result per property; for a record of 10,000 events
 * that is most of the time it takes to open a case. The check compiled here walks the schema's
 * definition once into a tree of plans (what to check, as data: a kind, precompiled key maps,
 * length bounds, character tables, the schemas' own refinements), run by one small function per
 * kind, and allocates nothing when the value is valid.
 *
 * A record is usually read once, so the check runs as cold code, and is shaped for that:
 * - a handful of functions every value goes through, rather than a closure per schema part, so
 *   that they are compiled and optimised within the first items;
 * - objects are read through a tree of the key sequences met so far (see {@link ShapeNode}): the
 *   items of a list share a few sequences, so required keys (and whether keys are in the schema's
 *   order, which only refinements of objects care about) are worked out once per sequence, not
 *   per item;
 * - identifiers are checked with character tables rather than their regular expression;
 * - the loop every object goes through only walks that tree: growing it, for a sequence not met
 *   before, is done out of the loop;
 * - parts that schemas share (`Id`, dates, texts) are compiled once, by whichever check meets them
 *   first.
 *
 * The guarantee: when the check says yes, `safeParse` would succeed and its output would be
 * deep-equal to the value up to the order of object keys (zod's copy lists keys in the schema's
 * order; the value may list them in any order). Key order is not data, so `read` then returns the
 * value itself: the caller keeps its own objects, in its own key order, and no copy is made.
 * When it cannot be sure, it says no and the caller asks zod. Anything the compiler does not
 * understand (defaults, transforms, pipes, unknown checks...) is handed to zod for that
 * sub-value, and listed in `fallbacks`.
 *
 * Outside the guarantee, because JSON cannot express them: symbol-keyed and non-enumerable
 * properties of objects, enumerable properties added to `Object.prototype`, and getters that
 * answer differently each time they are read.
 */
import * as z from 'zod/mini';
import { useJitlessZod } from './zod-config.js';

/** A compiled check for one schema. */
export interface FastCheck<T> {
  /**
   * True when zod would accept `value` and its output would be deep-equal to `value` up to the
   * order of object keys (same keys, same values). False means "ask zod": the value may still be
   * valid.
   */
  (value: unknown): value is T;
  /**
   * `value` itself when the check passes (whatever the order of its keys), never a copy.
   * `undefined` means "ask zod".
   */
  read(value: unknown): T | undefined;
  /** Parts of the schema checked by zod itself, with why: empty when every part is compiled. */
  readonly fallbacks: readonly FastCheckFallback[];
}

/** A part of a schema that the fast check hands to zod. */
export interface FastCheckFallback {
  /** Where in the schema: `(root).name.given`, `(root).conditions[]`, `(root)` itself. */
  readonly path: string;
  /** What the compiler does not handle there. */
  readonly reason: string;
}

// Verdicts, ordered so that combining two is taking the larger.
/** zod accepts and outputs the value unchanged. */
const SAME = 0;
/**
 * zod accepts; its output differs only in the order of object keys. As good as SAME for the
 * caller; told apart only because a refinement sees zod's copy (see {@link testedVerdict}).
 */
const REORDERED = 1;
/** Cannot tell cheaply: ask zod. */
const UNSURE = 2;
/** zod rejects. Only claimed when certain, since a union then tries its next option. */
const REJECTED = 3;
type Verdict = typeof SAME | typeof REORDERED | typeof UNSURE | typeof REJECTED;

// ---------------------------------------------------------------------------------------------
// Plans

// The kinds of plan. Scalar kinds (STRING to TEXT) are leaves: an optional or nullable around
// them, like around any plan, is a copy of the plan with `allowUndefined` or `allowNull` set.
/** Closures: zod itself (a fallback), or a lazy schema resolved on first use. */
const GENERIC = 0;
/** A schema that refers to itself, met again while it was being compiled. */
const FORWARD = 1;
const ANY = 2;
const NEVER = 3;
const NULL = 4;
const UNDEFINED = 5;
const STRING = 6;
/** A finite number. */
const NUMBER = 7;
const BOOLEAN = 8;
/** An enum or a literal: one of a set of values. */
const VALUES = 9;
/** A string with its common checks (length bounds, a pattern, a refinement) run in one go. */
const TEXT = 10;
/** A type test, then the schema's checks in order. */
const TESTED = 11;
const ARRAY = 12;
const OBJECT = 13;
const RECORD = 14;
const UNION = 15;
/** A discriminated union: the discriminator's value picks the option. */
const DISCRIMINATED = 16;

type SimpleKind =
  | typeof ANY
  | typeof NEVER
  | typeof NULL
  | typeof UNDEFINED
  | typeof STRING
  | typeof NUMBER
  | typeof BOOLEAN;

/** A compiled schema part: its kind, what that kind needs to know, and how it treats absence. */
interface PlanOf<K extends number, S> {
  readonly kind: K;
  readonly spec: S;
  /** An optional around the plan: `undefined` passes. */
  readonly allowUndefined: boolean;
  /** A nullable around the plan: `null` passes. */
  readonly allowNull: boolean;
  /**
   * The kind's check, once `undefined` and `null` are dealt with. Called through the plan rather
   * than from a switch, so that an optimising compiler does not inline every kind's check into
   * every caller (and spend longer compiling it than the check takes to run).
   */
  readonly run: (spec: S, v: unknown) => Verdict;
}

type Plan =
  | PlanOf<typeof GENERIC, GenericSpec>
  | PlanOf<typeof FORWARD, ForwardSpec>
  | PlanOf<SimpleKind, null>
  | PlanOf<typeof VALUES, ReadonlySet<unknown>>
  | PlanOf<typeof TEXT, TextSpec>
  | PlanOf<typeof TESTED, TestedSpec>
  | PlanOf<typeof ARRAY, Plan>
  | PlanOf<typeof OBJECT, ObjectSpec>
  | PlanOf<typeof RECORD, RecordSpec>
  | PlanOf<typeof UNION, UnionSpec>
  | PlanOf<typeof DISCRIMINATED, DiscriminatedSpec>;

/** Every plan is one of these, so that reading `kind` and `spec` sees one object shape. */
class PlanObject {
  readonly run: (spec: never, v: unknown) => Verdict;

  constructor(
    readonly kind: number,
    readonly spec: unknown,
    readonly allowUndefined: boolean,
    readonly allowNull: boolean,
  ) {
    this.run = RUNS[kind as Plan['kind']];
  }
}

function plan<P extends Plan>(kind: P['kind'], spec: P['spec']): P {
  return new PlanObject(kind, spec, false, false) as unknown as P;
}

/** The plan with an optional (`allowUndefined`) or a nullable (`allowNull`) around it. */
function allowing(inner: Plan, allowUndefined: boolean, allowNull: boolean): Plan {
  return new PlanObject(
    inner.kind,
    inner.spec,
    inner.allowUndefined || allowUndefined,
    inner.allowNull || allowNull,
  ) as unknown as Plan;
}

interface GenericSpec {
  readonly check: (value: unknown) => Verdict;
}

interface ForwardSpec {
  /** The compiled schema, once compiling it is done. */
  target: Plan | undefined;
}

/** A check on a value whose type is already known to fit: pass, fail, or unsure. */
type Test = (value: never) => Verdict;

interface TestedSpec {
  readonly base: Plan;
  readonly tests: readonly Test[];
  /** A refinement is among the tests: it sees zod's copy, whose keys may be in another order. */
  readonly refined: boolean;
}

// How a TEXT plan checks what its length bounds leave.
/** Nothing more. */
const PLAIN = 0;
/** A pattern made of character classes, read with character tables. */
const CLASSES = 1;
/** One pattern. */
const PATTERN = 2;
/** One refinement. */
const REFINE = 3;
/** Several patterns and refinements. */
const MANY = 4;

interface TextSpec {
  readonly max: number;
  /** Up to twice the minimum in UTF-16 units the code points might fall short: `exact` decides. */
  readonly minUnits: number;
  readonly mode: typeof PLAIN | typeof CLASSES | typeof PATTERN | typeof REFINE | typeof MANY;
  readonly classes: ClassPattern | undefined;
  readonly patterns: readonly RegExp[];
  readonly refines: readonly ((value: string) => unknown)[];
  /** A global or sticky pattern: `lastIndex` is reset before each test. */
  readonly stateful: boolean;
  /** The check-by-check evaluation, for any string the fused checks do not pass. */
  readonly exact: Plan;
}

/** What an object plan knows about one key of its shape. */
interface KeyEntry {
  /** Position in the shape, for the key order check; -1 for integer-like keys. */
  readonly position: number;
  /** When the key is absent: 0 fine (optional), 1 rejected (required), 2 unsure (defaulted). */
  readonly absence: 0 | 1 | 2;
  readonly plan: Plan;
}

interface ObjectSpec {
  readonly keys: readonly string[];
  /** One entry per key, found with one map lookup per key of the value. */
  readonly entries: ReadonlyMap<string, KeyEntry>;
  /** Required keys. */
  readonly required: number;
  /** Defaulted keys: zod would add them when absent. */
  readonly unsureIfAbsent: number;
  /** Unknown keys are checked by the catchall (`null`: stripped, or rejected when `strict`). */
  readonly catchall: Plan | null;
  readonly strict: boolean;
  /** The key sequences met so far, as a tree: see {@link ShapeNode}. */
  readonly shapes: ShapeNode;
  /** Nodes in `shapes`, which stops growing at {@link MAX_SHAPES}. */
  shapeCount: number;
}

/**
 * One key sequence of an object schema's values (`id, type, date, persons...`), as a node of a
 * tree whose root is the empty sequence. Values of one list mostly share a handful of sequences,
 * so what follows from a sequence is worked out once, when the tree grows: which keys are required,
 * and whether they are in the schema's order. Reading a value then walks the tree, one comparison
 * of interned key strings per key, and checks the values.
 */
interface ShapeNode {
  /** The keys that extend the sequence, and the nodes they lead to. */
  readonly keys: string[];
  readonly children: ShapeNode[];
  /** The plan of the sequence's last key; `null` at the root. */
  readonly plan: Plan | null;
  /** The shape position of the sequence's last key that is not integer-like; -1 if none. */
  readonly last: number;
  /** The keys are in the schema's order. */
  readonly inOrder: boolean;
  /** Required and defaulted keys in the sequence. */
  readonly required: number;
  readonly unsure: number;
}

/**
 * Key sequences one object schema remembers. Hostile input can make every value's sequence new;
 * past this, values that are not in the tree are read key by key.
 */
const MAX_SHAPES = 1_000;

function shapeRoot(): ShapeNode {
  return {
    keys: [],
    children: [],
    plan: null,
    last: -1,
    inOrder: true,
    required: 0,
    unsure: 0,
  };
}

/** The node for `key` after `node`, added to the tree; undefined for an unknown key. */
function growShape(spec: ObjectSpec, node: ShapeNode, key: string): ShapeNode | undefined {
  const entry = spec.entries.get(key);
  if (entry === undefined || spec.shapeCount >= MAX_SHAPES) return undefined;
  const position = entry.position;
  const child: ShapeNode = {
    keys: [],
    children: [],
    plan: entry.plan,
    last: position >= 0 ? position : node.last,
    inOrder: node.inOrder && !(position >= 0 && position < node.last),
    required: node.required + (entry.absence === 1 ? 1 : 0),
    unsure: node.unsure + (entry.absence === 2 ? 1 : 0),
  };
  node.keys.push(key);
  node.children.push(child);
  spec.shapeCount++;
  return child;
}

interface RecordSpec {
  readonly key: Plan;
  /** The key schema is a plain string. */
  readonly anyKey: boolean;
  readonly value: Plan;
  /** A loose record keeps keys its key schema rejects, unchecked. */
  readonly loose: boolean;
}

interface UnionSpec {
  readonly options: readonly Plan[];
  /**
   * The text option strings meet first, when every option before it rejects strings (objects,
   * arrays, numbers...): a string it passes is the union's at once.
   */
  readonly text: TextSpec | null;
}

interface DiscriminatedSpec {
  readonly options: readonly Plan[];
  readonly key: string;
  readonly byValue: ReadonlyMap<unknown, Plan | null>;
  /** Unknown discriminator values try every option (`unionFallback`). */
  readonly fallback: boolean;
}

// ---------------------------------------------------------------------------------------------
// Running plans

const OBJECT_PROTOTYPE: unknown = Object.prototype;
const ARRAY_PROTOTYPE: unknown = Array.prototype;

/** What zod makes of `v` under `plan`. */
function verdictOf(plan: Plan, v: unknown): Verdict {
  if (v === undefined) {
    if (plan.allowUndefined) return SAME;
  } else if (v === null && plan.allowNull) return SAME;
  return (plan.run as (spec: unknown, v: unknown) => Verdict)(plan.spec, v);
}

/** Each kind's check, by kind. */
const RUNS: { readonly [K in Plan['kind']]: (spec: never, v: unknown) => Verdict } = {
  [GENERIC]: (spec: GenericSpec, v) => spec.check(v),
  [FORWARD]: (spec: ForwardSpec, v) => verdictOf(spec.target as Plan, v),
  [ANY]: () => SAME,
  [NEVER]: () => REJECTED,
  [NULL]: (_, v) => (v === null ? SAME : REJECTED),
  [UNDEFINED]: (_, v) => (v === undefined ? SAME : REJECTED),
  [STRING]: (_, v) => (typeof v === 'string' ? SAME : REJECTED),
  [NUMBER]: (_, v) => (typeof v === 'number' && Number.isFinite(v) ? SAME : REJECTED),
  [BOOLEAN]: (_, v) => (typeof v === 'boolean' ? SAME : REJECTED),
  [VALUES]: (spec: ReadonlySet<unknown>, v) => (spec.has(v) ? SAME : REJECTED),
  [TEXT]: textVerdict,
  [TESTED]: testedVerdict,
  [ARRAY]: arrayVerdict,
  [OBJECT]: objectVerdict,
  [RECORD]: recordVerdict,
  [UNION]: unionVerdict,
  [DISCRIMINATED]: discriminatedVerdict,
};

/**
 * A TEXT plan's verdict once `undefined` and `null` are dealt with. Most values of a record are
 * strings, so the usual checks run here without further calls; only a string they do not pass
 * goes to the check-by-check evaluation.
 */
function textVerdict(spec: TextSpec, v: unknown): Verdict {
  // Not a string: the type test of `exact` rejects it.
  if (typeof v !== 'string') return REJECTED;
  const length = v.length;
  if (length <= spec.max && length >= spec.minUnits) {
    switch (spec.mode) {
      case PLAIN:
        return SAME;
      case CLASSES: {
        const classes = spec.classes as ClassPattern;
        const fixed = classes.fixed;
        const rest = classes.rest;
        if (rest === null ? length !== fixed.length : length < fixed.length + classes.restMin)
          break;
        let i = 0;
        for (; i < fixed.length; i++) {
          const code = v.charCodeAt(i);
          if (code >= 128 || (fixed[i] as Uint8Array)[code] === 0) break;
        }
        if (i < fixed.length) break;
        if (rest !== null) {
          for (; i < length; i++) {
            const code = v.charCodeAt(i);
            if (code >= 128 || rest[code] === 0) break;
          }
        }
        if (i === length) return SAME;
        break;
      }
      case PATTERN:
        if ((spec.patterns[0] as RegExp).test(v)) return SAME;
        break;
      case REFINE:
        if ((spec.refines[0] as (value: string) => unknown)(v) === true) return SAME;
        break;
      case MANY:
        if (passesAll(spec, v)) return SAME;
        break;
    }
  }
  return verdictOf(spec.exact, v);
}

/** Several patterns and refinements, in order. */
function passesAll(spec: TextSpec, v: string): boolean {
  const patterns = spec.patterns;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i] as RegExp;
    if (spec.stateful) p.lastIndex = 0;
    if (!p.test(v)) return false;
  }
  const refines = spec.refines;
  for (let i = 0; i < refines.length; i++)
    if ((refines[i] as (value: string) => unknown)(v) !== true) return false;
  return true;
}

/** The first option that does not reject the value decides. */
function unionVerdict(spec: UnionSpec, v: unknown): Verdict {
  // A string goes straight to the text option when every option before it rejects strings.
  const text = spec.text;
  if (text !== null && typeof v === 'string' && textVerdict(text, v) === SAME) return SAME;
  const options = spec.options;
  for (let i = 0; i < options.length; i++) {
    const result = verdictOf(options[i] as Plan, v);
    if (result !== REJECTED) return result;
  }
  return REJECTED;
}

/** Applies a schema's checks after its type test, as zod runs them. */
function testedVerdict(spec: TestedSpec, v: unknown): Verdict {
  const verdict = verdictOf(spec.base, v);
  if (verdict > REORDERED) return verdict;
  // A refinement sees zod's copy, keys in the schema's order: run on the value, whose keys are in
  // another order, it might answer differently (either way).
  if (verdict === REORDERED && spec.refined) return UNSURE;
  const tests = spec.tests;
  for (let i = 0; i < tests.length; i++) {
    const result = (tests[i] as Test)(v as never);
    if (result !== SAME) return result;
  }
  return verdict;
}

function arrayVerdict(element: Plan, v: unknown): Verdict {
  if (!Array.isArray(v)) return REJECTED;
  if (Object.getPrototypeOf(v) !== ARRAY_PROTOTYPE) return UNSURE;
  const run = element.run as (spec: unknown, v: unknown) => Verdict;
  const spec = element.spec;
  let verdict: Verdict = SAME;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    let result: Verdict;
    if (item === undefined) {
      // A hole reads as undefined but is not one: zod's copy would hold a real undefined.
      if (!(i in v)) return UNSURE;
      result = element.allowUndefined ? SAME : run(spec, item);
    } else if (item === null && element.allowNull) continue;
    else result = run(spec, item);
    if (result !== SAME) {
      if (result > REORDERED) return result;
      verdict = REORDERED;
    }
  }
  return verdict;
}

/** The object check: REORDERED when the keys (or keys inside) are out of the schema's order. */
function objectVerdict(spec: ObjectSpec, v: unknown): Verdict {
  if (typeof v !== 'object' || v === null) return REJECTED;
  if (Object.getPrototypeOf(v) !== OBJECT_PROTOTYPE) return Array.isArray(v) ? REJECTED : UNSURE;
  const input = v as Readonly<Record<string, unknown>>;
  let node = spec.shapes;
  let verdict: Verdict = SAME;
  for (const key in input) {
    const keys = node.keys;
    let i = 0;
    while (i < keys.length && keys[i] !== key) i++;
    // A sequence not met before: the tree grows, out of this loop.
    if (i === keys.length) return objectVerdictGrowing(spec, input);
    node = node.children[i] as ShapeNode;
    const plan = node.plan as Plan;
    const value = input[key];
    // verdictOf, inline: most values are neither undefined nor null.
    if (value === undefined ? !plan.allowUndefined : value !== null || !plan.allowNull) {
      const result = (plan.run as (spec: unknown, v: unknown) => Verdict)(plan.spec, value);
      if (result !== SAME) {
        if (result > REORDERED) return result;
        verdict = REORDERED;
      }
    }
  }
  if (node.required !== spec.required) return REJECTED;
  if (node.unsure !== spec.unsureIfAbsent) return UNSURE;
  return node.inOrder ? verdict : REORDERED;
}

/** The verdict on an object whose keys, all known, led to `node`. */
function objectEnd(spec: ObjectSpec, node: ShapeNode, verdict: Verdict): Verdict {
  if (node.required !== spec.required) return REJECTED;
  if (node.unsure !== spec.unsureIfAbsent) return UNSURE;
  return node.inOrder ? verdict : REORDERED;
}

/** {@link objectVerdict} for a value whose key sequence is new: the tree grows as it is read. */
function objectVerdictGrowing(spec: ObjectSpec, input: Readonly<Record<string, unknown>>): Verdict {
  let node = spec.shapes;
  let verdict: Verdict = SAME;
  for (const key in input) {
    const index = node.keys.indexOf(key);
    const next = index >= 0 ? node.children[index] : growShape(spec, node, key);
    // An unknown key (stripped, rejected or the catchall's), or a full tree.
    if (next === undefined) return objectVerdictByKeys(spec, input);
    node = next;
    const result = verdictOf(next.plan as Plan, input[key]);
    if (result > REORDERED) return result;
    if (result === REORDERED) verdict = REORDERED;
  }
  return objectEnd(spec, node, verdict);
}

/** The object check key by key, for values with keys the shape tree does not hold. */
function objectVerdictByKeys(spec: ObjectSpec, input: Readonly<Record<string, unknown>>): Verdict {
  const entries = spec.entries;
  let verdict: Verdict = SAME;
  let last = -1;
  let seenRequired = 0;
  let seenUnsure = 0;
  // A key zod leaves out of its copy: unsure, unless the rest says zod rejects the value.
  let dropped = false;
  for (const key in input) {
    const entry = entries.get(key);
    if (entry === undefined) {
      if (spec.strict) return REJECTED;
      const catchall = spec.catchall;
      if (catchall === null || key === '__proto__') {
        dropped = true;
        continue;
      }
      const result = verdictOf(catchall, input[key]);
      if (result > REORDERED) return result;
      if (result === REORDERED) verdict = REORDERED;
      // Unknown keys follow the known ones in zod's output.
      if (!isIndexKey(key)) last = spec.keys.length;
      continue;
    }
    const result = verdictOf(entry.plan, input[key]);
    if (result > REORDERED) return result;
    if (result === REORDERED) verdict = REORDERED;
    const position = entry.position;
    if (position >= 0) {
      if (position < last) verdict = REORDERED;
      last = position;
    }
    if (entry.absence === 1) seenRequired++;
    else if (entry.absence === 2) seenUnsure++;
  }
  if (seenRequired !== spec.required) return REJECTED;
  if (dropped || seenUnsure !== spec.unsureIfAbsent) return UNSURE;
  return verdict;
}

function recordVerdict(spec: RecordSpec, v: unknown): Verdict {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECTED;
  if (Object.getPrototypeOf(v) !== Object.prototype) return zodPlainObject(v) ? UNSURE : REJECTED;
  // zod reads symbol keys too (and rejects them against a string key schema).
  if (Object.getOwnPropertySymbols(v).length) return UNSURE;
  const input = v as Readonly<Record<string, unknown>>;
  let verdict: Verdict = SAME;
  for (const key in input) {
    if (key === '__proto__') return UNSURE;
    // Keys are strings: a key schema of plain strings passes them all.
    const keyVerdict = spec.anyKey ? SAME : verdictOf(spec.key, key);
    if (keyVerdict === REJECTED) {
      // zod retries a numeric-looking key as a number; a loose record keeps it as it is.
      if (spec.loose) continue;
      const first = key.charCodeAt(0);
      return first === 45 || (first >= 48 && first <= 57) ? UNSURE : REJECTED;
    }
    if (keyVerdict !== SAME) return UNSURE;
    const result = verdictOf(spec.value, input[key]);
    if (result > REORDERED) return result;
    if (result === REORDERED) verdict = REORDERED;
  }
  return verdict;
}

/** The option of a discriminated union that the value's discriminator names, if any. */
function discriminatedOption(spec: DiscriminatedSpec, v: unknown): Plan | undefined {
  return spec.byValue.get((v as Readonly<Record<string, unknown>>)[spec.key]) ?? undefined;
}

function discriminatedVerdict(spec: DiscriminatedSpec, v: unknown): Verdict {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECTED;
  const option = discriminatedOption(spec, v);
  if (option) return verdictOf(option, v);
  if (!spec.fallback) return REJECTED;
  const options = spec.options;
  for (let i = 0; i < options.length; i++) {
    const result = verdictOf(options[i] as Plan, v);
    if (result !== REJECTED) return result;
  }
  return REJECTED;
}

// ---------------------------------------------------------------------------------------------
// Character classes

/**
 * A pattern `^[...][...]...[...]*$` (or `+` on the last class): fixed classes for the first
 * characters, then one class for the rest. Read with a 128-entry table per class, without
 * running the regular expression.
 */
interface ClassPattern {
  readonly fixed: readonly Uint8Array[];
  /** The class of the remaining characters; `null` when there are none. */
  readonly rest: Uint8Array | null;
  /** How many characters the last class needs (`+`: 1). */
  readonly restMin: number;
}

/**
 * The character tables of a pattern made only of ASCII character classes, as the Id pattern is;
 * undefined for any other pattern, which then runs as a regular expression.
 */
function classPattern(pattern: RegExp): ClassPattern | undefined {
  // Flags change what ^, $ and the classes mean: only plain patterns.
  if (pattern.flags !== '') return undefined;
  const source = pattern.source;
  const end = source.length - 1;
  if (source[0] !== '^' || source[end] !== '$') return undefined;
  const fixed: Uint8Array[] = [];
  let rest: Uint8Array | null = null;
  let restMin = 0;
  let at = 1;
  while (at < end) {
    // Only the last class may repeat, so the reading never has to go back.
    if (rest !== null || source[at] !== '[') return undefined;
    const table = new Uint8Array(128);
    at++;
    if (source[at] === '^') return undefined;
    for (;;) {
      if (at >= end) return undefined;
      const char = source[at] as string;
      if (char === ']') break;
      if (char === '\\' || char === '[') return undefined;
      const low = char.charCodeAt(0);
      if (low >= 128) return undefined;
      const high = source[at + 2];
      if (source[at + 1] === '-' && high !== undefined && high !== ']') {
        if (high === '\\' || high === '[') return undefined;
        const code = high.charCodeAt(0);
        if (code >= 128 || code < low) return undefined;
        table.fill(1, low, code + 1);
        at += 3;
      } else {
        table[low] = 1;
        at++;
      }
    }
    at++;
    const quantifier = source[at];
    if (quantifier === '*' || quantifier === '+') {
      rest = table;
      restMin = quantifier === '+' ? 1 : 0;
      at++;
    } else if (quantifier === '?' || quantifier === '{') {
      return undefined;
    } else {
      fixed.push(table);
    }
  }
  if (at !== end) return undefined;
  return { fixed, rest, restMin };
}

// ---------------------------------------------------------------------------------------------

/** Compiles the fast check for `schema`. Never throws; what it cannot compile, zod checks. */
export function compileFastCheck<S extends z.core.$ZodType>(schema: S): FastCheck<z.output<S>> {
  // What the compiler hands back to zod must not switch zod's JIT (and `new Function`) on.
  useJitlessZod();
  const compiler = new Compiler();
  const root = compiler.compile(schema as unknown as ZodSchema, '(root)');
  // Key order is not data: a value zod would only put in another key order is kept as it is.
  // verdictOf(root, value), inline: `read` runs once per item of a list.
  const run = root.run as (spec: unknown, v: unknown) => Verdict;
  const { spec, allowUndefined, allowNull } = root;
  const check = (value: unknown): value is z.output<S> =>
    (value === undefined ? allowUndefined : value === null && allowNull) ||
    run(spec, value) <= REORDERED;
  const read = (value: unknown): z.output<S> | undefined =>
    (value === undefined ? allowUndefined : value === null && allowNull) ||
    run(spec, value) <= REORDERED
      ? (value as z.output<S>)
      : undefined;
  return Object.assign(check, { read, fallbacks: compiler.fallbacks });
}

// ---------------------------------------------------------------------------------------------
// Compiling

// What this module reads of zod's internals (`schema._zod`): the public definition plus traits.
interface ZodDef {
  readonly type: string;
  readonly checks?: readonly ZodSchema[];
  readonly coerce?: boolean;
  readonly shape?: Readonly<Record<string, ZodSchema>>;
  readonly catchall?: ZodSchema;
  readonly element?: ZodSchema;
  readonly options?: readonly ZodSchema[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly innerType?: ZodSchema;
  readonly keyType?: ZodSchema;
  readonly valueType?: ZodSchema;
  readonly mode?: string;
  readonly partial?: boolean;
  // Checks.
  readonly check?: string;
  readonly when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
  readonly fn?: (value: unknown) => unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly length?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly position?: number;
}

interface ZodSchema {
  readonly _zod: {
    readonly def: ZodDef;
    readonly traits: ReadonlySet<string>;
    readonly optin?: 'optional' | 'defaulted';
    readonly optout?: 'optional';
    readonly values?: ReadonlySet<unknown>;
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
    readonly innerType?: ZodSchema;
  };
}

/** String formats whose check is their pattern alone (others have extra logic: zod decides). */
const PATTERN_FORMATS: ReadonlySet<string> = new Set([
  'regex',
  'lowercase',
  'uppercase',
  'email',
  'guid',
  'uuid',
  'emoji',
  'nanoid',
  'cuid',
  'cuid2',
  'ulid',
  'xid',
  'ksuid',
  'datetime',
  'date',
  'time',
  'duration',
  'ipv4',
  'cidrv4',
  'e164',
]);

const NUMBER_FORMATS: Readonly<Record<string, readonly [number, number]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/** Unicode code points in `text`, counted as zod counts them (a lone surrogate is one). */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** `Array.prototype` indices and integer-like keys, which engines list first in any object. */
function isIndexKey(key: string): boolean {
  return String(Number(key) >>> 0) === key && key !== '4294967295';
}

const UNSUPPORTED = (reason: string): { readonly unsupported: string } => ({ unsupported: reason });

/** A zod `isPlainObject` answer: what `z.record` accepts as an object. */
function zodPlainObject(value: object): boolean {
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  if (typeof prototype !== 'object' || prototype === null || Array.isArray(prototype)) return false;
  return Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/**
 * Plans compiled before, by schema, whichever compiler made them: the schemas of a record share
 * their parts (`Id`, dates, texts, sensitivity), so each part compiles once per page rather than
 * once per list. Only self-contained plans are kept (nothing inside handed to zod, no lazy schema,
 * no reference to a schema still being compiled), so using one lists nothing in `fallbacks`,
 * wherever it is met.
 */
const SHARED_PLANS = new WeakMap<ZodSchema, Plan>();

class Compiler {
  readonly fallbacks: FastCheckFallback[] = [];
  /** One plan per schema instance: shared schemas (`Id`, dates) compile once; lazies recurse. */
  readonly #plans = new Map<ZodSchema, Plan>();
  /** Plans of this compiler that are not self-contained (see {@link SHARED_PLANS}). */
  readonly #bound = new Set<Plan>();
  /** Counts what makes a plan not self-contained: a fallback, a lazy schema, a forward. */
  #bindings = 0;

  compile(schema: ZodSchema, path: string): Plan {
    const known = this.#plans.get(schema) ?? SHARED_PLANS.get(schema);
    if (known) {
      if (known.kind === FORWARD || this.#bound.has(known)) this.#bindings++;
      return known;
    }
    // A recursive schema (through `z.lazy`) meets itself while compiling: forward to the result.
    const forward: ForwardSpec = { target: undefined };
    this.#plans.set(schema, plan(FORWARD, forward));
    const bindings = this.#bindings;
    const compiled = this.#compileNew(schema, path);
    forward.target = compiled;
    this.#plans.set(schema, compiled);
    if (this.#bindings === bindings) SHARED_PLANS.set(schema, compiled);
    else this.#bound.add(compiled);
    return compiled;
  }

  #fallback(schema: ZodSchema, path: string, reason: string): Plan {
    this.#bindings++;
    this.fallbacks.push({ path, reason });
    return plan(GENERIC, {
      check(value) {
        try {
          const result = z.safeParse(schema as unknown as z.core.$ZodType, value);
          if (!result.success) return REJECTED;
          return Object.is(result.data, value) ? SAME : UNSURE;
        } catch {
          return UNSURE;
        }
      },
    });
  }

  #compileNew(schema: ZodSchema, path: string): Plan {
    const zod = schema._zod;
    const def = zod.def;
    if (def.coerce) return this.#fallback(schema, path, `coerced ${def.type}`);
    // A schema that is itself a check (z.int(), z.email(), z.custom()) runs as its first check.
    const checkSchemas = zod.traits.has('$ZodCheck')
      ? [schema, ...(def.checks ?? [])]
      : (def.checks ?? []);
    const tests: Test[] = [];
    let refined = false;
    let base: Plan | { readonly unsupported: string };
    try {
      for (const check of checkSchemas) {
        const test = this.#compileTest(check, def.type);
        if ('unsupported' in test) return this.#fallback(schema, path, test.unsupported);
        if (test.test) tests.push(test.test);
        refined ||= test.refines;
      }
      base = this.#compileBase(schema, path);
    } catch (error) {
      // zod computes some facts lazily and throws on a malformed schema: zod will say so.
      return this.#fallback(schema, path, `cannot be read (${String(error)})`);
    }
    if ('unsupported' in base) return this.#fallback(schema, path, base.unsupported);
    if (!tests.length) return base;
    const exact = plan<PlanOf<typeof TESTED, TestedSpec>>(TESTED, { base, tests, refined });
    if (def.type !== 'string') return exact;
    return fuseStringChecks(checkSchemas, exact) ?? exact;
  }

  #compileBase(schema: ZodSchema, path: string): Plan | { readonly unsupported: string } {
    const zod = schema._zod;
    const def = zod.def;
    switch (def.type) {
      case 'string':
        return plan(STRING, null);
      case 'number':
        return plan(NUMBER, null);
      case 'boolean':
        return plan(BOOLEAN, null);
      case 'null':
        return plan(NULL, null);
      case 'undefined':
      case 'void':
        return plan(UNDEFINED, null);
      case 'any':
      case 'unknown':
      case 'custom': // z.custom(fn): its function runs as its own check.
        return plan(ANY, null);
      case 'never':
        return plan(NEVER, null);
      case 'enum':
      case 'literal': {
        const values = zod.values;
        if (!values) return UNSUPPORTED(`${def.type} without values`);
        return plan(VALUES, values);
      }
      case 'optional':
        return this.#optional(schema, path);
      case 'nullable':
        return allowing(this.compile(def.innerType as ZodSchema, path), false, true);
      case 'lazy':
        return this.#lazy(schema, path);
      case 'array': {
        const element = this.compile(def.element as ZodSchema, `${path}[]`);
        return plan(ARRAY, element);
      }
      case 'object':
        return this.#object(def, path);
      case 'record':
        return this.#record(def, path);
      case 'union':
        return this.#union(schema, path);
      default:
        return UNSUPPORTED(def.type);
    }
  }

  /** Compiles one check of a schema of type `on`; the value has passed the type test. */
  #compileTest(
    check: ZodSchema,
    on: string,
  ): { readonly test?: Test; readonly refines: boolean } | { readonly unsupported: string } {
    const def = check._zod.def;
    const kind = def.check;
    // Only the checks that make sense on this type: zod skips or throws on others.
    const fits =
      kind === 'custom' ||
      kind === 'describe' ||
      kind === 'meta' ||
      (on === 'string' && kind !== 'greater_than' && kind !== 'less_than') ||
      (on === 'array' &&
        (kind === 'max_length' || kind === 'min_length' || kind === 'length_equals')) ||
      (on === 'number' &&
        (kind === 'greater_than' || kind === 'less_than' || kind === 'number_format'));
    if (!fits) return UNSUPPORTED(`check ${String(kind)} on ${on}`);
    const test = ((): Test | { readonly unsupported: string } | undefined => {
      switch (kind) {
        case 'describe':
        case 'meta':
          return undefined;
        case 'max_length': {
          const max = def.maximum;
          if (typeof max !== 'number') return UNSUPPORTED('max_length without a number');
          return (v: string | readonly unknown[]) =>
            v.length <= max || (typeof v === 'string' && codePointLength(v) <= max)
              ? SAME
              : REJECTED;
        }
        case 'min_length': {
          const min = def.minimum;
          if (typeof min !== 'number') return UNSUPPORTED('min_length without a number');
          return (v: string | readonly unknown[]) => {
            const units = v.length;
            if (units < min) return REJECTED;
            if (typeof v !== 'string' || units >= min * 2) return SAME;
            return codePointLength(v) >= min ? SAME : REJECTED;
          };
        }
        case 'length_equals': {
          const length = def.length;
          if (typeof length !== 'number') return UNSUPPORTED('length_equals without a number');
          return (v: string | readonly unknown[]) =>
            (typeof v === 'string' ? codePointLength(v) : v.length) === length ? SAME : REJECTED;
        }
        case 'greater_than':
        case 'less_than': {
          const bound = def.value;
          if (typeof bound !== 'number') return UNSUPPORTED(`${kind} on a non-number`);
          const inclusive = def.inclusive === true;
          if (kind === 'greater_than')
            return inclusive
              ? (v: number) => (v >= bound ? SAME : REJECTED)
              : (v: number) => (v > bound ? SAME : REJECTED);
          return inclusive
            ? (v: number) => (v <= bound ? SAME : REJECTED)
            : (v: number) => (v < bound ? SAME : REJECTED);
        }
        case 'number_format': {
          const format = def.format ?? 'float64';
          const range = NUMBER_FORMATS[format];
          if (!range) return UNSUPPORTED(`number format ${format}`);
          const [low, high] = range;
          const integer = format.includes('int');
          return (v: number) =>
            (!integer || Number.isSafeInteger(v)) && v >= low && v <= high ? SAME : REJECTED;
        }
        case 'string_format':
          return stringFormatTest(def);
        case 'custom': {
          // z.refine(fn): a predicate on the value. superRefine and z.check write their own issues.
          const fn = def.fn;
          if (typeof fn !== 'function' || !check._zod.traits.has('$ZodCustom'))
            return UNSUPPORTED('a check that is not a refine predicate');
          return (v: unknown) => {
            const result = fn(v);
            if (result instanceof Promise) return UNSURE;
            return result ? SAME : REJECTED;
          };
        }
        default:
          return UNSUPPORTED(`check ${String(kind)}`);
      }
    })();
    if (test === undefined) return { refines: false };
    if (typeof test !== 'function') return test;
    const when = def.when;
    const refines = kind === 'custom';
    if (!when) return { test, refines };
    // A check with a condition is skipped when its condition says so: only asked on failure.
    return {
      refines,
      test: (v: never) => {
        const verdict = test(v);
        if (verdict !== REJECTED) return verdict;
        try {
          return when({ value: v, issues: [] }) ? REJECTED : SAME;
        } catch {
          return UNSURE;
        }
      },
    };
  }

  #optional(schema: ZodSchema, path: string): Plan | { readonly unsupported: string } {
    const def = schema._zod.def;
    const innerSchema = def.innerType as ZodSchema;
    if (innerSchema._zod.optin === 'defaulted') return UNSUPPORTED('optional around a default');
    const inner = this.compile(innerSchema, path);
    // z.exactOptional: a key may be absent, but an explicit undefined goes to the inner schema.
    if (schema._zod.traits.has('$ZodExactOptional')) return inner;
    return allowing(inner, true, false);
  }

  #lazy(schema: ZodSchema, path: string): Plan {
    // Resolved by this compiler, which lists any fallback met then.
    this.#bindings++;
    let inner: Plan | undefined;
    const resolve = (): Plan =>
      (inner ??= this.compile(schema._zod.innerType as ZodSchema, `${path}(lazy)`));
    // Resolved now when possible, so fallbacks inside are listed; a getter that throws waits.
    try {
      resolve();
    } catch {
      inner = undefined;
    }
    return plan(GENERIC, { check: (v) => verdictOf(resolve(), v) });
  }

  #object(def: ZodDef, path: string): Plan | { readonly unsupported: string } {
    const shape = def.shape ?? {};
    if (Object.getOwnPropertySymbols(shape).length) return UNSUPPORTED('symbol keys');
    const keys = Object.keys(shape);
    // zod never copies a __proto__ key, and keys Object.prototype has are read through it.
    const inherited = keys.find((key) => key in Object.prototype);
    if (inherited !== undefined) return UNSUPPORTED(`a key named ${inherited}`);
    const plans = keys.map((key) => this.compile(shape[key] as ZodSchema, `${path}.${key}`));
    const entries = new Map<string, KeyEntry>();
    let required = 0;
    let unsureIfAbsent = 0;
    keys.forEach((key, i) => {
      const { optin, optout } = (shape[key] as ZodSchema)._zod;
      const absence =
        optin === 'optional' && optout === 'optional' ? 0 : optin === undefined ? 1 : 2;
      if (absence === 1) required++;
      else if (absence === 2) unsureIfAbsent++;
      // zod's output lists keys in shape order, integer-like keys first (engines list those
      // first in every object, so they are left out of the order check).
      entries.set(key, {
        position: isIndexKey(key) ? -1 : i,
        absence,
        plan: plans[i] as Plan,
      });
    });

    const catchallSchema = def.catchall;
    const catchallType = catchallSchema?._zod.def.type;
    // Unknown keys: stripped (z.object), rejected (z.strictObject) or checked (catchall).
    const catchall =
      catchallSchema && catchallType !== 'never'
        ? this.compile(catchallSchema, `${path}[*]`)
        : null;
    const spec: ObjectSpec = {
      keys,
      entries,
      required,
      unsureIfAbsent,
      catchall,
      strict: catchallType === 'never',
      shapes: shapeRoot(),
      shapeCount: 0,
    };
    return plan(OBJECT, spec);
  }

  #record(def: ZodDef, path: string): Plan | { readonly unsupported: string } {
    const keySchema = def.keyType as ZodSchema;
    if (keySchema._zod.values && !def.partial)
      return UNSUPPORTED('a record with a fixed set of keys');
    const key = this.compile(keySchema, `${path}{key}`);
    const value = this.compile(def.valueType as ZodSchema, `${path}{}`);
    return plan(RECORD, { key, anyKey: key.kind === STRING, value, loose: def.mode === 'loose' });
  }

  #union(schema: ZodSchema, path: string): Plan | { readonly unsupported: string } {
    const zod = schema._zod;
    const def = zod.def;
    if (zod.traits.has('$ZodXor')) return UNSUPPORTED('an exclusive union');
    const optionSchemas = def.options ?? [];
    const options = optionSchemas.map((option, i) => this.compile(option, `${path}|${i}`));
    if (def.discriminator === undefined || !zod.traits.has('$ZodDiscriminatedUnion'))
      return plan(UNION, { options, text: textOption(options) });

    // A discriminated union runs only the option its discriminator value names.
    const key = def.discriminator;
    const byValue = new Map<unknown, Plan | null>();
    for (let i = 0; i < optionSchemas.length; i++) {
      const values = (optionSchemas[i] as ZodSchema)._zod.propValues?.[key];
      if (!values || values.size === 0) return UNSUPPORTED('a discriminated option without values');
      for (const value of values) {
        if (!byValue.has(value)) byValue.set(value, options[i] as Plan);
        else if (value === undefined) byValue.set(value, null);
        else return UNSUPPORTED('a repeated discriminator value');
      }
    }
    return plan(DISCRIMINATED, { options, key, byValue, fallback: def.unionFallback === true });
  }
}

/** Kinds that reject every string, whatever their checks. */
const REJECT_STRINGS: ReadonlySet<number> = new Set([
  NEVER,
  NULL,
  UNDEFINED,
  NUMBER,
  BOOLEAN,
  ARRAY,
  OBJECT,
  RECORD,
  DISCRIMINATED,
]);

/** A union's first option that can take a string, when it is a TEXT plan. */
function textOption(options: readonly Plan[]): TextSpec | null {
  for (const option of options) {
    if (option.kind === TEXT) return option.spec;
    if (!REJECT_STRINGS.has(option.kind)) return null;
  }
  return null;
}

/**
 * The common string checks (length bounds, patterns, refinements) fused into one TEXT plan. It
 * only says SAME when every check passes for sure; anything else goes to `exact`, the check by
 * check evaluation (code points, check conditions, what a refinement returned).
 */
function fuseStringChecks(checks: readonly ZodSchema[], exact: Plan): Plan | undefined {
  let max = Infinity;
  // Up to twice the minimum in UTF-16 units, the code points might fall short: exact decides.
  let minUnits = 0;
  const patterns: RegExp[] = [];
  const refines: ((value: string) => unknown)[] = [];
  for (const check of checks) {
    const def = check._zod.def;
    switch (def.check) {
      case 'max_length':
        max = Math.min(max, def.maximum as number);
        break;
      case 'min_length': {
        const min = def.minimum as number;
        minUnits = Math.max(minUnits, min <= 1 ? min : min * 2);
        break;
      }
      case 'string_format':
        if (!def.pattern || !PATTERN_FORMATS.has(def.format ?? '')) return undefined;
        patterns.push(def.pattern);
        break;
      case 'custom':
        refines.push(def.fn as (value: string) => unknown);
        break;
      case 'describe':
      case 'meta':
        break;
      default:
        return undefined;
    }
  }
  const stateful = patterns.some((p) => p.global || p.sticky);
  const single = patterns.length + refines.length === 1 && !stateful;
  const classes = single && patterns[0] ? classPattern(patterns[0]) : undefined;
  const mode =
    patterns.length + refines.length === 0
      ? PLAIN
      : !single
        ? MANY
        : classes
          ? CLASSES
          : patterns.length
            ? PATTERN
            : REFINE;
  const spec: TextSpec = { max, minUnits, mode, classes, patterns, refines, stateful, exact };
  return plan(TEXT, spec);
}

function stringFormatTest(def: ZodDef): Test | { readonly unsupported: string } {
  const format = def.format ?? '';
  switch (format) {
    case 'starts_with': {
      const prefix = def.prefix ?? '';
      return (v: string) => (v.startsWith(prefix) ? SAME : REJECTED);
    }
    case 'ends_with': {
      const suffix = def.suffix ?? '';
      return (v: string) => (v.endsWith(suffix) ? SAME : REJECTED);
    }
    case 'includes': {
      const part = def.includes ?? '';
      const position = def.position;
      return (v: string) => (v.includes(part, position) ? SAME : REJECTED);
    }
    default: {
      const pattern = def.pattern;
      if (!PATTERN_FORMATS.has(format) || !(pattern instanceof RegExp))
        return UNSUPPORTED(`string format ${format}`);
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v) ? SAME : REJECTED;
      };
    }
  }
}
