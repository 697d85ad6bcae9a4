// The FIRST call of evaluateTimescales on a journey, in a fresh page: what the initial render of
// <practice-timeline> pays for its clocks while the code is still cold (interpreter, lazy
// compilation, first allocations). Each run opens a new browser context and serves the bundle
// with a new nonce, so no compiled code or feedback carries over from an earlier run.
//
// The page builds journey(N) (bench/timeline/journeys.mjs: the sample model on 8 lanes, seed 7)
// from the chosen build, reads it once with readCaseRecord, collects garbage, then times one
// evaluateTimescales call. Printed per build and size: the median (and min, max) of the in-page
// wall time, and of the renderer main thread's CPU time over the same call (the ThreadTime of
// DevTools' Performance metrics, read before and after; it includes the few hundred microseconds
// of the call's round trip, and counts time waiting for a busy machine's CPU much less).
//
//   npm run build && node bench/profile/clocks-cold.mjs                       # dist/, 1k 10k 100k
//   node bench/profile/clocks-cold.mjs --dist /tmp/dist-base --dist dist --runs 9 10000
//   node bench/profile/clocks-cold.mjs --dist dist --profile 10000            # + a CPU profile
//
// Several --dist builds are run alternately (run 1 of each, then run 2 of each, ...), in the same
// conditions. --profile adds as many profiled runs per build and size (unminified bundle), and
// prints their self and inclusive times by function, summed over the runs.
import { resolve, join } from 'node:path';
import { ROOT, bundle, launchBrowser, startServer } from '../harness.mjs';

const args = process.argv.slice(2);
const dists = [];
const sizes = [];
let runs = 7;
let profile = false;
let prewarm = 0;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--dist') dists.push(resolve(args[++i]));
  else if (arg === '--runs') runs = Number(args[++i]);
  else if (arg === '--profile') profile = true;
  else if (arg === '--prewarm') prewarm = Number(args[++i]);
  else sizes.push(Number(arg));
}
if (!dists.length) dists.push(join(ROOT, 'dist'));
if (!sizes.length) sizes.push(1000, 10000, 100000);

/** The page: the journey of bench/timeline/journeys.mjs, built from `dist`. */
function entry(dist) {
  return `
import { definePracticeModel, evaluateTimescales, readCaseRecord } from ${JSON.stringify(`${dist}/model/index.js`)};
import { SAMPLE_TODAY, generateCase, sampleModel } from ${JSON.stringify(`${dist}/samples/index.js`)};
const LANES = ['front-door', 'assessment', 'child-protection', 'looked-after', 'court', 'health', 'education', 'police'];
const MOVED = { 'early-help': 'front-door', 'child-in-need': 'assessment', 'legal-status': 'looked-after', placements: 'looked-after', 'visits-and-reviews': 'looked-after', 'family-life': 'health' };
const lane = (id) => MOVED[id] ?? id;
try {
  const model = definePracticeModel({
    ...sampleModel,
    lanes: LANES.map((id) => ({ id, label: id })),
    eventTypes: sampleModel.eventTypes.map((t) => ({ ...t, lane: lane(t.lane) })),
    agencyKinds: (sampleModel.agencyKinds ?? []).map((k) => ({ ...k, lane: lane(k.lane) })),
  });
  const size = Number(new URL(location.href).searchParams.get('size'));
  const from = String(Number(SAMPLE_TODAY.slice(0, 4)) - 18) + SAMPLE_TODAY.slice(4);
  const input = generateCase({ seed: 7, persons: 40, events: size, model, from, to: SAMPLE_TODAY });
  const { record } = readCaseRecord(input, model);
  // --prewarm M (a diagnostic): one evaluation of a journey of M events first, so the timed call
  // runs compiled code; the difference from a cold run is what compiling and warming up cost.
  const prewarm = Number(new URL(location.href).searchParams.get('prewarm'));
  if (prewarm) {
    const small = generateCase({ seed: 8, persons: 10, events: prewarm, model, from, to: SAMPLE_TODAY });
    evaluateTimescales(model, readCaseRecord(small, model).record, { today: SAMPLE_TODAY });
  }
  globalThis.bench = {
    run() {
      const start = performance.now();
      const clocks = evaluateTimescales(model, record, { today: SAMPLE_TODAY });
      return { ms: performance.now() - start, clocks: clocks.length };
    },
  };
  globalThis.benchReady = true;
} catch (error) {
  globalThis.benchError = String(error && error.stack || error);
}
`;
}

const nodePaths = [join(ROOT, 'node_modules')];
const SETTLE_MS = 1000;
const codes = await Promise.all(
  dists.map(async (dist) => ({
    min: (await bundle({ contents: entry(dist), nodePaths })).code,
    plain: profile ? (await bundle({ contents: entry(dist), nodePaths, minify: false })).code : '',
  })),
);
let nonce = 0;
const html = (script) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>clocks</title></head><body><script type="module" src="${script}"></script></body></html>`;
const files = {};
const server = await startServer({ files });
const browser = await launchBrowser();

async function openRun(code, size) {
  nonce += 1;
  files[`/r${nonce}.html`] = html(`/r${nonce}.js`);
  files[`/r${nonce}.js`] = `// run ${nonce} ${Math.random()}\n${code}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${server.url}r${nonce}.html?size=${size}&prewarm=${prewarm}`);
  await page.waitForFunction(() => globalThis.benchReady === true || globalThis.benchError, null, {
    timeout: 600_000,
    polling: 50,
  });
  const setupError = await page.evaluate(() => globalThis.benchError ?? null);
  if (setupError || errors.length) throw new Error(String(setupError ?? errors[0]));
  // Let the setup's background work settle (optimising the record reader's functions, which
  // would otherwise finish on the main thread during the timed call), then collect its garbage.
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return { context, page, cdp };
}

async function timedRun(code, size) {
  const { context, page, cdp } = await openRun(code, size);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  };
  const before = await threadTime();
  const result = await page.evaluate(() => globalThis.bench.run());
  const cpu = (await threadTime()) - before;
  await context.close();
  return { ...result, cpu };
}

async function profiledRun(code, size) {
  const { context, page, cdp } = await openRun(code, size);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(() => globalThis.bench.run());
  const { profile: cpuProfile } = await cdp.send('Profiler.stop');
  await context.close();
  return { result, cpuProfile };
}

function printProfile(cpuProfiles) {
  const self = new Map();
  const inclusive = new Map();
  const name = (f) => `${f.functionName || '(anon)'}:${f.lineNumber}`;
  for (const cpuProfile of cpuProfiles) {
    const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of cpuProfile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let i = 0; i < cpuProfile.samples.length; i++) {
      const ms = (cpuProfile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(cpuProfile.samples[i]).callFrame;
      self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
      const seen = new Set();
      for (let id = cpuProfile.samples[i]; id !== undefined; id = parent.get(id)) {
        const key = name(byId.get(id).callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    }
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`)
      .join('\n');
  console.log(`--- self\n${top(self, 25)}\n--- inclusive\n${top(inclusive, 40)}`);
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return `median ${median.toFixed(1)} (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`;
};

try {
  for (const size of sizes) {
    const samples = dists.map(() => []);
    for (let run = 0; run < runs; run++) {
      // Alternate the order too, so neither build always runs first.
      const order = dists.map((_, i) => i);
      if (run % 2) order.reverse();
      for (const i of order) samples[i].push(await timedRun(codes[i].min, size));
    }
    for (let i = 0; i < dists.length; i++) {
      const s = samples[i];
      console.log(
        `${String(size).padStart(6)} events  ${dists[i]}  clocks ${s[0].clocks}  runs ${s.length}` +
          `\n        wall ms ${stats(s.map((r) => r.ms))}` +
          `\n        cpu  ms ${stats(s.map((r) => r.cpu))}`,
      );
    }
    if (profile) {
      // One profile per run, merged: a single cold run has too few samples to rank functions.
      for (let i = 0; i < dists.length; i++) {
        const profiles = [];
        const times = [];
        for (let run = 0; run < runs; run++) {
          const { result, cpuProfile } = await profiledRun(codes[i].plain, size);
          profiles.push(cpuProfile);
          times.push(result.ms);
        }
        console.log(
          `=== profile ${size} ${dists[i]}: ${stats(times)} ms under the profiler; times below are totals over ${runs} runs`,
        );
        printProfile(profiles);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
