/**
 * Bidirectional isolation of names and other values set inside a sentence. A name in a
 * right-to-left script (Arabic, Hebrew, Urdu, Syriac, Thaana...) inside an English or Welsh
 * sentence reorders the punctuation and numbers next to it ("Timeline for ‏أحمد (3)" can read
 * "(3) أحمد"), and a value carrying direction controls (a stray or hostile U+202E RIGHT-TO-LEFT
 * OVERRIDE) can turn the rest of the sentence round. Wrapped in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (U+2068 … U+2069), as HTML's `<bdi>` does, the value keeps its own
 * direction and the sentence keeps its order: in text, attributes (accessible names) and SVG
 * alike. Text with neither right-to-left letters nor direction controls is left as it is, so
 * English and Welsh text never carries the (invisible) marks. Pure: no DOM.
 */

/** FIRST STRONG ISOLATE: the value's direction comes from its first strong character. */
const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: ends the isolate (and any embedding or override left open in it). */
const PDI = '\u2069';

/**
 * Right-to-left letters (Hebrew to Arabic Extended-A, the presentation forms, the historic
 * right-to-left blocks of plane 1 and the Adlam and Arabic mathematical blocks), the right-to-left
 * and Arabic letter marks, and the embedding, override and isolate controls.
 */
const NEEDS_ISOLATION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether `text` is one isolate from its first character to its last. */
function isWhollyIsolated(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x2066 || first > 0x2068 || text.charCodeAt(text.length - 1) !== 0x2069) {
    return false;
  }
  // The isolate opened by the first character must close at the last one, not before.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2066 && code <= 0x2068) depth++;
    else if (code === 0x2069 && depth > 0) {
      depth--;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return depth === 0;
}

/**
 * `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds right-to-left
 * letters or direction controls (and is not already one isolate); otherwise `text` itself. Isolates
 * the text leaves open are closed inside the wrapper, and a stray POP DIRECTIONAL ISOLATE in it
 * pops an isolate of its own rather than the wrapper's, so that nothing of `text` reaches the
 * sentence around it.
 *
 * ```ts
 * isolate('Sam Kelly'); // 'Sam Kelly'
 * isolate('أحمد'); // '\u2068أحمد\u2069'
 * isolate('Kelly \u202Eexe.gpj'); // '\u2068Kelly \u202Eexe.gpj\u2069': the override ends with it
 * ```
 */
export function isolate(text: string): string {
  if (!NEEDS_ISOLATION.test(text) || isWhollyIsolated(text)) return text;
  let open = 0;
  let stray = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2066 && code <= 0x2068) open++;
    else if (code === 0x2069) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return FSI.repeat(1 + stray) + text + PDI.repeat(1 + open);
}

/** `text` without the isolate {@link isolate} put round it (any other text as it is). */
export function withoutIsolate(text: string): string {
  return text.length >= 2 &&
    text.charCodeAt(0) === 0x2068 &&
    text.charCodeAt(text.length - 1) === 0x2069 &&
    isWhollyIsolated(text)
    ? text.slice(1, -1)
    : text;
}
