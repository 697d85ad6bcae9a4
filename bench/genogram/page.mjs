// The genogram benchmark page: <practice-genogram> (from dist/), family-chart and topola, side by
// side in one page, on the same seeded families. Each operation times itself inside the page
// (performance.now()), from the moment the data is handed over to the frame after it is painted.
import '../../dist/components/genogram/practice-genogram.js';
import { SAMPLE_TODAY, generateCase, sampleModel } from '../../dist/samples/index.js';
import { createChart as createFamilyChart } from 'family-chart';
import { RelativesChart, SimpleRenderer, createChart as createTopola } from 'topola';
import { familiesOf, subRecord, toFamilyChart, toTopola } from './convert.mjs';

/** The families measured: same seed, same people, for every library. */
export const SIZES = [50, 500, 2000];
export const SEED = 4;
export const LIBRARIES = ['practice-elements', 'family-chart', 'topola'];

const families = new Map(
  SIZES.map((n) => {
    const record = generateCase({ seed: SEED, persons: n, events: 0 });
    const index = record.index ?? record.subjects[0];
    // One chart per separate family for the peers, started from the index child in theirs.
    const charts = familiesOf(record, sampleModel).map((ids) => {
      const part = subRecord(record, ids);
      return {
        start: ids.includes(index) ? index : ids[0],
        familyChart: toFamilyChart(part, sampleModel),
        topola: toTopola(part, sampleModel),
      };
    });
    return [n, { record, charts, start: index ?? record.persons[0].id }];
  }),
);

/** Resolves after the next frame has been painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let stage;

/** A fresh, sized container (the previous one is removed first, untimed). */
function freshStage() {
  stage?.remove();
  stage = document.createElement('div');
  stage.className = 'stage';
  document.body.append(stage);
  return stage;
}

/** Draws one family with one library; returns what the page needs to measure it further. */
async function draw(library, n) {
  const family = families.get(n);
  const cont = freshStage();
  // Every library gets its own copy of the data, converted beforehand: conversion is not timed,
  // and our element cannot reuse a validation it cached for the same object.
  const data =
    library === 'practice-elements'
      ? structuredClone(family.record)
      : family.charts.map((chart) => ({
          start: chart.start,
          data: structuredClone(library === 'family-chart' ? chart.familyChart : chart.topola),
        }));
  const start = performance.now();
  let handle;
  if (library === 'practice-elements') {
    const el = document.createElement('practice-genogram');
    el.model = sampleModel;
    el.record = data;
    el.today = SAMPLE_TODAY;
    el.editable = true;
    // Lit renders in a microtask; `painted()` below waits for the frame that shows the drawing.
    // (The text view follows a frame later; `updateComplete` would wait for it too.)
    cont.append(el);
    handle = el;
  } else if (library === 'family-chart') {
    handle = data.map(({ start: main, data: datums }) => {
      const box = document.createElement('div');
      box.className = 'chart';
      cont.append(box);
      const chart = createFamilyChart(box, datums).setTransitionTime(0);
      chart.setCardSvg();
      chart.updateMainId(main);
      chart.updateTree({ initial: true, tree_position: 'fit', transition_time: 0 });
      return { chart, data: datums, start: main };
    });
  } else {
    handle = data.map(({ start: main, data: json }, i) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.id = `topola-svg-${i}`;
      cont.append(svg);
      const chart = createTopola({
        json,
        chartType: RelativesChart,
        renderer: SimpleRenderer,
        svgSelector: `#topola-svg-${i}`,
        animate: false,
        updateSvgSize: true,
      });
      chart.render({ startIndi: main });
      return { chart, data: json, start: main, svg };
    });
  }
  await painted();
  return { ms: performance.now() - start, handle };
}

/** The SVG root(s) a library drew into. */
function svgsOf(library) {
  if (library === 'practice-elements') {
    return [stage.querySelector('practice-genogram').shadowRoot.querySelector('svg.diagram')];
  }
  return [...stage.querySelectorAll('svg')];
}

/** Counts SVG elements and the people drawn (person symbols or cards). */
function count(library, n) {
  const svgs = svgsOf(library);
  const elements = svgs.reduce((sum, svg) => sum + svg.querySelectorAll('*').length, 0);
  const selector =
    library === 'practice-elements' ? '.node' : library === 'family-chart' ? '.card_cont' : '.node';
  const drawn = svgs.reduce((sum, svg) => sum + svg.querySelectorAll(selector).length, 0);
  return {
    persons: n,
    drawn,
    elements,
    perPerson: elements / n,
    perDrawn: drawn ? elements / drawn : 0,
  };
}

/** One zoom or pan step per frame for `frames` frames; returns the frame intervals (ms). */
async function panZoomFrames(library, frames) {
  const el = library === 'practice-elements' ? stage.querySelector('practice-genogram') : null;
  // The peers zoom by a transform on their top group (what d3-zoom does); we by the viewBox.
  const views = el
    ? []
    : svgsOf(library).flatMap((svg) => {
        const view = svg.querySelector('g.view') ?? svg.querySelector('g');
        return view ? [view] : [];
      });
  const steps = [];
  let k = 1;
  // Ours: the user's own gestures, dispatched on the drawing: Ctrl+wheel zooms for 20 frames,
  // then a drag pans for 20 frames (each gesture is drawn afresh when it ends).
  const svg = el?.shadowRoot.querySelector('svg.diagram');
  const rect = svg?.getBoundingClientRect();
  const at = rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  const pointer = (type, x, y) =>
    svg.dispatchEvent(
      new PointerEvent(type, { bubbles: true, pointerId: 7, button: 0, clientX: x, clientY: y }),
    );
  const step = (i) => {
    if (el) {
      const phase = Math.floor(i / 20) % 2;
      const j = i % 20;
      if (phase === 0) {
        svg.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            ctrlKey: true,
            deltaY: j < 10 ? -40 : 40,
            clientX: at.x,
            clientY: at.y,
          }),
        );
      } else if (j === 0) {
        pointer('pointerdown', at.x, at.y);
      } else if (j === 19) {
        pointer('pointerup', at.x + j * 8, at.y);
      } else {
        pointer('pointermove', at.x + j * 8, at.y + (j % 3));
      }
    } else {
      k = i % 2 ? 1.25 : 1;
      for (const view of views) {
        view.setAttribute('transform', `translate(${(i % 7) * 20} ${(i % 5) * 15}) scale(${k})`);
      }
    }
  };
  await new Promise((resolve) => {
    let last;
    let i = 0;
    const tick = (now) => {
      if (last !== undefined) steps.push(now - last);
      last = now;
      if (i === frames) return resolve();
      step(i++);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return steps;
}

/** Adds one child to a couple in the middle of the family and waits for it to be painted. */
async function addChild(library, handle, n) {
  const family = families.get(n);
  if (library === 'practice-elements') {
    const el = handle;
    const root = el.shadowRoot;
    const couple = root.querySelector('svg.diagram .couple');
    const parentKey = couple ? couple.getAttribute('data-key') : null;
    const relationship = el.record.relationships.find((r) => `c:${r.id}` === parentKey);
    const node = root.querySelector(`[data-key="p:${relationship?.from ?? family.start}"]`);
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
    await el.updateComplete;
    [...root.querySelectorAll('dialog button')]
      .find((b) => b.textContent.trim() === 'Add a child')
      .click();
    await el.updateComplete;
    root.querySelector('dialog [name="given"]').value = 'New';
    const start = performance.now();
    root.querySelector('dialog form').requestSubmit();
    await painted();
    const ms = performance.now() - start;
    el.undo();
    await el.updateComplete;
    await painted();
    return ms;
  }
  // The peers: a child for the first couple of the largest family, then that chart redrawn.
  const { chart, data, start: main } = handle[0];
  const id = `new-${performance.now()}`;
  const start = performance.now();
  if (library === 'family-chart') {
    const parent = data.find((d) => d.rels.spouses.length) ?? data[0];
    const parents = [parent.id, ...parent.rels.spouses.slice(0, 1)];
    data.push({
      id,
      data: { gender: 'F', 'first name': 'New', 'last name': '' },
      rels: { parents, spouses: [], children: [] },
    });
    for (const p of parents) data.find((d) => d.id === p)?.rels.children.push(id);
    chart.updateData(data);
    chart.updateTree({ tree_position: 'inherit', transition_time: 0 });
  } else {
    const fam = data.fams[0];
    fam.children.push(id);
    data.indis.push({ id, firstName: 'New', famc: fam.id, fams: [] });
    chart.setData(data);
    chart.render({ startIndi: main });
  }
  await painted();
  return performance.now() - start;
}

globalThis.genogramBench = {
  sizes: SIZES,
  libraries: LIBRARIES,
  info: Object.fromEntries(
    SIZES.map((n) => {
      const { record } = families.get(n);
      return [n, { persons: record.persons.length, relationships: record.relationships.length }];
    }),
  ),
  async firstPaint(library, n) {
    return (await draw(library, n)).ms;
  },
  async stats(library, n) {
    await draw(library, n);
    const fitted = count(library, n);
    if (library !== 'practice-elements') return fitted;
    // Fitted, a large family is drawn without labels (too small to read); zoomed in, every
    // person has their labels: the count that matters is the larger.
    const el = stage.querySelector('practice-genogram');
    for (let i = 0; i < 30; i++) el.zoomIn();
    await el.updateComplete;
    const near = count(library, n);
    return { ...near, fittedPerPerson: fitted.perPerson };
  },
  async frames(library, n, frames) {
    await draw(library, n);
    await painted();
    return panZoomFrames(library, frames);
  },
  async addChild(library, n, runs) {
    const { handle } = await draw(library, n);
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await addChild(library, handle, n));
    return times;
  },
};
globalThis.benchReady = true;
