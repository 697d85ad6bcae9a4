// Exactness check for evaluateTimescales: runs a reference build (default /tmp/dist-base, the
// starting commit) and a candidate build (default dist/) on the same inputs and asserts that the
// clocks are identical: the same JSON text (key order included) and deep-strict-equal objects, or
// the same error when the reference throws.
//
// Inputs (all built with the reference build, so both builds see identical objects):
// - every preset model with the synthetic sample case, under several todays, divisions, nations
//   and closure lists;
// - generateCase with several seeds and sizes (100,000 events included) for every preset model;
// - the benchmark journeys (bench/timeline/journeys.mjs) of 1,000 and 10,000 events;
// - random rules (every duration unit, restarts, stops, sameEntry, schedules with when/until)
//   on mutated generated records (times of day, object-form and uncertain dates, same-day and
//   duplicate entries, ends before starts, entries after today), through evaluateRule and
//   evaluateTimescales;
// - records at the ends of the supported years (0001, 9999), where a due date falls outside
//   them and the evaluation throws.
//
//   node bench/profile/clocks-snapshot.mjs [--base /tmp/dist-base] [--dist dist] [--fuzz 400]
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const baseDir = resolve(option('--base', '/tmp/dist-base'));
const candidateDir = resolve(option('--dist', 'dist'));
const fuzzCount = Number(option('--fuzz', '400'));

const base = await import(`${baseDir}/model/index.js`);
const samples = await import(`${baseDir}/samples/index.js`);
const candidate = await import(`${candidateDir}/model/index.js`);
const { definePracticeModel, readCaseRecord } = base;
const { SAMPLE_TODAY, generateCase, mulberry32, sampleCase } = samples;
const presets = {
  sampleModel: samples.sampleModel,
  threeColumnModel: samples.threeColumnModel,
  whatMattersModel: samples.whatMattersModel,
  girfecModel: samples.girfecModel,
};

let checks = 0;
let errorsCompared = 0;
let clocksCompared = 0;
const failures = [];

function outcome(run) {
  try {
    return { clocks: run() };
  } catch (error) {
    return { error: `${error?.name}: ${error?.message}` };
  }
}

/** Runs both builds on one input and records any difference. */
function check(label, call) {
  checks += 1;
  const expected = outcome(() => call(base));
  const actual = outcome(() => call(candidate));
  if (expected.error || actual.error) {
    errorsCompared += 1;
    if (expected.error !== actual.error) {
      failures.push(
        `${label}: expected ${expected.error ?? 'clocks'}, got ${actual.error ?? 'clocks'}`,
      );
    }
    return;
  }
  clocksCompared += expected.clocks.length;
  const same =
    JSON.stringify(expected.clocks) === JSON.stringify(actual.clocks) &&
    isDeepStrictEqual(expected.clocks, actual.clocks);
  if (!same) {
    const at = expected.clocks.findIndex(
      (clock, i) => JSON.stringify(clock) !== JSON.stringify(actual.clocks[i]),
    );
    failures.push(
      `${label}: ${expected.clocks.length} clocks expected, ${actual.clocks.length} given; first difference at ${at}:\n  expected ${JSON.stringify(expected.clocks[at])}\n  actual   ${JSON.stringify(actual.clocks[at])}`,
    );
  }
}

const evaluateAll = (model, record, options) => (build) =>
  build.evaluateTimescales(model, record, options);

// ---------------------------------------------------------------------------------------------
// Presets with the sample case, and generated cases

const TODAYS = [SAMPLE_TODAY, `${SAMPLE_TODAY}T09:15`, '2024-06-15', '2021-01-04T00:00'];
const DIVISION_OPTIONS = [undefined, 'england-and-wales', 'scotland', 'northern-ireland'];
const CLOSURES = [
  undefined,
  ['2024-12-27', '2024-12-30', '2024-12-31', '2025-01-02', '2023-05-05'],
];

for (const [name, model] of Object.entries(presets)) {
  const { record } = readCaseRecord(sampleCase, model);
  for (const today of TODAYS) {
    for (const division of DIVISION_OPTIONS) {
      for (const closures of CLOSURES) {
        const options = {
          today,
          ...(division ? { division } : {}),
          ...(closures ? { closures } : {}),
        };
        check(`${name} sampleCase ${JSON.stringify(options)}`, evaluateAll(model, record, options));
      }
    }
    check(
      `${name} sampleCase wales ${today}`,
      evaluateAll(model, record, { today, nation: 'wales' }),
    );
  }
}

const generated = [];
for (const [name, model] of Object.entries(presets)) {
  for (const [seed, events, years] of [
    [1, 50, 3],
    [2, 500, 3],
    [3, 2000, 10],
    [4, 5000, 18],
    [5, 300, 1],
  ]) {
    const from = `${Number(SAMPLE_TODAY.slice(0, 4)) - years}${SAMPLE_TODAY.slice(4)}`;
    const input = generateCase({ seed, persons: 30, events, model, from, to: SAMPLE_TODAY });
    const { record } = readCaseRecord(input, model);
    generated.push({ name: `${name} seed ${seed} (${events})`, model, record });
    for (const today of TODAYS) {
      check(
        `${name} generateCase seed ${seed} ${events} ${today}`,
        evaluateAll(model, record, { today }),
      );
    }
    check(
      `${name} generateCase seed ${seed} ${events} scotland+closures`,
      evaluateAll(model, record, {
        today: SAMPLE_TODAY,
        division: 'scotland',
        closures: CLOSURES[1],
      }),
    );
  }
}

{
  const model = presets.sampleModel;
  const from = `${Number(SAMPLE_TODAY.slice(0, 4)) - 18}${SAMPLE_TODAY.slice(4)}`;
  const input = generateCase({
    seed: 11,
    persons: 40,
    events: 100_000,
    model,
    from,
    to: SAMPLE_TODAY,
  });
  const { record } = readCaseRecord(input, model);
  check('sampleModel generateCase 100k', evaluateAll(model, record, { today: SAMPLE_TODAY }));
  check(
    'sampleModel generateCase 100k 2015-03-01',
    evaluateAll(model, record, { today: '2015-03-01' }),
  );
  // One rule picking nearly every entry: more than MAX_CLOCKS_PER_RULE anchors.
  const everything = {
    id: 'everything',
    kind: 'within',
    label: 'Everything',
    from: {
      categories: model.eventTypes.map((t) => t.category).filter((c, i, a) => a.indexOf(c) === i),
    },
    target: { categories: ['visit'] },
    within: { amount: 10, unit: 'working-days' },
  };
  check('100k everything within', (build) =>
    build.evaluateRule(everything, model, record, { today: SAMPLE_TODAY }),
  );
  check('100k everything recurring', (build) =>
    build.evaluateRule(
      {
        ...everything,
        kind: 'recurring',
        within: undefined,
        schedule: [{ within: { amount: 3, unit: 'days' }, repeat: true }],
      },
      model,
      record,
      { today: SAMPLE_TODAY },
    ),
  );
}

// The benchmark journeys (as bench/timeline/journeys.mjs builds them, from the reference build).
{
  const LANES = [
    'front-door',
    'assessment',
    'child-protection',
    'looked-after',
    'court',
    'health',
    'education',
    'police',
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
  const sample = presets.sampleModel;
  const model = definePracticeModel({
    ...sample,
    lanes: LANES.map((id) => ({ id, label: id })),
    eventTypes: sample.eventTypes.map((t) => ({ ...t, lane: lane(t.lane) })),
    agencyKinds: (sample.agencyKinds ?? []).map((k) => ({ ...k, lane: lane(k.lane) })),
  });
  const from = `${Number(SAMPLE_TODAY.slice(0, 4)) - 18}${SAMPLE_TODAY.slice(4)}`;
  for (const size of [1000, 10000]) {
    const input = generateCase({
      seed: 7,
      persons: 40,
      events: size,
      model,
      from,
      to: SAMPLE_TODAY,
    });
    const { record } = readCaseRecord(input, model);
    check(`journey ${size}`, evaluateAll(model, record, { today: SAMPLE_TODAY }));
  }
}

// ---------------------------------------------------------------------------------------------
// Random rules on mutated records

const random = mulberry32(20261126);
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const UNITS = ['hours', 'days', 'working-days', 'weeks', 'months', 'years'];

function duration() {
  const unit = pick(UNITS);
  const amount =
    unit === 'hours' ? int(0, 200) : chance(0.05) ? int(100, 600) : chance(0.1) ? 0 : int(1, 60);
  return { amount, unit };
}

const ATTRIBUTE_VALUES = {
  code: ['nfa', 'early-help', 'information-advice', '1A', '9', 'C1', 'N1'],
  s47: [true, false],
  seenAlone: [true, false],
  longTerm: [true, false, 'true'],
  startsEpisode: [true, false],
  endsEpisode: [true, false],
  score: [1, 2, 3],
};

function attributeTest() {
  const attribute = pick(Object.keys(ATTRIBUTE_VALUES));
  const values = ATTRIBUTE_VALUES[attribute];
  const test = { attribute };
  const kind = int(0, 4);
  if (kind === 0) test.equals = pick(values);
  else if (kind === 1) test.notEquals = pick(values);
  else if (kind === 2)
    test.in = values.filter(() => chance(0.5)).filter((v) => typeof v !== 'boolean');
  else if (kind === 3) {
    test.equals = pick(values);
    test.notEquals = pick(values);
  }
  return test;
}

function matcher(model) {
  const types = model.eventTypes.map((t) => t.id);
  const categories = [...new Set(model.eventTypes.map((t) => t.category))];
  const m = {};
  const by = int(0, 2);
  if (by !== 1) m.types = Array.from({ length: int(1, 3) }, () => pick(types));
  if (by !== 0) m.categories = Array.from({ length: int(1, 2) }, () => pick(categories));
  if (chance(0.5)) m.boundary = chance(0.5) ? 'start' : 'end';
  if (chance(0.25)) m.where = Array.from({ length: int(1, 2) }, attributeTest);
  return m;
}

function rule(model, i) {
  const common = {
    id: `fuzz-${i}`,
    label: `Fuzz ${i}`,
    from: matcher(model),
    target: matcher(model),
  };
  if (chance(0.3)) common.restartOn = Array.from({ length: int(1, 2) }, () => matcher(model));
  if (chance(0.3)) common.stopOn = Array.from({ length: int(1, 2) }, () => matcher(model));
  if (chance(0.3)) common.dueSoon = duration();
  if (chance(0.1)) common.divisions = [pick(DIVISION_OPTIONS.slice(1))];
  if (chance(0.1)) common.nations = [pick(['england', 'wales', 'scotland', 'northern-ireland'])];
  if (chance(0.5)) {
    return {
      ...common,
      kind: 'within',
      within: duration(),
      ...(chance(0.2) ? { sameEntry: true, target: { ...common.target, boundary: 'end' } } : {}),
    };
  }
  const schedule = Array.from({ length: int(1, 4) }, () => {
    const step = { within: duration() };
    if (step.within.amount === 0) step.within.amount = 1;
    if (chance(0.6)) step.repeat = true;
    if (step.repeat && chance(0.4)) step.until = duration();
    if (chance(0.3)) step.when = [attributeTest()];
    return step;
  });
  return { ...common, kind: 'recurring', schedule };
}

/** A copy of a record's events with the odd shapes real records have. */
function mutate(record, today) {
  const todayDay = Date.parse(`${today.slice(0, 10)}T00:00Z`) / 86_400_000;
  const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  // Midnight often: a time of 00:00 is still a time (it orders against other times that day).
  const time = () =>
    chance(0.15)
      ? 'T00:00'
      : `T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
  const events = record.events.map((event) => {
    const copy = { ...event };
    const r = random();
    const dateOf = (value) => (typeof value === 'string' ? value : value.date);
    if (r < 0.1 && dateOf(copy.date).length === 10) copy.date = `${dateOf(copy.date)}${time()}`;
    else if (r < 0.13) copy.date = { date: dateOf(copy.date).slice(0, 10), qualifier: 'exact' };
    else if (r < 0.15) copy.date = { date: dateOf(copy.date).slice(0, 10) };
    else if (r < 0.17) copy.date = { date: dateOf(copy.date).slice(0, 10), qualifier: 'about' };
    else if (r < 0.18) copy.date = dateOf(copy.date).slice(0, 4);
    else if (r < 0.19) copy.date = { date: dateOf(copy.date).slice(0, 10), until: iso(todayDay) };
    else if (r < 0.2) copy.date = iso(todayDay + int(0, 30));
    else if (r < 0.21) copy.date = `${iso(todayDay)}${time()}`;
    else if (r < 0.215) copy.date = `${dateOf(copy.date).slice(0, 10)}T25:00`;
    else if (r < 0.22) copy.date = `${dateOf(copy.date).slice(0, 10)}T10:30:15`;
    if (copy.end !== undefined && chance(0.1))
      copy.end = `${dateOf(copy.end).slice(0, 10)}${time()}`;
    else if (chance(0.05)) copy.end = iso(todayDay - int(0, 2000));
    if (chance(0.08)) {
      copy.attributes = { ...copy.attributes };
      const attribute = pick(Object.keys(ATTRIBUTE_VALUES));
      copy.attributes[attribute] = pick(ATTRIBUTE_VALUES[attribute]);
      if (chance(0.2)) copy.attributes[attribute] = null;
    }
    return copy;
  });
  // Same-day and same-moment entries, and entries repeated later in the record.
  for (let k = 0; k < events.length / 10; k++) {
    const a = events[int(0, events.length - 1)];
    events.push({ ...a, id: `${a.id}-again-${k}` });
  }
  return { ...record, events };
}

for (let i = 0; i < fuzzCount; i++) {
  const source = pick(generated.filter((g) => g.model.eventTypes.length > 0));
  const today = pick(TODAYS);
  const record = mutate(source.record, today);
  const rules = Array.from({ length: int(1, 4) }, (_, k) => rule(source.model, `${i}-${k}`));
  const options = {
    today,
    ...(chance(0.3) ? { division: pick(DIVISION_OPTIONS.slice(1)) } : {}),
    ...(chance(0.3) ? { closures: CLOSURES[1] } : {}),
    ...(chance(0.2) ? { nation: pick(['england', 'wales', 'scotland']) } : {}),
  };
  let model;
  try {
    model = definePracticeModel({
      ...source.model,
      timescales: [...source.model.timescales, ...rules],
    });
  } catch (error) {
    failures.push(`fuzz ${i}: the generated rules are invalid: ${error.message}`);
    continue;
  }
  check(
    `fuzz ${i} (${source.name}) ${JSON.stringify(options)} ${JSON.stringify(rules)}`,
    evaluateAll(model, record, options),
  );
  check(`fuzz ${i} evaluateRule`, (build) =>
    build.evaluateRule(rules[0], source.model, record, options),
  );
}

// ---------------------------------------------------------------------------------------------
// The ends of the supported years

{
  const model = presets.sampleModel;
  const edge = (dates, today) => ({
    ...readCaseRecord(sampleCase, model).record,
    events: dates.map(([type, date, end], k) => ({
      id: `edge-${k}`,
      type,
      date,
      ...(end ? { end } : {}),
      ...(type === 'legal-status' ? { attributes: { startsEpisode: true } } : {}),
    })),
    today,
  });
  const cases = [
    [
      [
        ['referral', '9999-12-01'],
        ['referral', '9999-10-01'],
      ],
      '9999-12-31',
    ],
    [
      [
        ['legal-status', '9999-11-20'],
        ['placement', '9999-12-30'],
      ],
      '9999-12-31',
    ],
    [[['missing', '9999-12-30', '9999-12-31T22:00']], '9999-12-31T23:59'],
    [[['care-proceedings', '9999-01-01', '9999-12-31']], '9999-12-31'],
    [[['referral', '0001-01-01']], '0001-01-02'],
    [[['initial-conference', '0001-01-01']], '0001-01-03'],
    [[['strategy-discussion', '0001-01-01']], '0001-01-05'],
  ];
  for (const [dates, today] of cases) {
    const record = edge(dates, today);
    check(`edge ${JSON.stringify(dates)}`, evaluateAll(model, record, { today }));
    for (let i = 0; i < 40; i++) {
      const r = rule(model, `edge-${i}`);
      r.divisions = undefined;
      r.nations = undefined;
      check(`edge rule ${JSON.stringify(r)} on ${JSON.stringify(dates)}`, (build) =>
        build.evaluateRule(JSON.parse(JSON.stringify(r)), model, record, { today }),
      );
    }
  }
  check('bad today', evaluateAll(model, edge([], '2024-01-01'), { today: '2024-13-01' }));
  check(
    'bad closure',
    evaluateAll(model, edge([], '2024-01-01'), { today: '2024-01-01', closures: ['x'] }),
  );
}

console.log(
  `${checks} checks, ${clocksCompared} clocks and ${errorsCompared} errors compared, ${failures.length} differences (${baseDir} vs ${candidateDir})`,
);
for (const failure of failures.slice(0, 20)) console.log(`- ${failure.slice(0, 2000)}`);
process.exitCode = failures.length ? 1 : 0;
