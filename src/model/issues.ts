/**
 * Problems found in a practice model or a case record, as a JSON path and a plain-English
 * message a vendor or an IT team can act on. zod's own issues are translated here.
 *
 * Each issue also carries a stable `code` (one of {@link ISSUE_CODES}) and, where its producer
 * knows them, `params`: the values a message in another language needs (the id referred to, the
 * limit broken). Elements show problems in the page's language from `issue.<code>` messages and
 * these params; the English `message` stays for logs, terminals and programs.
 */
import type * as z from 'zod/mini';

export type PathSegment = string | number;

/**
 * Every code an issue of the pure model (or of the elements' own reading) can have. Each one has
 * an `issue.<code>` message in every shipped language; add a code here before producing it.
 */
export const ISSUE_CODES = [
  // From the shapes (zod), for any document
  'invalid-type',
  'too-small',
  'too-big',
  'invalid-format',
  'not-multiple-of',
  'unrecognized-keys',
  'invalid-key',
  'invalid-element',
  'invalid-value',
  'invalid-kind',
  'custom',
  // Practice model references
  'duplicate-id',
  'unknown-reference',
  'invalid-range',
  'cycle',
  'empty-matcher',
  'invalid-step',
  'self-reference',
  'out-of-range',
  'not-scoreable',
  // Case record reading
  'dangling-reference',
  'end-before-start',
  'self-relationship',
  'ancestry-cycle',
  'end-on-point',
  // Timeline entries and lanes
  'invalid-event',
  'unknown-event-type',
  'unknown-lane',
  'invalid-end',
  'too-many-issues',
  'lane-cycle',
  // Genogram family
  'too-many-persons',
  'invalid-date',
  'couple-across-generations',
  // An input an element could not read at all
  'unreadable',
] as const;

/** A code of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * The specifics of an issue, for messages in other languages: `{ variant: 'event-type', ref:
 * 'visit' }`. Values are plain text or numbers, rendered as text, never as markup.
 *
 * Two names are reserved: `variant` picks a more precise message (`issue.<code>.<variant>`, e.g.
 * which kind of thing a reference names), and `suggestion` is a "did you mean" id. Other names are
 * the placeholders of the messages (`ref`, `id`, `min`, `max`...).
 */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One problem: where it is (`templates[0].sections[2].questions[1].codeList`) and what is wrong. */
export interface ValidationIssue {
  /** The JSON path of the offending value; empty for the document itself. */
  readonly path: string;
  /** The same path as segments, for code that walks the document. */
  readonly segments: readonly PathSegment[];
  /** What is wrong, in words a vendor understands. Never contains the offending value's markup. */
  readonly message: string;
  /**
   * A stable code for programs: one of {@link ISSUE_CODES} (`invalid-type`, `dangling-reference`,
   * `duplicate-id`...). Typed as text so that issues from elsewhere (a host's own checks) fit.
   */
  readonly code: string;
  /** The specifics, when the producer knows them, for the message in the page's language. */
  readonly params?: IssueParams;
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

/** Makes an issue from segments, a code, a message and, when known, the message's specifics. */
export function issue(
  segments: readonly PathSegment[],
  code: string,
  message: string,
  params?: IssueParams,
): ValidationIssue {
  const path = formatPath(segments);
  const copy = [...segments];
  return params
    ? { path, segments: copy, code, message, params }
    : { path, segments: copy, code, message };
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

/** Our code for each of zod's (a new zod code fails to compile here until it has one). */
const ZOD_CODES: Readonly<Record<ZodIssue['code'], IssueCode>> = {
  invalid_type: 'invalid-type',
  too_big: 'too-big',
  too_small: 'too-small',
  invalid_format: 'invalid-format',
  not_multiple_of: 'not-multiple-of',
  unrecognized_keys: 'unrecognized-keys',
  invalid_union: 'invalid-type',
  invalid_key: 'invalid-key',
  invalid_element: 'invalid-element',
  invalid_value: 'invalid-value',
  custom: 'custom',
};

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
 * Our own messages in the shared schemas (`common.ts`), by the precise message they stand for in
 * other languages. A check may also name its variant itself: `z.refine(f, { params: { variant } })`.
 */
const OWN_MESSAGE_VARIANTS: Readonly<Record<string, string>> = {
  'must be an identifier: letters, digits, "-", "_", "." or ":", no spaces': 'identifier',
  'must be a locale tag such as "en-GB" or "cy"': 'locale-tag',
  'must be a real date written YYYY-MM-DD': 'iso-date',
  'must be a date written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM': 'partial-date',
};

/** zod's expected types that have a message of their own (`issue.invalid-type.<type>`). */
const EXPECTED_VARIANTS: ReadonlySet<string> = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'object',
  'array',
  'record',
]);

function quotedList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Unknown field names as a short list: they come from the input, so they may be anything. */
function quotedKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 10).map((k) => (k.length > 40 ? `${k.slice(0, 39)}…` : k));
  return `${quotedList(shown)}${keys.length > shown.length ? ', …' : ''}`;
}

/** The variant of a length or size limit: text, a list or a number. */
function limitVariant(origin: string, inclusive: boolean | undefined): string | undefined {
  if (origin === 'string') return 'text';
  if (origin === 'array' || origin === 'set') return 'list';
  if (origin === 'number' || origin === 'int' || origin === 'bigint')
    return inclusive === false ? 'number-exclusive' : 'number';
  return undefined;
}

/** The specifics of a zod issue for messages in other languages (see {@link IssueParams}). */
function paramsFor(zodIssue: ZodIssue, received: unknown): IssueParams | undefined {
  const own = OWN_MESSAGE_VARIANTS[zodIssue.message];
  if (own) return { variant: own };
  switch (zodIssue.code) {
    case 'invalid_type':
      if (received === undefined) return { variant: 'required' };
      return EXPECTED_VARIANTS.has(zodIssue.expected) ? { variant: zodIssue.expected } : undefined;
    case 'too_small': {
      const minimum = Number(zodIssue.minimum);
      const variant = limitVariant(zodIssue.origin, zodIssue.inclusive);
      if (variant === 'text' && minimum <= 1) return { variant: 'empty-text' };
      if (variant === 'list' && minimum <= 1) return { variant: 'empty-list' };
      return variant ? { variant, minimum } : undefined;
    }
    case 'too_big': {
      const variant = limitVariant(zodIssue.origin, zodIssue.inclusive);
      return variant ? { variant, maximum: Number(zodIssue.maximum) } : undefined;
    }
    case 'invalid_value':
      return zodIssue.values.length === 1
        ? { variant: 'one', options: quotedList(zodIssue.values) }
        : { options: quotedList(zodIssue.values) };
    case 'unrecognized_keys':
      return zodIssue.keys.length === 1
        ? { variant: 'one', keys: quotedKeys(zodIssue.keys) }
        : { keys: quotedKeys(zodIssue.keys) };
    case 'not_multiple_of':
      return { divisor: zodIssue.divisor };
    case 'custom': {
      const variant: unknown = zodIssue.params?.['variant'];
      return typeof variant === 'string' ? { variant } : undefined;
    }
    default:
      return undefined;
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
            `${key ? `"${key}" ` : ''}must be one of ${quotedList(options)}; got ${describeValue(received)}`,
            key && options.length ? { field: key, options: quotedList(options) } : undefined,
          ),
        );
        continue;
      }
      const branches = zodIssue.errors;
      const rootOnly = branches.every((branch) =>
        branch.every((b) => b.path.length === 0 && b.code === 'invalid_type'),
      );
      if (rootOnly) {
        const types = [
          ...new Set(
            branches.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : ''))),
          ),
        ].filter(Boolean);
        const expected = types.map((type) => EXPECTED_WORDS[type] ?? type);
        const only = types.length === 1 ? (types[0] as string) : undefined;
        out.push(
          issue(
            [...prefix, ...segments],
            'invalid-type',
            `expected ${expected.join(' or ')}, got ${describeValue(received)}`,
            received === undefined
              ? { variant: 'required' }
              : only && EXPECTED_VARIANTS.has(only)
                ? { variant: only }
                : undefined,
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
        ZOD_CODES[zodIssue.code],
        messageFor(zodIssue, received),
        paramsFor(zodIssue, received),
      ),
    );
  }
  return out;
}

/** Formats issues as lines for a terminal or a log: `path: message`. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('\n');
}
