// The pan of bench/timeline.mjs on its own, for comparing two builds: each fresh page renders the
// journey, zooms in and out to the whole of it (as the benchmark does), then takes 60 pan steps of
// 20 px; printed per build are each page's step p95 and median (script, style and layout of a
// step). Builds alternate page by page, so that a busy machine slows them alike.
//
//   npm run build && node bench/profile/timeline-pan.mjs                 # 100,000 events, 4 pages
//   BENCH_BASE=/path/to/other/checkout node bench/profile/timeline-pan.mjs 100000 6
import { ROOT, launchBrowser, openBenchPage, startServer } from '../harness.mjs';
import { pagesOf } from '../timeline/builds.mjs';

const size = Number(process.argv[2] ?? 100000);
const pages = Number(process.argv[3] ?? 4);
const roots = {
  current: ROOT,
  ...(process.env.BENCH_BASE ? { base: process.env.BENCH_BASE } : {}),
};

const files = await pagesOf(roots);
const server = await startServer({ files });
const browser = await launchBrowser();
const results = Object.fromEntries(Object.keys(roots).map((name) => [name, []]));
try {
  for (let i = 0; i < pages; i++) {
    for (const name of Object.keys(roots)) {
      const page = await openBenchPage(browser, `${server.url}${name}.html?size=${size}`, {
        readyTimeout: 300_000,
      });
      await page.evaluate(() => globalThis.bench.render());
      await page.evaluate(() => globalThis.bench.zoomIn());
      await page.evaluate(() => globalThis.bench.zoomOut());
      const { work } = await page.evaluate(() => globalThis.bench.pan(60, 20));
      const sorted = [...work].sort((a, b) => a - b);
      results[name].push({
        p95: sorted[Math.floor(sorted.length * 0.95)],
        median: sorted[sorted.length >> 1],
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [name, list] of Object.entries(results)) {
  const ms = (key) => list.map((r) => r[key].toFixed(1)).join(' ');
  console.log(
    `${size.toLocaleString('en-GB')} ${name.padEnd(8)} step p95 ${ms('p95')}   median ${ms('median')}`,
  );
}
