// Browser tests: every test runs in headless Chromium (Debian's package, or CHROME_PATH).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { storiesPlugin } from './test/stories/wtr-plugin.mjs';
import { browserBuildPlugin } from './test/browser-build-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

/** Counts every test of every session and prints the closing "N passed, M failed" line. */
function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it as a failure, never as silence.
        else if (!session.passed) failed += 1;
      }
      process.on('exit', () => {
        console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
      });
    },
  };
}

/**
 * `emulateMedia({ forcedColors })` of @web/test-runner-commands is dropped for puppeteer, so tests
 * call `executeServerCommand('emulate-forced-colors', { forcedColors: 'active' | 'none' })`.
 */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: payload?.forcedColors ?? 'none' },
      ]);
      return true;
    },
  };
}

export default {
  // The story checks first: they are the longest files, and the rest fill the other page meanwhile.
  files: ['test/stories/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  rootDir,
  concurrency: 2,
  // Lit's dev-mode notice repeats for every file and hides real browser output.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    // test/stories/*.test.ts: the story files, `storybook/test` and the CSS the stories import.
    storiesPlugin({ rootDir }),
    // /__browser-build__/: the browser build (dist/browser), built in memory for its test.
    browserBuildPlugin({ rootDir }),
    forcedColorsPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Each test file in a browser context (so a window) of its own: with two files at once, the
      // page in a background tab gets no animation frames or resize observations and stalls.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), closingLineReporter()],
};
