// The benchmark page of vis-timeline, from its standalone build (vis-data and its dependencies
// included), given the same events as items on the same 8 lanes.
import { DataSet, Timeline } from 'vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import { LANES } from './journeys.mjs';
import { DAY, WIDTH, frames, model, record, stage, startPage, todayMs } from './page.mjs';

/** What vis-timeline is given: the same events as items on the same 8 lanes. */
function visItems() {
  const types = new Map(model.eventTypes.map((t) => [t.id, t]));
  const dateOf = (d) => {
    const text = typeof d === 'string' ? d : d.date;
    return new Date(text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text);
  };
  return record.events.map((e) => {
    const type = types.get(e.type);
    const period = type?.kind === 'period';
    const item = {
      id: e.id,
      group: type?.lane ?? 'front-door',
      start: dateOf(e.date),
      content: e.title ?? (typeof type?.label === 'string' ? type.label : (type?.id ?? e.type)),
      type: period ? 'range' : 'point',
    };
    if (period) item.end = e.end ? dateOf(e.end) : new Date(todayMs + DAY);
    return item;
  });
}

function vis() {
  let timeline;
  return {
    async render() {
      const start = performance.now();
      const items = new DataSet(visItems());
      const groups = new DataSet(LANES.map(([id, content]) => ({ id, content })));
      timeline = new Timeline(stage, items, groups, { width: `${WIDTH}px`, height: '800px' });
      await frames(2);
      return performance.now() - start;
    },
    async zoomIn() {
      const mid = todayMs - 9 * 365 * DAY;
      timeline.setWindow(mid - 15 * DAY, mid + 15 * DAY, { animation: false });
      await frames(2);
    },
    async zoomOut() {
      const start = performance.now();
      timeline.fit({ animation: false });
      await frames(2);
      return performance.now() - start;
    },
    async step(px) {
      const w = timeline.getWindow();
      const shift = ((w.end - w.start) * px) / WIDTH;
      timeline.setWindow(+w.start + shift, +w.end + shift, { animation: false });
      // vis-timeline redraws at the next animation frame: draw now, so the step is measured.
      timeline._origRedraw();
      stage.getBoundingClientRect();
    },
  };
}

startPage('vis', vis());
