/**
 * JSON Schema documents for the practice model and the case record, generated from the zod
 * schemas so they can never drift from the validator. Shipped as `dist/schemas/*.schema.json` for
 * editors: a vendor writing a model by hand gets completion and red squiggles in their IDE.
 *
 * JSON Schema can express shape (fields, types, patterns, lengths) but not the references between
 * parts (a question naming a code list that must exist, unique ids, start before end). Those checks
 * live in `parsePracticeModel` and `parseCaseRecord`, and in the `practice-elements validate` CLI.
 */
import * as z from 'zod/mini';
import {
  Agency,
  AssessmentResponse,
  CaseEvent,
  CaseRecord,
  Household,
  Person,
  Professional,
  Relationship,
} from './case-record/schema.js';
import {
  FuzzyDate,
  Id,
  IsoDate,
  LocaleTag,
  LocalisedText,
  PartialDate,
  Sensitivity,
} from './common.js';
import { Condition } from './practice-model/conditions.js';
import {
  AssessmentTemplate,
  CodeList,
  EventType,
  PracticeModel,
  Question,
  RelationshipType,
  Section,
} from './practice-model/schema.js';
import { EventMatcher, TimescaleRule } from './practice-model/timescales.js';

/** A JSON Schema document (draft 2020-12) as a plain object, ready for `JSON.stringify`. */
export type JsonSchemaDocument = z.core.JSONSchema.JSONSchema;

/** Where the published schemas live; editors use `$id` only as a name, never fetch it. */
const SCHEMA_BASE = 'https://unpkg.com/practice-elements/dist/schemas/';

const NOT_COVERED =
  'This schema checks shape only: fields, types, patterns and lengths. It does not check ' +
  'references between parts (ids that must exist, unique ids, ranges and dates in order) or any ' +
  'other rule the validator applies in code; run `npx practice-elements validate` for the full check.';

/**
 * Shared parts become named `$defs` (`#/$defs/LocalisedText`), so the file stays readable and
 * editors show the name on hover. Built per call: a registry filled at import time would be a side
 * effect that keeps this module in every bundle that imports the model.
 */
function namedDefinitions(): z.core.$ZodRegistry<{ id: string }> {
  const names = z.registry<{ id: string }>();
  const shared: Record<string, z.core.$ZodType> = {
    Id,
    LocaleTag,
    LocalisedText,
    IsoDate,
    PartialDate,
    FuzzyDate,
    Sensitivity,
    Condition,
    Question,
    Section,
    AssessmentTemplate,
    CodeList,
    RelationshipType,
    EventType,
    EventMatcher,
    TimescaleRule,
    Person,
    Relationship,
    Household,
    Agency,
    Professional,
    CaseEvent,
    AssessmentResponse,
  };
  for (const [id, schema] of Object.entries(shared)) names.add(schema, { id });
  return names;
}

function generate(
  schema: z.core.$ZodType,
  file: string,
  title: string,
  description: string,
): JsonSchemaDocument {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // What a person writes, before defaults are applied.
    io: 'input',
    // Anything JSON Schema cannot express (custom checks, transforms) is accepted rather than fatal.
    unrepresentable: 'any',
    metadata: namedDefinitions(),
  });
  // Put the identifying keys first so the file reads well when opened.
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `${SCHEMA_BASE}${file}`,
    title,
    description: `${description} ${NOT_COVERED}`,
    ...rest,
  };
}

/**
 * The JSON Schema of a practice model file (templates, code lists, relationship and event types,
 * timescales). Generated on each call; cache it if you call it often.
 */
export function practiceModelJsonSchema(): JsonSchemaDocument {
  return generate(
    PracticeModel,
    'practice-model.schema.json',
    'practice-elements practice model',
    'A practice model: the assessment templates, vocabularies, relationship and event types, ' +
      'timescales and labels a vendor or council configures for practice-elements.',
  );
}

/**
 * The JSON Schema of a case record file (people, relationships, households, agencies, events,
 * assessment responses). Generated on each call; cache it if you call it often.
 */
export function caseRecordJsonSchema(): JsonSchemaDocument {
  return generate(
    CaseRecord,
    'case-record.schema.json',
    'practice-elements case record',
    'A case record: the people, relationships, households, agencies, professionals, events and ' +
      'assessment responses of one case, kept under a practice model.',
  );
}
