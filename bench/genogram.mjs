// <practice-genogram> side by side with family-chart and topola (npm), in one headless Chromium
// page, on the same seeded synthetic families of 50, 500 and 2,000 people (generateCase, seed 4,
// converted to each peer's input format beforehand, untimed):
//
//   data to first paint   data handed over -> the frame after the drawing is painted
//   SVG elements          elements in the drawing, per person in the family
//   pan and zoom frames   one zoom or pan step per animation frame, at 500 people
//   edit latency          add a child (our form's submit; the peers' data update) -> painted, at 500
//
//   node bench/genogram.mjs        (after `npm run build`)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_RUNS,
  DEFAULT_WARMUP,
  ROOT,
  bundle,
  isMain,
  launchBrowser,
  markdownTable,
  ms,
  openBenchPage,
  startServer,
  summarise,
  writeResults,
} from './harness.mjs';

/**
 * `GENOGRAM_BENCH_SOURCE=1` bundles our element from src/ instead of dist/ (while a build is
 * broken or stale); the numbers of record come from dist/, as a host would load it.
 */
const SOURCE = process.env.GENOGRAM_BENCH_SOURCE === '1';
const fromSource = {
  name: 'genogram-from-source',
  setup(build) {
    build.onResolve({ filter: /\/dist\/(components|samples)\// }, (args) => ({
      path: join(ROOT, 'src', args.path.replace(/^.*\/dist\//, '').replace(/\.js$/, '.ts')),
    }));
  },
};

/** The budgets of issue 4. */
export const BUDGETS = {
  /** Our data to first paint, as a share of the fastest peer's, at these sizes. */
  firstPaintShare: 0.25,
  firstPaintSizes: [500, 2000],
  elementsPerPerson: 8,
  /** A frame at 60 Hz. */
  frameMs: 16.7,
  editMs: 50,
};

const FRAMES = 120;
const EDIT_SIZE = 500;
const count = (n) => n.toLocaleString('en-GB');

const PAGE_ENTRY = `
try {
  await import('./bench/genogram/page.mjs');
} catch (error) {
  globalThis.benchError = String(error && error.stack ? error.stack : error);
}
`;

function pageHtml() {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>genogram benchmark</title>
<link rel="stylesheet" href="/family-chart.css">
<style>
.stage { display: flex; flex-wrap: wrap; align-items: flex-start; width: 1200px; }
.stage practice-genogram { width: 1200px; }
.stage .chart { width: 300px; height: 300px; position: relative; }
</style>
</head>
<body><script type="module" src="/genogram-bench.js"></script></body>
</html>
`;
}

/** Calls `fn` `warmup` times untimed, then `runs` times, each returning its own duration. */
async function repeat(fn, { warmup = DEFAULT_WARMUP, runs = DEFAULT_RUNS } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return summarise(samples);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

/** Runs the genogram benchmark; returns results, tables and whether the budgets hold. */
export async function run() {
  const { code } = await bundle({ contents: PAGE_ENTRY, plugins: SOURCE ? [fromSource] : [] });
  const css = await readFile(
    join(ROOT, 'node_modules/family-chart/dist/styles/family-chart.css'),
    'utf8',
  );
  const server = await startServer({
    files: {
      '/index.html': pageHtml(),
      '/genogram-bench.js': code,
      '/family-chart.css': css,
    },
  });
  const browser = await launchBrowser();
  const errors = [];
  let page;
  try {
    page = await openBenchPage(browser, server.url);
    page.on('pageerror', (error) => errors.push(error));
    const { sizes, libraries, info } = await page.evaluate(() => ({
      sizes: globalThis.genogramBench.sizes,
      libraries: globalThis.genogramBench.libraries,
      info: globalThis.genogramBench.info,
    }));

    const firstPaint = {};
    const elements = {};
    for (const n of sizes) {
      for (const library of libraries) {
        const runs = n >= 2000 ? Math.max(5, Math.round(DEFAULT_RUNS / 2)) : DEFAULT_RUNS;
        firstPaint[`${library}/${n}`] = await repeat(
          () =>
            page.evaluate(
              ([l, size]) => globalThis.genogramBench.firstPaint(l, size),
              [library, n],
            ),
          { runs, warmup: n >= 2000 ? 1 : DEFAULT_WARMUP },
        );
        elements[`${library}/${n}`] = await page.evaluate(
          ([l, size]) => globalThis.genogramBench.stats(l, size),
          [library, n],
        );
      }
    }

    const frames = {};
    for (const library of libraries) {
      const steps = await page.evaluate(
        ([l, size, f]) => globalThis.genogramBench.frames(l, size, f),
        [library, EDIT_SIZE, FRAMES],
      );
      frames[library] = {
        median: percentile(steps, 0.5),
        p95: percentile(steps, 0.95),
        max: Math.max(...steps),
        over: steps.filter((s) => s > BUDGETS.frameMs * 1.2).length,
        n: steps.length,
        samples: steps,
      };
    }

    const edits = {};
    for (const library of libraries) {
      const times = await page.evaluate(
        ([l, size, runs]) => globalThis.genogramBench.addChild(l, size, runs),
        [library, EDIT_SIZE, DEFAULT_WARMUP + DEFAULT_RUNS],
      );
      edits[library] = summarise(times.slice(DEFAULT_WARMUP));
    }
    if (errors.length) throw new AggregateError(errors, `the bench page failed: ${errors[0]}`);

    // Budgets.
    const ours = 'practice-elements';
    const peers = libraries.filter((l) => l !== ours);
    const checks = [];
    for (const n of BUDGETS.firstPaintSizes) {
      const fastest = Math.min(...peers.map((p) => firstPaint[`${p}/${n}`].median));
      const mine = firstPaint[`${ours}/${n}`].median;
      checks.push({
        what: `data to first paint at ${count(n)} <= ${BUDGETS.firstPaintShare} x fastest peer (${ms(fastest)} ms)`,
        value: `${ms(mine)} ms (${(mine / fastest).toFixed(2)} x)`,
        pass: mine <= fastest * BUDGETS.firstPaintShare,
      });
    }
    for (const n of sizes) {
      const e = elements[`${ours}/${n}`];
      checks.push({
        what: `SVG elements per person at ${count(n)} <= ${BUDGETS.elementsPerPerson}`,
        value: e.perPerson.toFixed(2),
        pass: e.perPerson <= BUDGETS.elementsPerPerson,
      });
    }
    checks.push({
      what: `pan/zoom frame at ${count(EDIT_SIZE)} (p95) < ${BUDGETS.frameMs} ms`,
      value: `${ms(frames[ours].p95)} ms`,
      pass: frames[ours].p95 < BUDGETS.frameMs * 1.2,
    });
    checks.push({
      what: `edit latency (add a child) at ${count(EDIT_SIZE)} < ${BUDGETS.editMs} ms`,
      value: `${ms(edits[ours].median)} ms`,
      pass: edits[ours].median < BUDGETS.editMs,
    });

    const paintTable = markdownTable(
      ['library', ...sizes.map((n) => `${count(n)} people (ms)`)],
      libraries.map((l) => [
        l,
        ...sizes.map((n) => {
          const s = firstPaint[`${l}/${n}`];
          return `${ms(s.median)} (${ms(s.min)}-${ms(s.max)})`;
        }),
      ]),
      ['left', ...sizes.map(() => 'right')],
    );
    const elementTable = markdownTable(
      ['library', ...sizes.map((n) => `${count(n)}: elements / person (people drawn)`)],
      libraries.map((l) => [
        l,
        ...sizes.map((n) => {
          const e = elements[`${l}/${n}`];
          const fitted =
            e.fittedPerPerson === undefined ? '' : `; fitted ${e.fittedPerPerson.toFixed(2)}`;
          return `${e.perPerson.toFixed(2)} (${count(e.drawn)}${fitted})`;
        }),
      ]),
      ['left', ...sizes.map(() => 'right')],
    );
    const interactionTable = markdownTable(
      [
        'library',
        `frame median (ms)`,
        `frame p95 (ms)`,
        `frames over 20 ms`,
        `add a child, median (min-max) ms`,
      ],
      libraries.map((l) => [
        l,
        ms(frames[l].median),
        ms(frames[l].p95),
        `${frames[l].over} of ${frames[l].n}`,
        `${ms(edits[l].median)} (${ms(edits[l].min)}-${ms(edits[l].max)})`,
      ]),
      ['left', 'right', 'right', 'right', 'right'],
    );
    const budgetTable = markdownTable(
      ['budget', 'measured', 'result'],
      checks.map((c) => [c.what, c.value, c.pass ? 'PASS' : 'FAIL']),
    );
    const notes = [
      `Families: generateCase({ seed: 4, persons: n, events: 0 }) with the sample model: ${sizes
        .map(
          (n) =>
            `${count(info[n].persons)} people and ${count(info[n].relationships)} relationships`,
        )
        .join('; ')}.`,
      'Ours validates the record, redacts it, lays out every person and draws the full notation (households, emotional lines) with its legend; the accessible text view follows a frame after the drawing is painted and is not counted. family-chart and topola draw one chart per separate family (started from the index child in its own family, else the first person): family-chart each family’s main tree (ancestors, descendants, spouses), topola all relatives of the start person (RelativesChart, SimpleRenderer); they are given their input already converted.',
      `Pan and zoom: ${FRAMES} frames, one step each. Ours: the user's gestures dispatched on the drawing (Ctrl+wheel zoom for 20 frames, then a 20-frame drag, three times each); a gesture moves the painted drawing with a compositor transform and draws it afresh at its new viewBox when it ends (those frames are the slow ones). The peers: a transform on their top group every frame (as d3-zoom does), never drawn afresh. Frame times are intervals between animation frames.`,
      'Edit latency: ours from submitting the "Add a child" form (validation with readCaseRecord, layout, drawing, the modal dialog closing) to the frame painted; the peers from pushing a child into their data to the frame painted.',
      `${DEFAULT_WARMUP} warm-up runs, then ${DEFAULT_RUNS} measured runs (fewer at 2,000 people).`,
    ];
    return {
      name: 'genogram',
      results: { budgets: BUDGETS, info, firstPaint, elements, frames, edits, checks },
      tables: [
        { title: 'Genogram: data to first paint (median, min-max)', markdown: paintTable },
        {
          title:
            'Genogram: SVG elements per person (people drawn; ours zoomed in with every label, and fitted)',
          markdown: elementTable,
        },
        {
          title: `Genogram: pan and zoom frames and edit latency at ${count(EDIT_SIZE)} people`,
          markdown: interactionTable,
        },
        {
          title: 'Genogram: budgets',
          markdown: `${budgetTable}\n\n${notes.map((n) => `- ${n}`).join('\n')}`,
        },
      ],
      ok: checks.every((c) => c.pass),
      chromium: browser.version(),
    };
  } finally {
    await page?.close();
    await browser.close();
    await server.close();
  }
}

if (isMain(import.meta.url)) {
  const outcome = await run();
  for (const table of outcome.tables) console.log(`\n### ${table.title}\n\n${table.markdown}`);
  const file = await writeResults(outcome.name, outcome.results, { chromium: outcome.chromium });
  console.log(`\nResults: ${file}`);
  if (!outcome.ok) process.exitCode = 1;
}
