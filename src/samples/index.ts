/**
 * `practice-elements/samples`: validated sample practice models, a realistic synthetic case, a
 * seeded case generator and hostile strings. One set of examples feeds the stories, the tests and
 * the benchmarks. Every person, address and organisation is invented.
 */
export {
  assessmentDecisions,
  categoryOfAbuse,
  cinAssessmentFactors,
  closureReasons,
  evidenceSources,
  legalStatuses,
  placementTypes,
  primaryNeed,
  referralOutcomes,
  referralSources,
} from './code-lists.js';
export {
  standardAgencyKinds,
  standardAudiences,
  standardEventTypes,
  standardLanes,
  standardRelationshipTypes,
} from './vocabularies.js';
export { englandTimescales, walesTimescales } from './timescales.js';
export { childAndFamilyAssessment, threeColumnMapping } from './templates.js';
export { sampleModel, threeColumnModel } from './england.js';
export { whatMattersModel } from './wales.js';
export { girfecModel } from './scotland.js';
export { SAMPLE_TODAY, sampleCase } from './sample-case.js';
export { sampleAssessment, sampleMapping } from './sample-responses.js';
export { generateCase, mulberry32, type GenerateCaseOptions } from './generate.js';
export { hostileStrings } from './hostile-strings.js';
