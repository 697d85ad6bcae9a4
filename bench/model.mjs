// Parsing and validating a large case record (2,000 people, 10,000 events), in Node and in
// headless Chromium, from the built dist/ modules: the practice model, the record, timescales.
//
//   node bench/model.mjs        (after `npm run build`)
import {
  DEFAULT_RUNS,
  DEFAULT_WARMUP,
  benchPageHtml,
  bundle,
  importDist,
  isMain,
  kb,
  launchBrowser,
  markdownTable,
  measure,
  measureInPage,
  openBenchPage,
  startServer,
  timingHeader,
  timingRow,
  writeResults,
} from './harness.mjs';
import { BATCH, BIG_CASE, LABELS, createModelSuite } from './model-suite.mjs';

const count = (n) => n.toLocaleString('en-GB');

async function inNode() {
  const model = await importDist('model/index.js');
  const samples = await importDist('samples/index.js');
  const { benchmarks, info } = createModelSuite(model, samples);
  // The CLI end to end: JSON text in, report out (JSON.parse, model, record, positions).
  const { runCli } = await importDist('cli/validate.js');
  const files = {
    'model.json': JSON.stringify(samples.sampleModel, null, 2),
    'big.json': JSON.stringify(samples.generateCase(BIG_CASE), null, 2),
  };
  const io = { readFile: async (path) => files[path], stdout() {}, stderr() {} };
  benchmarks.cli = async () => {
    const code = await runCli(['validate', 'model.json', 'big.json'], io);
    if (code !== 0)
      throw new Error(`the CLI found problems in the generated record (exit ${code})`);
  };
  const timings = {};
  for (const name of Object.keys(LABELS)) {
    if (benchmarks[name]) timings[name] = await measure(benchmarks[name], { batch: BATCH[name] });
  }
  return { info, timings };
}

// The page bundles dist/ the way a host application would (esbuild, minified) and runs the
// same suite; setup happens before `benchReady`, so only the operations are timed.
const PAGE_ENTRY = `
import * as model from './dist/model/index.js';
import * as samples from './dist/samples/index.js';
import { createModelSuite } from './bench/model-suite.mjs';
try {
  const suite = createModelSuite(model, samples);
  globalThis.benchmarks = suite.benchmarks;
  globalThis.benchInfo = suite.info;
  globalThis.benchReady = true;
} catch (error) {
  globalThis.benchError = String(error && error.stack ? error.stack : error);
}
`;

async function inChromium() {
  const { code } = await bundle({ contents: PAGE_ENTRY });
  const server = await startServer({
    files: { '/index.html': benchPageHtml('/model-bench.js'), '/model-bench.js': code },
  });
  const browser = await launchBrowser();
  try {
    const page = await openBenchPage(browser, server.url);
    const info = await page.evaluate(() => globalThis.benchInfo);
    const timings = {};
    for (const name of Object.keys(LABELS)) {
      const available = await page.evaluate(
        (n) => typeof globalThis.benchmarks[n] === 'function',
        name,
      );
      if (available) timings[name] = await measureInPage(page, name, { batch: BATCH[name] });
    }
    return { info, timings, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs the model benchmark; returns results and markdown tables. */
export async function run() {
  const node = await inNode();
  const chromium = await inChromium();

  const { header, align } = timingHeader('operation', ['runtime']);
  const rows = [];
  for (const [name, label] of Object.entries(LABELS)) {
    if (node.timings[name])
      rows.push(timingRow(label, node.timings[name], [`Node ${process.version}`]));
    if (chromium.timings[name]) {
      rows.push(timingRow(label, chromium.timings[name], [`Chromium ${chromium.chromium}`]));
    }
  }
  const { info } = node;
  const notes = [
    `Record: generateCase({ seed: ${BIG_CASE.seed}, persons: ${BIG_CASE.persons}, events: ${BIG_CASE.events} }): ${count(info.persons)} persons, ` +
      `${count(info.events)} events, ${count(info.relationships)} relationships, ` +
      `${(info.recordJsonBytes / 1e6).toFixed(2)} MB of JSON; sample model ${kb(info.modelJsonBytes)} of JSON.`,
    `Reading the record found ${count(info.readIssues)} issue(s) and kept ${count(info.keptEvents)} events.`,
    `${DEFAULT_WARMUP} warm-up runs, then ${DEFAULT_RUNS} measured runs per operation and runtime; ` +
      `times are per call (parsePracticeModel: mean of ${BATCH.parseModel} calls per run).`,
    info.timescales
      ? `Timescales evaluated with today = ${info.today}.`
      : 'evaluateTimescales is not exported by dist/model/index.js yet: not measured.',
  ];
  return {
    name: 'model',
    results: { bigCase: BIG_CASE, info, node: node.timings, chromium: chromium.timings },
    tables: [
      {
        title: 'Model: parse and validate (2,000 persons, 10,000 events)',
        markdown: `${markdownTable(header, rows, align)}\n\n${notes.map((n) => `- ${n}`).join('\n')}`,
      },
    ],
    ok: true,
    chromium: chromium.chromium,
  };
}

if (isMain(import.meta.url)) {
  const outcome = await run();
  for (const table of outcome.tables) console.log(`\n### ${table.title}\n\n${table.markdown}`);
  const file = await writeResults(outcome.name, outcome.results, { chromium: outcome.chromium });
  console.log(`\nResults: ${file}`);
}
