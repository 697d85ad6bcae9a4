/**
 * Timescale evaluation: statutory and local clocks ("within 45 working days of the referral",
 * "every 6 weeks for a year") worked out from the practice model's rules and the case record's
 * timeline. Pure functions: no DOM, no Lit, no system clock.
 */
export {
  DEFAULT_DUE_SOON,
  evaluateClockTable,
  evaluateRule,
  evaluateTimescales,
  MAX_CLOCKS_PER_RULE,
  type ClockEntry,
  type ClockStatus,
  type ClockTable,
  type EvaluateOptions,
  type TimescaleClock,
} from './evaluate.js';
export { summariseCompliance, type ComplianceSummary } from './compliance.js';
export { addDuration } from './moments.js';
export { matchesEvent, passesAttributeTest } from './matching.js';
