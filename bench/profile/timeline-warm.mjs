// First render against a warm re-render (the same record handed over again, re-read), at 1,000
// and 10,000 events: the difference is the first-use cost (compiling, Intl, templates).
//
//   npm run build && node bench/profile/timeline-warm.mjs
import { bundle, launchBrowser, openBenchPage, startServer } from '../harness.mjs';
const entry = `await import('./bench/timeline/ours.mjs');`;
const ours = await bundle({ contents: entry });
const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>body{margin:0}.stage{width:1200px;min-height:800px}</style></head><body><div class="stage"></div><script type="module" src="/ours.js"></script></body></html>`;
const server = await startServer({ files: { '/ours.html': html, '/ours.js': ours.code } });
const browser = await launchBrowser();
for (const size of [1000, 10000, 1000, 10000]) {
  const page = await openBenchPage(browser, `${server.url}ours.html?size=${size}`, {
    readyTimeout: 300000,
  });
  const r = await page.evaluate(() => globalThis.bench.render());
  const r2 = await page.evaluate(async () => {
    const el = document.querySelector('practice-timeline');
    const t0 = performance.now();
    el.requestUpdate('record');
    el.record = { ...el.record };
    await el.updateComplete;
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t2 = performance.now();
    return { update: t1 - t0, frames: t2 - t1 };
  });
  console.log(size, 'first render', r.toFixed(1), 'second update', JSON.stringify(r2));
  await page.close();
}
await browser.close();
await server.close();
