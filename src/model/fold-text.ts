/**
 * Text folded for searching: accents and other combining marks removed, lower case, so
 * "Siân" is found by "sian" and "SIAN". Used by the chronology's and the genogram text view's
 * search boxes; the search text is matched as text, never as a pattern.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
