/**
 * Opening a response written under an older version of the practice model. Nothing is ever
 * dropped: answers to questions that still exist with a compatible type carry over; answers to
 * removed questions, to questions whose type changed incompatibly, that moved in or out of a
 * per-child section, or that name codes no longer in the code list are kept aside as "from the
 * previous version" answers with the old question's label. A response whose model version is not
 * known is left exactly as it is, to be opened read-only.
 */
import type {
  Answer,
  AnswerValue,
  AssessmentResponse,
  PreviousVersionAnswer,
} from '../case-record/schema.js';
import type { ORPHAN_REASONS } from '../case-record/schema.js';
import type { LocalisedText, Sensitivity, SensitivityTag } from '../common.js';
import type { AssessmentTemplate, PracticeModel } from '../practice-model/schema.js';
import { answerKey, type AnswerAddress, type AnswerKey } from './address.js';
import { answeredAddresses, isGroupValue, type GroupItem, type GroupItemValue } from './answers.js';
import { isAnswered } from './conditions.js';
import type { DisputedAnswer } from './disputes.js';
import type { FieldErrorKey } from './errors.js';
import { validateAnswerValue, type AnyQuestion, type ValueContext } from './values.js';

/**
 * `current`: written under this model version, nothing to do. `migrated`: moved to this version.
 * `unknown-version`: written under a version not supplied; left untouched, open it read-only.
 */
export type MigrationStatus = 'current' | 'migrated' | 'unknown-version';

/** Why an answer could not carry over. */
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

/** A response that may carry answers kept from earlier model versions (the schema's own type). */
export type MigratedResponse = AssessmentResponse;

/** One answer that did not carry over. */
export interface OrphanedAnswer {
  /** Where it was in the previous version's response. */
  readonly address: AnswerAddress;
  /** Its key in `previousVersionAnswers`. */
  readonly key: AnswerKey;
  /** The value kept (for `code-removed` on a multiple choice, only the codes that were removed). */
  readonly value: AnswerValue;
  /** The question's label in the previous model, when it is known. */
  readonly label?: LocalisedText;
  readonly reason: OrphanReason;
  readonly fromVersion: string;
}

/** What {@link migrateResponse} did. */
export interface Migration {
  /** The response pinned to the new model version (unchanged for `current` and `unknown-version`). */
  readonly response: MigratedResponse;
  /** Answers that carried over, at their addresses in the new response. */
  readonly carried: readonly AnswerAddress[];
  /** Answers kept aside, also stored in `response.previousVersionAnswers`. */
  readonly orphaned: readonly OrphanedAnswer[];
  readonly status: MigrationStatus;
}

/** Options of {@link migrateResponse}. */
export interface MigrationOptions {
  /** The day the new code lists are read on (default `response.started`, else the latest lists). */
  readonly on?: string;
}

interface Located {
  readonly question: AnyQuestion;
  readonly perChild: boolean;
  readonly inner?: ReadonlyMap<string, AnyQuestion>;
}

function locate(template: AssessmentTemplate | undefined): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const section of template?.sections ?? []) {
    for (const question of section.questions) {
      if (found.has(question.id)) continue;
      const perChild = section.perChild === true;
      found.set(
        question.id,
        question.type === 'group'
          ? { question, perChild, inner: new Map(question.questions.map((q) => [q.id, q])) }
          : { question, perChild },
      );
    }
  }
  return found;
}

/** Errors that mean the value no longer fits the question at all (not just a broken limit). */
const INCOMPATIBLE = new Set<FieldErrorKey>([
  'wrongType',
  'invalidDate',
  'invalidEntry',
  'unknownRater',
  'notWholeNumber',
  'scaleOutOfRange',
]);

/** Single to multiple and back, where nothing is lost. */
function adapt(question: AnyQuestion, value: unknown): unknown {
  const multiple =
    question.type === 'multiple-choice' ||
    (question.type === 'person' && question.multiple === true);
  const single =
    question.type === 'single-choice' || (question.type === 'person' && !question.multiple);
  if (multiple && typeof value === 'string') return [value];
  if (single && Array.isArray(value) && value.length === 1 && typeof value[0] === 'string')
    return value[0];
  return value;
}

type Outcome =
  | {
      readonly carry: unknown;
      readonly orphan?: { readonly value: unknown; readonly reason: OrphanReason };
    }
  | {
      readonly carry?: undefined;
      readonly orphan: { readonly value: unknown; readonly reason: OrphanReason };
    };

/** How one value fares under the new question. */
function convert(question: AnyQuestion, value: unknown, context: ValueContext): Outcome {
  if (!isAnswered(value)) return { carry: value };
  if (question.type === 'content') return { orphan: { value, reason: 'type-changed' } };
  const adapted = adapt(question, value);
  const errors = validateAnswerValue(question, adapted, context);
  if (errors.some((e) => INCOMPATIBLE.has(e.key)))
    return { orphan: { value, reason: 'type-changed' } };
  const removed = errors.filter((e) => e.key === 'unknownCode').map((e) => String(e.params?.code));
  if (!removed.length) return { carry: adapted };
  if (!Array.isArray(adapted)) return { orphan: { value, reason: 'code-removed' } };
  const kept = adapted.filter((code) => !removed.includes(code as string));
  if (!kept.length) return { orphan: { value, reason: 'code-removed' } };
  return { carry: kept, orphan: { value: removed, reason: 'code-removed' } };
}

function mergedSensitivity(
  own: Sensitivity | undefined,
  defaults: readonly SensitivityTag[] | undefined,
): Sensitivity | undefined {
  if (!defaults?.length) return own;
  const tags = [...new Set([...(own?.tags ?? []), ...defaults])];
  return { ...own, tags };
}

/** The answer key, or `key@version` (then `key@version~2`...) when an earlier migration took it. */
function freeKey(taken: Readonly<Record<string, unknown>>, key: string, version: string): string {
  if (!Object.hasOwn(taken, key)) return key;
  let candidate = `${key}@${version}`;
  for (let n = 2; Object.hasOwn(taken, candidate); n++) candidate = `${key}@${version}~${n}`;
  return candidate;
}

function defaultTags(question: AnyQuestion | undefined): readonly SensitivityTag[] | undefined {
  return question && question.type !== 'content' ? question.sensitivity : undefined;
}

/**
 * Moves a response to `toModel`'s version of `templateId`:
 * - `current` when the response is already pinned to that model version and template;
 * - `unknown-version` when `fromModel` is missing or is not the version the response names: the
 *   response comes back untouched (open it read-only and say why);
 * - otherwise `migrated`: answers are matched by question id (a renamed or moved question keeps
 *   its answers). A value carries over when it fits the new question, converting one choice to a
 *   list of one and back; a value that breaks only a limit (too long, too many) carries over and
 *   shows its error. Everything else is kept in `orphaned` and in
 *   `response.previousVersionAnswers`: removed questions, incompatible types, a question moved in
 *   or out of a per-child section, codes no longer in the code list (a multiple choice keeps its
 *   remaining codes and sets aside only the removed ones), and inside repeating groups, inner
 *   answers of removed inner questions. Orphaned answers keep their citations and sensitivity,
 *   plus the old question's default sensitivity tags, so redaction still applies to them.
 * @throws RangeError when `toModel` has no template `templateId`.
 */
export function migrateResponse(
  response: MigratedResponse,
  fromModel: PracticeModel | undefined,
  toModel: PracticeModel,
  templateId: string,
  options: MigrationOptions = {},
): Migration {
  const toTemplate = toModel.templates.find((t) => t.id === templateId);
  if (!toTemplate) {
    throw new RangeError(
      `model "${toModel.id}" version ${toModel.version} has no template "${templateId}"`,
    );
  }
  const pinned = response.model;
  if (
    pinned.id === toModel.id &&
    pinned.version === toModel.version &&
    response.template === templateId
  ) {
    const groups = new Set(
      toTemplate.sections.flatMap((s) =>
        s.questions.filter((q) => q.type === 'group').map((q) => q.id),
      ),
    );
    return {
      response,
      carried: answeredAddresses(response, groups),
      orphaned: [],
      status: 'current',
    };
  }
  const known =
    fromModel !== undefined && fromModel.id === pinned.id && fromModel.version === pinned.version;
  const sameVersion = pinned.id === toModel.id && pinned.version === toModel.version;
  if (!known && !sameVersion)
    return { response, carried: [], orphaned: [], status: 'unknown-version' };

  const source = known ? fromModel : toModel;
  const before = locate(source.templates.find((t) => t.id === response.template));
  const after = locate(toTemplate);
  const on = options.on ?? response.started;
  const context: ValueContext = on === undefined ? { model: toModel } : { model: toModel, on };
  const fromVersion = pinned.version;

  const carried: AnswerAddress[] = [];
  const orphaned: OrphanedAnswer[] = [];
  const previous: Record<string, PreviousVersionAnswer> = { ...response.previousVersionAnswers };

  const setAside = (
    address: AnswerAddress,
    value: unknown,
    reason: OrphanReason,
    oldQuestion: AnyQuestion | undefined,
    answer: Answer | undefined,
    whole = false,
  ) => {
    const key = freeKey(previous, answerKey(address), fromVersion);
    const sensitivity = mergedSensitivity(answer?.sensitivity, defaultTags(oldQuestion));
    // Set aside as a whole, an answer takes the disagreements recorded against it along.
    const disputes = whole && answer ? (answer as DisputedAnswer).disputes : undefined;
    const kept: PreviousVersionAnswer & Pick<DisputedAnswer, 'disputes'> = {
      value: value as AnswerValue,
      fromVersion,
      reason,
      ...(oldQuestion && { label: oldQuestion.label }),
      ...(answer?.cites && { cites: answer.cites }),
      ...(sensitivity && { sensitivity }),
      ...(disputes?.length && { disputes }),
    };
    previous[key] = kept;
    const orphan: OrphanedAnswer = {
      address,
      key,
      value: value as AnswerValue,
      reason,
      fromVersion,
    };
    orphaned.push(oldQuestion ? { ...orphan, label: oldQuestion.label } : orphan);
  };

  const migrateGroup = (
    base: AnswerAddress,
    items: readonly GroupItem[],
    target: Located,
    old: Located | undefined,
    answer: Answer,
  ): GroupItem[] =>
    items.map((item, index) => {
      const kept: GroupItem = {};
      for (const [innerId, value] of Object.entries(item)) {
        const address: AnswerAddress = { ...base, item: index, inner: innerId };
        const oldInner = old?.inner?.get(innerId);
        const innerTarget = target.inner?.get(innerId);
        const outcome: Outcome = innerTarget
          ? convert(innerTarget, value, context)
          : { orphan: { value, reason: 'removed' } };
        if (outcome.orphan)
          setAside(address, outcome.orphan.value, outcome.orphan.reason, oldInner, answer);
        if (outcome.carry !== undefined) {
          kept[innerId] = outcome.carry as GroupItemValue;
          carried.push(address);
        }
      }
      return kept;
    });

  const migrateAnswers = (answers: Readonly<Record<string, Answer>>, child: string | undefined) => {
    const out: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(answers)) {
      const address: AnswerAddress =
        child === undefined ? { question: id } : { question: id, child };
      const old = before.get(id);
      const target = after.get(id);
      if (!target) {
        setAside(address, answer.value, 'removed', old?.question, answer, true);
        continue;
      }
      if (target.perChild !== (child !== undefined)) {
        setAside(address, answer.value, 'scope-changed', old?.question, answer, true);
        continue;
      }
      if (target.question.type === 'group') {
        if (!isGroupValue(answer.value)) {
          setAside(address, answer.value, 'type-changed', old?.question, answer, true);
          continue;
        }
        out[id] = {
          ...answer,
          value: migrateGroup(address, answer.value, target, old, answer) as AnswerValue,
        };
        carried.push(address);
        continue;
      }
      const outcome = convert(target.question, answer.value, context);
      if (outcome.orphan) {
        const { value: orphan, reason } = outcome.orphan;
        setAside(address, orphan, reason, old?.question, answer, outcome.carry === undefined);
      }
      if (outcome.carry !== undefined) {
        out[id] = { ...answer, value: outcome.carry as AnswerValue };
        carried.push(address);
      }
    }
    return out;
  };

  const migrated: MigratedResponse = {
    ...response,
    model: { id: toModel.id, version: toModel.version },
    template: templateId,
    answers: migrateAnswers(response.answers, undefined),
  };
  if (response.childAnswers) {
    const childAnswers: Record<string, Record<string, Answer>> = {};
    for (const [child, answers] of Object.entries(response.childAnswers)) {
      childAnswers[child] = migrateAnswers(answers, child);
    }
    migrated.childAnswers = childAnswers;
  }
  if (Object.keys(previous).length) migrated.previousVersionAnswers = previous;
  return { response: migrated, carried, orphaned, status: 'migrated' };
}
