// What every form benchmark page shares, bundled into each page: mounting with timing, counting
// DOM nodes (through shadow roots), and watching keystrokes with the Event Timing API.
//
// A page calls `installFormBench(adapter)` with its library's adapter:
//   prepare(n)                  untimed: the inputs for a form of n questions (a fresh copy per mount)
//   mount(container, input)     creates the form in `container` (sync or async)
//   unmount(container)          removes it
//   field(container, id)        the text input or textarea of question `id`, once rendered
//   present(container, id)      whether question `id` is in the DOM (without computing style)
//   shown(container, id)        whether question `id` is rendered and visible
//   value(container, id)        the value the library holds for question `id`

/** Resolves after `count` animation frames. */
export function frames(count = 2) {
  return new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Resolves after other queued tasks (a scheduler's render task, say), without waiting a frame. */
export function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Elements and all nodes (text, comments too) under `root`, through open shadow roots. */
export function countNodes(root) {
  let elements = 0;
  let nodes = 0;
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      nodes += 1;
      if (child.nodeType === Node.ELEMENT_NODE) {
        elements += 1;
        if (child.shadowRoot) visit(child.shadowRoot);
      }
      visit(child);
    }
  };
  visit(root);
  return { elements, nodes };
}

/** The first element under `root` (through shadow roots) that `predicate` accepts. */
export function deepFind(root, predicate) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    for (let child = node.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
    if (node.shadowRoot) stack.push(node.shadowRoot);
    if (node !== root && node.nodeType === Node.ELEMENT_NODE && predicate(node)) return node;
  }
  return undefined;
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/**
 * Milliseconds between the second frame after focusing a field and the first key. Two animation
 * frames are not the page drawn: the second frame's work starts as they resolve, and the first
 * frame's raster and compositing (the whole viewport after the scroll, in software here) may still
 * be running, so a key at once has its frame queued behind the scroll's. The browser also scans the
 * page's form fields about 100 ms after they change (Chrome's autofill). A user who has just moved
 * into a field takes longer than this to press a key.
 */
export const SETTLE_MS = 100;

/**
 * What the benchmark keeps of an Event Timing entry: its duration (to the next paint, in steps of
 * 8 ms), its handlers' time, and its input delay (from the key to its handlers: the main thread
 * was busy with something else).
 */
function eventEntry(entry) {
  return {
    name: entry.name,
    duration: entry.duration,
    processing: entry.processingEnd - entry.processingStart,
    delay: entry.processingStart - entry.startTime,
    interactionId: entry.interactionId ?? 0,
  };
}

/**
 * Installs `globalThis.formBench`, driven by bench/assessment.mjs through playwright-core:
 *   mount(n, last)   remounts a fresh form of n questions (`last`: its last question always shown);
 *                    resolves to { work, frame }: ms from creating it until it is in the DOM with
 *                    style and layout done, and ms to the second animation frame after creating
 *                    it (more frames while it is not yet complete)
 *   nodes()          DOM elements and nodes of the mounted form
 *   focusField(id, settleMs)  scrolls question id's text field into view, focuses it, waits two
 *                    frames and then `settleMs` (default {@link SETTLE_MS}), so that it is drawn
 *                    there before typing; false when it is not rendered
 *   startTyping()    starts watching keystrokes (Event Timing entries, input-to-next-frame times)
 *   stopTyping(id, dependant)  the observations, the field's value and whether `dependant` shows
 */
export function installFormBench(adapter) {
  const container = document.createElement('div');
  container.id = 'form-bench';
  document.body.append(container);
  let mounted = false;
  let lastVisible;
  let typing;

  const unmount = async () => {
    if (!mounted) return;
    await adapter.unmount(container);
    container.replaceChildren();
    mounted = false;
  };

  globalThis.formBench = {
    async mount(n, lastVisibleId) {
      await unmount();
      const input = adapter.prepare(n);
      lastVisible = lastVisibleId;
      globalThis.gc?.();
      await frames(2);
      const start = performance.now();
      await adapter.mount(container, input);
      mounted = true;
      // Work: until the last question is in the DOM (a library may render in a later task), then
      // style and layout forced at once. The checks themselves are not counted.
      let ready = performance.now();
      for (let extra = 0; !adapter.present(container, lastVisible); extra += 1) {
        if (extra > 100_000) throw new Error(`${lastVisible} never rendered`);
        await nextTask();
        ready = performance.now();
      }
      const layoutStart = performance.now();
      void container.getBoundingClientRect();
      void document.body.offsetHeight;
      const work = ready - start + (performance.now() - layoutStart);
      // To the second frame, as a user sees it: frames are about 16.7 ms apart, so this is
      // quantised to frames (two at the least).
      await frames(2);
      let end = performance.now();
      for (let extra = 0; !adapter.shown(container, lastVisible); extra += 1) {
        if (extra > 600) throw new Error(`${lastVisible} never shown`);
        await frames(1);
        end = performance.now();
      }
      return { work, frame: end - start };
    },

    nodes() {
      return countNodes(container);
    },

    async focusField(id, settleMs = SETTLE_MS) {
      const field = adapter.field(container, id);
      if (!field) return false;
      field.scrollIntoView({ block: 'center' });
      field.focus();
      // The page as a user sees it before typing into a field on screen: drawn where it was
      // scrolled to. Otherwise the first keystroke's frame would draw the scroll too.
      await frames(2);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return field.matches(':focus') || field.getRootNode().activeElement === field;
    },

    startTyping() {
      const entries = [];
      const toFrame = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (KEY_EVENTS.has(entry.name)) {
            entries.push(eventEntry(entry));
          }
        }
      });
      // 16 ms is the lowest threshold the API allows: shorter events are not reported at all.
      observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
      // Input to next frame, for every keystroke (not only those over 16 ms): from the keydown's
      // timestamp to a task queued in the next animation frame, after style, layout and paint.
      const onKeyDown = (event) => {
        const stamp = event.timeStamp;
        requestAnimationFrame(() => {
          setTimeout(() => toFrame.push(performance.now() - stamp), 0);
        });
      };
      window.addEventListener('keydown', onKeyDown, true);
      typing = { observer, entries, toFrame, onKeyDown };
      return true;
    },

    async stopTyping(id, dependant) {
      await frames(3);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { observer, entries, toFrame, onKeyDown } = typing;
      for (const entry of observer.takeRecords()) {
        if (KEY_EVENTS.has(entry.name)) entries.push(eventEntry(entry));
      }
      observer.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
      typing = undefined;
      return {
        entries,
        toFrame,
        value: adapter.value(container, id),
        dependantShown: adapter.shown(container, dependant),
      };
    },
  };
  globalThis.benchReady = true;
}

/** Reports a setup failure to the harness (which throws it) instead of hanging until timeout. */
export function reportSetupError(error) {
  globalThis.benchError = String(error && error.stack ? error.stack : error);
}
