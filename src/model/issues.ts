/**
 * Problems found in a practice model or a case record, as a JSON path and a plain-English
 * message a vendor or an IT team can act on. zod's own issues are translated here.
 */
import type * as z from 'zod/mini';

export type PathSegment = string | number;

/** One problem: where it is (`templates[0].sections[2].questions[1].codeList`) and what is wrong. */
export interface ValidationIssue {
  /** The JSON path of the offending value; empty for the document itself. */
  readonly path: string;
  /** The same path as segments, for code that walks the document. */
  readonly segments: readonly PathSegment[];
  /** What is wrong, in words a vendor understands. Never contains the offending value's markup. */
  readonly message: string;
  /** A stable code for programs: `invalid-type`, `unknown-reference`, `duplicate-id`... */
  readonly code: string;
}

/** Writes path segments as `a.b[0].c`; keys that are not identifiers are quoted. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Makes an issue from segments, a code and a message. */
export function issue(
  segments: readonly PathSegment[],
  code: string,
  message: string,
): ValidationIssue {
  return { path: formatPath(segments), segments: [...segments], code, message };
}

/** A short, safe description of a value for messages: never the whole value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 37)}..."` : `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object of named values',
  null: 'null',
};

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function messageFor(zodIssue: ZodIssue, received: unknown): string {
  // Messages we wrote ourselves (regex and refine checks) are already plain English.
  if (zodIssue.message && zodIssue.message !== 'Invalid input') return zodIssue.message;
  switch (zodIssue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[zodIssue.expected] ?? zodIssue.expected;
      return received === undefined
        ? `is required: expected ${expected}`
        : `expected ${expected}, got ${describeValue(received)}`;
    }
    case 'too_small': {
      const min = zodIssue.minimum;
      if (zodIssue.origin === 'string')
        return Number(min) <= 1
          ? 'must not be empty'
          : `must be at least ${plural(min, 'character', 'characters')}`;
      if (zodIssue.origin === 'array' || zodIssue.origin === 'set')
        return `must have at least ${plural(min, 'item', 'items')}`;
      return zodIssue.inclusive ? `must be ${min} or more` : `must be more than ${min}`;
    }
    case 'too_big': {
      const max = zodIssue.maximum;
      if (zodIssue.origin === 'string')
        return `must be at most ${plural(max, 'character', 'characters')}`;
      if (zodIssue.origin === 'array' || zodIssue.origin === 'set')
        return `must have at most ${plural(max, 'item', 'items')}`;
      return zodIssue.inclusive ? `must be ${max} or less` : `must be less than ${max}`;
    }
    case 'invalid_value':
      return `must be ${zodIssue.values.length === 1 ? '' : 'one of '}${zodIssue.values
        .map((v) => JSON.stringify(v))
        .join(', ')}; got ${describeValue(received)}`;
    case 'unrecognized_keys':
      return `has ${zodIssue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${zodIssue.keys
        .map((k) => `"${k}"`)
        .join(', ')} (check the spelling against the schema)`;
    case 'invalid_format':
      return `is not a valid ${zodIssue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${zodIssue.divisor}`;
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has a value that is not allowed';
    default:
      return 'is not valid here';
  }
}

/**
 * Translates zod issues into validation issues with paths relative to `prefix`.
 * Unions are explained through the branch that came closest to matching.
 */
export function fromZodIssues(
  zodIssues: readonly ZodIssue[],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const zodIssue of zodIssues) {
    const segments = zodIssue.path.filter(
      (s): s is PathSegment => typeof s === 'string' || typeof s === 'number',
    );
    const received = valueAt(input, segments);
    if (zodIssue.code === 'invalid_union') {
      const noMatch = zodIssue as { discriminator?: string; options?: unknown[] };
      if (noMatch.discriminator !== undefined || zodIssue.errors.length === 0) {
        const key = noMatch.discriminator;
        const options = noMatch.options ?? [];
        out.push(
          issue(
            [...prefix, ...segments],
            'invalid-kind',
            `${key ? `"${key}" ` : ''}must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}; got ${describeValue(received)}`,
          ),
        );
        continue;
      }
      const branches = zodIssue.errors;
      const rootOnly = branches.every((branch) =>
        branch.every((b) => b.path.length === 0 && b.code === 'invalid_type'),
      );
      if (rootOnly) {
        const expected = [
          ...new Set(
            branches.flatMap((b) =>
              b.map((i) =>
                i.code === 'invalid_type' ? (EXPECTED_WORDS[i.expected] ?? i.expected) : '',
              ),
            ),
          ),
        ].filter(Boolean);
        out.push(
          issue(
            [...prefix, ...segments],
            'invalid-type',
            `expected ${expected.join(' or ')}, got ${describeValue(received)}`,
          ),
        );
        continue;
      }
      // The closest branch is the one whose first problem lies deepest, then the one with fewest.
      const depth = (branch: readonly ZodIssue[]) => Math.max(...branch.map((b) => b.path.length));
      const best =
        [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
      out.push(...fromZodIssues(best, received, [...prefix, ...segments]));
      continue;
    }
    out.push(
      issue(
        [...prefix, ...segments],
        zodIssue.code.replace(/_/g, '-'),
        messageFor(zodIssue, received),
      ),
    );
  }
  return out;
}

/** Formats issues as lines for a terminal or a log: `path: message`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('\n');
}
