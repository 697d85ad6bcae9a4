// What a host page downloads: each element's registration module bundled with everything it
// imports (lit, @lit/context, zod, our model), minified, then gzip (level 9) and brotli (11).
// Checks the size budgets and shows where the bytes go, from esbuild's metafile.
//
//   node bench/bundle-size.mjs        (after `npm run build`)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { ROOT, bundleSplit, isMain, kb, markdownTable, writeResults } from './harness.mjs';

/** Budgets in bytes of gzip (1 KB = 1,000 bytes). */
export const BUDGETS = {
  /** Every element together (`practice-elements/define`). */
  all: 60_000,
  /** One element, alone or with the `<practice-case>` provider it usually sits in. */
  element: 35_000,
};

const PROVIDER = { name: 'case', file: 'dist/components/case/practice-case.js' };
const ELEMENTS = [
  { name: 'assessment', file: 'dist/components/assessment/practice-assessment.js' },
  { name: 'genogram', file: 'dist/components/genogram/practice-genogram.js' },
  { name: 'timeline', file: 'dist/components/timeline/practice-timeline.js' },
];
const DEFINE = 'dist/define.js';
const ALL_FILES = [PROVIDER.file, ...ELEMENTS.map((e) => e.file)];

/** The bundles measured: label, files imported, budget. */
function targets() {
  return [
    { label: `${PROVIDER.name} (provider)`, files: [PROVIDER.file], budget: BUDGETS.element },
    ...ELEMENTS.map((e) => ({ label: e.name, files: [e.file], budget: BUDGETS.element })),
    ...ELEMENTS.map((e) => ({
      label: `${e.name} + case`,
      files: [e.file, PROVIDER.file],
      // The brief budgets each element alone; with the provider is shown for information.
      budget: undefined,
    })),
    { label: 'all four elements', files: ALL_FILES, budget: BUDGETS.all },
    // What `import 'practice-elements/define'` loads: must be the same as the row above.
    { label: 'define.js', files: [DEFINE], budget: BUDGETS.all, registersAll: true },
  ];
}

/** Names the package or part of our code an esbuild input belongs to. */
export function contributor(input) {
  const path = input.replaceAll('\\', '/');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return pkg[1];
  // Our code: by top folder of dist/.
  const ours = /(?:^|\/)dist\/(.+)$/.exec(path);
  if (ours) {
    const parts = ours[1].split('/');
    if (parts.length === 1) return 'practice-elements (entry files)';
    // Components and the model are broken down one level further: that is where bytes vary.
    const split = (parts[0] === 'components' || parts[0] === 'model') && parts.length > 2;
    return `practice-elements/${parts.slice(0, split ? 2 : 1).join('/')}`;
  }
  return path === '<stdin>' || path.endsWith('bench-entry.js') ? '(bench entry)' : path;
}

const ratios = new Map();

/** How well one input file compresses on its own once minified (gzip bytes / minified bytes). */
async function compressionRatio(input) {
  if (!ratios.has(input)) {
    ratios.set(
      input,
      (async () => {
        const source = await readFile(join(ROOT, input), 'utf8').catch(() => undefined);
        if (source === undefined) return 1;
        const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
        if (code.length === 0) return 1;
        return Math.min(1, gzipSync(code, { level: 9 }).length / code.length);
      })(),
    );
  }
  return ratios.get(input);
}

async function measureBundle(target) {
  const contents = target.files.map((file) => `import ${JSON.stringify(`./${file}`)};`).join('\n');
  // What the page loads at once: the entry chunk and its static imports. Chunks loaded only on
  // use (the Welsh messages) are reported apart, as a host that never uses them never loads them.
  const { initial, lazy } = await bundleSplit({ contents });
  const sizes = (chunks) => {
    let minified = 0;
    let gz = 0;
    let br = 0;
    for (const { code } of chunks) {
      const bytes = Buffer.from(code);
      minified += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
      br += brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length;
    }
    return { minified, gzip: gz, brotli: br };
  };
  const { minified, gzip, brotli } = sizes(initial);
  const onDemand = sizes(lazy);
  const bytes = { length: minified };
  const contributors = {};
  const weighted = {};
  for (const chunk of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(chunk.inputs)) {
      const name = contributor(input);
      contributors[name] = (contributors[name] ?? 0) + bytesInOutput;
      weighted[name] = (weighted[name] ?? 0) + bytesInOutput * (await compressionRatio(input));
    }
  }
  // gzip has no per-module sizes: estimate each contributor's share from its own compression
  // ratio (data tables shrink far more than code), scaled so the shares add up to the real total.
  const weightedTotal = Object.values(weighted).reduce((sum, x) => sum + x, 0);
  const contributorsGzip = Object.fromEntries(
    Object.entries(weighted).map(([name, w]) => [name, (w / weightedTotal) * gzip]),
  );
  // define.js must pull in every element; a build that drops its imports ships an empty file.
  const missing = target.registersAll
    ? [PROVIDER, ...ELEMENTS]
        .map((e) => e.name)
        .filter((name) => !contributors[`practice-elements/components/${name}`])
    : [];
  return {
    label: target.label,
    files: target.files,
    minified: bytes.length,
    gzip,
    brotli,
    onDemandGzip: onDemand.gzip,
    budget: target.budget,
    missing,
    pass: (target.budget === undefined || gzip <= target.budget) && missing.length === 0,
    contributors,
    contributorsGzip,
  };
}

function verdict(b) {
  if (b.missing.length === ELEMENTS.length + 1) return 'FAIL: registers no element';
  if (b.missing.length) return `FAIL: leaves out ${b.missing.join(', ')}`;
  if (b.budget === undefined) return '(information)';
  return b.pass ? 'PASS' : 'FAIL';
}

/** Runs the bundle-size benchmark; returns results, markdown tables and whether budgets hold. */
export async function run() {
  const missing = targets()
    .flatMap((t) => t.files)
    .filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length) {
    throw new Error(`missing ${[...new Set(missing)].join(', ')}: run \`npm run build\` first.`);
  }

  const bundles = [];
  for (const target of targets()) bundles.push(await measureBundle(target));

  const sizes = markdownTable(
    ['bundle', 'minified', 'gzip -9', 'brotli -11', 'budget (gzip)', 'result', 'on use (gzip)'],
    bundles.map((b) => [
      b.label,
      kb(b.minified),
      kb(b.gzip),
      kb(b.brotli),
      b.budget === undefined ? '-' : `<= ${kb(b.budget)}`,
      verdict(b),
      b.onDemandGzip ? `+${kb(b.onDemandGzip)} Welsh` : '-',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'left', 'right'],
  );

  // Where the bytes go, per package and part of our code: estimated gzip bytes in each single
  // element and in all four, plus minified bytes for all four.
  const shown = bundles.filter((b) => b.files.length === 1 && b.files[0] !== DEFINE);
  const all = bundles.find((b) => b.label === 'all four elements');
  shown.push(all);
  const names = [...new Set(shown.flatMap((b) => Object.keys(b.contributors)))]
    .filter((name) => name !== '(bench entry)' && shown.some((b) => b.contributors[name] > 0))
    .sort((a, b) => (all.contributorsGzip[b] ?? 0) - (all.contributorsGzip[a] ?? 0));
  const contributors = markdownTable(
    [
      'contributor',
      ...shown.map((b) => b.label.replace(' (provider)', '')),
      'all four, minified',
      'share (gzip)',
    ],
    names.map((name) => [
      name,
      ...shown.map((b) => (b.contributors[name] ? kb(b.contributorsGzip[name]) : '-')),
      kb(all.contributors[name] ?? 0),
      `${(((all.contributorsGzip[name] ?? 0) / all.gzip) * 100).toFixed(1)}%`,
    ]),
    ['left', ...shown.map(() => 'right'), 'right', 'right'],
  );

  return {
    name: 'bundle-size',
    results: { budgets: BUDGETS, bundles },
    tables: [
      { title: 'Bundle size (what a host page loads; 1 KB = 1,000 bytes)', markdown: sizes },
      {
        title:
          'Top contributors: estimated gzip per bundle (from the esbuild metafile, each module ' +
          'weighted by its own compression ratio), and minified bytes in all four',
        markdown: contributors,
      },
    ],
    ok: bundles.every((b) => b.pass),
  };
}

if (isMain(import.meta.url)) {
  const outcome = await run();
  for (const table of outcome.tables) console.log(`\n### ${table.title}\n\n${table.markdown}`);
  const file = await writeResults(outcome.name, outcome.results);
  console.log(`\nResults: ${file}`);
  if (!outcome.ok) process.exitCode = 1;
}
