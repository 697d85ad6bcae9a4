import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { isLocaleReady, loadMessages } from '../../src/i18n/resolve.js';
import { cy } from '../../src/i18n/cy.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

// This file must not preload Welsh: it checks that an element loads it on first use.
describe('messages for other locales load on first use', () => {
  it('does not load Welsh for an English page', () => {
    expect(isLocaleReady('en-GB')).to.equal(true);
    expect(isLocaleReady('cy')).to.equal(false);
  });

  it('renders nothing in English under lang="cy", then Welsh once loaded', async () => {
    const el = await fixture<PracticeTimeline>(
      html`<practice-timeline
        locale="cy"
        today=${SAMPLE_TODAY}
        .model=${sampleModel}
        .record=${sampleCase}
      ></practice-timeline>`,
    );
    const root = () => el.shadowRoot?.querySelector('.root');
    if (!isLocaleReady('cy')) expect(root()?.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => isLocaleReady('cy') && root()?.getAttribute('aria-busy') === null);
    await el.updateComplete;
    expect(root()?.getAttribute('lang')).to.equal('cy');
    const welsh = Object.values(cy).filter((m): m is string => typeof m === 'string');
    const text = el.shadowRoot?.textContent ?? '';
    expect(welsh.some((m) => !m.includes('{') && m.length > 6 && text.includes(m))).to.equal(true);
  });

  it('shares one load between callers', async () => {
    const [a, b] = await Promise.all([loadMessages('cy'), loadMessages('cy-GB')]);
    expect(a).to.equal(b);
    expect(a).to.equal(cy);
  });
});
