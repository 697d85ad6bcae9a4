// The model benchmarks as plain functions, shared by Node (bench/model.mjs imports it) and
// Chromium (bench/model.mjs bundles it into the page), so both run exactly the same code.

/** The large record: 2,000 people and 10,000 events, always the same (seeded). */
export const BIG_CASE = { seed: 1, persons: 2000, events: 10000 };

/** Human labels for the benchmark names, in table order. */
export const LABELS = {
  jsonParse: 'JSON.parse(record text) (baseline)',
  parseModel: 'parsePracticeModel(sampleModel)',
  readRecord: 'readCaseRecord(big, model)',
  timescales: 'evaluateTimescales(model, big, { today })',
  cli: 'practice-elements validate model.json big.json (files in memory; Node only)',
};

/** Calls per timed sample, for operations too quick to time one by one. */
export const BATCH = { parseModel: 20 };

/**
 * Prepares the inputs (untimed) and returns the benchmarks by name, plus facts about the inputs.
 * `model` is the `practice-elements/model` module, `samples` the `practice-elements/samples` one.
 */
export function createModelSuite(model, samples) {
  if (typeof samples.generateCase !== 'function') {
    throw new Error('dist/samples/index.js does not export generateCase');
  }
  const parsed = model.parsePracticeModel(samples.sampleModel);
  if (!parsed.ok) {
    throw new Error(`sampleModel is invalid: ${model.formatIssues(parsed.issues)}`);
  }
  const practiceModel = parsed.model;
  const big = samples.generateCase(BIG_CASE);
  const text = JSON.stringify(big);
  const reading = model.readCaseRecord(big, practiceModel);
  const record = reading.record;
  const today = samples.SAMPLE_TODAY ?? new Date().toISOString().slice(0, 10);

  const benchmarks = {
    jsonParse: () => JSON.parse(text),
    parseModel: () => model.parsePracticeModel(samples.sampleModel),
    readRecord: () => model.readCaseRecord(big, practiceModel),
  };
  if (typeof model.evaluateTimescales === 'function') {
    benchmarks.timescales = () => model.evaluateTimescales(practiceModel, record, { today });
  }

  return {
    benchmarks,
    info: {
      persons: big.persons?.length ?? 0,
      events: big.events?.length ?? 0,
      relationships: big.relationships?.length ?? 0,
      recordJsonBytes: text.length,
      modelJsonBytes: JSON.stringify(samples.sampleModel).length,
      readIssues: reading.issues.length,
      firstIssues: reading.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`),
      keptEvents: record.events?.length ?? 0,
      today,
      timescales: typeof model.evaluateTimescales === 'function',
    },
  };
}
