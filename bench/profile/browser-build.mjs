// The timeline benchmark's first render (bench/timeline/ours.mjs), with <practice-timeline> loaded
// three ways, in alternating fresh pages:
//
//   bundled   the page and the element bundled together by esbuild, as a host's bundler would
//             (this is what `node bench/timeline.mjs` measures)
//   browser   the element from the browser build (dist/browser/practice-timeline.js), as a page
//             without a bundler loads it; the page's own code bundled apart
//   no-hint   the same files with their first line, the compile hint, taken out
//
// In `browser` and `no-hint` the page builds the practice model with the browser build's own
// `definePracticeModel` (dist/browser/index.js), so that the element is given a model it has read,
// as in `bundled`. Printed: the render's median and each page's, and when the page was ready.
//
//   npm run build && node bench/profile/browser-build.mjs [size=10000] [pages=11]
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT, bundle, launchBrowser, openBenchPage, startServer } from '../harness.mjs';

const size = Number(process.argv[2] ?? 10_000);
const pages = Number(process.argv[3] ?? 11);
const HINT = '//# allFunctionsCalledOnLoad\n';
const BROWSER = join(ROOT, 'dist/browser');

/** esbuild: the element and the model's API from `/<dir>/` (served files), not from dist/. */
const fromBrowserBuild = (dir) => ({
  name: 'from-browser-build',
  setup(build) {
    build.onResolve({ filter: /practice-timeline\.js$/ }, () => ({
      path: `/${dir}/practice-timeline.js`,
      external: true,
    }));
    build.onResolve({ filter: /dist\/model\/index\.js$/ }, (found) =>
      found.importer.endsWith('journeys.mjs')
        ? { path: `/${dir}/index.js`, external: true }
        : undefined,
    );
  },
});

const html = (script) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<style>body { margin: 0; } .stage { width: 1200px; min-height: 800px; }</style></head>
<body><div class="stage"></div><script type="module" src="${script}"></script></body></html>`;

const entry = `await import('./bench/timeline/ours.mjs');`;
const files = {
  '/bundled.html': html('/bundled.js'),
  '/bundled.js': (await bundle({ contents: entry })).code,
  '/browser.html': html('/browser-page.js'),
  '/browser-page.js': (await bundle({ contents: entry, plugins: [fromBrowserBuild('browser')] }))
    .code,
  '/no-hint.html': html('/no-hint-page.js'),
  '/no-hint-page.js': (await bundle({ contents: entry, plugins: [fromBrowserBuild('no-hint')] }))
    .code,
};
for (const file of await readdir(BROWSER, { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const code = await readFile(join(BROWSER, file), 'utf8');
  if (!code.startsWith(HINT)) throw new Error(`${file} does not start with the compile hint`);
  const path = relative(BROWSER, join(BROWSER, file)).split('\\').join('/');
  files[`/browser/${path}`] = code;
  files[`/no-hint/${path}`] = code.slice(HINT.length);
}

const ways = ['bundled', 'browser', 'no-hint'];
const renders = Object.fromEntries(ways.map((way) => [way, []]));
const ready = Object.fromEntries(ways.map((way) => [way, []]));
const server = await startServer({ files });
const browser = await launchBrowser();
try {
  for (let i = 0; i < pages; i++) {
    for (const way of i % 2 ? [...ways].reverse() : ways) {
      const page = await openBenchPage(browser, `${server.url}${way}.html?size=${size}`, {
        readyTimeout: 300_000,
      });
      try {
        ready[way].push(await page.evaluate(() => performance.now()));
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await new Promise((resolve) => setTimeout(resolve, 1000));
        renders[way].push(await page.evaluate(() => globalThis.bench.render()));
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`${size.toLocaleString('en-GB')} events, ${pages} fresh pages each`);
for (const way of ways) {
  console.log(
    `${way.padEnd(8)} render median ${median(renders[way]).toFixed(1).padStart(6)} ms` +
      `   page ready at ${median(ready[way]).toFixed(0).padStart(4)} ms` +
      `   (${renders[way].map((ms) => ms.toFixed(0)).join(' ')})`,
  );
}
