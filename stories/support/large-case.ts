/**
 * A large synthetic case for the "large case" stories, generated once, on first use (not when the
 * story files load), from the seeded generator of `src/samples`: the same record every time.
 */
import { generateCase, type GenerateCaseOptions } from '../../src/samples/index.js';
import type { CaseRecordInput } from '../../src/index.js';

/** 300 people and 2,000 entries: a long-running case with a big extended family. */
export const LARGE_CASE: GenerateCaseOptions = { seed: 2026, persons: 300, events: 2_000 };

let cached: CaseRecordInput | undefined;

/** The large generated case (see {@link LARGE_CASE}). */
export function largeCase(): CaseRecordInput {
  cached ??= generateCase(LARGE_CASE);
  return cached;
}
