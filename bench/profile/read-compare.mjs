// Does a build read case records exactly as another does? Runs `readCaseRecord` of two builds on
// the same inputs and compares, for every reading: the record (values, key order, keys holding
// undefined, holes, prototypes, and which objects are the input's own rather than copies) and the
// issues, in order. A change meant only to make reading faster must show no difference.
//
//   npm run build && node bench/profile/read-compare.mjs --base /tmp/dist-base --dist dist
//   node bench/profile/read-compare.mjs --base /tmp/dist-base --dist dist --mutations 20000 --seed 7
//
// Inputs: the timeline journeys of 1,000, 10,000 and 100,000 events (as JSON would bring them),
// the sample case and generated records under every sample model and none, and seeded mutations of
// whole records (odd values in any field, unknown and prototype keys, keys out of order, holes,
// getters, repeated items). Both builds share this checkout's node_modules (zod).
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const dir = (path) => (isAbsolute(path) ? path : resolve(ROOT, path));
const load = (build, path) => import(pathToFileURL(join(dir(build), path)).href);
const base = await load(option('base', '/tmp/dist-base'), 'model/index.js');
const mine = await load(option('dist', 'dist'), 'model/index.js');
const samples = await load(option('base', '/tmp/dist-base'), 'samples/index.js');
const { journey, benchModel } = await import(
  pathToFileURL(join(ROOT, 'bench/timeline/journeys.mjs')).href
);
const mutations = Number(option('mutations', '5000'));
const random = samples.mulberry32(Number(option('seed', '20261126')));

/** Where each object of the input is, so that a reading can say which objects it kept. */
function placesOf(root) {
  const places = new Map();
  const walk = (value, path) => {
    if (typeof value !== 'object' || value === null || places.has(value)) return;
    places.set(value, path);
    for (const key of Object.keys(value)) walk(value[key], `${path}/${key}`);
  };
  walk(root, '');
  return places;
}

/** The reading written out in full: `@path` marks an object of the input kept as it is. */
function describe(value, places) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object')
    return `${typeof value}${JSON.stringify(String(value))}`;
  const kept = places.get(value);
  const tag = kept === undefined ? 'new' : `@${kept}`;
  const prototype = Object.getPrototypeOf(value);
  const odd = prototype === Object.prototype || prototype === Array.prototype ? '' : '|prototype';
  if (Array.isArray(value)) {
    const items = [];
    for (let i = 0; i < value.length; i++)
      items.push(i in value ? describe(value[i], places) : 'hole');
    return `${tag}[${items.join(',')}]${odd}`;
  }
  const entries = Object.keys(value).map(
    (k) => `${JSON.stringify(k)}:${describe(value[k], places)}`,
  );
  return `${tag}{${entries.join(',')}}${odd}`;
}

const modelInputs = {
  sample: samples.sampleModel,
  whatMatters: samples.whatMattersModel,
  girfec: samples.girfecModel,
  threeColumn: samples.threeColumnModel,
  bench: benchModel(),
};
const models = Object.fromEntries(
  Object.entries(modelInputs).map(([name, input]) => [
    name,
    {
      base: base.definePracticeModel(JSON.parse(JSON.stringify(input))),
      mine: mine.definePracticeModel(JSON.parse(JSON.stringify(input))),
    },
  ]),
);

let compared = 0;
let differ = 0;
function compare(label, input, modelName) {
  const model = modelName ? models[modelName] : undefined;
  const read = (build, m) => {
    try {
      const { record, issues } = build.readCaseRecord(input, m);
      return `${describe(record, placesOf(input))}\n${JSON.stringify(issues)}`;
    } catch (error) {
      return `threw ${String(error)}`;
    }
  };
  const a = read(base, model?.base);
  const b = read(mine, model?.mine);
  compared++;
  if (a === b) return;
  differ++;
  if (differ > 5) return;
  let at = 0;
  while (a[at] === b[at]) at++;
  console.log(`differs: ${label} (model ${modelName ?? 'none'})`);
  console.log(`  base: ...${a.slice(Math.max(0, at - 150), at + 150)}`);
  console.log(`  mine: ...${b.slice(Math.max(0, at - 150), at + 150)}`);
}

for (const size of [1000, 10000, 100000])
  compare(`journey(${size})`, JSON.parse(JSON.stringify(journey(size))), 'bench');

const records = [['sample case', samples.sampleCase]];
for (let seed = 1; seed <= 12; seed++) {
  const record = samples.generateCase({ seed, persons: 20 + seed * 7, events: 50 + seed * 40 });
  records.push([`generated ${seed}`, record]);
}
for (const [label, record] of records) {
  for (const model of [undefined, ...Object.keys(models)]) {
    compare(label, record, model);
    compare(`${label} as JSON`, JSON.parse(JSON.stringify(record)), model);
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded mutations of whole records.

const pick = (items) => items[Math.floor(random() * items.length)];

/** An object that is not a plain one. */
class Unusual {
  id = 'p1';

  describe() {
    return `person ${this.id}`;
  }
}

function oddValues() {
  const nullPrototype = Object.assign(Object.create(null), { id: 'p1', name: {} });
  const holey = [];
  holey[1] = 'p1';
  return [
    ...[undefined, null, true, 0, -0, 1.5, NaN, Infinity, '', 'x', 'p1', 'p2', 'e1', 'a1'],
    ...['a b', 'x'.repeat(129), 'x'.repeat(1001), 'x'.repeat(100_001), '😀'.repeat(600), '\uD800'],
    ...['2019', '2019-05', '2019-05-14', '2019-05-14T09:30', '2019-05-14T24:00', '2023-02-29'],
    ...['2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2019-13', '２０１９'],
    ...['female', 'high', 'draft', 'contact', 'referral', 'marriage', 'police'],
    { date: '2019' },
    { qualifier: 'about', date: '2019' },
    { date: '2018-03', qualifier: 'between', until: '2018-06' },
    { date: '2019', extra: 1 },
    [],
    ['p1'],
    ['p1', 'nobody'],
    ['p1', 7],
    holey,
    Object.assign(['p1'], { note: 'x' }),
    {},
    { given: 'Ann' },
    { tags: ['health'] },
    { reason: 'r', tags: ['health'] },
    { tags: ['nope'] },
    { code: '6', seenAlone: true, n: 2, none: null },
    { 1: 'one', code: 'x' },
    { code: { nested: true } },
    { person: 'p1', to: '2000', from: '2001' },
    { constructor: 'x', id: 'p1' },
    nullPrototype,
    new Unusual(),
    {
      get id() {
        return 'p1';
      },
      name: {},
    },
    JSON.parse('{"__proto__": {"x": 1}, "given": "Ann"}'),
    new Date(0),
    () => 'x',
    ...samples.hostileStrings.slice(0, 20),
    { id: 'e1', type: 'contact', date: '2020-01-01' },
    { date: '2020-01-01', id: 'e2', type: 'contact', end: '2019-01-01' },
    { name: {}, id: 'p99' },
  ];
}
const odd = oddValues();

/** A copy of the plain objects and arrays in `value`; anything else is shared. */
function copyPlain(value) {
  if (Array.isArray(value)) return value.map(copyPlain);
  const plain = typeof value === 'object' && value !== null;
  if (!plain || Object.getPrototypeOf(value) !== Object.prototype) return value;
  if (Object.values(Object.getOwnPropertyDescriptors(value)).some((d) => d.get)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyPlain(v)]));
}

function containers(root) {
  const out = [];
  const walk = (value) => {
    if (typeof value !== 'object' || value === null) return;
    out.push(value);
    for (const inner of Object.values(value)) walk(inner);
  };
  walk(root);
  return out;
}

/** One random change somewhere in `record`, usually inside an item rather than a long list. */
function mutate(record) {
  const all = containers(record);
  const target =
    random() < 0.7 ? pick(all.filter((c) => !Array.isArray(c) || c.length < 50)) : pick(all);
  const keys = Object.keys(target);
  const key = keys.length ? pick(keys) : '0';
  const keysToAdd = ['extra', 'id', 'x', 'end', 'persons', 'agency', '__proto__', 'constructor'];
  switch (Math.floor(random() * 7)) {
    case 0:
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else Reflect.deleteProperty(target, key);
      break;
    case 1:
    case 2:
      target[key] = pick(odd);
      break;
    case 3:
      target[Array.isArray(target) ? target.length : pick(keysToAdd)] = pick(odd);
      break;
    case 4: {
      if (Array.isArray(target)) {
        target.reverse();
        break;
      }
      const entries = Object.entries(target).sort(() => random() - 0.5);
      for (const k of Object.keys(target)) Reflect.deleteProperty(target, k);
      for (const [k, v] of entries) target[k] = v;
      break;
    }
    case 5:
      target[key] = undefined;
      break;
    default:
      if (Array.isArray(target) && target.length) target.push(pick(target));
      else target[key] = copyPlain(pick(odd));
  }
}

const pool = [samples.sampleCase, ...records.slice(1, 5).map(([, r]) => r), journey(1000)];
for (let n = 0; n < mutations; n++) {
  const record = copyPlain(pick(pool));
  const changes = 1 + Math.floor(random() * 4);
  for (let c = 0; c < changes; c++) mutate(record);
  compare(`mutation ${n}`, record, pick([undefined, 'sample', 'bench']));
}

console.log(`${compared} readings compared, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
