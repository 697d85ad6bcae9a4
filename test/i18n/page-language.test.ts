import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeCase } from '../../src/components/case/case.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { inheritedLanguage, loadMessages, pageLocale } from '../../src/i18n/index.js';
import { model, record, settled, TODAY, within } from '../components/fixtures.js';

await loadMessages('cy');

const caption = (el: Element) => within(el, 'caption')[0]?.textContent?.trim();
const rootLang = (el: Element) => within(el, '.root')[0]?.getAttribute('lang');

/** A host element whose shadow root holds `inner`, so the walk must cross it. */
function inShadow(inner: Element): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(inner);
  return host;
}

describe('the page’s language', () => {
  describe('inheritedLanguage and pageLocale', () => {
    it('read the nearest lang: the element’s own, then its ancestors’', async () => {
      const outer = await fixture<HTMLElement>(
        html`<div lang="cy">
          <p><span id="child"></span></p>
          <i lang="en-GB"></i>
        </div>`,
      );
      const child = outer.querySelector('#child') as Element;
      expect(inheritedLanguage(child)).to.equal('cy');
      expect(inheritedLanguage(outer.querySelector('i') as Element)).to.equal('en-GB');
    });

    it('cross shadow roots to the host and beyond', async () => {
      const inner = document.createElement('span');
      const host = inShadow(inner);
      const outer = await fixture<HTMLElement>(html`<section lang="cy-GB"></section>`);
      outer.append(inShadow(host));
      expect(inheritedLanguage(inner)).to.equal('cy-GB');
      expect(pageLocale(inner)).to.equal('cy');
    });

    it('map Welsh to cy and English, any other language and none to en-GB', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="fr"><b></b></div>`);
      const b = el.querySelector('b') as Element;
      expect(pageLocale(b)).to.equal('en-GB');
      for (const [lang, locale] of [
        ['cy', 'cy'],
        ['CY-gb', 'cy'],
        ['en', 'en-GB'],
        ['en-US', 'en-GB'],
        ['', 'en-GB'],
      ]) {
        el.setAttribute('lang', lang as string);
        expect(pageLocale(b), lang).to.equal(locale);
      }
      const detached = document.createElement('span');
      expect(inheritedLanguage(detached)).to.equal(undefined);
      expect(pageLocale(detached)).to.equal('en-GB');
    });
  });

  describe('elements without a locale', () => {
    it('speak Welsh on a Welsh page (<html lang="cy">)', async () => {
      const page = document.documentElement;
      const before = page.getAttribute('lang');
      page.setAttribute('lang', 'cy');
      try {
        const el = await fixture<PracticeTimeline>(
          html`<practice-timeline
            today=${TODAY}
            .model=${model}
            .record=${record}
          ></practice-timeline>`,
        );
        await settled(el);
        expect(rootLang(el)).to.equal('cy');
        expect(caption(el)).to.equal('Cronoleg');
      } finally {
        if (before === null) page.removeAttribute('lang');
        else page.setAttribute('lang', before);
      }
    });

    it('follow the nearest lang, also from inside another component’s shadow root', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="cy"></div>`);
      const timeline = document.createElement('practice-timeline') as PracticeTimeline;
      Object.assign(timeline, { today: TODAY, model, record });
      wrapper.append(inShadow(timeline));
      await settled(timeline);
      expect(rootLang(timeline)).to.equal('cy');
      expect(caption(timeline)).to.equal('Cronoleg');
    });

    it('use UK English for a page in a language without messages', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr">
          <practice-timeline today=${TODAY} .model=${model} .record=${record}></practice-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('practice-timeline') as PracticeTimeline;
      await settled(el);
      expect(rootLang(el)).to.equal('en-GB');
      expect(caption(el)).to.equal('Chronology');
    });

    it('give <practice-case> and every view inside it the page’s language', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="cy">
          <practice-case today=${TODAY} .model=${model} .record=${record}>
            <practice-timeline></practice-timeline>
          </practice-case>
        </div>`,
      );
      const el = wrapper.querySelector('practice-case') as PracticeCase;
      const timeline = wrapper.querySelector('practice-timeline') as PracticeTimeline;
      await settled(el, timeline);
      expect(el.locale).to.equal('cy');
      expect(caption(timeline)).to.equal('Cronoleg');
    });
  });

  describe('an explicit locale', () => {
    it('wins over the page’s language on a view', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="cy">
          <practice-timeline
            locale="en-GB"
            today=${TODAY}
            .model=${model}
            .record=${record}
          ></practice-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('practice-timeline') as PracticeTimeline;
      await settled(el);
      expect(rootLang(el)).to.equal('en-GB');
      expect(caption(el)).to.equal('Chronology');
    });

    it('wins on <practice-case>, and comes back to the page’s language when removed', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="cy">
          <practice-case locale="en-GB" today=${TODAY} .model=${model} .record=${record}>
            <practice-timeline></practice-timeline>
          </practice-case>
        </div>`,
      );
      const el = wrapper.querySelector('practice-case') as PracticeCase;
      const timeline = wrapper.querySelector('practice-timeline') as PracticeTimeline;
      await settled(el, timeline);
      expect(el.locale).to.equal('en-GB');
      expect(caption(timeline)).to.equal('Chronology');
      el.removeAttribute('locale');
      await settled(el, timeline);
      expect(el.locale).to.equal('cy');
      expect(caption(timeline)).to.equal('Cronoleg');
    });

    it('of a provider wins over the page around a view inside it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<practice-case locale="cy" today=${TODAY} .model=${model} .record=${record}>
          <div lang="en"><practice-timeline></practice-timeline></div>
        </practice-case>`,
      );
      const timeline = wrapper.querySelector('practice-timeline') as PracticeTimeline;
      await settled(wrapper as PracticeCase, timeline);
      expect(caption(timeline)).to.equal('Cronoleg');
    });
  });
});
