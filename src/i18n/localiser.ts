import type { FuzzyDate, LocalisedText } from '../model/common.js';
import type { ValidationIssue } from '../model/issues.js';
import { ageOn, formatFuzzyDate, formatMessage, formatNumber, formatPlural } from './format.js';
import { issueText, type IssueText } from './issue-messages.js';
import { languageOf, localise, localisedLanguage } from './localise.js';
import type { MessageParams, Messages, PluralMessageKey, TextMessageKey } from './messages.js';

/**
 * Everything an element needs to put words on screen for one locale: its messages, plurals, model
 * texts and dates. Cheap to create; elements make one per render from their context or properties.
 */
export class Localiser {
  /**
   * @param locale the UI locale, e.g. `en-GB` or `cy`.
   * @param messages the resolved messages (see `resolveMessages`).
   * @param contentLocales locales to fall back to for model texts (the model's `locales`).
   */
  constructor(
    readonly locale: string,
    readonly messages: Messages,
    readonly contentLocales: readonly string[] = [],
  ) {}

  /** A text message with its placeholders filled in. */
  t(key: TextMessageKey, params?: MessageParams): string {
    return formatMessage(this.messages[key], params);
  }

  /** A plural message for `count`, with `{count}` and other placeholders filled in. */
  plural(key: PluralMessageKey, count: number, params?: MessageParams): string {
    return formatPlural(this.messages[key], count, this.locale, params);
  }

  /** Text written by the practice model's author, in the UI locale when available. */
  text(value: LocalisedText | undefined): string {
    return localise(value, this.locale, this.contentLocales);
  }

  /**
   * The language of the text {@link text} gives, as a locale tag, when it is not the UI's language
   * (a Welsh view of a model written only in English): mark it `lang` so that a screen reader reads
   * it in its own language (WCAG 3.1.2). Undefined when it is the UI's language, or not known.
   */
  textLang(value: LocalisedText | undefined): string | undefined {
    const tag = localisedLanguage(value, this.locale, this.contentLocales, this.contentLocales[0]);
    return tag === undefined || languageOf(tag) === languageOf(this.locale) ? undefined : tag;
  }

  /** A fuzzy date in words ("about 2015", "between March and June 2018"). */
  date(value: FuzzyDate): string {
    return formatFuzzyDate(value, this.locale, this.messages);
  }

  /** A number written for the locale. */
  number(value: number): string {
    return formatNumber(value, this.locale);
  }

  /**
   * What is wrong in a validation issue, in this locale when its code has a message (and in the
   * issue's own English otherwise, with `lang: 'en'`). The path is not included.
   */
  issue(problem: ValidationIssue): IssueText {
    return issueText(problem, this.messages, this.locale);
  }

  /** Names or short texts joined with the locale's list separator. */
  list(items: readonly string[]): string {
    return items.join(this.messages['common.listSeparator']);
  }

  /** "7 years" or "8 months" on `today`, or `undefined` when the birth date is too vague. */
  age(dateOfBirth: FuzzyDate, today: string): string | undefined {
    const age = ageOn(dateOfBirth, today);
    if (!age) return undefined;
    return age.years >= 2
      ? this.plural('person.ageYears', age.years)
      : this.plural('person.ageMonths', age.months);
  }
}
