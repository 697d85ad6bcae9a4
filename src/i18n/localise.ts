import type { LocalisedText } from '../model/common.js';

/** The language part of a locale tag: `cy` for `cy-GB`, `en` for `en-GB`. */
export function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

/** The key of `text` for `locale`: the exact locale, else one of the same language. */
function pickKey(text: Readonly<Record<string, string>>, locale: string): string | undefined {
  if (Object.hasOwn(text, locale)) return locale;
  const language = languageOf(locale);
  return Object.keys(text).find((k) => languageOf(k) === language);
}

function pick(text: Readonly<Record<string, string>>, locale: string): string | undefined {
  const key = pickKey(text, locale);
  return key === undefined ? undefined : text[key];
}

/**
 * The key of per-locale text to show for `locale`: the exact locale, then the same language, then
 * each fallback locale in turn, then the text's first.
 */
function localisedKey(
  text: Readonly<Record<string, string>>,
  locale: string,
  fallbackLocales: readonly string[],
): string | undefined {
  for (const candidate of [locale, ...fallbackLocales]) {
    const key = pickKey(text, candidate);
    if (key !== undefined) return key;
  }
  return Object.keys(text)[0];
}

/**
 * Picks the text for `locale` from model text written once (`"Health"`) or per locale
 * (`{ "en-GB": "Health", "cy": "Iechyd" }`): the exact locale, then the same language, then each
 * fallback locale in turn, then whatever the text has. Missing text gives `''`.
 */
export function localise(
  text: LocalisedText | undefined,
  locale: string,
  fallbackLocales: readonly string[] = [],
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const key = localisedKey(text, locale, fallbackLocales);
  return (key === undefined ? undefined : text[key]) ?? '';
}

/**
 * The locale tag of the text {@link localise} picks, given the locale a text written once is in
 * (`writtenIn`, a practice model's first locale); undefined when that is not known.
 */
export function localisedLanguage(
  text: LocalisedText | undefined,
  locale: string,
  fallbackLocales: readonly string[] = [],
  writtenIn?: string,
): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return writtenIn;
  return localisedKey(text, locale, fallbackLocales);
}

/**
 * The text for `locale` only, or `undefined` when it is not written in that language. Text written
 * once counts as written in `writtenIn` (a practice model's first locale).
 */
export function localiseStrict(
  text: LocalisedText,
  locale: string,
  writtenIn: string,
): string | undefined {
  if (typeof text === 'string') {
    return languageOf(writtenIn) === languageOf(locale) ? text : undefined;
  }
  return pick(text, locale);
}
