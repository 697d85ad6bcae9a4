/**
 * A response as one audience may see it. An answer is withheld when its sensitivity (the tags on
 * the answer together with the question's default tags) meets the audience's `hides`, unless the
 * answer's `visibleTo` names the audience; structured entries are withheld one by one by their own
 * sensitivity. Withheld items are removed (`treatment: 'hide'`) or kept as markers with their
 * content stripped (`'mask'`), exactly as `redactRecord` does for the rest of the record.
 */
import type { Answer, AnswerValue, StructuredEntry } from '../case-record/schema.js';
import type { Sensitivity, SensitivityTag } from '../common.js';
import type { AssessmentTemplate, Audience } from '../practice-model/schema.js';
import { isVisibleTo, type RedactionMarker } from '../redaction.js';
import { answerKey, type AnswerAddress, type AnswerKey } from './address.js';
import { isGroupValue, type GroupItem, type GroupItemValue } from './answers.js';
import type { PreviousVersionAnswer } from '../case-record/schema.js';
import type { MigratedResponse } from './migration.js';
import type { AnyQuestion } from './values.js';

/** The redacted response and the answers withheld from it. */
export interface RedactedAnswers {
  /** A copy without withheld answers (or with markers), change log and comments. */
  readonly response: MigratedResponse;
  /** Keys of the answers, group values and entries withheld (entries as `key#entryId`). */
  readonly withheld: readonly AnswerKey[];
}

interface Defaults {
  readonly top: ReadonlyMap<string, readonly SensitivityTag[]>;
  readonly inner: ReadonlyMap<string, ReadonlyMap<string, readonly SensitivityTag[]>>;
}

function tagsOf(question: AnyQuestion): readonly SensitivityTag[] {
  return question.type === 'content' ? [] : (question.sensitivity ?? []);
}

function defaultsOf(template: AssessmentTemplate): Defaults {
  const top = new Map<string, readonly SensitivityTag[]>();
  const inner = new Map<string, Map<string, readonly SensitivityTag[]>>();
  for (const section of template.sections) {
    for (const question of section.questions) {
      top.set(question.id, tagsOf(question));
      if (question.type === 'group') {
        inner.set(question.id, new Map(question.questions.map((q) => [q.id, tagsOf(q)])));
      }
    }
  }
  return { top, inner };
}

/** The answer's own sensitivity with the question's default tags added: defaults never drop away. */
function effective(
  own: Sensitivity | undefined,
  defaults: readonly SensitivityTag[] | undefined,
): Sensitivity | undefined {
  if (!defaults?.length) return own;
  return { ...own, tags: [...new Set([...(own?.tags ?? []), ...defaults])] };
}

function answerMarker(): Answer & RedactionMarker {
  return { value: null, redacted: true };
}

function isEntry(value: unknown): value is StructuredEntry {
  return typeof value === 'object' && value !== null && 'id' in value && 'text' in value;
}

/**
 * The response as `audience` may see it (no audience: unchanged, nothing withheld). Shared and
 * per-child answers, the inner answers of group items (by the inner question's default tags),
 * structured entries and answers kept from a previous model version are all redacted; the change
 * log and comments are dropped for every audience, since they hold old values.
 */
export function redactAnswers(
  template: AssessmentTemplate,
  response: MigratedResponse,
  audience: Audience | undefined,
): RedactedAnswers {
  if (!audience) return { response, withheld: [] };
  const defaults = defaultsOf(template);
  const mask = audience.treatment === 'mask';
  const withheld: AnswerKey[] = [];

  const entries = (value: readonly StructuredEntry[], key: AnswerKey): StructuredEntry[] => {
    const out: StructuredEntry[] = [];
    for (const entry of value) {
      if (isVisibleTo(entry.sensitivity, audience)) {
        out.push(entry);
        continue;
      }
      withheld.push(`${key}#${entry.id}`);
      if (mask) {
        const marker: StructuredEntry & RedactionMarker = {
          id: entry.id,
          text: '',
          redacted: true,
        };
        out.push(marker);
      }
    }
    return out;
  };

  const value = (question: string, stored: unknown, address: AnswerAddress): unknown => {
    const key = answerKey(address);
    const innerDefaults = defaults.inner.get(question);
    if (innerDefaults && isGroupValue(stored)) {
      return stored.map((item, index) => {
        const copy: GroupItem = {};
        for (const [innerId, innerValue] of Object.entries(item)) {
          const innerAddress = { ...address, item: index, inner: innerId };
          if (!isVisibleTo(effective(undefined, innerDefaults.get(innerId)), audience)) {
            withheld.push(answerKey(innerAddress));
            if (mask) copy[innerId] = null;
            continue;
          }
          copy[innerId] = value(innerId, innerValue, innerAddress) as GroupItemValue;
        }
        return copy;
      });
    }
    if (Array.isArray(stored) && stored.length && stored.every(isEntry))
      return entries(stored, key);
    return stored;
  };

  const answers = (record: Readonly<Record<string, Answer>>, child: string | undefined) => {
    const out: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(record)) {
      const address: AnswerAddress =
        child === undefined ? { question: id } : { question: id, child };
      if (!isVisibleTo(effective(answer.sensitivity, defaults.top.get(id)), audience)) {
        withheld.push(answerKey(address));
        if (mask) out[id] = answerMarker();
        continue;
      }
      out[id] = { ...answer, value: value(id, answer.value, address) as AnswerValue };
    }
    return out;
  };

  // Kept from a previous model version: their sensitivity already includes the old defaults.
  const previous = (record: Readonly<Record<string, PreviousVersionAnswer>>) => {
    const out: Record<string, PreviousVersionAnswer> = {};
    for (const [key, answer] of Object.entries(record)) {
      if (!isVisibleTo(answer.sensitivity, audience)) {
        withheld.push(key);
        if (mask) out[key] = { ...answerMarker(), fromVersion: answer.fromVersion };
        continue;
      }
      const stored = answer.value;
      const kept =
        Array.isArray(stored) && stored.length && stored.every(isEntry)
          ? entries(stored, key)
          : stored;
      out[key] = { ...answer, value: kept };
    }
    return out;
  };

  const { changes: _changes, comments: _comments, ...rest } = response;
  const copy: MigratedResponse = { ...rest, answers: answers(response.answers, undefined) };
  if (response.childAnswers) {
    const childAnswers: Record<string, Record<string, Answer>> = {};
    for (const [child, own] of Object.entries(response.childAnswers))
      childAnswers[child] = answers(own, child);
    copy.childAnswers = childAnswers;
  }
  if (response.previousVersionAnswers) {
    copy.previousVersionAnswers = previous(response.previousVersionAnswers);
  }
  return { response: copy, withheld };
}
