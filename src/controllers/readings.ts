/**
 * Validation and redaction, memoised by object identity: a model or record object is validated
 * once however many views show it, and again only when the host passes a new object. Hosts that
 * change data replace the object rather than mutating it (the usual rule for `attribute: false`
 * properties).
 */
import { readCaseRecord, type CaseRecordReading } from '../model/case-record/parse.js';
import type { CaseRecord } from '../model/case-record/schema.js';
import { issue } from '../model/issues.js';
import type { ValidationIssue } from '../model/issues.js';
import {
  isValidatedPracticeModel,
  parsePracticeModel,
  type PracticeModelResult,
} from '../model/practice-model/parse.js';
import type { PracticeModel } from '../model/practice-model/schema.js';
import { redactRecord } from '../model/redaction.js';

/** A model reading: the model when valid, else the issues (none when no model was given). */
export interface ModelReading {
  readonly model?: PracticeModel;
  readonly issues: readonly ValidationIssue[];
  readonly state: 'valid' | 'invalid' | 'missing';
}

const NO_MODEL = {};
const modelReadings = new WeakMap<object, ModelReading>();
const recordReadings = new WeakMap<object, WeakMap<object, CaseRecordReading>>();
const redactions = new WeakMap<CaseRecord, WeakMap<object, Map<string, CaseRecord>>>();

const MISSING: ModelReading = { issues: [], state: 'missing' };

function unreadable(what: 'practice model' | 'case record'): ValidationIssue[] {
  return [
    issue([], 'unreadable', `the ${what} could not be read`, {
      variant: what.replace(' ', '-'),
    }),
  ];
}

/** Validates a practice model given to an element (memoised per object). Never throws. */
export function readModel(input: unknown): ModelReading {
  if (input === undefined || input === null) return MISSING;
  const cacheable = typeof input === 'object';
  if (cacheable) {
    const cached = modelReadings.get(input);
    if (cached) return cached;
  }
  let result: PracticeModelResult;
  try {
    // A model made by definePracticeModel (the documented way) was validated then.
    result = isValidatedPracticeModel(input)
      ? { ok: true, model: input }
      : parsePracticeModel(input);
  } catch {
    result = { ok: false, issues: unreadable('practice model') };
  }
  const reading: ModelReading = result.ok
    ? { model: result.model, issues: [], state: 'valid' }
    : { issues: result.issues, state: 'invalid' };
  if (cacheable) modelReadings.set(input, reading);
  return reading;
}

/**
 * Reads a case record given to an element, keeping its valid part (memoised per record and model
 * object). `undefined` when no record was given. Never throws.
 */
export function readRecord(
  input: unknown,
  model: PracticeModel | undefined,
): CaseRecordReading | undefined {
  if (input === undefined || input === null) return undefined;
  const cacheable = typeof input === 'object';
  const byModel = cacheable ? recordReadings.get(input) : undefined;
  const cached = byModel?.get(model ?? NO_MODEL);
  if (cached) return cached;
  let reading: CaseRecordReading;
  try {
    reading = readCaseRecord(input, model);
  } catch {
    reading = {
      record: { id: 'invalid', subjects: [], persons: [] },
      issues: unreadable('case record'),
    };
  }
  if (cacheable) {
    const map = byModel ?? new WeakMap<object, CaseRecordReading>();
    map.set(model ?? NO_MODEL, reading);
    recordReadings.set(input, map);
  }
  return reading;
}

/** The record as an audience may see it (memoised per record, model and audience). */
export function redactedRecord(
  record: CaseRecord,
  model: PracticeModel | undefined,
  audience: string | undefined,
): CaseRecord {
  if (audience === undefined || audience === '') return record;
  let byModel = redactions.get(record);
  if (!byModel) {
    byModel = new WeakMap();
    redactions.set(record, byModel);
  }
  let byAudience = byModel.get(model ?? NO_MODEL);
  if (!byAudience) {
    byAudience = new Map();
    byModel.set(model ?? NO_MODEL, byAudience);
  }
  let redacted = byAudience.get(audience);
  if (!redacted) {
    redacted = redactRecord(record, model, audience);
    byAudience.set(audience, redacted);
  }
  return redacted;
}
