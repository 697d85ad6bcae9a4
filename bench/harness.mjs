// The benchmark harness: what every benchmark in bench/ shares.
//
//   launchBrowser()            headless system Chromium through playwright-core
//   startServer({ root, files }) a static server on 127.0.0.1 with an ephemeral port
//   bundle({ ... })            an esbuild browser bundle, in memory
//   measure(fn, options)       warm-up runs, then timed runs in Node
//   measureInPage(page, name)  the same, timed inside the page with performance.now()
//   summarise(samples)         median, min, max and n
//   markdownTable(...)         the printed tables
//   writeResults(name, data)   bench/results/<name>.json, with the machine it ran on
//
// Benchmarks never run in `npm test`: timings depend on the machine. Run them with `npm run bench`.
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where results are written (gitignored). */
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** Warm-up and measured runs, overridable with BENCH_WARMUP and BENCH_RUNS. */
export const DEFAULT_WARMUP = positiveInt(process.env.BENCH_WARMUP, 3);
export const DEFAULT_RUNS = Math.max(10, positiveInt(process.env.BENCH_RUNS, 15));

function positiveInt(value, fallback) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

// ---------------------------------------------------------------------------------------------
// Browser

/** The Chromium the benchmarks drive: CHROME_PATH, else the system package. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? '/usr/bin/chromium';
}

/** Flags that keep Chromium quiet and comparable between runs (no network, no background work). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(process.env.BENCH_EXTRA_ARGS ? process.env.BENCH_EXTRA_ARGS.split(' ') : []),
];

/** Launches headless Chromium. Close it with `browser.close()`. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page on `url` and waits until `globalThis.benchReady` is true (the page sets it when its
 * setup is done). Page errors are collected and thrown, so a broken bundle fails loudly.
 */
export async function openBenchPage(browser, url, { readyTimeout = 120_000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  try {
    await page.waitForFunction(
      () => globalThis.benchReady === true || globalThis.benchError,
      null,
      {
        timeout: readyTimeout,
        polling: 50,
      },
    );
  } catch (error) {
    errors.push(error);
  }
  const setupError = await page.evaluate(() => globalThis.benchError ?? null).catch(() => null);
  if (setupError) errors.push(new Error(String(setupError)));
  if (errors.length) {
    await page.close();
    throw new AggregateError(errors, `the bench page ${url} failed: ${errors[0].message}`);
  }
  return page;
}

// ---------------------------------------------------------------------------------------------
// Static server

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `files` (path -> string or Buffer, in memory) and, behind them, the files under `root`,
 * on 127.0.0.1 with an ephemeral port. Resolves to `{ url, close() }`; `url` ends with `/`.
 * Only GET and HEAD; nothing outside `root` is served.
 */
export async function startServer({ root, files = {} } = {}) {
  const rootDir = root ? resolve(root) : undefined;
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const path = pathname === '/' ? '/index.html' : pathname;
      let body = files[path];
      if (body === undefined && rootDir) {
        const file = normalize(join(rootDir, path));
        if (file === rootDir || file.startsWith(rootDir + sep)) {
          body = await readFile(file).catch(() => undefined);
        }
      }
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}

/** A minimal page that loads one module script; `title` names it in errors. */
export function benchPageHtml(script, title = 'practice-elements benchmark') {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title}</title></head>
<body><script type="module" src="${script}"></script></body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Bundling

/**
 * Bundles `contents` (an ES module, resolved from `root`: the repository, or another checkout of
 * it) with esbuild, in memory.
 * Resolves to `{ code, metafile }`. Defaults: browser, ESM, ES2022, minified.
 */
export async function bundle({
  contents,
  root = ROOT,
  minify = true,
  metafile = false,
  ...options
}) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: 'bench-entry.js', loader: 'js' },
    bundle: true,
    minify,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  return {
    code: result.outputFiles[0].text,
    metafile: result.metafile,
    outputFiles: result.outputFiles,
  };
}

/**
 * Bundles with code splitting, as a host's bundler would, and separates what the page loads at
 * once (the entry chunk and its static imports) from what loads only on use (dynamic imports,
 * such as the Welsh messages). Returns both sets of chunks with their code.
 */
export async function bundleSplit({ contents, minify = true }) {
  const esbuild = await import('esbuild');
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'pe-bundle-'));
  const entry = join(ROOT, `.bench-entry-${process.pid}-${Date.now()}.js`);
  await writeFile(entry, contents);
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      minify,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      outdir: dir,
      write: false,
      metafile: true,
      legalComments: 'none',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const outputs = result.metafile.outputs;
    const byPath = new Map(result.outputFiles.map((f) => [f.path, f]));
    const entryOut = Object.keys(outputs).find((out) => outputs[out].entryPoint);
    const initial = new Set();
    const stack = [entryOut];
    while (stack.length) {
      const out = stack.pop();
      if (initial.has(out)) continue;
      initial.add(out);
      for (const imp of outputs[out].imports) {
        if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
      }
    }
    const chunk = (out) => ({
      path: out,
      code:
        byPath.get(join(process.cwd(), out))?.text ??
        byPath.get(out)?.text ??
        findOutput(result.outputFiles, out),
      inputs: outputs[out].inputs,
    });
    const all = Object.keys(outputs).filter((out) => !out.endsWith('.map'));
    return {
      initial: all.filter((out) => initial.has(out)).map(chunk),
      lazy: all.filter((out) => !initial.has(out)).map(chunk),
    };
  } finally {
    await rm(entry, { force: true });
    await rm(dir, { recursive: true, force: true });
  }
}

function findOutput(files, out) {
  const match = files.find((f) => f.path.endsWith(out.replace(/^.*?pe-bundle-[^/]+\//, '/')));
  return match ? match.text : '';
}

/** A file URL for a path under the repository root, for dynamic `import()`. */
export function rootUrl(path) {
  return pathToFileURL(join(ROOT, path)).href;
}

/** Imports a built module from dist/, with a clear message when the build is missing. */
export async function importDist(path) {
  const file = join(ROOT, 'dist', path);
  if (!existsSync(file)) {
    throw new Error(`dist/${path} is missing: run \`npm run build\` first (or \`npm run bench\`).`);
  }
  return import(pathToFileURL(file).href);
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Median, min, max, mean and n of a list of durations in milliseconds. */
export function summarise(samples) {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { median, min: sorted[0], max: sorted.at(-1), mean, n: sorted.length, samples };
}

/**
 * Times `fn` (sync or async) in Node: `warmup` untimed runs, then `runs` timed runs. Each sample
 * times `batch` calls and records the mean, for operations too quick to time one by one.
 * `setup` runs before each sample, untimed, for work that must not be counted.
 */
export async function measure(
  fn,
  { warmup = DEFAULT_WARMUP, runs = DEFAULT_RUNS, batch = 1, setup } = {},
) {
  for (let i = 0; i < warmup; i++) {
    const input = setup ? await setup() : undefined;
    await fn(input);
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const input = setup ? await setup() : undefined;
    const start = performance.now();
    for (let j = 0; j < batch; j++) await fn(input);
    samples.push((performance.now() - start) / batch);
  }
  return summarise(samples);
}

/**
 * Times the page's `globalThis.benchmarks[name]` (sync or async) inside the page, so the
 * DevTools round trip is not counted. Chromium coarsens `performance.now()` to 0.1 ms without
 * cross-origin isolation: use `batch` (calls per sample) for operations under a few milliseconds.
 */
export async function measureInPage(
  page,
  name,
  { warmup = DEFAULT_WARMUP, runs = DEFAULT_RUNS, batch = 1 } = {},
) {
  const once = (calls) =>
    page.evaluate(
      async ({ benchName, calls }) => {
        const fn = globalThis.benchmarks?.[benchName];
        if (typeof fn !== 'function') throw new Error(`no benchmark "${benchName}" on the page`);
        const start = performance.now();
        for (let i = 0; i < calls; i++) await fn();
        return (performance.now() - start) / calls;
      },
      { benchName: name, calls },
    );
  for (let i = 0; i < warmup; i++) await once(1);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once(batch));
  return summarise(samples);
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** Milliseconds with sensible precision. */
export function ms(value) {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Bytes as KB (1 KB = 1,000 bytes, as budgets are written). */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A markdown table from a header row and rows of cells; numbers right-aligned. */
export function markdownTable(header, rows, align = header.map(() => 'left')) {
  const widths = header.map((h, i) =>
    Math.max(3, String(h).length, ...rows.map((row) => String(row[i] ?? '').length)),
  );
  const cell = (value, i) =>
    align[i] === 'right' ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i]);
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The columns every timing table shares. */
export function timingRow(label, stats, extra = []) {
  return [label, ...extra, ms(stats.median), ms(stats.min), ms(stats.max), stats.n];
}

/** The header matching {@link timingRow}. */
export function timingHeader(label, extra = []) {
  return {
    header: [label, ...extra, 'median (ms)', 'min (ms)', 'max (ms)', 'n'],
    align: ['left', ...extra.map(() => 'left'), 'right', 'right', 'right', 'right'],
  };
}

/** What the numbers were measured on; pass the Chromium version when a browser was used. */
export function machine({ chromium } = {}) {
  const cpuList = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpuList[0]?.model?.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGB: Math.round(totalmem() / 1e9),
    // Other work on the machine skews timings: a 1-minute load above the core count is a warning.
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Writes bench/results/<name>.json: the machine, the date and the results. Returns the path. */
export async function writeResults(name, results, { chromium } = {}) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const body = { name, machine: machine({ chromium }), results };
  await writeFile(file, `${JSON.stringify(body, roundSamples, 2)}\n`);
  return file;
}

// Raw samples are kept: medians hide bimodal runs, and the file is for looking into them.
function roundSamples(key, value) {
  return key === 'samples' && Array.isArray(value) ? value.map((x) => Number(x.toFixed(3))) : value;
}

/** True when the module at `url` is the script Node was started with. */
export function isMain(url) {
  return process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === url;
}
