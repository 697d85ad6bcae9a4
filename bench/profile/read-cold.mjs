// The FIRST `readCaseRecord(record, model)` call in a fresh page: cold code (interpreter, lazy
// compilation, tiering, the fast checks compiled on first use), as when a host opens a case. Each
// sample is a new page; builds given with several `--dist` are timed in alternating pages, so that
// a busy machine slows them alike.
//
//   npm run build && node bench/profile/read-cold.mjs
//   node bench/profile/read-cold.mjs --dist /tmp/dist-base --dist dist --sizes 1000,10000 --pages 15
//   node bench/profile/read-cold.mjs --scenario host --sizes 10000
//   node bench/profile/read-cold.mjs --profile --sizes 10000 --pages 8   (CPU profiles, summed)
//
// Scenarios (`--scenario`):
//   bench  (default) as the timeline benchmark page: it imports the samples (which read the sample
//          case at import), builds `journey(N)` of bench/timeline/journeys.mjs with `benchModel()`,
//          and JSON round-trips it, as a host's data would arrive.
//   host   the page loads only the model module: the practice model and the journey arrive as
//          JSON and are parsed before the timing, so this first call is the first of any reader.
//
// Printed per build and size: the call's wall time (performance.now() in the page) and the page's
// main-thread CPU time over it (Chromium's ThreadTime metric, less an empty evaluate's), which a
// busy machine disturbs much less than the wall time. Medians over `--pages` fresh pages. The
// page's setup garbage is collected before the call. Extra Chromium flags: BENCH_EXTRA_ARGS (for
// instance `--js-flags=--single-threaded`, which counts the optimising compilers' work too).
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, bundle, launchBrowser, openBenchPage, startServer, summarise } from '../harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const dists = args
  .flatMap((arg, i) => (arg === '--dist' ? [args[i + 1]] : []))
  .map((dir) => (isAbsolute(dir) ? dir : resolve(ROOT, dir)));
if (!dists.length) dists.push(join(ROOT, 'dist'));
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const pages = Number(option('pages', '7'));
const scenario = option('scenario', 'bench');
const profile = args.includes('--profile');
if (scenario !== 'host' && scenario !== 'bench') throw new Error(`unknown scenario ${scenario}`);

const files = {};
if (scenario === 'host') {
  // Generated once, from this checkout's dist: every build under test reads the same JSON.
  const journeys = join(ROOT, 'bench/timeline/journeys.mjs');
  const { journey, benchModel } = await import(pathToFileURL(journeys).href);
  files['/model.json'] = JSON.stringify(benchModel());
  for (const size of sizes) files[`/journey-${size}.json`] = JSON.stringify(journey(size));
}

/** Resolves `<repo>/dist/...` (as bench/timeline/journeys.mjs imports it) to the build `dist`. */
const redirectDist = (dist) => ({
  name: 'redirect-dist',
  setup(build) {
    const own = join(ROOT, 'dist');
    build.onResolve({ filter: /dist\// }, (found) => {
      const path = resolve(found.resolveDir, found.path);
      if (!path.startsWith(own + '/')) return undefined;
      return { path: join(dist, path.slice(own.length + 1)) };
    });
  },
});

const hostEntry = (dist) => `
import { definePracticeModel, readCaseRecord } from ${JSON.stringify(join(dist, 'model/index.js'))};
const size = new URLSearchParams(location.search).get('size');
try {
  const [modelText, recordText] = await Promise.all([
    fetch('/model.json').then((r) => r.text()),
    fetch('/journey-' + size + '.json').then((r) => r.text()),
  ]);
  const model = definePracticeModel(JSON.parse(modelText));
  const record = JSON.parse(recordText);
  globalThis.bench = { read: () => timed(() => readCaseRecord(record, model)) };
  globalThis.benchReady = true;
} catch (error) {
  globalThis.benchError = String(error);
}
${timedSource}`;

const benchEntry = (dist) => `
import { journey, benchModel } from './bench/timeline/journeys.mjs';
import { readCaseRecord } from ${JSON.stringify(join(dist, 'model/index.js'))};
const size = Number(new URLSearchParams(location.search).get('size'));
const model = benchModel();
const record = JSON.parse(JSON.stringify(journey(size)));
globalThis.bench = { read: () => timed(() => readCaseRecord(record, model)) };
globalThis.benchReady = true;
${timedSource}`;

const timedSource = `
function timed(read) {
  const start = performance.now();
  const reading = read();
  const ms = performance.now() - start;
  return { ms, events: reading.record.events.length, issues: reading.issues.length };
}`;

const server = await startServer({ files });
for (const [i, dist] of dists.entries()) {
  const code = (
    await bundle({
      contents: scenario === 'host' ? hostEntry(dist) : benchEntry(dist),
      minify: false,
      plugins: [redirectDist(dist)],
      nodePaths: [join(ROOT, 'node_modules')],
    })
  ).code;
  files[`/read-${i}.js`] = code;
  files[`/read-${i}.html`] =
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body>` +
    `<script type="module" src="/read-${i}.js"></script></body></html>`;
}

const browser = await launchBrowser();

/** One fresh page: its first readCaseRecord call, optionally under the CPU profiler. */
async function firstCall(i, size) {
  const page = await openBenchPage(browser, `${server.url}read-${i}.html?size=${size}`, {
    readyTimeout: 600_000,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // The renderer main thread's CPU time, less what an empty evaluate costs.
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const t0 = await threadTime();
  await page.evaluate(() => 0);
  const t1 = await threadTime();
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const result = await page.evaluate(() => globalThis.bench.read());
  const t2 = await threadTime();
  if (profile) addProfile((await cdp.send('Profiler.stop')).profile);
  await page.close();
  return { ...result, cpu: (t2 - t1 - (t1 - t0)) * 1000 };
}

/** Self and inclusive times by function, summed over the profiled pages of one build and size. */
const self = new Map();
const inclusive = new Map();
let profiled = 0;

function addProfile(cpu) {
  profiled++;
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  cpu.samples.forEach((sample, s) => {
    const dt = (cpu.timeDeltas[s + 1] ?? 0) / 1000;
    const key = name(byId.get(sample));
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
}

function printProfile(label) {
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / profiled).toFixed(2).padStart(8)} ${k}`)
      .join('\n');
  console.log(`${label}: ms per page, mean of ${profiled} profiled pages`);
  console.log(`--- self\n${top(self, 30)}\n--- inclusive\n${top(inclusive, 40)}`);
  self.clear();
  inclusive.clear();
  profiled = 0;
}

console.log(`scenario ${scenario}, ${pages} fresh pages per build and size`);
for (const size of sizes) {
  if (profile) {
    // Profiles are summed per build: one build at a time.
    for (const [i, dist] of dists.entries()) {
      for (let p = 0; p < pages; p++) await firstCall(i, size);
      printProfile(`${size} ${dist}`);
    }
    continue;
  }
  const samples = dists.map(() => []);
  const cpus = dists.map(() => []);
  const seen = dists.map(() => undefined);
  for (let p = 0; p < pages; p++) {
    // Alternate the builds, starting with a different one each round.
    for (let k = 0; k < dists.length; k++) {
      const i = (p + k) % dists.length;
      const { ms, cpu, events, issues } = await firstCall(i, size);
      samples[i].push(ms);
      cpus[i].push(cpu);
      seen[i] = `${events} events kept, ${issues} issues`;
    }
  }
  for (const [i, dist] of dists.entries()) {
    const stats = summarise(samples[i]);
    const cpu = summarise(cpus[i]);
    console.log(
      `${String(size).padStart(7)} ${dist.padEnd(24)} wall median ${stats.median.toFixed(1).padStart(6)} ms` +
        ` (min ${stats.min.toFixed(1)}, max ${stats.max.toFixed(1)}), main-thread CPU median` +
        ` ${cpu.median.toFixed(1).padStart(6)} ms (min ${cpu.min.toFixed(1)}), n ${stats.n}; ${seen[i]}`,
    );
  }
}
await browser.close();
await server.close();
