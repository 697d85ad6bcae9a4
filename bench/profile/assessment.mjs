// A look inside the assessment benchmark's slow moments, for working on them (not a benchmark: no
// budgets, nothing written). After `npm run build`:
//
//   node bench/profile/assessment.mjs keys [n=1000] [keys=3]
//       Mounts a form of n questions in the benchmark page, focuses the typing target, then traces
//       its first `keys` keystrokes (Chromium trace: devtools.timeline, blink, v8) and breaks each,
//       from its task to the next commit, into script, compile, GC, text editing, style (elements
//       recalculated), layout (objects dirty / in the tree), pre-paint, paint and commit: in wall
//       time and in main-thread CPU time (thread time, which other work on the machine does not
//       inflate), with the Event Timing entries the page saw.
//   node bench/profile/assessment.mjs keys-cpu [n=1000] [runs=5]
//       CPU profiles (V8 sampling profiler) of the first keystroke into a fresh form, and of the
//       nine after it.
//   node bench/profile/assessment.mjs quick [n=1000] [mounts=15]
//       The benchmark's own measurements for this element alone: mounts at 500 questions, then the
//       typing runs at n questions, with each run's worst Event Timing duration.
//   node bench/profile/assessment.mjs first [n=1000] [runs=5]
//       The benchmark's typing runs (a fresh form each, focused as the benchmark does, then keys
//       40 ms apart), each traced: per run, the first key's Event Timing duration unrounded (from
//       the trace) split into input delay, handlers and the rest up to the frame shown, its
//       breakdown by kind from its task to its commit (as `keys`) and the collections (GC) in it.
//       For the spread of the first key from run to run, which one traced key cannot show.
//   node bench/profile/assessment.mjs mount [n=500] [runs=20]
//       CPU profile (V8 sampling profiler, 100 µs) of `runs` mounts of n questions: self and
//       inclusive time by function, and a trace of one mount broken down as above.
//
// Environment: PROF_AS_BENCH=1 types straight after focusing, as the benchmark does (otherwise
// 300 ms later, keys 150 ms apart); PROF_TARGET=q491 types into another question; PROF_QUIET=1
// prints only the totals; PROF_INVALIDATIONS=1 adds what invalidated style and layout, and why;
// PROF_DIST=dist-x uses another build (a directory beside dist/); PROF_DUMP=file.json keeps the
// raw trace. Chromium runs with the benchmark's own flags (bench/assessment.mjs `launch()`).
import { bundle, openBenchPage, startServer } from '../harness.mjs';
import { launch, lastShown, measureTyping } from '../assessment.mjs';
import { typingTarget } from '../assessment/generate.mjs';
import { OURS } from '../assessment/pages.mjs';

const [mode = 'keys', sizeArg, countArg] = process.argv.slice(2);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  // What marked style and layout dirty, and why (PROF_INVALIDATIONS=1: summarised per key).
  ...(process.env.PROF_INVALIDATIONS
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
].join(',');

/** Trace event names, by what they are; an event of no kind counts as its parent's kind. */
const KIND = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'V8.Execute',
    'RunMicrotasks',
    'TimerFire',
    'v8.callFunction',
    'FireAnimationFrame',
  ],
  compile: [
    'v8.compile',
    'V8.CompileLazy',
    'V8.CompileCode',
    'V8.ParseFunction',
    'V8.CompileIgnition',
  ],
  gc: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
  editing: [
    'TypingCommand::InsertText',
    'FrameSelection::SetSelection',
    'Editor::HandleKeyboardEvent',
  ],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  prepaint: ['PrePaint', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'Layerize', 'PaintArtifactCompositor::Update'],
  commit: ['Commit'],
};
const KIND_OF = new Map(
  Object.entries(KIND).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);

function kindOf(name) {
  if (KIND_OF.has(name)) return KIND_OF.get(name);
  if (/^V8\.GC|^V8\.GC_|GCIncremental|Scavenge/.test(name)) return 'gc';
  return undefined;
}

/** The main thread's complete events (B/E pairs joined), sorted by start. */
function mainThreadEvents(traceEvents) {
  const main = traceEvents.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const threads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (!main) throw new Error('no renderer main thread in the trace');
  const out = [];
  const open = new Map();
  for (const e of traceEvents) {
    if (!threads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.ph === 'X') out.push({ ...e, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
    else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (begin) {
        out.push({
          ...begin,
          ph: 'X',
          dur: e.ts - begin.ts,
          end: e.ts,
          cpu: e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : e.ts - begin.ts,
          args: { ...begin.args, end: e.args },
        });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * Self time of each event (its duration less its children's, in wall and thread time), its depth,
 * and its kind (its own, else its parent's).
 */
function withSelfTime(events) {
  const stack = [];
  for (const e of events) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    e.depth = stack.length;
    e.self = e.dur;
    e.selfCpu = e.cpu;
    e.kind = kindOf(e.name) ?? parent?.kind ?? 'other';
    if (parent && e.end <= parent.end) {
      parent.self -= e.dur;
      parent.selfCpu -= e.cpu;
    }
    stack.push(e);
  }
  return events;
}

function describe(e) {
  const a = e.args ?? {};
  switch (e.name) {
    case 'UpdateLayoutTree':
      return `elements ${a.elementCount ?? a.end?.elementCount ?? '?'}`;
    case 'Layout': {
      const begin = a.beginData ?? {};
      return `dirty ${begin.dirtyObjects ?? '?'} / ${begin.totalObjects ?? '?'} objects${
        begin.partialLayout ? ', partial' : ''
      }${a.end?.endData?.layoutRoots ? `, roots ${a.end.endData.layoutRoots.length}` : ''}`;
    }
    case 'EventDispatch':
      return a.data?.type ?? '';
    case 'FunctionCall':
      return `${a.data?.functionName || '(anonymous)'} ${String(a.data?.url ?? '')
        .split('/')
        .pop()}:${a.data?.lineNumber ?? ''}`;
    case 'v8.compile':
    case 'V8.CompileLazy':
    case 'V8.CompileCode':
    case 'V8.ParseFunction':
      return JSON.stringify(a).slice(0, 160);
    default:
      return '';
  }
}

/** Sums self time by kind in [from, to) (µs timestamps), and lists the larger events. */
function breakdown(events, from, to, { list = 0.25 } = {}) {
  const totals = Object.fromEntries([...Object.keys(KIND), 'other'].map((k) => [k, 0]));
  const cpu = { ...totals };
  const lines = [];
  let styleElements = 0;
  let layoutObjects = '';
  for (const e of events) {
    if (e.ts < from || e.ts >= to) continue;
    if (e.name === 'UpdateLayoutTree') styleElements += Number(e.args?.elementCount ?? 0);
    if (e.name === 'Layout') {
      const b = e.args?.beginData ?? {};
      layoutObjects += `${layoutObjects ? ', ' : ''}${b.dirtyObjects}/${b.totalObjects}`;
    }
    totals[e.kind] += Math.max(0, e.self) / 1000;
    cpu[e.kind] += Math.max(0, e.selfCpu) / 1000;
    if (e.dur / 1000 >= list) {
      lines.push(
        `${((e.ts - from) / 1000).toFixed(2).padStart(7)} ms ${'  '.repeat(Math.min(e.depth, 12))}${
          e.name
        } ${(e.dur / 1000).toFixed(2)} ms ${describe(e)}`,
      );
    }
  }
  return { totals, cpu, styleElements, layoutObjects, lines };
}

function printBreakdown(title, result, { lines = !process.env.PROF_QUIET } = {}) {
  const f = (t) =>
    Object.entries(t)
      .filter(([, v]) => v >= 0.005)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(' | ');
  console.log(`\n=== ${title}`);
  console.log(`wall ms (self time by kind): ${f(result.totals)}`);
  console.log(`thread ms (CPU, by kind):    ${f(result.cpu)}`);
  console.log(
    `style: ${result.styleElements} elements; layout: dirty/total objects ${result.layoutObjects || '-'}`,
  );
  if (lines) for (const line of result.lines) console.log(line);
}

async function openPage() {
  // PROF_DIST=dist-x: another build of the package, for comparing two versions.
  const entry = process.env.PROF_DIST
    ? OURS.replace('./dist/', `./${process.env.PROF_DIST}/`)
    : OURS;
  // package.json's `sideEffects` names ./dist/ only: elsewhere esbuild would drop the registration
  // module as side-effect free, so another build is bundled with the annotations ignored.
  const { code } = await bundle({
    contents: entry,
    minify: false,
    ...(process.env.PROF_DIST && { ignoreAnnotations: true }),
  });
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>prof</title></head><body><script type="module" src="/ours.js"></script></body></html>`;
  const server = await startServer({ files: { '/ours.html': html, '/ours.js': code } });
  const browser = await launch();
  const page = await openBenchPage(browser, `${server.url}ours.html`);
  page.setDefaultTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  return { server, browser, page };
}

async function trace(browser, page, action) {
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  const marks = await action();
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  if (process.env.PROF_INVALIDATIONS) printInvalidations(traceEvents);
  if (process.env.PROF_DUMP)
    (await import('node:fs')).writeFileSync(process.env.PROF_DUMP, JSON.stringify(traceEvents));
  return { events: withSelfTime(mainThreadEvents(traceEvents)), traceEvents, marks };
}

/** Invalidation tracking events: counts by event name, reason and node, with a stack or two. */
function printInvalidations(traceEvents) {
  const counts = new Map();
  const stacks = new Map();
  for (const e of traceEvents) {
    if (!String(e.cat).includes('invalidationTracking')) continue;
    const d = e.args?.data ?? {};
    const key = `${e.name} | ${d.reason ?? d.changedAttribute ?? d.changedPseudo ?? d.changedClass ?? d.changedId ?? ''} | ${d.nodeName ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (d.stackTrace && !stacks.has(key)) {
      stacks.set(
        key,
        d.stackTrace
          .slice(0, 6)
          .map((f) => `${f.functionName || '(anonymous)'}:${f.lineNumber}`)
          .join(' < '),
      );
    }
  }
  console.log('--- invalidations (count | event | reason | node)');
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(
      `${String(n).padStart(6)} ${key}${stacks.has(key) ? `\n         ${stacks.get(key)}` : ''}`,
    );
  }
}

async function keys() {
  const size = Number(sizeArg ?? 1000);
  const count = Number(countArg ?? 3);
  // PROF_TARGET=q491 types into another question (one that shows no other) instead.
  const target = process.env.PROF_TARGET
    ? { id: process.env.PROF_TARGET, dependant: process.env.PROF_TARGET }
    : typingTarget(size);
  const { server, browser, page } = await openPage();
  try {
    const prepare = async () => {
      await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
      if (!(await page.evaluate((id) => globalThis.formBench.focusField(id), target.id))) {
        throw new Error(`could not focus ${target.id}`);
      }
      await page.evaluate(() => globalThis.formBench.startTyping());
    };
    // PROF_AS_BENCH=1: as the benchmark does it, the keys straight after the mount (traced too);
    // otherwise the trace starts 300 ms after the mount and the keys are 150 ms apart.
    const asBench = Boolean(process.env.PROF_AS_BENCH);
    if (!asBench) {
      await prepare();
      await page.waitForTimeout(300);
    }
    const { events } = await trace(browser, page, async () => {
      if (asBench) await prepare();
      for (let i = 0; i < count; i += 1) {
        await page.keyboard.type('Attends'[i % 7]);
        await page.waitForTimeout(asBench ? 40 : 150);
      }
    });
    const observed = await page.evaluate(
      ([id, dependant]) => globalThis.formBench.stopTyping(id, dependant),
      [target.id, target.dependant],
    );
    console.log(
      `Event Timing entries ≥ 16 ms: ${JSON.stringify(observed.entries.map((e) => [e.name, e.duration, Number(e.processing.toFixed(1))]))}`,
    );
    console.log(`input to next frame: ${observed.toFrame.map((x) => x.toFixed(1)).join(', ')} ms`);
    const keydowns = events.filter(
      (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
    );
    keydowns.forEach((down, i) => {
      const next = keydowns[i + 1]?.ts ?? down.ts + 140_000;
      // Until the first frame presented after the key: the end of the first Commit after it.
      const commit = events.find((e) => e.name === 'Commit' && e.ts > down.ts);
      const to = Math.min(next, (commit?.end ?? down.ts + 60_000) + 1);
      // Start at the task that dispatched the key.
      const task = events
        .filter((e) => e.depth === 0 && e.ts <= down.ts && e.end >= down.end)
        .at(-1);
      printBreakdown(
        `key ${i + 1}: ${((to - (task?.ts ?? down.ts)) / 1000).toFixed(1)} ms from its task to the commit`,
        breakdown(events, task?.ts ?? down.ts, to),
      );
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function mount() {
  const size = Number(sizeArg ?? 500);
  const runs = Number(countArg ?? 20);
  const { server, browser, page } = await openPage();
  try {
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      times.push(
        await page.evaluate(
          ([n, last]) => globalThis.formBench.mount(n, last),
          [size, lastShown(size)],
        ),
      );
    }
    const { profile } = await cdp.send('Profiler.stop');
    const work = times.map((t) => t.work).sort((a, b) => a - b);
    console.log(
      `mount ${size}: work median ${work[work.length >> 1].toFixed(1)} ms (${work.map((w) => w.toFixed(1)).join(' ')})`,
    );
    printProfile(profile, runs);
    const { events } = await trace(browser, page, async () => {
      await page.evaluate(() => performance.mark('mount-start'));
      return page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
    });
    // The mount is the longest top-level task once the \`gc()\` before it is left out.
    const gcTime = (task) =>
      events
        .filter((e) => e.kind === 'gc' && e.ts >= task.ts && e.end <= task.end)
        .reduce((sum, e) => sum + Math.max(0, e.self), 0);
    const tasks = events
      .filter((e) => e.depth === 0)
      .map((task) => ({ task, work: task.dur - gcTime(task) }))
      .sort((a, b) => b.work - a.work);
    const longest = tasks[0].task;
    printBreakdown(
      `one mount's longest task (${(longest.dur / 1000).toFixed(1)} ms)`,
      breakdown(events, longest.ts, longest.end + 1, { list: 0.5 }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

function printProfile(profile, runs) {
  printProfiles([profile], runs);
}

function printProfiles(profiles, runs) {
  const self = new Map();
  const incl = new Map();
  for (const profile of profiles) addProfile(profile, runs, self, incl);
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(2).padStart(8)} ${k}`)
      .join('\n');
  console.log(`--- self\n${top(self, 30)}`);
  console.log(`--- inclusive\n${top(incl, 50)}`);
}

function addProfile(profile, runs, self, incl) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (f) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs;
    const leaf = byId.get(profile.samples[i]);
    if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') {
      continue;
    }
    self.set(name(leaf.callFrame), (self.get(name(leaf.callFrame)) ?? 0) + dt);
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const key = name(byId.get(id).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  }
}

/** CPU profiles of the first keystroke (a fresh form each run) and of the next nine. */
async function keysCpu() {
  const size = Number(sizeArg ?? 1000);
  const runs = Number(countArg ?? 5);
  const target = typingTarget(size);
  const { server, browser, page } = await openPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const first = [];
  const later = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
      await page.evaluate(() => globalThis.formBench.startTyping());
      await page.evaluate((id) => globalThis.formBench.focusField(id), target.id);
      // PROF_AS_BENCH=1: the key follows the focus at once, as in the benchmark.
      if (!process.env.PROF_AS_BENCH) await page.waitForTimeout(200);
      await cdp.send('Profiler.start');
      await page.keyboard.type('A');
      await page.waitForTimeout(100);
      first.push((await cdp.send('Profiler.stop')).profile);
      await cdp.send('Profiler.start');
      await page.keyboard.type('ttends sc', { delay: 40 });
      await page.waitForTimeout(100);
      later.push((await cdp.send('Profiler.stop')).profile);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`=== first key (ms per key, ${runs} runs)`);
  printProfiles(first, runs);
  console.log(`\n=== keys 2-10 (ms per key)`);
  printProfiles(later, runs * 9);
}

/** Each typing run of the benchmark traced: its first key broken down, run by run. */
async function first() {
  const size = Number(sizeArg ?? 1000);
  const runs = Number(countArg ?? 5);
  const target = typingTarget(size);
  const { server, browser, page } = await openPage();
  const sums = [];
  try {
    // The benchmark mounts many forms before typing: so do we, to type into the same heap.
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
    }
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [size, lastShown(size)],
      );
      const { events, traceEvents } = await trace(browser, page, async () => {
        if (!(await page.evaluate((id) => globalThis.formBench.focusField(id), target.id))) {
          throw new Error(`could not focus ${target.id}`);
        }
        await page.evaluate(() => globalThis.formBench.startTyping());
        await page.keyboard.type('Att', { delay: 40 });
        await page.waitForTimeout(40);
      });
      const observed = await page.evaluate(
        ([id, dependant]) => globalThis.formBench.stopTyping(id, dependant),
        [target.id, target.dependant],
      );
      const down = events.find(
        (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
      );
      const commit = events.find((e) => e.name === 'Commit' && e.ts > down.ts);
      const task = events
        .filter((e) => e.depth === 0 && e.ts <= down.ts && e.end >= down.end)
        .at(-1);
      const from = task?.ts ?? down.ts;
      const to = (commit?.end ?? down.ts + 60_000) + 1;
      const result = breakdown(events, from, to);
      const gcs = events
        .filter(
          (e) =>
            e.ts >= from &&
            e.ts < to &&
            /MinorGC|MajorGC|V8.GC_SCAVENGER$|V8.GC_MARK_COMPACTOR$/.test(e.name),
        )
        .map((e) => `${e.name} ${(e.dur / 1000).toFixed(2)}`);
      const cpu = Object.values(result.cpu).reduce((a, b) => a + b, 0);
      sums.push(cpu);
      printBreakdown(
        `run ${run + 1}: first key ${eventTiming(traceEvents)}; to frame ${observed.toFrame[0]?.toFixed(1)} ms; from its task to its commit ${((to - from) / 1000).toFixed(1)} ms wall, ${cpu.toFixed(1)} ms thread; GC: ${gcs.join(', ') || 'none'}`,
        result,
        { lines: Boolean(process.env.PROF_LINES) },
      );
    }
    sums.sort((a, b) => a - b);
    console.log(`\nfirst key thread ms, sorted: ${sums.map((s) => s.toFixed(1)).join(' ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The first key's Event Timing as the trace records it, unrounded: its duration, and within it the
 * input delay (the key waiting for the main thread), the handlers (keydown to the end of `input`'s
 * listeners and microtasks) and the rest (style, layout, paint, raster and compositing until the
 * frame is shown).
 */
function eventTiming(traceEvents) {
  const entries = traceEvents
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.timeStamp)
    .map((e) => e.args.data)
    .sort((a, b) => a.timeStamp - b.timeStamp);
  const first = entries.filter((e) => e.timeStamp - (entries[0]?.timeStamp ?? 0) < 20);
  const down = first.find((e) => e.type === 'keydown');
  if (!down) return 'no Event Timing in the trace';
  const end = Math.max(...first.map((e) => e.processingEnd));
  const f = (x) => x.toFixed(1);
  return `Event Timing ${f(down.duration)} ms (input delay ${f(down.processingStart - down.timeStamp)}, handlers ${f(end - down.processingStart)}, then ${f(down.timeStamp + down.duration - end)} to the frame shown)`;
}

/** The benchmark's own keystroke and 500-question mount measurements, for this element only. */
async function quick() {
  const size = Number(sizeArg ?? 1000);
  const mounts = Number(countArg ?? 15);
  const { server, browser, page } = await openPage();
  try {
    const work = [];
    for (let i = 0; i < mounts + 3; i += 1) {
      const t = await page.evaluate(
        ([n, last]) => globalThis.formBench.mount(n, last),
        [500, lastShown(500)],
      );
      if (i >= 3) work.push(t.work);
    }
    work.sort((a, b) => a - b);
    console.log(
      `mount 500, work: median ${work[work.length >> 1].toFixed(1)} ms, min ${work[0].toFixed(1)}`,
    );
    const typing = await measureTyping(page, size);
    for (const run of typing.runs) {
      const keys = run.allEntries.filter((e) => e.name === 'keydown' || e.name === 'input');
      console.log(
        `typing run: Event Timing max ${run.eventTimingMax}, entries ≥ 16 ms [name, duration, input delay, handlers] ${JSON.stringify(keys.map((e) => [e.name, e.duration, Number(e.delay.toFixed(1)), Number(e.processing.toFixed(1))]))}, to frame max ${run.toFrameMax.toFixed(1)}`,
      );
    }
    console.log(`median of the runs' max: ${typing.eventTimingMax.median}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (mode === 'keys') await keys();
else if (mode === 'first') await first();
else if (mode === 'quick') await quick();
else if (mode === 'keys-cpu') await keysCpu();
else if (mode === 'mount') await mount();
else {
  console.error(
    'usage: node bench/profile/assessment.mjs keys|keys-cpu|first|quick|mount [n] [count]',
  );
  process.exitCode = 2;
}
