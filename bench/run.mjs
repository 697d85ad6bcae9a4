// `npm run bench`: builds, then runs every benchmark (or those named: `node bench/run.mjs model`),
// prints markdown tables and writes bench/results/<name>.json. Exits 1 when a budget fails.
import { loadavg } from 'node:os';
import * as bundleSize from './bundle-size.mjs';
import { machine, writeResults } from './harness.mjs';
import * as model from './model.mjs';

const SUITES = { 'bundle-size': bundleSize, model };
SUITES.assessment = await import('./assessment.mjs');
SUITES.timeline = await import('./timeline.mjs');
SUITES.genogram = await import('./genogram.mjs');

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in SUITES));
if (unknown.length) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}.`,
  );
  process.exit(2);
}
const names = requested.length ? requested : Object.keys(SUITES);

const loadBefore = loadavg()[0];
let ok = true;
let chromium;
for (const name of names) {
  const outcome = await SUITES[name].run();
  chromium ??= outcome.chromium;
  for (const table of outcome.tables) console.log(`\n### ${table.title}\n\n${table.markdown}`);
  const file = await writeResults(outcome.name, outcome.results, { chromium: outcome.chromium });
  console.log(`\nResults: ${file}`);
  if (!outcome.ok) ok = false;
}

const m = machine({ chromium });
console.log(
  `\nMeasured ${m.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, ` +
    `Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}; load average ${m.loadAverage.join(', ')}.`,
);
if (Math.max(loadBefore, m.loadAverage[0]) > m.cores) {
  console.warn('The machine was busy while measuring: treat the timings as rough, and run again.');
}
if (!ok) {
  console.error('\nA budget failed: see the FAIL rows above.');
  process.exitCode = 1;
}
