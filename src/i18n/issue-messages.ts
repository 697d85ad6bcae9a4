/**
 * Problems (validation issues) in the words of a locale. The pure model describes each problem in
 * English for vendors and logs, with a stable `code` and, where it knows them, `params`; elements
 * show it from the `issue.*` messages instead, most precise first:
 *
 * 1. `issue.<code>.<variant>` when the issue's params name a variant (`event-type`);
 * 2. `issue.<code>.detail`;
 * 3. `issue.<code>`, which every code has and which needs no params.
 *
 * A message is used only when the issue's params fill every one of its placeholders, so a producer
 * that gives no specifics still gets a sentence in the view's language (with the path beside it).
 * In English the producer's own sentence is already the most specific one, so it is kept unless a
 * host or a practice model has reworded the message. A code with no message at all (a host's own
 * check) keeps its English message, marked as English for screen readers.
 */
import type { ValidationIssue } from '../model/issues.js';
import { enGB } from './en-GB.js';
import { formatMessage, formatNumber } from './format.js';
import type { MessageParams, Messages } from './messages.js';
import { catalogueLocale } from './resolve.js';

/** A problem in words, and the language of those words when it is not the view's. */
export interface IssueText {
  /** What is wrong, without the path. Text, never markup. */
  readonly text: string;
  /**
   * `en` when the text is the issue's own English message under a view in another language (its
   * code has no message there): mark it up with `lang="en"` (WCAG 3.1.2, language of parts).
   * Absent when the text is in the view's language.
   */
  readonly lang?: string;
}

/** Longer values (an id pasted with a paragraph after it) are cut short in messages. */
const MAX_PARAM_LENGTH = 200;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function fills(template: string, params: MessageParams): boolean {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!Object.hasOwn(params, match[1] as string)) return false;
  }
  return true;
}

/** The issue's params written for the locale: numbers grouped, long text shortened. */
function written(params: MessageParams, locale: string): MessageParams {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = formatNumber(value, locale);
    else
      out[name] =
        value.length > MAX_PARAM_LENGTH ? `${value.slice(0, MAX_PARAM_LENGTH - 1)}…` : value;
  }
  return out;
}

function textMessage(messages: Messages, key: string): string | undefined {
  if (!Object.hasOwn(messages, key)) return undefined;
  const value: unknown = (messages as unknown as Readonly<Record<string, unknown>>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The message keys that may describe `issue`, most precise first. */
function candidateKeys(issue: ValidationIssue): string[] {
  const base = `issue.${issue.code}`;
  const variant = issue.params?.['variant'];
  const keys: string[] = [];
  if (typeof variant === 'string' && variant !== '') keys.push(`${base}.${variant}`);
  if (issue.params) keys.push(`${base}.detail`);
  keys.push(base);
  return keys;
}

/**
 * What is wrong, in the words of `locale` (see the module comment for the order of messages).
 *
 * @param issue the problem, as the model reported it.
 * @param messages the resolved messages of the view.
 * @param locale the view's locale.
 */
export function issueText(issue: ValidationIssue, messages: Messages, locale: string): IssueText {
  const english = catalogueLocale(locale) === 'en-GB';
  const params: MessageParams = issue.params ?? {};
  for (const key of candidateKeys(issue)) {
    const template = textMessage(messages, key);
    if (template === undefined || !fills(template, params)) continue;
    // English: the producer's sentence is as precise as any default, and often more.
    if (english && template === textMessage(enGB, key)) continue;
    const values = written(params, locale);
    const text = formatMessage(template, values);
    const suggestion = values['suggestion'];
    if (suggestion === undefined || template.includes('{suggestion}')) return { text };
    return { text: formatMessage(messages['issue.didYouMean'], { message: text, suggestion }) };
  }
  return english ? { text: issue.message } : { text: issue.message, lang: 'en' };
}
