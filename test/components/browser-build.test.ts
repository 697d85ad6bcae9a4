/**
 * The browser build (`dist/browser/`, vite.browser.config.ts), loaded as a page without a bundler
 * loads it: `<script type="module" src>` under a strict Content-Security-Policy, no import map.
 * The test runner serves it at /__browser-build__/, built in memory (test/browser-build-plugin.mjs).
 *
 * As in csp.test.ts, the policy's `<meta>` goes into the head before any of the build is loaded.
 */
import { expect } from '@open-wc/testing';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const BUILD = '/__browser-build__/';
const ENTRIES = [
  'index.js',
  'define.js',
  'practice-case.js',
  'practice-assessment.js',
  'practice-genogram.js',
  'practice-timeline.js',
];

const violations: SecurityPolicyViolationEvent[] = [];

interface Built {
  readonly firstLine: string;
  /** Files it imports, statically or not, as the build wrote them (relative to the build). */
  readonly imports: readonly string[];
  readonly evaluates: boolean;
}

describe('the browser build', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'none'";
    document.head.prepend(meta);
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event), true);
  });

  it('is self-contained, with the compile hint on the first line of every file', async () => {
    const manifest = (await (await fetch(`${BUILD}manifest.json`)).json()) as Record<string, Built>;
    for (const entry of ENTRIES) expect(manifest, entry).to.have.property(entry);
    const names = Object.keys(manifest);
    expect(names.length).to.be.greaterThan(ENTRIES.length);
    for (const [name, file] of Object.entries(manifest)) {
      expect(file.firstLine, name).to.equal('//# allFunctionsCalledOnLoad');
      expect(file.evaluates, name).to.equal(false);
      // Every import is a file of the build: no bare specifier left for an import map.
      for (const imported of file.imports) expect(names, `${name} imports`).to.include(imported);
    }
  });

  it('draws a timeline under a strict policy, and exports the API', async function () {
    this.timeout(60_000);
    await import(/* @vite-ignore */ `${BUILD}practice-timeline.js`);
    const api = (await import(/* @vite-ignore */ `${BUILD}index.js`)) as Record<string, unknown>;
    expect(typeof api.definePracticeModel).to.equal('function');
    expect(typeof api.readCaseRecord).to.equal('function');
    const timeline = document.createElement('practice-timeline') as PracticeTimeline;
    // The build's own class, not this page's copy of the source.
    expect(customElements.get('practice-timeline')).to.equal(api.PracticeTimeline);
    timeline.model = sampleModel;
    timeline.record = sampleCase;
    timeline.today = SAMPLE_TODAY;
    document.body.append(timeline);
    await timeline.updateComplete;
    const root = timeline.shadowRoot as ShadowRoot;
    expect(root.querySelector('svg.canvas'), 'the drawing').to.not.equal(null);
    expect(root.querySelectorAll('[data-key]').length).to.be.greaterThan(10);
    expect(root.querySelector('[style]')).to.equal(null);
    expect(violations.map((v) => v.violatedDirective)).to.deep.equal([]);
    timeline.remove();
  });
});
