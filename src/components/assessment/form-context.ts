/**
 * What every render helper of `<practice-assessment>` reads: the words, the model and record, the
 * live form state, which errors show, and the small lookups they share (names, code lists, people
 * a person question offers, error sentences, element ids).
 */
import type { Localiser } from '../../i18n/localiser.js';
import type { PluralMessageKey, TextMessageKey } from '../../i18n/messages.js';
import type { AnswerKey } from '../../model/assessment/address.js';
import type { FieldError, FieldErrorKey } from '../../model/assessment/errors.js';
import type { ResponseComment } from '../../model/assessment/lifecycle.js';
import { effectiveCodeList, type AnyQuestion } from '../../model/assessment/values.js';
import type { FormState, QuestionState } from '../../model/assessment/visibility.js';
import type {
  AssessmentResponse,
  CaseRecord,
  Person,
  Professional,
} from '../../model/case-record/schema.js';
import type { Code, PracticeModel, Question } from '../../model/practice-model/schema.js';
import { RATERS } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { ageOn } from '../../i18n/format.js';
import type { HeadingLevel } from '../shared/heading.js';
import { nameOf } from '../shared/people.js';
import type { AssessmentSession } from './session.js';

/** How the element shows the response. */
export const ASSESSMENT_MODES = ['edit', 'review', 'print'] as const;
/** One of {@link ASSESSMENT_MODES}. */
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/** The question of one type, top-level or inside a group: `QuestionOf<'scale'>`. */
export type QuestionOf<T extends AnyQuestion['type']> = Extract<AnyQuestion, { type: T }>;

/** Everything a render helper needs for one render. */
export interface FormContext {
  readonly i18n: Localiser;
  readonly model: PracticeModel;
  /** The record as the audience may see it. */
  readonly record: CaseRecord;
  readonly persons: ReadonlyMap<string, Person>;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly redacting: boolean;
  readonly today: string;
  readonly mode: AssessmentMode;
  /** Controls are shown and may change the response. */
  readonly editable: boolean;
  /** Controls are shown but disabled (a disabled form or fieldset). */
  readonly disabled: boolean;
  readonly session: AssessmentSession;
  /** The form state to render from (of the redacted response when an audience applies). */
  readonly state: FormState;
  /** The response to render from (redacted when an audience applies). */
  readonly response: AssessmentResponse;
  /**
   * Keys of the answers withheld from the audience (entries as `key#entryId`): none without an
   * audience. An audience that hides, rather than masks, sees no trace of them.
   */
  readonly withheld: ReadonlySet<AnswerKey>;
  /**
   * The answer being typed into (a text, number or date field not yet left) and whether it was
   * answered when the typing began: until the field is left, the answer is not committed.
   */
  readonly typing: { readonly key: AnswerKey; readonly answeredBefore: boolean } | undefined;
  /** What the worker typed into fields whose value is still being parsed (numbers, dates). */
  readonly drafts: ReadonlyMap<string, string>;
  /** Open comments by the answer key they are anchored to. */
  readonly comments: ReadonlyMap<AnswerKey, readonly ResponseComment[]>;
  /** The heading level of the element's top headings, plus `offset`. */
  readonly level: (offset?: number) => HeadingLevel;
  /** Changes whenever something every question reads changes (locale, mode, disabled...). */
  readonly epoch: object;
}

// Element ids ---------------------------------------------------------------------------------

/** The id of a question's first control (the error summary links to it). */
export const fieldId = (key: AnswerKey): string => `f-${key}`;
/** The id of a question's hint. */
export const hintId = (key: AnswerKey): string => `h-${key}`;
/** The id of a question's guidance text. */
export const guidanceId = (key: AnswerKey): string => `g-${key}`;
/** The id of a question's error message. */
export const errorId = (key: AnswerKey): string => `e-${key}`;
/** The id of a section's heading. */
export const sectionHeadingId = (sectionKey: string): string => `s-${sectionKey}`;

/** The id of a group's or an entries question's "Add" button, once it has items. */
export const addButtonId = (key: AnswerKey): string => `add-${key}`;

/**
 * `aria-describedby` for a control: its hint and, when shown, its error message, in that order.
 * Guidance is left out: it sits in a closed `<details>` the worker opens when they want it (as
 * GOV.UK's details component), and a description would be read on every focus of the field.
 */
export function describedBy(key: AnswerKey, hasHint: boolean, hasError: boolean): string {
  const ids: string[] = [];
  if (hasHint) ids.push(hintId(key));
  if (hasError) ids.push(errorId(key));
  return ids.join(' ');
}

// Names and codes -------------------------------------------------------------------------------

/** A person's name as shown, or "Name withheld" / "Unknown person". */
export function nameFor(ctx: FormContext, personId: string): string {
  return nameOf(personId, ctx.persons, ctx.i18n, ctx.redacting);
}

/** The label of a rater. */
export function raterLabel(ctx: FormContext, rater: string): string {
  return (RATERS as readonly string[]).includes(rater)
    ? ctx.i18n.t(`rater.${rater as (typeof RATERS)[number]}`)
    : rater;
}

/** The codes a choice question offers: the list version in effect on the response's day. */
export function codesFor(ctx: FormContext, listId: string): readonly Code[] {
  return effectiveCodeList(ctx.model, listId, ctx.state.context.on)?.codes ?? [];
}

/** A code's label; a code no version of the list knows is shown as "X (not in the code list)". */
export function codeLabel(ctx: FormContext, listId: string, code: string): string {
  // Several versions of a list may coexist: the latest listed that knows the code wins.
  const lists = ctx.model.codeLists.filter((l) => l.id === listId);
  for (let i = lists.length - 1; i >= 0; i--) {
    const found = lists[i]?.codes.find((c) => c.code === code);
    if (found) return ctx.i18n.text(found.label);
  }
  return ctx.i18n.t('assessment.unknownCode', { code });
}

/** The label of a question's one item ("Adult"), or "Item". */
export function itemLabel(ctx: FormContext, question: Question): string {
  return question.type === 'group' && question.itemLabel
    ? ctx.i18n.text(question.itemLabel)
    : ctx.i18n.t('assessment.groupItemDefault');
}

function birthYear(person: Person): number | undefined {
  const dob = person.dateOfBirth;
  const text = typeof dob === 'string' ? dob : dob?.date;
  const year = text ? Number(text.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : undefined;
}

/** True, false, or undefined when the record does not say enough to tell. */
function isAdult(person: Person, today: string): boolean | undefined {
  if (person.dateOfBirth !== undefined) {
    const age = ageOn(person.dateOfBirth, today);
    if (age) return age.years >= 18;
  }
  const year = birthYear(person);
  if (year === undefined) return undefined;
  // Only the year is known: the age is this difference or one less.
  const difference = Number(today.slice(0, 4)) - year;
  if (difference >= 19) return true;
  if (difference <= 17) return false;
  return undefined;
}

/**
 * The record's people a person question offers (`offer`): subject children, adults, children or
 * everyone. People whose age the record does not give are offered as both adults and children.
 */
export function offeredPersons(
  ctx: FormContext,
  offer: 'everyone' | 'subjects' | 'adults' | 'children' | undefined,
): Person[] {
  const subjects = new Set([...ctx.record.subjects, ...(ctx.response.subjects ?? [])]);
  const people = ctx.record.persons.filter((p) => !isRedacted(p));
  switch (offer) {
    case 'subjects':
      return people.filter((p) => subjects.has(p.id));
    case 'adults':
      return people.filter((p) => !subjects.has(p.id) && isAdult(p, ctx.today) !== false);
    case 'children':
      return people.filter((p) => subjects.has(p.id) || isAdult(p, ctx.today) !== true);
    default:
      return people;
  }
}

// Labels and errors -----------------------------------------------------------------------------

/**
 * A question's label where it stands: inside a group item with the item ("Who is this adult?
 * (Adult 2)"), in a child's copy of a per-child section with the child's name.
 */
export function contextualLabel(ctx: FormContext, question: QuestionState): string {
  const { i18n } = ctx;
  let label = i18n.text(question.question.label);
  const { address } = question;
  if (address.item !== undefined) {
    const group = ctx.state.compiled.questions.get(address.question)?.question;
    const item = group
      ? i18n.t('assessment.groupItem', { label: itemLabel(ctx, group), number: address.item + 1 })
      : String(address.item + 1);
    label = i18n.t('assessment.labelInContext', { label, context: item });
  }
  if (address.child !== undefined) {
    label = i18n.t('assessment.labelInContext', {
      label,
      context: nameFor(ctx, address.child),
    });
  }
  return label;
}

/** One field error as a sentence for the worker, naming the question. */
export function errorText(ctx: FormContext, error: FieldError, label: string): string {
  const { i18n } = ctx;
  const params: Record<string, string | number> = { label };
  for (const [name, value] of Object.entries(error.params ?? {})) {
    if (name === 'rater') params[name] = raterLabel(ctx, String(value));
    else if (name === 'notBefore' || name === 'notAfter' || name === 'today') {
      params[name] = i18n.date(String(value));
    } else if (typeof value === 'number') params[name] = i18n.number(value);
    else params[name] = value;
  }
  // List limits read as plurals of their limit ("Add at least 1 item", "at least 2 items").
  const plural = LIST_LIMITS[error.key];
  if (plural) {
    const limit = error.params?.[plural.count];
    if (typeof limit === 'number') return i18n.plural(plural.message, limit, params);
  }
  const key: TextMessageKey =
    error.key === 'wrongType' && error.params?.expected === 'number'
      ? 'assessment.error.notNumber'
      : (`assessment.error.${error.key}` as TextMessageKey);
  return i18n.t(key, params);
}

/**
 * The errors about how many items or choices a list has: each one's plural message, and the
 * parameter (the limit) that chooses its form.
 */
const LIST_LIMITS: Readonly<
  Partial<
    Record<FieldErrorKey, { readonly message: PluralMessageKey; readonly count: 'min' | 'max' }>
  >
> = {
  tooFewItems: { message: 'assessment.error.tooFewItems', count: 'min' },
  tooManyItems: { message: 'assessment.error.tooManyItems', count: 'max' },
  tooFewSelected: { message: 'assessment.error.tooFewSelected', count: 'min' },
  tooManySelected: { message: 'assessment.error.tooManySelected', count: 'max' },
};

/** The errors to show beside a question now (none until it is touched or the form submitted). */
export function shownErrors(ctx: FormContext, question: QuestionState): readonly FieldError[] {
  if (!question.visible || !ctx.editable || !ctx.session.shows(question.key)) return [];
  return question.errors;
}
