import type { PracticeModel } from '../model/practice-model/schema.js';
import { enGB } from './en-GB.js';
import { languageOf, localiseStrict } from './localise.js';
import type { MessageKey, Messages, PluralMessage } from './messages.js';

/** The locales whose messages ship with the library. Other locales start from UK English. */
export const BUILT_IN_LOCALES = ['en-GB', 'cy'] as const;

/** A locale of {@link BUILT_IN_LOCALES}. */
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

/**
 * The shipped catalogue a language tag uses: `cy` for Welsh (`cy`, `cy-GB`), `en-GB` for English
 * and for every language the library has no messages for.
 */
export function catalogueLocale(tag: string): BuiltInLocale {
  const language = languageOf(tag);
  return BUILT_IN_LOCALES.find((locale) => languageOf(locale) === language) ?? 'en-GB';
}

/**
 * Shipped translations other than UK English, loaded on first use so that a page in English never
 * downloads them. A cache of immutable catalogues, not a mutable i18n singleton.
 */
const loaders: Readonly<Record<string, () => Promise<Messages>>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};
const loaded = new Map<string, Messages>([['en', enGB]]);
const loading = new Map<string, Promise<Messages>>();

/** True when the shipped messages for `locale` are ready to use synchronously. */
export function isLocaleReady(locale: string): boolean {
  const language = languageOf(locale);
  return loaded.has(language) || !(language in loaders);
}

/**
 * Loads the shipped messages for a locale (Welsh for `cy` and `cy-*`; UK English otherwise).
 * Elements call it themselves when their `locale` needs it; a host may call it early to avoid
 * the moment an element waits.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = languageOf(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  const loader = loaders[language];
  if (!loader) return Promise.resolve(enGB);
  let pending = loading.get(language);
  if (!pending) {
    pending = loader().then((messages) => {
      loaded.set(language, messages);
      return messages;
    });
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The shipped messages for a locale when they are loaded: Welsh for `cy` and `cy-*` once
 * {@link loadMessages} has finished, UK English otherwise.
 */
export function defaultMessages(locale: string): Messages {
  return loaded.get(languageOf(locale)) ?? enGB;
}

function isPluralMessage(value: unknown): value is PluralMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

/** Accepts an override only in the shape its key expects; a plain string may stand for a plural. */
function coerce(
  key: MessageKey,
  value: unknown,
  base: Messages,
): string | PluralMessage | undefined {
  if (typeof base[key] === 'string') return typeof value === 'string' ? value : undefined;
  if (typeof value === 'string') return { other: value };
  return isPluralMessage(value) ? value : undefined;
}

/**
 * The messages for a locale: the shipped defaults, then the practice model's `labels`, then the
 * host's overrides. A model label replaces a default only when it is written in the requested
 * language (text written once counts as the model's first locale), so an English label never
 * replaces a Welsh default. Unknown keys and values of the wrong shape are ignored.
 */
export function resolveMessages(
  locale: string,
  overrides?: Partial<Messages>,
  model?: PracticeModel,
): Messages {
  let messages = defaultMessages(locale);
  if (model?.labels) {
    const writtenIn = model.locales[0] ?? 'en-GB';
    const labels: Record<string, unknown> = {};
    for (const [key, label] of Object.entries(model.labels)) {
      labels[key] = localiseStrict(label, locale, writtenIn);
    }
    messages = withOverrides(messages, labels);
  }
  return overrides ? withOverrides(messages, overrides) : messages;
}

/**
 * `base` with the overrides that name a known key and have the right shape (text for a text
 * message; text or plural forms for a plural message). Anything else is ignored.
 */
export function withOverrides(
  base: Messages,
  overrides: Partial<Messages> | Readonly<Record<string, unknown>>,
): Messages {
  if (typeof overrides !== 'object' || overrides === null) return base;
  const merged: Record<string, string | PluralMessage> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(base, key)) continue;
    const accepted = coerce(key as MessageKey, value, base);
    if (accepted !== undefined) merged[key] = accepted;
  }
  return merged as unknown as Messages;
}
