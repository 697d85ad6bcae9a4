// The benchmark page of <practice-timeline>, from dist/ as a host application would bundle it.
import '../../dist/components/timeline/practice-timeline.js';
import { TODAY } from './journeys.mjs';
import { DAY, frames, model, record, stage, startPage, todayMs } from './page.mjs';

function ours() {
  let el;
  return {
    async render() {
      const start = performance.now();
      el = document.createElement('practice-timeline');
      el.model = model;
      el.record = record;
      el.today = TODAY;
      stage.append(el);
      await el.updateComplete;
      await frames(2);
      return performance.now() - start;
    },
    async zoomIn() {
      const mid = new Date(todayMs - 9 * 365 * DAY);
      const iso = (d) => d.toISOString().slice(0, 10);
      el.showRange(iso(new Date(mid - 15 * DAY)), iso(new Date(+mid + 15 * DAY)));
      await el.updateComplete;
      await frames(2);
    },
    async zoomOut() {
      const start = performance.now();
      el.fit();
      await el.updateComplete;
      await frames(2);
      return performance.now() - start;
    },
    async step(px) {
      el.panBy(px);
      await el.updateComplete;
      el.shadowRoot.querySelector('svg.canvas')?.getBoundingClientRect();
    },
  };
}

startPage('ours', ours());
