// web-test-runner plugin for test/stories/*.test.ts: lets the browser load the story files
// as Storybook's Vite build does, without Vite.
//
// - `virtual:stories` lists every `stories/**/*.stories.ts` (read from disk on each request, so a
//   new story file is picked up without editing anything), each with a lazy `import()`.
// - `storybook/test` is bundled once with esbuild: it pulls in @testing-library/dom and
//   aria-query, which are CommonJS and cannot be served to the browser module by module.
// - A `.css` file imported from a story module (`import './example-case-record.css'`) becomes a
//   module that adopts it as a constructed stylesheet, as Vite injects it into the page.
import { build } from 'esbuild';
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

const STORY_FILES = 'virtual:stories';
const STORY_FILES_URL = '/__stories__/story-files.js';
const STORYBOOK_TEST_URL = '/__stories__/storybook-test.js';
const CSS_MODULE = 'story-css-module';

/** The `stories/**\/*.stories.ts` files under `rootDir`, as URL paths, sorted. */
async function storyFiles(rootDir) {
  const entries = await readdir(join(rootDir, 'stories'), { recursive: true });
  return entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => entry.endsWith('.stories.ts'))
    .sort()
    .map((entry) => `/stories/${entry}`);
}

/** `storybook/test` and its CommonJS dependencies as one browser ES module. */
async function bundleStorybookTest(rootDir) {
  const result = await build({
    entryPoints: ['storybook/test'],
    absWorkingDir: rootDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * @param {{ rootDir: string }} options the test runner's root directory (the repo root)
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function storiesPlugin({ rootDir }) {
  let storybookTest;
  return {
    name: 'practice-elements:stories',

    resolveImport({ source, context }) {
      if (source === STORY_FILES) return STORY_FILES_URL;
      if (source === 'storybook/test') return STORYBOOK_TEST_URL;
      if (
        context.path.startsWith('/stories/') &&
        source.startsWith('.') &&
        source.endsWith('.css')
      ) {
        return `${source}?${CSS_MODULE}`;
      }
      return undefined;
    },

    async serve(context) {
      if (context.path === STORY_FILES_URL) {
        const files = await storyFiles(rootDir);
        const list = files
          .map(
            (path) =>
              `  { path: ${JSON.stringify(path.slice(1))}, load: () => import(${JSON.stringify(path)}) },`,
          )
          .join('\n');
        return { body: `export const storyFiles = [\n${list}\n];\n`, type: 'js' };
      }
      if (context.path === STORYBOOK_TEST_URL) {
        storybookTest ??= bundleStorybookTest(rootDir);
        return { body: await storybookTest, type: 'js' };
      }
      if (context.path.endsWith('.css') && context.URL.searchParams.has(CSS_MODULE)) {
        const file = normalize(join(rootDir, context.path));
        if (!file.startsWith(join(rootDir, 'stories') + sep)) return undefined;
        const css = await readFile(file, 'utf8');
        return {
          body: [
            'const sheet = new CSSStyleSheet();',
            `sheet.replaceSync(${JSON.stringify(css)});`,
            'document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];',
            'export default sheet;',
            '',
          ].join('\n'),
          type: 'js',
        };
      }
      return undefined;
    },
  };
}
