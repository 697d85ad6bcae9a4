// The main thread's CPU time of <practice-timeline>'s initial render (the render of
// bench/timeline.mjs: data handed over -> two animation frames later), from a Chromium trace: the
// thread time of the renderer's top-level tasks, script, style, layout and paint included. On a
// busy machine wall-clock figures swing by 2x; thread time much less, so this is the figure to
// compare two versions with. Optionally against another checkout of the repository (built), in
// alternating fresh pages.
//
//   npm run build && node bench/timeline/cpu.mjs
//   BENCH_BASE=/path/to/other/checkout BENCH_RUNS=9 BENCH_TIMELINE_SIZES=1000,10000 node bench/timeline/cpu.mjs
import { ROOT, launchBrowser, openBenchPage, startServer } from '../harness.mjs';
import { pagesOf } from './builds.mjs';

const roots = {
  current: ROOT,
  ...(process.env.BENCH_BASE ? { base: process.env.BENCH_BASE } : {}),
};
const sizes = (process.env.BENCH_TIMELINE_SIZES ?? '1000,10000').split(',').map(Number);
const SETTLE_MS = Math.max(0, Number(process.env.BENCH_TIMELINE_SETTLE_MS ?? '1000') || 0);
const runs = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '7', 10) || 7);

const files = await pagesOf(roots);

/** Thread time of the renderer main thread's outermost tasks, in ms. */
function mainThreadCpu(events) {
  let best = 0;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const thread of mains) {
    const tasks = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
      .filter((e) => e.name.endsWith('RunTask'))
      .sort((a, b) => a.ts - b.ts);
    let cpu = 0;
    let end = -Infinity;
    for (const task of tasks) {
      if (task.ts < end) continue; // nested in the task before
      cpu += task.tdur ?? task.dur;
      end = task.ts + task.dur;
    }
    best = Math.max(best, cpu / 1000);
  }
  return best;
}

async function once(browser, url) {
  const page = await openBenchPage(browser, url, { readyTimeout: 300_000 });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    // As bench/timeline.mjs does: the page is left alone before the render is timed.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const events = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] } });
    const wall = await page.evaluate(() => globalThis.bench.render());
    await cdp.send('Tracing.end');
    await complete;
    return { wall, cpu: mainThreadCpu(events) };
  } finally {
    await page.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const server = await startServer({ files });
const browser = await launchBrowser();
try {
  for (const size of sizes) {
    const results = Object.fromEntries(Object.keys(roots).map((name) => [name, []]));
    for (let i = 0; i < runs; i++) {
      const names = Object.keys(roots);
      for (const name of i % 2 ? names.reverse() : names) {
        results[name].push(await once(browser, `${server.url}${name}.html?size=${size}`));
      }
    }
    for (const [name, list] of Object.entries(results)) {
      const cpu = median(list.map((r) => r.cpu)).toFixed(0);
      const wall = median(list.map((r) => r.wall)).toFixed(0);
      console.log(
        `${size.toLocaleString('en-GB').padStart(7)} ${name.padEnd(8)} main-thread CPU ${cpu.padStart(5)} ms   wall ${wall.padStart(5)} ms   (median of ${runs})`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
