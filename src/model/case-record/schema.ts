/**
 * The case record: people, relationships, households, agencies, events and assessment responses.
 * One graph; the genogram, the timeline and the assessment are views of it. Objects are not strict
 * here: case systems add their own fields, and an extra field must not stop a child's record from
 * being shown.
 */
import * as z from 'zod/mini';
import {
  Division,
  FuzzyDate,
  LocalisedText,
  Nation,
  Id,
  IsoDate,
  LocaleTag,
  PartialDate,
  Sensitivity,
} from '../common.js';
import { RATERS } from '../practice-model/schema.js';

const ShortText = z.string().check(z.maxLength(1_000));
const LongText = z.string().check(z.maxLength(100_000));

export const PersonName = z.object({
  given: z.optional(ShortText),
  family: z.optional(ShortText),
  /** What the person likes to be called. */
  knownAs: z.optional(ShortText),
  /** Used as written when present (e.g. "Unborn baby", "Maternal grandfather"). */
  display: z.optional(ShortText),
});
export type PersonName = z.infer<typeof PersonName>;

/** Sex recorded at birth (AFAB/AMAB/UAAB in the 2022 NSGC notation). Kept apart from gender. */
export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export const GENDERS = ['woman', 'man', 'non-binary', 'other', 'unknown'] as const;
/** A person, or a pregnancy and its outcome (drawn as the genogram's small symbols). */
export const LIFE_STATUSES = [
  'alive',
  'deceased',
  'pregnancy',
  'miscarriage',
  'termination',
  'stillbirth',
] as const;
export type LifeStatus = (typeof LIFE_STATUSES)[number];

export const Person = z.object({
  id: Id,
  name: PersonName,
  sex: z.optional(z.enum(SEXES)),
  gender: z.optional(z.enum(GENDERS)),
  /** The person's own words for their gender, when `gender` is `other`. */
  genderDescription: z.optional(ShortText),
  pronouns: z.optional(ShortText),
  dateOfBirth: z.optional(FuzzyDate),
  /** Expected date of delivery, for a pregnancy. */
  dueDate: z.optional(FuzzyDate),
  lifeStatus: z.optional(z.enum(LIFE_STATUSES)),
  dateOfDeath: z.optional(FuzzyDate),
  causeOfDeath: z.optional(ShortText),
  /** Twins, triplets: people born together share a group id. */
  multipleBirth: z.optional(z.object({ group: Id, identical: z.optional(z.boolean()) })),
  occupation: z.optional(ShortText),
  ethnicity: z.optional(ShortText),
  religion: z.optional(ShortText),
  /** Language preference (Welsh Language Standards) and interpreter need. */
  language: z.optional(
    z.object({
      preferred: z.optional(LocaleTag),
      needsInterpreter: z.optional(z.boolean()),
      description: z.optional(ShortText),
    }),
  ),
  /** Notes drawn beside the symbol: health conditions, substance misuse, etc. */
  conditions: z.optional(z.array(ShortText)),
  notes: z.optional(LongText),
  sensitivity: z.optional(Sensitivity),
});
export type Person = z.infer<typeof Person>;

export const COUPLE_STATUSES = ['current', 'separated', 'divorced', 'ended', 'widowed'] as const;

export const Relationship = z.object({
  id: Id,
  /** A relationship type id of the practice model. */
  type: Id,
  /** The parent, the first partner, or the person the feeling or harm comes from. */
  from: Id,
  /** The child, the second partner, or the person it is directed at. */
  to: Id,
  start: z.optional(FuzzyDate),
  end: z.optional(FuzzyDate),
  /** Couples: together, separated, divorced... */
  status: z.optional(z.enum(COUPLE_STATUSES)),
  /** Couples: the date they separated, when still married. */
  separated: z.optional(FuzzyDate),
  notes: z.optional(LongText),
  sensitivity: z.optional(Sensitivity),
});
export type Relationship = z.infer<typeof Relationship>;

export const Address = z.object({
  text: ShortText,
  postcode: z.optional(ShortText),
  /** A refuge or a placement address: never shown to an audience that may not see it. */
  confidential: z.optional(z.boolean()),
});
export type Address = z.infer<typeof Address>;

export const Household = z.object({
  id: Id,
  label: z.optional(ShortText),
  address: z.optional(Address),
  members: z.array(
    z.object({ person: Id, from: z.optional(FuzzyDate), to: z.optional(FuzzyDate) }),
  ),
  from: z.optional(FuzzyDate),
  to: z.optional(FuzzyDate),
  sensitivity: z.optional(Sensitivity),
});
export type Household = z.infer<typeof Household>;

export const Agency = z.object({
  id: Id,
  name: ShortText,
  /** An agency kind id of the practice model (police, health, school...). */
  kind: z.optional(Id),
});
export type Agency = z.infer<typeof Agency>;

export const Professional = z.object({
  id: Id,
  name: ShortText,
  role: z.optional(ShortText),
  agency: z.optional(Id),
});
export type Professional = z.infer<typeof Professional>;

export const SIGNIFICANCE = ['low', 'medium', 'high'] as const;
export type Significance = (typeof SIGNIFICANCE)[number];

const AttributeValue = z.union([
  z.string().check(z.maxLength(10_000)),
  z.number(),
  z.boolean(),
  z.null(),
]);

/**
 * A timeline entry: a point (`date`) or a period (`date` to `end`, open while `end` is absent).
 * Chronology fields: source agency, author, recorded date, significance, impact, analysis.
 */
export const CaseEvent = z.object({
  id: Id,
  /** An event type id of the practice model. */
  type: Id,
  date: FuzzyDate,
  end: z.optional(FuzzyDate),
  title: z.optional(ShortText),
  description: z.optional(LongText),
  /** People the entry is about. */
  persons: z.optional(z.array(Id)),
  /** The agency the information comes from. */
  agency: z.optional(Id),
  /** A professional id, or a name as written. */
  author: z.optional(ShortText),
  /** When it was recorded, when that differs from when it happened. */
  recorded: z.optional(PartialDate),
  significance: z.optional(z.enum(SIGNIFICANCE)),
  /** The impact on the child. */
  impact: z.optional(LongText),
  analysis: z.optional(LongText),
  /** A source reference (case note number, police log...), for the court chronology. */
  reference: z.optional(ShortText),
  /** Type-specific facts: legal status code, placement type, `seenAlone`, `s47`... */
  attributes: z.optional(z.record(z.string(), AttributeValue)),
  sensitivity: z.optional(Sensitivity),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

// ---------------------------------------------------------------------------------------------
// Assessment responses

/** One structured entry: a strength, a worry, a next step, the child's voice... */
export const StructuredEntry = z.object({
  id: Id,
  text: LongText,
  /** Next steps: who will do it, and by when. */
  owner: z.optional(ShortText),
  due: z.optional(IsoDate),
  /** Danger statements: the paired safety goal. */
  safetyGoal: z.optional(LongText),
  /** Child's voice: who said it, who recorded it, when, and how. */
  saidBy: z.optional(Id),
  recordedBy: z.optional(ShortText),
  recordedOn: z.optional(IsoDate),
  method: z.optional(
    z.enum(['own-words', 'drawing-described', 'advocate', 'observation', 'other']),
  ),
  /** Hypotheses: evidence for and against, and the revision number. */
  evidenceFor: z.optional(LongText),
  evidenceAgainst: z.optional(LongText),
  revision: z.optional(z.int().check(z.gte(1))),
  /** Who disagrees with this entry (disputes are recorded, not overwritten), and why. */
  disputedBy: z.optional(z.array(z.enum(RATERS))),
  disputeReason: z.optional(LongText),
  sensitivity: z.optional(Sensitivity),
});
export type StructuredEntry = z.infer<typeof StructuredEntry>;

const ScalarAnswer = z.union([
  z.string().check(z.maxLength(1_000_000)),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);

/** Readings of one scaling question by rater: `{ "worker": 4, "parent": 7 }`. */
export const ScaleReadings = z.partialRecord(z.enum(RATERS), z.nullable(z.number()));

export const AnswerValue = z.union([
  ScalarAnswer,
  ScaleReadings,
  z.array(StructuredEntry),
  /** A repeating group: one answers object per item. */
  z.array(z.record(z.string(), z.union([ScalarAnswer, ScaleReadings, z.array(StructuredEntry)]))),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/**
 * A person's disagreement with a recorded answer (a parent or young person disputing what the
 * worker wrote): recorded alongside the answer, never instead of it.
 */
export const AnswerDispute = z.object({
  /** Unique among the answer's disagreements (`dispute-1`, `dispute-2`...). */
  id: Id,
  /** The person of the case record who disagrees. */
  by: Id,
  /** What they say, in their own words where possible. */
  text: LongText,
  /** Who recorded it: a user or professional id, or a name as written. */
  recordedBy: z.optional(ShortText),
  /** When it was recorded. */
  recordedOn: z.optional(IsoDate),
});
export type AnswerDispute = z.infer<typeof AnswerDispute>;

export const Answer = z.object({
  value: AnswerValue,
  /** Earlier answers this one relies on (analysis citing evidence): question ids. */
  cites: z.optional(z.array(Id)),
  /** Disagreements with this answer, by people of the record. */
  disputes: z.optional(z.array(AnswerDispute)),
  sensitivity: z.optional(Sensitivity),
});
export type Answer = z.infer<typeof Answer>;

/** Why an answer from an earlier model version did not carry over. */
export const ORPHAN_REASONS = ['removed', 'type-changed', 'code-removed', 'scope-changed'] as const;

/** An answer kept from an earlier model version, shown in a "from the previous version" panel. */
export const PreviousVersionAnswer = z.extend(Answer, {
  /** The question's label in the version it was written under. */
  label: z.optional(LocalisedText),
  fromVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  reason: z.optional(z.enum(ORPHAN_REASONS)),
});
export type PreviousVersionAnswer = z.infer<typeof PreviousVersionAnswer>;

export const RESPONSE_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'authorised',
  'amended',
] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const AssessmentResponse = z.object({
  id: Id,
  /** Pinned to the model, version and template it was written under. */
  model: z.object({ id: Id, version: z.string().check(z.minLength(1)) }),
  template: Id,
  /** The subject children (family assessments) or the one subject. */
  subjects: z.optional(z.array(Id)),
  status: z.enum(RESPONSE_STATUSES),
  /** The date the clock starts from when no referral is on the record. */
  started: z.optional(IsoDate),
  answers: z.record(z.string(), Answer),
  /** Per-child sections: answers by person id. */
  childAnswers: z.optional(z.record(z.string(), z.record(z.string(), Answer))),
  /** Answers kept from earlier model versions (removed or changed questions), by answer key. */
  previousVersionAnswers: z.optional(z.record(z.string(), PreviousVersionAnswer)),
  /** Every change, including to answers hidden by conditions. */
  changes: z.optional(
    z.array(
      z.object({
        question: z.string(),
        child: z.optional(Id),
        at: z.string(),
        by: ShortText,
        old: z.optional(AnswerValue),
        new: z.optional(AnswerValue),
        /** Set when the change is to a disagreement with the answer, not to its value. */
        dispute: z.optional(
          z.object({
            id: Id,
            old: z.optional(AnswerDispute),
            new: z.optional(AnswerDispute),
          }),
        ),
      }),
    ),
  ),
  /** Status history: submitted, returned with comments, authorised, amended with a reason. */
  history: z.optional(
    z.array(
      z.object({
        status: z.enum(RESPONSE_STATUSES),
        at: z.string(),
        by: ShortText,
        reason: z.optional(LongText),
      }),
    ),
  ),
  /** Manager comments anchored to questions. */
  comments: z.optional(
    z.array(
      z.object({
        id: Id,
        question: z.optional(z.string()),
        at: z.string(),
        by: ShortText,
        text: LongText,
        resolved: z.optional(z.boolean()),
      }),
    ),
  ),
});
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;

// ---------------------------------------------------------------------------------------------
// The record

export const CaseRecord = z.object({
  id: Id,
  /** The practice model this record is kept under. */
  model: z.optional(z.object({ id: Id, version: z.optional(z.string()) })),
  division: z.optional(Division),
  nation: z.optional(Nation),
  /** The subject children of the case. */
  subjects: z.array(Id),
  /** The person the genogram marks as index (defaults to the first subject). */
  index: z.optional(Id),
  persons: z.array(Person),
  relationships: z.optional(z.array(Relationship)),
  households: z.optional(z.array(Household)),
  agencies: z.optional(z.array(Agency)),
  professionals: z.optional(z.array(Professional)),
  events: z.optional(z.array(CaseEvent)),
  responses: z.optional(z.array(AssessmentResponse)),
});
export type CaseRecord = z.infer<typeof CaseRecord>;
export type CaseRecordInput = z.input<typeof CaseRecord>;
