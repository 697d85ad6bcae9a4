/**
 * The case context: what `<practice-case>` shares with every view inside it. Views consume it with
 * `subscribe: true`, so a new model, record, audience, locale or selection reaches all of them.
 */
import { createContext } from '@lit/context';
import type { Messages } from '../i18n/messages.js';
import type { Division } from '../model/common.js';
import type { CaseRecord } from '../model/case-record/schema.js';
import type { ValidationIssue } from '../model/issues.js';
import type { PracticeModel } from '../model/practice-model/schema.js';

/** What the provider shares. A new object is provided whenever any part changes. */
export interface CaseContextValue {
  /** The validated practice model; absent when it is missing or invalid. */
  readonly model?: PracticeModel;
  /**
   * The valid part of the case record, as read (not yet redacted: each view redacts it for
   * `audience` with `redactRecord`, so all views withhold the same items).
   */
  readonly record?: CaseRecord;
  /** Why the model was rejected; empty when it is valid. */
  readonly modelIssues: readonly ValidationIssue[];
  /** What was left out of the record; the rest is shown. */
  readonly recordIssues: readonly ValidationIssue[];
  /** Whose bank holidays count for working days. */
  readonly division: Division;
  /** The UI locale, e.g. `en-GB` or `cy`. */
  readonly locale: string;
  /** The resolved messages: defaults, then the model's labels, then the host's overrides. */
  readonly messages: Messages;
  /** The audience id whose redaction applies; absent for practitioners. */
  readonly audience?: string;
  /** Today's date, `YYYY-MM-DD`, for ages and timescale clocks. */
  readonly today: string;
  /** The selected person's id; every view follows it. */
  readonly selection?: string;
  /** Selects a person (or clears the selection with `undefined`) in every view. */
  select(personId: string | undefined): void;
}

/**
 * The context key. A string rather than a symbol so that two copies of this version of the
 * library on one page still find each other; the `@1` names the shape of the value.
 */
export const caseContext = createContext<CaseContextValue>('practice-elements/case@1');
