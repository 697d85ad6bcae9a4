/**
 * The elements under a strict Content-Security-Policy: no eval or `new Function` (zod runs
 * jitless), no inline `style` attributes, no inline scripts, no images (hostile `<img>` strings
 * must stay text).
 *
 * How: the test runner's page has no policy, and each test file runs in its own page. This file
 * adds a CSP `<meta>` to the page's head before it imports any of our code (`await import(...)`),
 * checks the policy is really enforced (`new Function` must throw and report a violation), then
 * renders every element with the sample data and hostile strings and asserts that no
 * `securitypolicyviolation` event fired and no element, in any shadow root, has a `style`
 * attribute. Only `@open-wc/testing` (and Lit with it) is loaded before the policy.
 */
import { expect, html } from '@open-wc/testing';
import { render, type LitElement } from 'lit';
import { deepElements } from './fixtures.js';

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'none'",
  "connect-src 'self' ws: wss:",
].join('; ');

const violations: SecurityPolicyViolationEvent[] = [];

function enforcePolicy(): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = POLICY;
  document.head.prepend(meta);
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event), true);
}

async function allUpdated(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...deepElements(root)] as Partial<LitElement>[];
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

describe('strict Content-Security-Policy', () => {
  before(() => enforcePolicy());

  it('is really enforced on this page', async () => {
    expect(() => new Function('return 1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(violations.some((v) => v.violatedDirective.startsWith('script-src'))).to.equal(true);
    violations.length = 0;
  });

  it('renders every element without a violation or an inline style', async function () {
    // Renders the sample case five times over: slow on a busy machine, not a timing assertion.
    this.timeout(60_000);
    await import('../../src/define.js');
    const { sampleModel, sampleCase, SAMPLE_TODAY, hostileStrings } =
      await import('../../src/samples/index.js');
    const hostileRecord = {
      ...sampleCase,
      events: [
        ...(sampleCase.events ?? []),
        ...hostileStrings
          .filter((s) => s.length <= 1000)
          .map((title, i) => ({
            id: `hostile-${i}`,
            type: sampleCase.events![0]!.type,
            date: '2024-01-01',
            title,
          })),
      ],
    };
    // Lit's render into a plain container: `fixture` would wait for an animation frame, which a
    // page in a background tab (the runner runs files side by side) may never get.
    const el = document.createElement('div');
    document.body.append(el);
    render(
      html`
        <practice-case .model=${sampleModel} .record=${hostileRecord} today=${SAMPLE_TODAY}>
          <practice-genogram></practice-genogram>
          <practice-timeline></practice-timeline>
          <practice-assessment></practice-assessment>
        </practice-case>
        <practice-case
          .model=${sampleModel}
          .record=${sampleCase}
          today=${SAMPLE_TODAY}
          audience="family"
          locale="cy"
        >
          <practice-genogram></practice-genogram>
          <practice-timeline significant-only></practice-timeline>
          <practice-assessment></practice-assessment>
        </practice-case>
        <practice-case .model=${{ nonsense: true }} .record=${42}>
          <practice-timeline></practice-timeline>
        </practice-case>
        <practice-timeline .model=${sampleModel} .record=${sampleCase}></practice-timeline>
        <practice-genogram .model=${'nonsense'} .record=${sampleCase}></practice-genogram>
      `,
      el,
    );
    await allUpdated(el);
    // Interact too: selecting re-renders every view.
    const genogram = el.querySelector('practice-genogram')!;
    genogram.shadowRoot!.querySelector<HTMLButtonElement>('button[part="person-button"]')!.click();
    await allUpdated(el);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(violations.map((v) => `${v.violatedDirective}: ${v.sourceFile}`)).to.deep.equal([]);
    const styled = deepElements(el).filter((e) => e.hasAttribute('style'));
    expect(styled.map((e) => e.localName)).to.deep.equal([]);
    const tags = new Set(deepElements(el).map((e) => e.localName));
    expect(tags.has('img') || tags.has('script')).to.equal(false);
    expect(genogram.shadowRoot!.textContent).to.contain('Family members and relationships');
    el.remove();
  });
});
