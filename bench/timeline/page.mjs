// What both benchmark pages share (`?size=N`): the journey, generated before `benchReady` (not
// timed), and `globalThis.bench`: render, zoomIn (setup), zoomOut, pan, nodes. Each library's
// page (ours.mjs, vis.mjs) gives the subject: how to render, zoom and take one pan step.
import { TODAY, journey, benchModel } from './journeys.mjs';

export const size = Number(new URLSearchParams(location.search).get('size'));
export const stage = document.querySelector('.stage');
export const record = journey(size);
export const model = benchModel();
export const WIDTH = stage.clientWidth;
export const DAY = 86_400_000;
export const todayMs = Date.parse(`${TODAY}T00:00:00Z`);

/** Resolves after `n` animation frames: the frame after the drawing was painted. */
export const frames = (n = 2) =>
  new Promise((resolve) => {
    let k = 0;
    const next = (ts) => (++k >= n ? resolve(ts) : requestAnimationFrame(next));
    requestAnimationFrame(next);
  });

/** Elements in the page, shadow roots included. */
function nodes() {
  let count = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      count += 1;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return count;
}

/** Starts the page for one library. */
export function startPage(lib, subject) {
  globalThis.bench = {
    info: () => ({ lib, size, events: record.events.length, width: WIDTH }),
    render: () => subject.render(),
    zoomIn: () => subject.zoomIn(),
    zoomOut: () => subject.zoomOut(),
    /** `steps` pan steps of `px`, one per frame: each step's work (script, style, layout) and the frame interval. */
    async pan(steps, px) {
      const work = [];
      const intervals = [];
      let last = await frames(1);
      for (let i = 0; i < steps; i++) {
        const start = performance.now();
        await subject.step(px);
        work.push(performance.now() - start);
        const ts = await frames(1);
        intervals.push(ts - last);
        last = ts;
      }
      return { work, intervals };
    },
    nodes,
  };
  globalThis.benchReady = true;
}
