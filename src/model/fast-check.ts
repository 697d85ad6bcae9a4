/**
 * A fast answer to "would zod accept this value, and give it back unchanged?", derived from a
 * zod/mini schema. zod in jitless mode (strict CSP forbids the JIT's `new Function`) clones every
 * object and array it validates and allocates a result per property; for a record of 10,000 events
 * that is most of the time it takes to open a case. The check compiled here walks the schema's
 * definition once and answers with closures: `typeof` tests, precompiled key maps, the schemas'
 * own refinements, and no allocation when the value is valid.
 *
 * The guarantee: when the check says yes, `safeParse` would succeed and its output would be
 * deep-equal to the value, with keys in the same order (so `JSON.stringify` of both is the same).
 * When it cannot be sure, it says no and the caller asks zod. Anything the compiler does not
 * understand (defaults, transforms, pipes, unknown checks...) is handed to zod for that
 * sub-value, and listed in `fallbacks`.
 *
 * Outside the guarantee, because JSON cannot express them: symbol-keyed and non-enumerable
 * properties of objects, and enumerable properties added to `Object.prototype`.
 */
import * as z from 'zod/mini';
import { useJitlessZod } from './zod-config.js';

/** A compiled check for one schema. */
export interface FastCheck<T> {
  /**
   * True when zod would accept `value` and its output would equal `value` (same keys in the same
   * order, same values). False means "ask zod": the value may still be valid.
   */
  (value: unknown): value is T;
  /**
   * zod's output for `value` when it can be built without zod: `value` itself when the check
   * passes, or a copy with object keys put in the schema's order when that is the only
   * difference. `undefined` means "ask zod".
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
/** zod accepts; its output differs only in the order of object keys. */
const REORDERED = 1;
/** Cannot tell cheaply: ask zod. */
const UNSURE = 2;
/** zod rejects. Only claimed when certain, since a union then tries its next option. */
const REJECTED = 3;
type Verdict = typeof SAME | typeof REORDERED | typeof UNSURE | typeof REJECTED;

interface Node {
  readonly check: (value: unknown) => Verdict;
  /** zod's output for a value `check` called REORDERED; absent for nodes that never reorder. */
  readonly rebuild?: (value: unknown) => unknown;
  /**
   * Scalars only: the same check that also lets `undefined` (an optional around it) or `null` (a
   * nullable) through, as one closure rather than a chain of calls.
   */
  readonly leaf?: (allowUndefined: boolean, allowNull: boolean) => Node['check'];
}

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

/** Compiles the fast check for `schema`. Never throws; what it cannot compile, zod checks. */
export function compileFastCheck<S extends z.core.$ZodType>(schema: S): FastCheck<z.output<S>> {
  // What the compiler hands back to zod must not switch zod's JIT (and `new Function`) on.
  useJitlessZod();
  const compiler = new Compiler();
  const node = compiler.compile(schema as unknown as ZodSchema, '(root)');
  const check = (value: unknown): value is z.output<S> => node.check(value) === SAME;
  const read = (value: unknown): z.output<S> | undefined => {
    const verdict = node.check(value);
    if (verdict === SAME) return value as z.output<S>;
    if (verdict === REORDERED && node.rebuild) return node.rebuild(value) as z.output<S>;
    return undefined;
  };
  return Object.assign(check, { read, fallbacks: compiler.fallbacks });
}

// ---------------------------------------------------------------------------------------------

/** A check on a value whose type is already known to fit: pass, fail, or unsure. */
type Test = (value: never) => Verdict;

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

class Compiler {
  readonly fallbacks: FastCheckFallback[] = [];
  /** One node per schema instance: shared schemas (`Id`, dates) compile once; lazies recurse. */
  readonly #nodes = new Map<ZodSchema, Node>();

  compile(schema: ZodSchema, path: string): Node {
    const known = this.#nodes.get(schema);
    if (known) return known;
    // A recursive schema (through `z.lazy`) meets itself while compiling: forward to the result.
    const cell: { node?: Node } = {};
    const forward: Node = {
      check: (value) => (cell.node as Node).check(value),
      rebuild: (value) => {
        const target = cell.node as Node;
        return target.rebuild ? target.rebuild(value) : value;
      },
    };
    this.#nodes.set(schema, forward);
    const compiled = this.#compileNew(schema, path);
    cell.node = compiled;
    this.#nodes.set(schema, compiled);
    return compiled;
  }

  #fallback(schema: ZodSchema, path: string, reason: string): Node {
    this.fallbacks.push({ path, reason });
    return {
      check(value) {
        try {
          const result = z.safeParse(schema as unknown as z.core.$ZodType, value);
          if (!result.success) return REJECTED;
          return Object.is(result.data, value) ? SAME : UNSURE;
        } catch {
          return UNSURE;
        }
      },
    };
  }

  #compileNew(schema: ZodSchema, path: string): Node {
    const zod = schema._zod;
    const def = zod.def;
    if (def.coerce) return this.#fallback(schema, path, `coerced ${def.type}`);
    // A schema that is itself a check (z.int(), z.email(), z.custom()) runs as its first check.
    const checkSchemas = zod.traits.has('$ZodCheck')
      ? [schema, ...(def.checks ?? [])]
      : (def.checks ?? []);
    const tests: Test[] = [];
    let refined = false;
    let base: Node | { readonly unsupported: string };
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
    const exact = withTests(base, tests, refined);
    if (def.type !== 'string') return exact;
    const fused = fuseStringChecks(checkSchemas, exact.check);
    return fused ? { check: fused(false, false), leaf: fused } : exact;
  }

  #compileBase(schema: ZodSchema, path: string): Node | { readonly unsupported: string } {
    const zod = schema._zod;
    const def = zod.def;
    switch (def.type) {
      case 'string':
        return typeLeaf((v) => typeof v === 'string');
      case 'number':
        return typeLeaf((v) => typeof v === 'number' && Number.isFinite(v));
      case 'boolean':
        return typeLeaf((v) => typeof v === 'boolean');
      case 'null':
        return { check: (v) => (v === null ? SAME : REJECTED) };
      case 'undefined':
      case 'void':
        return { check: (v) => (v === undefined ? SAME : REJECTED) };
      case 'any':
      case 'unknown':
      case 'custom': // z.custom(fn): its function runs as its own check.
        return { check: () => SAME };
      case 'never':
        return { check: () => REJECTED };
      case 'enum':
      case 'literal': {
        const values = zod.values;
        if (!values) return UNSUPPORTED(`${def.type} without values`);
        return typeLeaf((v) => values.has(v));
      }
      case 'optional':
        return this.#optional(schema, path);
      case 'nullable': {
        const inner = this.compile(def.innerType as ZodSchema, path);
        const leaf = inner.leaf;
        if (leaf) return { check: leaf(false, true), leaf: (u) => leaf(u, true) };
        return {
          check: (v) => (v === null ? SAME : inner.check(v)),
          rebuild: inner.rebuild,
        };
      }
      case 'lazy':
        return this.#lazy(schema, path);
      case 'array':
        return this.#array(this.compile(def.element as ZodSchema, `${path}[]`));
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

  #optional(schema: ZodSchema, path: string): Node | { readonly unsupported: string } {
    const def = schema._zod.def;
    const innerSchema = def.innerType as ZodSchema;
    if (innerSchema._zod.optin === 'defaulted') return UNSUPPORTED('optional around a default');
    const inner = this.compile(innerSchema, path);
    // z.exactOptional: a key may be absent, but an explicit undefined goes to the inner schema.
    if (schema._zod.traits.has('$ZodExactOptional')) return inner;
    const leaf = inner.leaf;
    if (leaf) return { check: leaf(true, false), leaf: (_, n) => leaf(true, n) };
    return { check: (v) => (v === undefined ? SAME : inner.check(v)), rebuild: inner.rebuild };
  }

  #lazy(schema: ZodSchema, path: string): Node {
    let inner: Node | undefined;
    const resolve = (): Node =>
      (inner ??= this.compile(schema._zod.innerType as ZodSchema, `${path}(lazy)`));
    // Resolved now when possible, so fallbacks inside are listed; a getter that throws waits.
    try {
      resolve();
    } catch {
      inner = undefined;
    }
    return {
      check: (v) => resolve().check(v),
      rebuild: (v) => {
        const node = resolve();
        return node.rebuild ? node.rebuild(v) : v;
      },
    };
  }

  #array(element: Node): Node {
    const rebuildElement = element.rebuild;
    return {
      check(v) {
        if (!Array.isArray(v)) return REJECTED;
        if (Object.getPrototypeOf(v) !== Array.prototype) return UNSURE;
        let verdict: Verdict = SAME;
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          // A hole reads as undefined but is not one: zod's copy would hold a real undefined.
          if (item === undefined && !(i in v)) return UNSURE;
          const result = element.check(item);
          if (result > REORDERED) return result;
          if (result === REORDERED) verdict = REORDERED;
        }
        return verdict;
      },
      rebuild: rebuildElement
        ? (v) => {
            const input = v as readonly unknown[];
            const out = new Array<unknown>(input.length);
            for (let i = 0; i < input.length; i++) {
              const item = input[i];
              out[i] = element.check(item) === REORDERED ? rebuildElement(item) : item;
            }
            return out;
          }
        : undefined,
    };
  }

  #object(def: ZodDef, path: string): Node | { readonly unsupported: string } {
    const shape = def.shape ?? {};
    if (Object.getOwnPropertySymbols(shape).length) return UNSUPPORTED('symbol keys');
    const keys = Object.keys(shape);
    // zod never copies a __proto__ key, and keys Object.prototype has are read through it.
    const inherited = keys.find((key) => key in Object.prototype);
    if (inherited !== undefined) return UNSUPPORTED(`a key named ${inherited}`);
    const count = keys.length;
    const nodes = keys.map((key) => this.compile(shape[key] as ZodSchema, `${path}.${key}`));
    // One entry per key, found with one map lookup per key of the value.
    const entries = new Map<string, KeyEntry>();
    let required = 0;
    let unsureIfAbsent = 0;
    keys.forEach((key, i) => {
      const node = nodes[i] as Node;
      const { optin, optout } = (shape[key] as ZodSchema)._zod;
      const absence =
        optin === 'optional' && optout === 'optional' ? 0 : optin === undefined ? 1 : 2;
      if (absence === 1) required++;
      else if (absence === 2) unsureIfAbsent++;
      // zod's output lists keys in shape order, integer-like keys first (engines list those
      // first in every object, so they are left out of the order check).
      entries.set(key, {
        index: i,
        position: isIndexKey(key) ? -1 : i,
        absence,
        check: node.check,
        node,
      });
    });

    const catchallSchema = def.catchall;
    const catchallType = catchallSchema?._zod.def.type;
    // Unknown keys: stripped (z.object), rejected (z.strictObject) or checked (catchall).
    const catchall =
      catchallSchema && catchallType !== 'never'
        ? this.compile(catchallSchema, `${path}[*]`)
        : undefined;
    const strict = catchallType === 'never';

    const check = (v: unknown): Verdict => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECTED;
      if (Object.getPrototypeOf(v) !== Object.prototype) return UNSURE;
      const input = v as Readonly<Record<string, unknown>>;
      let verdict: Verdict = SAME;
      let last = -1;
      let seenRequired = 0;
      let seenUnsure = 0;
      // A key zod leaves out of its copy: unsure, unless the rest says zod rejects the value.
      let dropped = false;
      for (const key in input) {
        const entry = entries.get(key);
        if (entry === undefined) {
          if (strict) return REJECTED;
          if (!catchall || key === '__proto__') {
            dropped = true;
            continue;
          }
          const result = catchall.check(input[key]);
          if (result > REORDERED) return result;
          if (result === REORDERED) verdict = REORDERED;
          // Unknown keys follow the known ones in zod's output.
          if (!isIndexKey(key)) last = count;
          continue;
        }
        const result = entry.check(input[key]);
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
      if (seenRequired !== required) return REJECTED;
      if (dropped || seenUnsure !== unsureIfAbsent) return UNSURE;
      return verdict;
    };

    // zod's copy: the value's known keys in shape order, then its other keys in their order.
    // Reused between calls (it only ever holds this node's entries); a nested call on the same
    // node, through a recursive schema, takes its own.
    const scratch: KeyEntry[] = [];
    let scratchInUse = false;
    const rebuild = (v: unknown): unknown => {
      const input = v as Readonly<Record<string, unknown>>;
      const ownsScratch = !scratchInUse;
      const present = ownsScratch ? scratch : [];
      scratchInUse = true;
      let n = 0;
      let extra = false;
      for (const key in input) {
        const entry = entries.get(key);
        if (entry === undefined) {
          extra = true;
          continue;
        }
        // Insertion sort: a handful of keys, mostly in order already.
        let at = n++;
        while (at > 0 && (present[at - 1] as KeyEntry).index > entry.index) {
          present[at] = present[at - 1] as KeyEntry;
          at--;
        }
        present[at] = entry;
      }
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const entry = present[i] as KeyEntry;
        const key = keys[entry.index] as string;
        const value = input[key];
        out[key] = entry.node.rebuild ? rebuildChild(entry.node, value) : value;
      }
      if (ownsScratch) scratchInUse = false;
      if (catchall && extra) {
        for (const key in input) {
          if (!entries.has(key)) out[key] = rebuildChild(catchall, input[key]);
        }
      }
      return out;
    };
    return {
      check,
      rebuild: count > 1 || catchall || nodes.some((n) => n.rebuild) ? rebuild : undefined,
    };
  }

  #record(def: ZodDef, path: string): Node | { readonly unsupported: string } {
    const keySchema = def.keyType as ZodSchema;
    if (keySchema._zod.values && !def.partial)
      return UNSUPPORTED('a record with a fixed set of keys');
    const keyNode = this.compile(keySchema, `${path}{key}`);
    const valueNode = this.compile(def.valueType as ZodSchema, `${path}{}`);
    const loose = def.mode === 'loose';
    const rebuildValue = valueNode.rebuild;
    return {
      check(v) {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECTED;
        if (Object.getPrototypeOf(v) !== Object.prototype)
          return zodPlainObject(v) ? UNSURE : REJECTED;
        // zod reads symbol keys too (and rejects them against a string key schema).
        if (Object.getOwnPropertySymbols(v).length) return UNSURE;
        const input = v as Readonly<Record<string, unknown>>;
        let verdict: Verdict = SAME;
        for (const key in input) {
          if (key === '__proto__') return UNSURE;
          const keyVerdict = keyNode.check(key);
          if (keyVerdict === REJECTED) {
            // zod retries a numeric-looking key as a number; a loose record keeps it as it is.
            if (loose) continue;
            const first = key.charCodeAt(0);
            return first === 45 || (first >= 48 && first <= 57) ? UNSURE : REJECTED;
          }
          if (keyVerdict !== SAME) return UNSURE;
          const result = valueNode.check(input[key]);
          if (result > REORDERED) return result;
          if (result === REORDERED) verdict = REORDERED;
        }
        return verdict;
      },
      rebuild: rebuildValue
        ? (v) => {
            const input = v as Readonly<Record<string, unknown>>;
            const out: Record<string, unknown> = {};
            for (const key in input) out[key] = rebuildChild(valueNode, input[key]);
            return out;
          }
        : undefined,
    };
  }

  #union(schema: ZodSchema, path: string): Node | { readonly unsupported: string } {
    const zod = schema._zod;
    const def = zod.def;
    if (zod.traits.has('$ZodXor')) return UNSUPPORTED('an exclusive union');
    const optionSchemas = def.options ?? [];
    const options = optionSchemas.map((option, i) => this.compile(option, `${path}|${i}`));
    const reorders = options.some((option) => option.rebuild);
    // The first option zod accepts decides the output.
    const firstFit = (v: unknown): Node | undefined => {
      for (const option of options) if (option.check(v) !== REJECTED) return option;
      return undefined;
    };
    const checks = options.map((option) => option.check);
    const unionCheck = (v: unknown): Verdict => {
      for (let i = 0; i < checks.length; i++) {
        const result = (checks[i] as Node['check'])(v);
        if (result !== REJECTED) return result;
      }
      return REJECTED;
    };
    const unionRebuild = reorders
      ? (v: unknown): unknown => {
          const option = firstFit(v);
          return option?.rebuild ? option.rebuild(v) : v;
        }
      : undefined;
    if (def.discriminator === undefined || !zod.traits.has('$ZodDiscriminatedUnion'))
      return { check: unionCheck, rebuild: unionRebuild };

    // A discriminated union runs only the option its discriminator value names.
    const key = def.discriminator;
    const byValue = new Map<unknown, Node | null>();
    for (let i = 0; i < optionSchemas.length; i++) {
      const values = (optionSchemas[i] as ZodSchema)._zod.propValues?.[key];
      if (!values || values.size === 0) return UNSUPPORTED('a discriminated option without values');
      for (const value of values) {
        if (!byValue.has(value)) byValue.set(value, options[i] as Node);
        else if (value === undefined) byValue.set(value, null);
        else return UNSUPPORTED('a repeated discriminator value');
      }
    }
    const fallback = def.unionFallback === true;
    const pick = (v: unknown): Node | undefined => {
      const option = byValue.get((v as Readonly<Record<string, unknown>>)[key]);
      return option ?? undefined;
    };
    return {
      check(v) {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return REJECTED;
        const option = pick(v);
        if (option) return option.check(v);
        return fallback ? unionCheck(v) : REJECTED;
      },
      rebuild: reorders
        ? (v) => {
            const option = pick(v);
            if (!option) return unionRebuild ? unionRebuild(v) : v;
            return option.rebuild ? option.rebuild(v) : v;
          }
        : undefined,
    };
  }
}

/** A scalar node from a type test, able to absorb an optional or nullable around it. */
function typeLeaf(fits: (value: unknown) => boolean): Node {
  const leaf = (allowUndefined: boolean, allowNull: boolean): Node['check'] =>
    allowUndefined || allowNull
      ? (v) =>
          (v === undefined && allowUndefined) || (v === null && allowNull) || fits(v)
            ? SAME
            : REJECTED
      : (v) => (fits(v) ? SAME : REJECTED);
  return { check: leaf(false, false), leaf };
}

/**
 * The common string checks (length bounds, patterns, refinements) run in one closure. It only
 * says SAME when every check passes for sure; anything else goes to `exact`, the check by check
 * evaluation (code points, check conditions, what a refinement returned).
 */
function fuseStringChecks(
  checks: readonly ZodSchema[],
  exact: Node['check'],
): ((allowUndefined: boolean, allowNull: boolean) => Node['check']) | undefined {
  let max = Infinity;
  // Up to twice the minimum in UTF-16 units, the code points might fall short: exact decides.
  let minUnits = 0;
  const patterns: RegExp[] = [];
  const refines: ((value: unknown) => unknown)[] = [];
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
        refines.push(def.fn as (value: unknown) => unknown);
        break;
      case 'describe':
      case 'meta':
        break;
      default:
        return undefined;
    }
  }
  const stateful = patterns.some((p) => p.global || p.sticky);
  const pattern = patterns[0];
  const refine = refines[0] as ((v: string) => unknown) | undefined;
  // The usual shapes (a length limit, plus one pattern or one refinement) get a closure of their
  // own with no loop; anything else loops over its checks.
  let passes: (v: string) => boolean;
  if (patterns.length + refines.length > 1 || stateful) {
    passes = (v) => {
      if (v.length > max || v.length < minUnits) return false;
      for (let i = 0; i < patterns.length; i++) {
        const p = patterns[i] as RegExp;
        if (stateful) p.lastIndex = 0;
        if (!p.test(v)) return false;
      }
      for (let i = 0; i < refines.length; i++)
        if ((refines[i] as (v: string) => unknown)(v) !== true) return false;
      return true;
    };
  } else if (pattern) {
    passes = (v) => v.length <= max && v.length >= minUnits && pattern.test(v);
  } else if (refine) {
    passes = (v) => v.length <= max && v.length >= minUnits && refine(v) === true;
  } else {
    passes = (v) => v.length <= max && v.length >= minUnits;
  }
  return (allowUndefined, allowNull) =>
    allowUndefined || allowNull
      ? (v) => {
          if ((v === undefined && allowUndefined) || (v === null && allowNull)) return SAME;
          return typeof v === 'string' && passes(v) ? SAME : exact(v);
        }
      : (v) => (typeof v === 'string' && passes(v) ? SAME : exact(v));
}

/** What an object node knows about one key of its shape. */
interface KeyEntry {
  /** Position in the shape. */
  readonly index: number;
  /** Position for the key order check; -1 for integer-like keys. */
  readonly position: number;
  /** When the key is absent: 0 fine (optional), 1 rejected (required), 2 unsure (defaulted). */
  readonly absence: 0 | 1 | 2;
  readonly check: Node['check'];
  readonly node: Node;
}

function rebuildChild(node: Node, value: unknown): unknown {
  // Only objects and arrays can come out of zod in another order.
  if (typeof value !== 'object' || value === null || !node.rebuild) return value;
  return node.check(value) === REORDERED ? node.rebuild(value) : value;
}

/** Applies a schema's checks after its type test, as zod runs them. */
function withTests(base: Node, tests: readonly Test[], refined: boolean): Node {
  return {
    check(v) {
      const verdict = base.check(v);
      if (verdict > REORDERED) return verdict;
      for (const test of tests) {
        const result = test(v as never);
        if (result !== SAME) return result;
      }
      // A refinement sees zod's copy: on a reordered copy it might answer differently.
      return verdict === REORDERED && refined ? UNSURE : verdict;
    },
    rebuild: base.rebuild,
  };
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
