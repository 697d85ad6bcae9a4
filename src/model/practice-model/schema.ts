/**
 * The practice model: what a vendor or council configures. Templates, vocabularies, relationship
 * and event types, timescales and labels, all as data. Strict objects: an unknown key in a model
 * file is almost always a typo, so it is reported rather than ignored.
 */
import * as z from 'zod/mini';
import {
  Division,
  Id,
  IsoDate,
  LocaleTag,
  LocalisedText,
  Nation,
  SENSITIVITY_TAGS,
} from '../common.js';
import { Condition } from './conditions.js';
import { TimescaleRule } from './timescales.js';

const Text = z.string().check(z.maxLength(500));

// ---------------------------------------------------------------------------------------------
// Code lists

/** One code of a code list, e.g. CIN census assessment factor `2A` "Domestic violence: child". */
export const Code = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  label: LocalisedText,
  description: z.optional(LocalisedText),
  /** Used when a score sums or averages choices. */
  score: z.optional(z.number()),
  /** Groups codes under a heading (e.g. "Parent/carer factors"). */
  group: z.optional(LocalisedText),
  effectiveFrom: z.optional(IsoDate),
  effectiveTo: z.optional(IsoDate),
});
export type Code = z.infer<typeof Code>;

/** A versioned vocabulary. Several versions of one `id` may coexist with different dates. */
export const CodeList = z.strictObject({
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  name: LocalisedText,
  /** Where the codes come from, e.g. "DfE CIN census 2024-25". */
  source: z.optional(Text),
  effectiveFrom: z.optional(IsoDate),
  effectiveTo: z.optional(IsoDate),
  codes: z.array(Code).check(z.minLength(1)),
});
export type CodeList = z.infer<typeof CodeList>;

// ---------------------------------------------------------------------------------------------
// Questions

const QuestionBase = {
  id: Id,
  label: LocalisedText,
  /** One line under the label. */
  hint: z.optional(LocalisedText),
  /** Longer practice guidance, shown on request. */
  guidance: z.optional(LocalisedText),
  required: z.optional(z.boolean()),
  /** Shown only while this condition holds. Hidden answers are kept, never cleared. */
  visibleWhen: z.optional(Condition),
  /** Required only while this condition holds. */
  requiredWhen: z.optional(Condition),
  /** Sensitivity applied to every answer by default (e.g. third-party information). */
  sensitivity: z.optional(z.array(z.enum(SENSITIVITY_TAGS))),
};

export const TextQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('text'),
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
});
export const LongTextQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('long-text'),
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
  /** Lets the worker cite earlier answers this text relies on (analysis, decisions). */
  citations: z.optional(z.boolean()),
});
export const NumberQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  step: z.optional(z.number().check(z.gt(0))),
  unit: z.optional(LocalisedText),
});
export const DateQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('date'),
  /** `"today"` forbids future dates. */
  notAfter: z.optional(z.union([IsoDate, z.literal('today')])),
  notBefore: z.optional(IsoDate),
});
export const SingleChoiceQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('single-choice'),
  codeList: Id,
  display: z.optional(z.enum(['radios', 'select'])),
});
export const MultipleChoiceQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('multiple-choice'),
  codeList: Id,
  minSelected: z.optional(z.int().check(z.gte(0))),
  maxSelected: z.optional(z.int().check(z.gte(1))),
});
export const YesNoQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('yes-no'),
  /** Offer "Not known" as a third answer, stored as the text `"unknown"`. */
  allowUnknown: z.optional(z.boolean()),
});

export const RATERS = ['worker', 'parent', 'child', 'manager', 'carer', 'partner-agency'] as const;
export type Rater = (typeof RATERS)[number];

/** A 0-10 scaling question (or any integer range) with anchor texts and several raters. */
export const ScaleQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('scale'),
  min: z.optional(z.int()),
  max: z.optional(z.int()),
  /** Texts for points of the scale, e.g. 0 "certain to be harmed", 10 "safe enough to close". */
  anchors: z.array(z.strictObject({ value: z.int(), label: LocalisedText })).check(z.minLength(1)),
  /** Who gives a reading; each gets their own. Defaults to the worker alone. */
  raters: z.optional(z.array(z.enum(RATERS)).check(z.minLength(1))),
  /** `higher-is-better` (safety scales) or `higher-is-worse` (graded care, risk). */
  polarity: z.optional(z.enum(['higher-is-better', 'higher-is-worse'])),
});

/** Questions that point at people of the case record instead of retyping them. */
export const PersonQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('person'),
  multiple: z.optional(z.boolean()),
  /** Offer only these people: the subject children, adults, or everyone (default). */
  offer: z.optional(z.enum(['everyone', 'subjects', 'adults', 'children'])),
});

export const ENTRY_KINDS = [
  'strength',
  'worry',
  'next-step',
  'danger-statement',
  'safety-goal',
  'child-voice',
  'hypothesis',
  'outcome',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Structured entries with a known shape: strengths, worries, next steps (owner, due date), danger
 * statements paired with safety goals, the child's voice (who said it, recorded by, when, how),
 * systemic hypotheses, personal outcomes.
 */
export const EntriesQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('entries'),
  entry: z.enum(ENTRY_KINDS),
  minItems: z.optional(z.int().check(z.gte(0))),
  maxItems: z.optional(z.int().check(z.gte(1))),
});

/** Text with no answer: a heading, instructions or a prompt list. */
export const ContentBlock = z.strictObject({
  id: Id,
  type: z.literal('content'),
  label: LocalisedText,
  body: z.optional(LocalisedText),
  visibleWhen: z.optional(Condition),
});

/** Every question type except a repeating group (groups do not nest). */
export const SimpleQuestion = z.discriminatedUnion('type', [
  TextQuestion,
  LongTextQuestion,
  NumberQuestion,
  DateQuestion,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  YesNoQuestion,
  ScaleQuestion,
  PersonQuestion,
  EntriesQuestion,
  ContentBlock,
]);
export type SimpleQuestion = z.infer<typeof SimpleQuestion>;

/** A repeating group: the same questions answered once per item (e.g. each adult in the home). */
export const GroupQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('group'),
  questions: z.array(SimpleQuestion).check(z.minLength(1)),
  /** Label of one item, e.g. "Adult". */
  itemLabel: z.optional(LocalisedText),
  minItems: z.optional(z.int().check(z.gte(0))),
  maxItems: z.optional(z.int().check(z.gte(1))),
});

export const Question = z.discriminatedUnion('type', [
  TextQuestion,
  LongTextQuestion,
  NumberQuestion,
  DateQuestion,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  YesNoQuestion,
  ScaleQuestion,
  PersonQuestion,
  EntriesQuestion,
  ContentBlock,
  GroupQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];

// ---------------------------------------------------------------------------------------------
// Templates

export const Section = z.strictObject({
  id: Id,
  title: LocalisedText,
  description: z.optional(LocalisedText),
  guidance: z.optional(LocalisedText),
  /** Answered once for each subject child (their own analysis, voice, decision, codes). */
  perChild: z.optional(z.boolean()),
  visibleWhen: z.optional(Condition),
  questions: z.array(Question).check(z.minLength(1)),
});
export type Section = z.infer<typeof Section>;

/** A calculated score: sum, mean, minimum, maximum or count of answers, with optional bands. */
export const Score = z.strictObject({
  id: Id,
  label: LocalisedText,
  method: z.enum(['sum', 'mean', 'min', 'max', 'count-answered', 'count-yes']),
  /** Question ids (numbers, scales, yes/no, choices whose codes carry a score). */
  of: z.array(Id).check(z.minLength(1)),
  /** For scales with several raters: whose reading counts. Defaults to the worker's. */
  rater: z.optional(z.enum(RATERS)),
  bands: z.optional(
    z.array(
      z.strictObject({
        min: z.number(),
        max: z.number(),
        label: LocalisedText,
      }),
    ),
  ),
});
export type Score = z.infer<typeof Score>;

export const AssessmentTemplate = z.strictObject({
  id: Id,
  name: LocalisedText,
  description: z.optional(LocalisedText),
  /** Whom it is about: one child, a family (per-child sections for each subject), an adult. */
  subject: z.enum(['child', 'family', 'adult']),
  sections: z.array(Section).check(z.minLength(1)),
  scores: z.optional(z.array(Score)),
  /** Id of the timescale rule that sets its due date. */
  timescale: z.optional(Id),
  /** Needs a manager's authorisation before it is final. */
  requiresAuthorisation: z.optional(z.boolean()),
});
export type AssessmentTemplate = z.infer<typeof AssessmentTemplate>;

// ---------------------------------------------------------------------------------------------
// Relationships and the genogram

export const PARENT_CHILD_KINDS = [
  'biological',
  'adoptive',
  'foster',
  'step',
  'kinship',
  'special-guardian',
  'surrogate',
  'donor',
] as const;
export const COUPLE_KINDS = [
  'marriage',
  'civil-partnership',
  'cohabiting',
  'engaged',
  'dating',
  'affair',
] as const;
export const EMOTIONAL_KINDS = [
  'close',
  'fused',
  'distant',
  'hostile',
  'close-hostile',
  'cut-off',
  'focused-on',
  'abuse-physical',
  'abuse-emotional',
  'abuse-sexual',
  'neglect',
  'harmonious',
] as const;
export const SIBLING_KINDS = ['identical-twin', 'fraternal-twin', 'sibling'] as const;

/**
 * A relationship type the record may use, mapped to one of the notation kinds the genogram draws.
 * Vendors name their own types; the notation stays standard.
 */
export const RelationshipType = z.discriminatedUnion('category', [
  z.strictObject({
    id: Id,
    label: LocalisedText,
    category: z.literal('parent-child'),
    notation: z.enum(PARENT_CHILD_KINDS),
  }),
  z.strictObject({
    id: Id,
    label: LocalisedText,
    category: z.literal('couple'),
    notation: z.enum(COUPLE_KINDS),
    /** Blood relatives as a couple: drawn with a double line. */
    consanguineous: z.optional(z.boolean()),
  }),
  z.strictObject({
    id: Id,
    label: LocalisedText,
    category: z.literal('emotional'),
    notation: z.enum(EMOTIONAL_KINDS),
    /** Drawn with an arrow from `from` to `to` (focused-on, abuse, neglect). */
    directed: z.optional(z.boolean()),
  }),
  z.strictObject({
    id: Id,
    label: LocalisedText,
    category: z.literal('sibling'),
    notation: z.enum(SIBLING_KINDS),
  }),
]);
export type RelationshipType = z.infer<typeof RelationshipType>;
export type RelationshipCategory = RelationshipType['category'];

export const NOTATION_PROFILES = ['nsgc', 'mcgoldrick', 'ics'] as const;
export type NotationProfile = (typeof NOTATION_PROFILES)[number];

/** How the genogram draws: a standard notation plus a few choices. */
export const GenogramSettings = z.strictObject({
  notation: z.enum(NOTATION_PROFILES),
  /** Overrides the profile: NSGC draws a slash, McGoldrick and the ICS an X. */
  deceasedMarker: z.optional(z.enum(['slash', 'cross'])),
  show: z.optional(
    z.strictObject({
      ages: z.optional(z.boolean()),
      dates: z.optional(z.boolean()),
      occupation: z.optional(z.boolean()),
      genderIdentity: z.optional(z.boolean()),
    }),
  ),
});
export type GenogramSettings = z.infer<typeof GenogramSettings>;

// ---------------------------------------------------------------------------------------------
// Timeline: lanes, agencies and event types

export const Lane = z.strictObject({
  id: Id,
  label: LocalisedText,
  /** Nests this lane under another. */
  parent: z.optional(Id),
});
export type Lane = z.infer<typeof Lane>;

export const AgencyKind = z.strictObject({
  id: Id,
  label: LocalisedText,
  /** The lane its entries go to when their type names none. */
  lane: z.optional(Id),
});
export type AgencyKind = z.infer<typeof AgencyKind>;

/**
 * What the library knows an event type to mean: statutory clocks, episode algebra and the
 * chronology use these, whatever the vendor calls the type.
 */
export const EVENT_CATEGORIES = [
  'contact',
  'referral',
  'referral-decision',
  'early-help',
  'assessment',
  'strategy-discussion',
  's47-enquiry',
  'initial-conference',
  'review-conference',
  'core-group',
  'cin-plan',
  'cp-plan',
  'visit',
  'looked-after-review',
  'care-plan',
  'legal-status',
  'placement',
  'proceedings',
  'hearing',
  'order',
  'missing',
  'return-home-interview',
  'birth',
  'death',
  'move',
  'police',
  'health',
  'education',
  'care-leaver',
  'private-fostering',
  'closure',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EventType = z.strictObject({
  id: Id,
  label: LocalisedText,
  /** A moment (`point`) or something with a start and an end (`period`). */
  kind: z.enum(['point', 'period']),
  category: z.enum(EVENT_CATEGORIES),
  lane: Id,
  /** Significant by default in the chronology. */
  significant: z.optional(z.boolean()),
  /** The code list the entry's `code` attribute draws from (e.g. legal status codes). */
  codeList: z.optional(Id),
});
export type EventType = z.infer<typeof EventType>;

// ---------------------------------------------------------------------------------------------
// Audiences (redaction)

/** Who is looking, and which sensitivity tags hide an item from them. */
export const Audience = z.strictObject({
  id: Id,
  label: LocalisedText,
  hides: z.array(z.enum(SENSITIVITY_TAGS)),
  /** Hidden items are removed (`hide`) or shown as a redaction marker (`mask`). */
  treatment: z.optional(z.enum(['hide', 'mask'])),
});
export type Audience = z.infer<typeof Audience>;

// ---------------------------------------------------------------------------------------------
// The model

export const PracticeModel = z.strictObject({
  /** The JSON Schema URL, for editors. Ignored by the library. */
  $schema: z.optional(z.string()),
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  name: LocalisedText,
  description: z.optional(LocalisedText),
  /** The division whose bank holidays count, unless the case record says otherwise. */
  division: z.optional(Division),
  /** The nation whose statutory rules apply, unless the case record says otherwise. */
  nation: z.optional(Nation),
  /** Locales the model's texts are written in; the first is the default. */
  locales: z.array(LocaleTag).check(z.minLength(1)),
  /** Overrides of UI messages by message key, e.g. `{ "assessment.submit": "Send to manager" }`. */
  labels: z.optional(z.record(z.string(), LocalisedText)),
  /** Local words for standard terms, e.g. `{ "child": "young person" }`. */
  terminology: z.optional(z.record(z.string(), LocalisedText)),
  codeLists: z.array(CodeList),
  templates: z.array(AssessmentTemplate),
  relationshipTypes: z.array(RelationshipType),
  genogram: z.optional(GenogramSettings),
  lanes: z.array(Lane),
  agencyKinds: z.optional(z.array(AgencyKind)),
  eventTypes: z.array(EventType),
  timescales: z.array(TimescaleRule),
  audiences: z.optional(z.array(Audience)),
});
export type PracticeModel = z.infer<typeof PracticeModel>;
/** A practice model as written in JSON, before validation. */
export type PracticeModelInput = z.input<typeof PracticeModel>;
