// A CPU profile of one initial render of <practice-timeline> (unminified bundle, so names are
// readable): self and inclusive times by function. Timings under the profiler run slower than the
// benchmark's; compare runs with each other, not with bench/timeline.mjs.
//
//   npm run build && node bench/profile/timeline-render.mjs 10000
import { bundle, launchBrowser, openBenchPage, startServer } from '../harness.mjs';
const size = Number(process.argv[2] ?? 10000);
const entry = `await import('./bench/timeline/ours.mjs');`;
const ours = await bundle({ contents: entry, minify: false });
const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>body{margin:0}.stage{width:1200px;min-height:800px}</style></head><body><div class="stage"></div><script type="module" src="/ours.js"></script></body></html>`;
const server = await startServer({ files: { '/ours.html': html, '/ours.js': ours.code } });
const browser = await launchBrowser();
const page = await openBenchPage(browser, `${server.url}ours.html?size=${size}`, {
  readyTimeout: 300000,
});
const cdp = await page.context().newCDPSession(page);
// As bench/timeline.mjs does: the journey's setup garbage is collected before the render.
await cdp.send('HeapProfiler.collectGarbage');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t = await page.evaluate(() => globalThis.bench.render());
const { profile } = await cdp.send('Profiler.stop');
console.log('render ms', t);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
// inclusive times
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set();
  let id = profile.samples[i];
  while (id !== undefined) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
    if (!seen.has(key)) {
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
    id = parent.get(id);
  }
}
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(v.toFixed(1).padStart(8), k);
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60))
  console.log(v.toFixed(1).padStart(8), k);
await browser.close();
await server.close();
