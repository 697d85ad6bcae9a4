/**
 * JSON text with positions, for the CLI: where a syntax error is (line and column, the same in
 * every JavaScript engine, whose own `JSON.parse` messages differ), and where in the file the value
 * at a JSON path starts, so each problem can be printed as `file:line:column`.
 *
 * `JSON.parse` does the parsing; the small scanner here only runs when there is something to locate.
 */
import type { PathSegment } from '../model/index.js';

/** A 1-based line and column (in UTF-16 code units, as editors count them). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The outcome of {@link parseJsonText}. */
export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly position: TextPosition };

/** Parses JSON text; on a syntax error, says what is wrong and where. A leading BOM is ignored. */
export function parseJsonText(text: string): JsonTextResult {
  const source = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const error = findSyntaxError(source);
    // JSON.parse and the scanner agree on valid JSON; the fallback only guards against a scanner bug.
    const found = error ?? { offset: source.length, message: 'not valid JSON' };
    return {
      ok: false,
      message: found.message,
      position: new LineIndex(source).position(found.offset),
    };
  }
}

/**
 * Finds where the values at the given paths start in `text` (for an object member: its key). A
 * path that does not exist (a missing required field) resolves to its deepest existing ancestor.
 * One pass over the text, whatever the number of paths.
 */
export function locatePaths(
  text: string,
  paths: readonly (readonly PathSegment[])[],
): (TextPosition | undefined)[] {
  const source = stripBom(text);
  const wanted = new Set<string>();
  for (const path of paths) {
    let key = '';
    wanted.add(key);
    for (const segment of path) {
      key = childKey(key, segment);
      wanted.add(key);
    }
  }
  const offsets = new Map<string, number>();
  try {
    new Scanner(source, wanted, offsets).document();
  } catch {
    // Text that does not parse has no paths to locate.
    return paths.map(() => undefined);
  }
  const lines = new LineIndex(source);
  return paths.map((path) => {
    let key = '';
    let offset = offsets.get(key);
    for (const segment of path) {
      key = childKey(key, segment);
      const found = offsets.get(key);
      if (found === undefined) break;
      offset = found;
    }
    return offset === undefined ? undefined : lines.position(offset);
  });
}

// ---------------------------------------------------------------------------------------------

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A key that cannot collide: segments joined by a character JSON keys rarely hold, typed by kind. */
function childKey(parent: string, segment: PathSegment): string {
  return `${parent}\u0000${typeof segment === 'number' ? '#' : '.'}${segment}`;
}

class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): TextPosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function findSyntaxError(text: string): { offset: number; message: string } | undefined {
  try {
    new Scanner(text, new Set(), new Map()).document();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** Describes the character at an offset for an error message. */
function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const code = text.charCodeAt(offset);
  const char = text.charAt(offset);
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()})`;
  return `"${char}"`;
}

/**
 * A strict JSON scanner (RFC 8259) that records the offsets of the values whose path keys are
 * in `wanted`. Containers outside `wanted` are skipped without building keys.
 */
class Scanner {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly wanted: ReadonlySet<string>,
    private readonly offsets: Map<string, number>,
  ) {}

  document(): void {
    this.space();
    this.value('', this.wanted.has(''));
    this.space();
    if (this.pos < this.text.length) {
      this.fail(`unexpected ${describeAt(this.text, this.pos)} after the end of the JSON value`);
    }
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(offset, message);
  }

  private space(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else if (c === 0x2f && (text[this.pos + 1] === '/' || text[this.pos + 1] === '*')) {
        this.fail('comments are not allowed in JSON');
      } else break;
    }
  }

  private value(key: string, track: boolean, at = this.pos): void {
    if (track) this.offsets.set(key, at);
    const c = this.text[this.pos];
    if (c === '{') this.object(key, track);
    else if (c === '[') this.array(key, track);
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else if (c === "'") this.fail('strings must use double quotes (") in JSON');
    else this.fail(`expected a value, found ${describeAt(this.text, this.pos)}`);
  }

  private object(key: string, track: boolean): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    let comma = -1;
    for (;;) {
      if (this.text[this.pos] !== '"') {
        if (this.text[this.pos] === '}' && comma >= 0) {
          this.fail('a comma cannot come after the last property (trailing comma)', comma);
        }
        this.fail(
          `expected a property name in double quotes, found ${describeAt(this.text, this.pos)}`,
        );
      }
      const keyOffset = this.pos;
      const name = this.string();
      const child = track ? childKey(key, name) : '';
      this.space();
      if (this.text[this.pos] !== ':') {
        this.fail(`expected ":" after the property name, found ${describeAt(this.text, this.pos)}`);
      }
      this.pos++;
      this.space();
      // An object member is located at its key; a duplicate key keeps the last, as JSON.parse does.
      this.value(child, track && this.wanted.has(child), keyOffset);
      this.space();
      const next = this.text[this.pos];
      if (next === ',') {
        comma = this.pos++;
        this.space();
      } else if (next === '}') {
        this.pos++;
        return;
      } else {
        this.fail(
          `expected "," or "}" after a property value, found ${describeAt(this.text, this.pos)}`,
        );
      }
    }
  }

  private array(key: string, track: boolean): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    let comma = -1;
    for (let index = 0; ; index++) {
      if (this.text[this.pos] === ']' && comma >= 0) {
        this.fail('a comma cannot come after the last item (trailing comma)', comma);
      }
      const child = track ? childKey(key, index) : '';
      this.value(child, track && this.wanted.has(child));
      this.space();
      const next = this.text[this.pos];
      if (next === ',') {
        comma = this.pos++;
        this.space();
      } else if (next === ']') {
        this.pos++;
        return;
      } else {
        this.fail(
          `expected "," or "]" after a list item, found ${describeAt(this.text, this.pos)}`,
        );
      }
    }
  }

  /** Reads a string and returns its value (only decoded when it is a key that may be wanted). */
  private string(): string {
    const text = this.text;
    const start = this.pos;
    this.pos++;
    let simple = true;
    for (;;) {
      if (this.pos >= text.length) this.fail('a string is not closed (missing ")', start);
      const c = text.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        break;
      }
      if (c < 0x20) this.fail(`${describeAt(text, this.pos)} must be escaped inside a string`);
      if (c === 0x5c) {
        simple = false;
        const e = text[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.pos + 2, this.pos + 6))) {
            this.fail('"\\u" must be followed by four hexadecimal digits');
          }
          this.pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          this.pos += 2;
        } else {
          this.fail(`"\\${e ?? ''}" is not a valid escape in a JSON string`);
        }
        continue;
      }
      this.pos++;
    }
    const raw = text.slice(start, this.pos);
    return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
  }

  private number(): void {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (!found) this.fail(`expected a number, found ${describeAt(this.text, this.pos)}`);
    this.pos += found[0].length;
    const next = this.text[this.pos];
    if (next !== undefined && /[\w.+-]/.test(next)) {
      this.fail(`a number cannot continue with ${describeAt(this.text, this.pos)}`);
    }
  }

  private literal(word: 'true' | 'false' | 'null'): void {
    if (
      this.text.startsWith(word, this.pos) &&
      !/\w/.test(this.text[this.pos + word.length] ?? '')
    ) {
      this.pos += word.length;
      return;
    }
    const end = /^\w*/.exec(this.text.slice(this.pos, this.pos + 40))?.[0] ?? '';
    this.fail(`expected a value, found ${JSON.stringify(end)} (text must be in double quotes)`);
  }
}
