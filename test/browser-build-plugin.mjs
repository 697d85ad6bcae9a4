// web-test-runner plugin: serves the browser build (vite.browser.config.ts), built in memory the
// first time a test asks for it, at /__browser-build__/<file>. test/components/browser-build.test.ts
// loads it as a page without a bundler would, under a strict Content-Security-Policy.
import { build } from 'vite';
import { join } from 'node:path';

const PREFIX = '/__browser-build__/';

/**
 * The browser build's files (name -> code), in memory, and `manifest.json`: for each file, its
 * first line, what it imports (statically and dynamically, as written in the build's output) and
 * whether it calls `eval` or `new Function`. The test reads the manifest rather than the served
 * files, which the test runner's own plugins may rewrite on the way.
 */
async function buildInMemory(rootDir) {
  const results = await build({
    configFile: join(rootDir, 'vite.browser.config.ts'),
    root: rootDir,
    logLevel: 'warn',
    build: { write: false, sourcemap: false },
  });
  const files = new Map();
  const manifest = {};
  for (const result of Array.isArray(results) ? results : [results]) {
    for (const output of result.output) {
      if (output.type !== 'chunk') continue;
      files.set(output.fileName, output.code);
      manifest[output.fileName] = {
        firstLine: output.code.split('\n', 1)[0],
        imports: [...output.imports, ...output.dynamicImports],
        evaluates: /\beval\(|new Function\(/.test(output.code),
      };
    }
  }
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}

/**
 * @param {{ rootDir: string }} options the test runner's root directory (the repo root)
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function browserBuildPlugin({ rootDir }) {
  let files;
  return {
    name: 'practice-elements:browser-build',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= buildInMemory(rootDir);
      const code = (await files).get(context.path.slice(PREFIX.length));
      if (code === undefined) return { status: 404, body: 'not in the browser build' };
      return { body: code, type: context.path.endsWith('.json') ? 'json' : 'js' };
    },
  };
}
