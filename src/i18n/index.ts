/**
 * Internationalisation: the typed `Messages` catalogue, UK English and Welsh defaults, message
 * resolution (defaults < practice model labels < host overrides) and `Intl` formatting helpers.
 * No global state: messages reach elements through the case context or an element property.
 */
export type {
  IssueMessages,
  MessageKey,
  MessageParams,
  Messages,
  PluralCategory,
  PluralMessage,
  PluralMessageKey,
  TextMessageKey,
} from './messages.js';
export { enGB } from './en-GB.js';
export { cy } from './cy.js';
export {
  BUILT_IN_LOCALES,
  catalogueLocale,
  defaultMessages,
  isLocaleReady,
  loadMessages,
  resolveMessages,
  withOverrides,
  type BuiltInLocale,
} from './resolve.js';
export { issueText, type IssueText } from './issue-messages.js';
export { inheritedLanguage, pageLocale } from './page-language.js';
export { languageOf, localise, localiseStrict } from './localise.js';
export { isolate, withoutIsolate } from './bidi.js';
export {
  ageOn,
  formatFuzzyDate,
  formatMessage,
  formatNumber,
  formatPartialDate,
  formatPlural,
  formatTick,
} from './format.js';
export { Localiser } from './localiser.js';
