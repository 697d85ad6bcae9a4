// Runs axe-core over every story of a built Storybook, in headless Chromium, and fails on any
// violation. The same rules as the a11y addon in the Storybook UI (its "region" rule is off, its
// own chrome is excluded), so a story that is green here is green there.
//
//   npm run build-storybook && node scripts/check-stories-a11y.mjs            # storybook-static
//   node scripts/check-stories-a11y.mjs /tmp/sb-out                            # another build
//   node scripts/check-stories-a11y.mjs --url http://127.0.0.1:6006            # a running `npm start`
//   node scripts/check-stories-a11y.mjs /tmp/sb-out --only genogram            # story ids containing
//
// Also reports, per story, render errors, uncaught page errors and any request that leaves the
// Storybook origin (the components must make no network requests).
//
// `npm test` makes the same axe check of every story without a Storybook build
// (test/stories/story-tests.ts); this script checks the built showcase itself, inside Storybook's
// own preview, with the addon's verdict and the network guard. Keep the rules of the two in step.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const remoteUrl = option('--url');
const only = option('--only');
const staticDir = resolve(args[0] ?? 'storybook-static');

const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  console.error('check-stories-a11y: no Chromium found; set CHROME_PATH.');
  process.exit(2);
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A minimal static file server for a Storybook build, bound to 127.0.0.1 on a free port. */
async function serveStatic(root) {
  if (!existsSync(join(root, 'index.json'))) {
    console.error(`check-stories-a11y: ${root} is not a Storybook build (no index.json).`);
    console.error('Build one first: npx storybook build --quiet -o storybook-static');
    process.exit(2);
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, base: `http://127.0.0.1:${port}` };
}

/**
 * Before any page script runs: listen on Storybook's preview channel for the end of the story's
 * lifecycle (render, play function, then the a11y addon's own axe run in `afterEach`).
 */
function listenForStoryEnd() {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      value.on('storyFinished', (event) => {
        window.__checkStoryFinished = event;
      });
      value.on('playFunctionThrewException', (error) => {
        window.__checkPlayError = error?.message ?? String(error);
      });
    },
  });
}

/**
 * Waits until Storybook has finished the story (so the addon's axe run is over: two runs at once
 * fail) and every Lit element in it has updated. Returns the story's status and the a11y addon's
 * verdict.
 */
async function waitForStory(page) {
  await page.waitForFunction(() => window.__checkStoryFinished !== undefined, undefined, {
    timeout: 60_000,
  });
  await page.evaluate(async () => {
    // Settle nested Lit updates: a provider's update can schedule its children's.
    for (let round = 0; round < 5; round += 1) {
      const pending = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.updateComplete instanceof Promise) pending.push(element.updateComplete);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const results = await Promise.all(pending);
      if (results.every(Boolean)) break;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return page.evaluate(() => {
    const finished = window.__checkStoryFinished;
    const addon = finished.reporters?.find((report) => report.type === 'a11y');
    return {
      status: finished.status,
      addonStatus: addon?.status,
      playError: window.__checkPlayError,
      renderError: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '').trim()
        : undefined,
    };
  });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const local = remoteUrl ? undefined : await serveStatic(staticDir);
const base = (remoteUrl ?? local.base).replace(/\/$/, '');

const index = await (await fetch(`${base}/index.json`)).json();
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !only || entry.id.includes(only));

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--headless',
  ],
});

let failures = 0;
const origin = new URL(base).origin;
for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`network request outside Storybook: ${url}`);
    }
  });
  try {
    await page.addInitScript(listenForStoryEnd);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    const finished = await waitForStory(page);
    if (finished.renderError !== undefined) {
      problems.push(`story failed to render: ${finished.renderError}`);
    }
    if (finished.playError) problems.push(`play function failed: ${finished.playError}`);
    if (finished.status !== 'success') problems.push(`story finished with "${finished.status}"`);
    if (finished.addonStatus !== undefined && finished.addonStatus !== 'passed') {
      problems.push(`a11y addon reported: ${finished.addonStatus}`);
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = /** @type {any} */ (window).axe;
      axe.reset();
      axe.configure({ rules: [{ id: 'region', enabled: false }] });
      return axe.run(
        {
          include: [document.body],
          exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
        },
        { resultTypes: ['violations'] },
      );
    });
    for (const violation of result.violations) {
      const targets = violation.nodes.map((node) => node.target.join(' >>> ')).slice(0, 5);
      problems.push(
        `axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length} node(s): ${targets.join(', ')}`,
      );
    }
    const passes = result.passes.length;
    if (problems.length === 0) {
      console.log(
        `ok    ${story.id} (${story.title} / ${story.name}): ${passes} axe rules passed, addon ${finished.addonStatus ?? 'did not run'}`,
      );
    }
  } catch (error) {
    problems.push(`could not check: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) {
    failures += 1;
    console.log(`FAIL  ${story.id} (${story.title} / ${story.name})`);
    for (const problem of problems) console.log(`      ${problem}`);
  }
  await page.close();
}

await browser.close();
local?.server.close();
console.log(`\nStories: ${stories.length - failures} passed, ${failures} failed (axe-core).`);
process.exit(failures > 0 ? 1 : 0);
