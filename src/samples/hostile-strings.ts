/**
 * Hostile inputs for tests and stories: markup, script, bidirectional overrides, zero-width
 * characters, emoji and very long text. A component must render every one as plain text, keep
 * its layout, and never execute or interpret it.
 */

/** A long run of text with no spaces, to test wrapping and truncation. */
const LONG_WORD = 'Supercalifragilistic'.repeat(60);

/** A long paragraph of ordinary words (about 5,000 characters). */
const LONG_TEXT = Array.from(
  { length: 120 },
  (_, i) => `Entry ${i + 1}: the child was seen at home and spoke about school.`,
).join(' ');

/** Strings that break naive rendering, escaping, layout or bidirectional text handling. */
export const hostileStrings: readonly string[] = Object.freeze([
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<b>bold</b> & <i>italic</i> &amp; &lt;escaped&gt;',
  "Robert'); DROP TABLE children;--",
  '__proto__',
  'constructor',
  // Right-to-left override: shows "Kelly gpj.exe" reversed.
  'Kelly \u202Eexe.gpj',
  // Arabic and Hebrew mixed with English.
  'Amira حسين (Hussain) שלום',
  // Zero-width space, joiner, non-joiner and byte order mark.
  'Ty\u200Bler\u200D\u200C\uFEFF',
  // Combining marks stacked on one letter.
  'Z\u0351\u0354\u0317\u0362a\u0310\u0308l\u0367go',
  'Emoji: 👩‍👧‍👦 🏳️‍🌈 👍🏽 🇬🇧',
  'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
  'Line one\nLine two\r\nLine three\ttabbed',
  '   leading and trailing spaces   ',
  '',
  LONG_WORD,
  LONG_TEXT,
]);
