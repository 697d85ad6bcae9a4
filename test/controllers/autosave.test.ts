import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  AutosaveController,
  AutosaveDraftError,
  callbackAdapter,
  eventAdapter,
  type AutosaveAdapter,
  type AutosaveKey,
  type AutosaveOptions,
  type AutosaveStatus,
} from '../../src/controllers/autosave.js';
import {
  DRAFT_STORE,
  indexedDbAdapter,
  type IndexedDbAdapter,
} from '../../src/controllers/autosave-indexeddb.js';
import {
  PracticeLoadDraftEvent,
  PracticeSaveEvent,
  RespondWithError,
} from '../../src/events/autosave.js';
import {
  answeredAddresses,
  getAnswer,
  setAnswer,
  type AnswerAddress,
} from '../../src/model/assessment/index.js';
import type { AssessmentResponse } from '../../src/model/case-record/schema.js';
import { sampleAssessment } from '../../src/samples/index.js';

/** A bare Lit element to host the controller, as `<practice-assessment>` will. */
class AutosaveTestHost extends LitElement {
  updates = 0;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('autosave-test-host', AutosaveTestHost);

const KEY: AutosaveKey = { caseId: 'case-1', responseId: 'response-1', template: 'template-1' };

function draft(text: string, id = KEY.responseId): AssessmentResponse {
  return {
    id,
    model: { id: 'sample-england', version: '1.0.0' },
    template: KEY.template,
    status: 'draft',
    answers: { note: { value: text } },
  };
}

/** An adapter that records every call and can be made to fail or to hold a save open. */
class RecordingAdapter implements AutosaveAdapter {
  readonly saved: AssessmentResponse[] = [];
  readonly stored = new Map<string, AssessmentResponse>();
  failNext = false;
  concurrent = 0;
  maxConcurrent = 0;
  private gate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;

  /** Holds the next saves open until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  async save(key: AutosaveKey, response: AssessmentResponse): Promise<void> {
    this.concurrent += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    try {
      if (this.gate) await this.gate;
      if (this.failNext) {
        this.failNext = false;
        throw new Error('disk full');
      }
      this.saved.push(response);
      this.stored.set(JSON.stringify(key), response);
    } finally {
      this.concurrent -= 1;
    }
  }

  async load(key: AutosaveKey): Promise<AssessmentResponse | undefined> {
    return this.stored.get(JSON.stringify(key));
  }
}

interface Harness {
  host: AutosaveTestHost;
  controller: AutosaveController;
  statuses: AutosaveStatus[];
  value: { current: AssessmentResponse | undefined };
  /** Resolves at the next status `saved` or `error`. */
  settled(): Promise<AutosaveStatus>;
}

async function harness(
  adapter: AutosaveAdapter | undefined,
  options: Partial<AutosaveOptions> = {},
): Promise<Harness> {
  const host = await fixture<AutosaveTestHost>(html`<autosave-test-host></autosave-test-host>`);
  const statuses: AutosaveStatus[] = [];
  const value: Harness['value'] = { current: draft('first') };
  let waiters: ((status: AutosaveStatus) => void)[] = [];
  const controller = new AutosaveController(host, {
    adapter: () => adapter,
    key: () => KEY,
    value: () => value.current,
    debounceMs: 20,
    onStatus: (status) => {
      statuses.push(status);
      if (status === 'saved' || status === 'error') {
        const ready = waiters;
        waiters = [];
        for (const resolve of ready) resolve(status);
      }
    },
    ...options,
  });
  return {
    host,
    controller,
    statuses,
    value,
    settled: () => new Promise((resolve) => waiters.push(resolve)),
  };
}

/** Lets pending promise callbacks run (no timers involved). */
async function microtasks(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}

/** Makes `document.visibilityState` read `state` while `run` runs. */
async function withVisibility(
  state: DocumentVisibilityState,
  run: () => Promise<void> | void,
): Promise<void> {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  try {
    await run();
  } finally {
    delete (document as { visibilityState?: unknown }).visibilityState;
  }
}

let databaseCounter = 0;
/** A database name no other test uses (and deletes it afterwards). */
function uniqueDatabase(): string {
  databaseCounter += 1;
  return `practice-elements-test-${Date.now()}-${databaseCounter}-${Math.random().toString(36).slice(2)}`;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** Every draft row in a database, read directly. */
function rowsIn(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction(DRAFT_STORE, 'readonly').objectStore(DRAFT_STORE).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

const DAY = 86_400_000;

describe('AutosaveController', () => {
  describe('defaults', () => {
    it('starts idle, with nothing saved and no error', async () => {
      const { controller } = await harness(new RecordingAdapter());
      expect(controller.status).to.equal('idle');
      expect(controller.savedAt).to.equal(undefined);
      expect(controller.lastError).to.equal(undefined);
      expect(controller.dirty).to.equal(false);
    });

    it('does nothing on flush when nothing changed', async () => {
      const adapter = new RecordingAdapter();
      const { controller, statuses } = await harness(adapter);
      await controller.flush();
      expect(adapter.saved).to.have.length(0);
      expect(statuses).to.deep.equal([]);
    });
  });

  describe('debounce', () => {
    it('saves once after a burst of changes, with the latest value', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter);
      const saved = h.settled();
      for (const text of ['a', 'ab', 'abc', 'abcd']) {
        h.value.current = draft(text);
        h.controller.markDirty();
      }
      expect(h.controller.status).to.equal('pending');
      expect(await saved).to.equal('saved');
      expect(adapter.saved.map((r) => r.answers.note!.value)).to.deep.equal(['abcd']);
      expect(h.controller.dirty).to.equal(false);
    });

    it('reads a debounce given as a function at each change', async () => {
      let delay: number | undefined = 60_000;
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: () => delay });
      h.controller.markDirty();
      await microtasks();
      expect(adapter.saved).to.have.length(0);
      delay = 10;
      const saved = h.settled();
      h.controller.markDirty();
      expect(await saved).to.equal('saved');
      expect(adapter.saved).to.have.length(1);
    });

    it('goes idle → pending → saving → saved, and asks the host to update', async () => {
      const h = await harness(new RecordingAdapter(), {
        now: () => new Date('2024-03-01T10:42:00Z'),
      });
      const before = h.host.updates;
      const saved = h.settled();
      h.controller.markDirty();
      await saved;
      expect(h.statuses).to.deep.equal(['pending', 'saving', 'saved']);
      expect(h.controller.savedAt).to.equal('2024-03-01T10:42:00.000Z');
      expect(h.host.updates - before).to.be.at.least(3);
    });

    it('passes savedAt to onStatus', async () => {
      const seen: [AutosaveStatus, string | undefined][] = [];
      const h = await harness(new RecordingAdapter(), {
        now: () => new Date('2024-03-01T09:00:00Z'),
        onStatus: (status, savedAt) => seen.push([status, savedAt]),
      });
      h.controller.markDirty();
      await h.controller.flush();
      expect(seen).to.deep.equal([
        ['pending', undefined],
        ['saving', undefined],
        ['saved', '2024-03-01T09:00:00.000Z'],
      ]);
    });

    it('saves a change made during a save after it, never two at once', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      adapter.hold();
      h.controller.markDirty();
      const first = h.controller.flush();
      await microtasks();
      expect(h.controller.status).to.equal('saving');
      h.value.current = draft('second');
      h.controller.markDirty();
      expect(h.controller.status).to.equal('saving');
      const second = h.controller.flush();
      adapter.release();
      await Promise.all([first, second]);
      expect(adapter.saved.map((r) => r.answers.note!.value)).to.deep.equal(['first', 'second']);
      expect(adapter.maxConcurrent).to.equal(1);
      expect(h.statuses).to.deep.equal(['pending', 'saving', 'pending', 'saving', 'saved']);
    });
  });

  describe('flush', () => {
    it('saves at once, without waiting for the debounce', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      await h.controller.flush();
      expect(adapter.saved).to.have.length(1);
      expect(h.controller.status).to.equal('saved');
    });

    it('saves when the page is hidden (visibilitychange)', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      const saved = h.settled();
      await withVisibility('hidden', () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      expect(await saved).to.equal('saved');
      expect(adapter.saved).to.have.length(1);
    });

    it('does not save early when the page becomes visible', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      await withVisibility('visible', () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await microtasks();
      expect(adapter.saved).to.have.length(0);
      expect(h.controller.status).to.equal('pending');
    });

    it('saves on pagehide', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      const saved = h.settled();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(await saved).to.equal('saved');
      expect(adapter.saved).to.have.length(1);
    });

    it('saves pending changes when the host leaves the page, then stops listening', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      const saved = h.settled();
      h.host.remove();
      await saved;
      expect(adapter.saved).to.have.length(1);

      h.value.current = draft('after removal');
      h.controller.markDirty();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await withVisibility('hidden', () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await microtasks();
      expect(adapter.saved).to.have.length(1);
      await h.controller.flush();
    });
  });

  describe('errors', () => {
    it('reports a failed save as status error, keeps the change, and retries', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, { debounceMs: 60_000 });
      adapter.failNext = true;
      h.controller.markDirty();
      await h.controller.flush();
      expect(h.controller.status).to.equal('error');
      expect((h.controller.lastError as Error).message).to.equal('disk full');
      expect(h.controller.dirty).to.equal(true);
      expect(h.controller.savedAt).to.equal(undefined);

      await h.controller.flush();
      expect(h.controller.status).to.equal('saved');
      expect(h.controller.lastError).to.equal(undefined);
      expect(adapter.saved).to.have.length(1);
    });

    it('catches an adapter that throws synchronously', async () => {
      const adapter: AutosaveAdapter = {
        load: () => {
          throw new Error('no load');
        },
        save: () => {
          throw new Error('no save');
        },
      };
      const h = await harness(adapter);
      h.controller.markDirty();
      await h.controller.flush();
      expect(h.controller.status).to.equal('error');
      expect(await h.controller.restore()).to.equal(undefined);
      expect((h.controller.lastError as Error).message).to.equal('no load');
    });

    it('survives an onStatus callback that throws', async () => {
      const adapter = new RecordingAdapter();
      const h = await harness(adapter, {
        onStatus: () => {
          throw new Error('host bug');
        },
      });
      h.controller.markDirty();
      await h.controller.flush();
      expect(h.controller.status).to.equal('saved');
      expect(adapter.saved).to.have.length(1);
    });

    it('waits, idle, for an adapter set late, keeping the change', async () => {
      const slot: { adapter?: AutosaveAdapter } = {};
      const late = new RecordingAdapter();
      const host = await fixture<AutosaveTestHost>(html`<autosave-test-host></autosave-test-host>`);
      const controller = new AutosaveController(host, {
        adapter: () => slot.adapter,
        key: () => KEY,
        value: () => draft('kept'),
        debounceMs: 60_000,
      });
      controller.markDirty();
      await controller.flush();
      expect(controller.status).to.equal('idle');
      expect(controller.dirty).to.equal(true);
      slot.adapter = late;
      await controller.flush();
      expect(controller.status).to.equal('saved');
      expect(late.saved.map((r) => r.answers.note!.value)).to.deep.equal(['kept']);
    });
  });

  describe('restore', () => {
    it('loads the draft for the key', async () => {
      const adapter = new RecordingAdapter();
      adapter.stored.set(JSON.stringify(KEY), draft('from before'));
      const { controller } = await harness(adapter);
      const restored = await controller.restore();
      expect(restored?.answers.note?.value).to.equal('from before');
    });

    it('resolves undefined when there is no draft, adapter or key', async () => {
      expect(await (await harness(new RecordingAdapter())).controller.restore()).to.equal(
        undefined,
      );
      expect(await (await harness(undefined)).controller.restore()).to.equal(undefined);
      const noKey = await harness(new RecordingAdapter(), { key: () => undefined });
      expect(await noKey.controller.restore()).to.equal(undefined);
    });

    it('rejects a draft that is not a response, naming the path, and leaves it stored', async () => {
      const adapter = new RecordingAdapter();
      const broken = { ...draft('x'), status: 'lost' } as unknown as AssessmentResponse;
      adapter.stored.set(JSON.stringify(KEY), broken);
      const { controller } = await harness(adapter);
      expect(await controller.restore()).to.equal(undefined);
      expect(controller.status).to.equal('error');
      const error = controller.lastError as AutosaveDraftError;
      expect(error).to.be.instanceOf(AutosaveDraftError);
      expect(error.issues.map((i) => i.path)).to.include('status');
      expect(adapter.stored.get(JSON.stringify(KEY))).to.equal(broken);
    });
  });

  describe('clear', () => {
    it('drops a pending save and clears the stored draft', async () => {
      const cleared: AutosaveKey[] = [];
      const saved: AssessmentResponse[] = [];
      const adapter = callbackAdapter({
        saveDraft: (_key, response) => void saved.push(response),
        loadDraft: () => undefined,
        clearDraft: (key) => void cleared.push(key),
      });
      const h = await harness(adapter, { debounceMs: 60_000 });
      h.controller.markDirty();
      await h.controller.clear();
      await h.controller.flush();
      expect(saved).to.have.length(0);
      expect(cleared).to.deep.equal([KEY]);
      expect(h.controller.status).to.equal('idle');
    });
  });
});

describe('callbackAdapter', () => {
  it('calls synchronous callbacks', async () => {
    const store = new Map<string, AssessmentResponse>();
    const adapter = callbackAdapter({
      saveDraft: (key, response) => void store.set(key.responseId, response),
      loadDraft: (key) => store.get(key.responseId),
    });
    await adapter.save(KEY, draft('sync'));
    expect((await adapter.load(KEY))?.answers.note?.value).to.equal('sync');
    expect(adapter.clear).to.equal(undefined);
  });

  it('awaits asynchronous callbacks and passes their failures on', async () => {
    const adapter = callbackAdapter({
      saveDraft: async () => {
        throw new Error('server said no');
      },
      loadDraft: async () => draft('async'),
    });
    expect((await adapter.load(KEY))?.answers.note?.value).to.equal('async');
    let failure: unknown;
    await adapter.save(KEY, draft('x')).catch((error: unknown) => (failure = error));
    expect((failure as Error).message).to.equal('server said no');
  });

  it('turns a null draft into undefined', async () => {
    const adapter = callbackAdapter({
      saveDraft: () => undefined,
      loadDraft: () => null as unknown as undefined,
    });
    expect(await adapter.load(KEY)).to.equal(undefined);
  });
});

describe('eventAdapter', () => {
  it('dispatches practice-save, bubbling and composed, and waits for the answer', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    shadow.append(inner);
    let stored: AssessmentResponse | undefined;
    let finished = false;
    outer.addEventListener('practice-save', (event) => {
      expect(event).to.be.instanceOf(PracticeSaveEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.key).to.deep.equal(KEY);
      event.respondWith(
        Promise.resolve().then(() => {
          stored = event.response;
          finished = true;
        }),
      );
    });
    await eventAdapter(inner).save(KEY, draft('by event'));
    expect(finished).to.equal(true);
    expect(stored?.answers.note?.value).to.equal('by event');
  });

  it('dispatches practice-load-draft and resolves to the answer', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    document.body.addEventListener(
      'practice-load-draft',
      (event) => {
        expect(event).to.be.instanceOf(PracticeLoadDraftEvent);
        event.respondWith(Promise.resolve(draft('loaded', event.key.responseId)));
      },
      { once: true },
    );
    const loaded = await eventAdapter(host).load(KEY);
    expect(loaded?.id).to.equal(KEY.responseId);
  });

  it('resolves when nobody answers: nothing saved, no draft', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const adapter = eventAdapter(host);
    await adapter.save(KEY, draft('unheard'));
    expect(await adapter.load(KEY)).to.equal(undefined);
  });

  it('passes a rejected answer on as a failed save', async () => {
    const h = await harness(undefined, { debounceMs: 60_000 });
    const adapter = eventAdapter(h.host);
    const failing = (event: PracticeSaveEvent) =>
      event.respondWith(Promise.reject(new Error('offline')));
    h.host.addEventListener('practice-save', failing);
    const controller = new AutosaveController(h.host, {
      adapter: () => adapter,
      key: () => KEY,
      value: () => draft('x'),
    });
    controller.markDirty();
    await controller.flush();
    h.host.removeEventListener('practice-save', failing);
    expect(controller.status).to.equal('error');
    expect((controller.lastError as Error).message).to.equal('offline');
  });

  it('refuses a second answer, and an answer after dispatch', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let second: unknown;
    host.addEventListener('practice-save', (event) => {
      event.respondWith();
      try {
        event.respondWith();
      } catch (error) {
        second = error;
      }
    });
    const event = new PracticeSaveEvent(KEY, draft('x'));
    host.dispatchEvent(event);
    expect(second).to.be.instanceOf(RespondWithError);
    expect(() => event.respondWith()).to.throw(RespondWithError, /already called/);
    const late = new PracticeLoadDraftEvent(KEY);
    expect(() => late.respondWith(undefined)).to.throw(RespondWithError, /being dispatched/);
  });
});

describe('indexedDbAdapter', () => {
  const opened: { adapter: IndexedDbAdapter; name: string }[] = [];
  function open(name: string, now?: () => Date): IndexedDbAdapter {
    const adapter = indexedDbAdapter({ databaseName: name, ...(now ? { now } : {}) });
    opened.push({ adapter, name });
    return adapter;
  }

  afterEach(async () => {
    for (const { adapter, name } of opened.splice(0)) {
      adapter.close();
      await deleteDatabase(name);
    }
  });

  it('saves and loads a response, keyed by case, template and response', async () => {
    const name = uniqueDatabase();
    const adapter = open(name);
    await adapter.save(KEY, draft('stored'));
    await adapter.save({ ...KEY, caseId: 'case-2' }, draft('other case'));
    await adapter.save({ ...KEY, template: 'template-2' }, draft('other template'));
    expect((await adapter.load(KEY))?.answers.note?.value).to.equal('stored');
    expect((await adapter.load({ ...KEY, caseId: 'case-2' }))?.answers.note?.value).to.equal(
      'other case',
    );
    expect(await adapter.load({ ...KEY, responseId: 'missing' })).to.equal(undefined);
    expect(await rowsIn(name)).to.have.length(3);
  });

  it('replaces a draft on save and forgets it on clear', async () => {
    const adapter = open(uniqueDatabase());
    await adapter.save(KEY, draft('one'));
    await adapter.save(KEY, draft('two'));
    expect((await adapter.load(KEY))?.answers.note?.value).to.equal('two');
    await adapter.clear(KEY);
    expect(await adapter.load(KEY)).to.equal(undefined);
  });

  it('records when each draft was saved', async () => {
    const name = uniqueDatabase();
    const adapter = open(name, () => new Date('2024-03-01T12:00:00Z'));
    await adapter.save(KEY, draft('dated'));
    const [row] = (await rowsIn(name)) as { savedAt: string; caseId: string }[];
    expect(row).to.include({ savedAt: '2024-03-01T12:00:00.000Z', caseId: 'case-1' });
  });

  it('never returns an expired draft, and deletes it', async () => {
    const name = uniqueDatabase();
    const saved = new Date('2024-01-01T09:00:00Z');
    await open(name, () => saved).save(KEY, draft('old'));

    const within = open(name, () => new Date(saved.getTime() + 29 * DAY));
    expect((await within.load(KEY))?.answers.note?.value).to.equal('old');
    within.close();

    const later = open(name, () => new Date(saved.getTime() + 31 * DAY));
    expect(await later.load(KEY)).to.equal(undefined);
    later.close();
    expect(await rowsIn(name)).to.have.length(0);
  });

  it('deletes every expired draft when it opens, keeping the rest', async () => {
    const name = uniqueDatabase();
    const start = new Date('2024-01-01T09:00:00Z').getTime();
    const first = open(name, () => new Date(start));
    await first.save(KEY, draft('old'));
    await first.save({ ...KEY, responseId: 'old-2' }, draft('old 2', 'old-2'));
    first.close();
    const second = open(name, () => new Date(start + 20 * DAY));
    await second.save({ ...KEY, responseId: 'recent' }, draft('recent', 'recent'));
    second.close();

    const reopened = open(name, () => new Date(start + 31 * DAY));
    expect(await reopened.load({ ...KEY, responseId: 'unrelated' })).to.equal(undefined);
    reopened.close();
    const rows = (await rowsIn(name)) as { responseId: string }[];
    expect(rows.map((row) => row.responseId)).to.deep.equal(['recent']);
  });

  it('honours expiryDays', async () => {
    const name = uniqueDatabase();
    const saved = new Date('2024-01-01T09:00:00Z');
    const adapter = indexedDbAdapter({ databaseName: name, expiryDays: 2, now: () => saved });
    opened.push({ adapter, name });
    await adapter.save(KEY, draft('short-lived'));
    adapter.close();
    const later = indexedDbAdapter({
      databaseName: name,
      expiryDays: 2,
      now: () => new Date(saved.getTime() + 3 * DAY),
    });
    opened.push({ adapter: later, name });
    expect(await later.load(KEY)).to.equal(undefined);
  });

  it('refuses an expiry that is not a positive number of days', () => {
    expect(() => indexedDbAdapter({ expiryDays: 0 })).to.throw(RangeError);
    expect(() => indexedDbAdapter({ expiryDays: Number.NaN })).to.throw(RangeError);
  });
});

describe('autosave: types, reloads and finds every answer', () => {
  it('restores every answer of the sample assessment after a reload', async function () {
    this.timeout(30_000);
    const name = uniqueDatabase();
    const key: AutosaveKey = {
      caseId: 'sample-case',
      responseId: 'draft-1',
      template: sampleAssessment.template,
    };

    // Before the reload: a worker types every answer of the sample assessment into a new draft,
    // text a character at a time (one change-log entry per edit), the form marking each change.
    const before = indexedDbAdapter({ databaseName: name });
    const host = await fixture<AutosaveTestHost>(html`<autosave-test-host></autosave-test-host>`);
    let response: AssessmentResponse = {
      id: key.responseId,
      model: sampleAssessment.model,
      template: sampleAssessment.template,
      subjects: sampleAssessment.subjects ?? [],
      status: 'draft',
      started: sampleAssessment.started ?? '2023-11-22',
      answers: {},
    };
    const controller = new AutosaveController(host, {
      adapter: () => before,
      key: () => key,
      value: () => response,
      debounceMs: 20,
    });
    const addresses: AnswerAddress[] = answeredAddresses(sampleAssessment);
    expect(addresses.length).to.be.greaterThan(20);
    let minute = 0;
    for (const address of addresses) {
      const value = getAnswer(sampleAssessment, address);
      const at = `2024-03-01T10:${String(minute++ % 60).padStart(2, '0')}`;
      if (typeof value === 'string') {
        for (let end = 1; end <= value.length; end += Math.max(1, value.length >> 3)) {
          response = setAnswer(response, address, value.slice(0, end), {
            by: 'amira-hussain',
            at,
            coalesce: true,
          });
          controller.markDirty();
        }
      }
      response = setAnswer(response, address, value, { by: 'amira-hussain', at, coalesce: true });
      controller.markDirty();
    }
    await controller.flush();
    expect(controller.status).to.equal('saved');
    const typed = response;
    host.remove();
    before.close();

    // After the reload: new adapter, new element, new controller; nothing shared but the database.
    const after = indexedDbAdapter({ databaseName: name });
    const reloaded = await fixture<AutosaveTestHost>(
      html`<autosave-test-host></autosave-test-host>`,
    );
    const restoring = new AutosaveController(reloaded, {
      adapter: () => after,
      key: () => key,
      value: () => undefined,
    });
    const restored = await restoring.restore();
    after.close();
    await deleteDatabase(name);

    expect(restored).to.not.equal(undefined);
    for (const address of addresses) {
      expect(getAnswer(restored!, address), JSON.stringify(address)).to.deep.equal(
        getAnswer(sampleAssessment, address),
      );
    }
    expect(restored).to.deep.equal(typed);
    expect(restored!.changes?.length).to.equal(addresses.length);
  });
});
