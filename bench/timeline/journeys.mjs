// The seeded journeys both libraries draw: a practice model with the 8 lanes of the issue (front
// door, assessment, child protection, looked after, court, health, education, police), and
// generated case records of any size over a childhood (18 years), the same for a size every run.
import { definePracticeModel } from '../../dist/model/index.js';
import { SAMPLE_TODAY, generateCase, sampleModel } from '../../dist/samples/index.js';

export const TODAY = SAMPLE_TODAY;

/** The 8 lanes, and where the sample model's other lanes go. */
export const LANES = [
  ['front-door', 'Front door'],
  ['assessment', 'Assessment'],
  ['child-protection', 'Child protection'],
  ['looked-after', 'Looked after'],
  ['court', 'Court'],
  ['health', 'Health'],
  ['education', 'Education'],
  ['police', 'Police'],
];
const MOVED = {
  'early-help': 'front-door',
  'child-in-need': 'assessment',
  'legal-status': 'looked-after',
  placements: 'looked-after',
  'visits-and-reviews': 'looked-after',
  'family-life': 'health',
};
const lane = (id) => MOVED[id] ?? id;

let model;

/** The sample model on 8 flat lanes. */
export function benchModel() {
  model ??= definePracticeModel({
    ...sampleModel,
    lanes: LANES.map(([id, label]) => ({ id, label })),
    eventTypes: sampleModel.eventTypes.map((t) => ({ ...t, lane: lane(t.lane) })),
    agencyKinds: (sampleModel.agencyKinds ?? []).map((k) => ({ ...k, lane: lane(k.lane) })),
  });
  return model;
}

/** A journey of `events` entries from birth to 18 (seed 7). */
export function journey(events) {
  const to = TODAY;
  const from = `${Number(to.slice(0, 4)) - 18}${to.slice(4)}`;
  return generateCase({ seed: 7, persons: 40, events, model: benchModel(), from, to });
}
