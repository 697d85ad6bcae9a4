/**
 * Autosave for a form element: a short debounce after each change, an immediate save when the page
 * is hidden or left (`visibilitychange` to hidden, `pagehide`), one save at a time, and a status
 * the element shows ("Saving…", "Saved at 10:42", "Not saved"). Where drafts go is the host's
 * choice, through an {@link AutosaveAdapter}: its own callbacks ({@link callbackAdapter}), events
 * it answers ({@link eventAdapter}), or the browser's IndexedDB for hosts without a server
 * (`indexedDbAdapter`, a separate module so that only hosts that use it bundle it).
 *
 * The controller never throws into its host and never logs: a failed save or load is reported
 * through `status` (`'error'`) and `lastError`, and the changes stay marked unsaved, so the next
 * change, `flush()` or page hide tries again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { PracticeLoadDraftEvent, PracticeSaveEvent, type AutosaveKey } from '../events/autosave.js';
import { AssessmentResponse } from '../model/case-record/schema.js';
import { fromZodIssues, type ValidationIssue } from '../model/issues.js';
import { useJitlessZod } from '../model/zod-config.js';

export type { AutosaveKey } from '../events/autosave.js';

/** Where drafts are kept. Every method may reject; the controller catches and reports it. */
export interface AutosaveAdapter {
  /** The saved draft for `key`, or `undefined` when there is none. */
  load(key: AutosaveKey): Promise<AssessmentResponse | undefined>;
  /** Stores `response` as the draft for `key`, replacing any earlier one. */
  save(key: AutosaveKey, response: AssessmentResponse): Promise<void>;
  /** Forgets the draft for `key` (after the response is submitted and stored for good). */
  clear?(key: AutosaveKey): Promise<void>;
}

/**
 * Where autosave stands:
 * - `idle`: nothing to save (no change yet, or no adapter, key or value to save with);
 * - `pending`: changed since the last save, waiting for the debounce;
 * - `saving`: the adapter is saving;
 * - `saved`: everything is saved (`savedAt` says when);
 * - `error`: the last save or load failed (`lastError` says why); changes stay unsaved.
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** The states of {@link AutosaveStatus}, in the order a save goes through them. */
export const AUTOSAVE_STATUSES = ['idle', 'pending', 'saving', 'saved', 'error'] as const;

/** What an {@link AutosaveController} saves, where, and whom it tells. */
export interface AutosaveOptions {
  /** The adapter, read at each save and load (a host may set it late); `undefined`: none. */
  readonly adapter: () => AutosaveAdapter | undefined;
  /** Which draft, read at each save and load; `undefined`: nothing to save yet. */
  readonly key: () => AutosaveKey | undefined;
  /** The response to save, read when the save starts; `undefined`: nothing to save yet. */
  readonly value: () => AssessmentResponse | undefined;
  /**
   * Milliseconds from the last change to the save (default 1000); a function is read at each
   * change, for a host whose delay is an attribute set after the controller was created.
   */
  readonly debounceMs?: number | (() => number | undefined);
  /** Told of every change of status, with the time of the last successful save (ISO 8601). */
  readonly onStatus?: (status: AutosaveStatus, savedAt?: string) => void;
  /** The clock behind `savedAt` (default: the system clock); for tests and replays. */
  readonly now?: () => Date;
}

/** A draft the adapter returned that is not an assessment response (`issues` say why). */
export class AutosaveDraftError extends Error {
  override readonly name = 'AutosaveDraftError';

  /** @param issues what is wrong with the draft, by JSON path. */
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`the saved draft is not a valid assessment response (${issues.length} problem(s))`);
  }
}

/** The default debounce: long enough to group a burst of typing, short enough to lose little. */
export const DEFAULT_AUTOSAVE_DEBOUNCE_MS = 1000;

/**
 * Saves a form's response through an {@link AutosaveAdapter}: call `markDirty()` after each
 * change; the controller saves after `debounceMs` without another change, at once when the page is
 * hidden or left (listening from `hostConnected` to `hostDisconnected`), and when the host is
 * removed from the page with changes unsaved. Saves never overlap: a change during a save is saved
 * after it. The host re-renders on every change of `status` (`requestUpdate`).
 */
export class AutosaveController implements ReactiveController {
  #status: AutosaveStatus = 'idle';
  #savedAt: string | undefined;
  #lastError: unknown;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | undefined;

  /**
   * @param host the element whose response is saved; the controller adds itself to it.
   * @param options what to save, where, and whom to tell.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AutosaveOptions,
  ) {
    host.addController(this);
  }

  /** Where autosave stands. */
  get status(): AutosaveStatus {
    return this.#status;
  }

  /** When the last save succeeded (ISO 8601, with the time zone offset `Z`), if one has. */
  get savedAt(): string | undefined {
    return this.#savedAt;
  }

  /** Why the last save or load failed, while `status` is `error`. */
  get lastError(): unknown {
    return this.#lastError;
  }

  /** True when there are changes not yet saved. */
  get dirty(): boolean {
    return this.#dirty;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('pagehide', this.#onPageHide);
    // Removed from the page (or moved): save what is pending now rather than after the debounce.
    if (this.#dirty) void this.flush();
  }

  /** Records a change: the response will be saved `debounceMs` after the last call. */
  markDirty(): void {
    this.#dirty = true;
    this.#clearTimer();
    const option = this.options.debounceMs;
    const delay =
      (typeof option === 'function' ? option() : option) ?? DEFAULT_AUTOSAVE_DEBOUNCE_MS;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        void this.flush();
      },
      Math.max(0, delay),
    );
    // While a save runs, it stays `saving`; its end turns the status to `pending`.
    if (!this.#inFlight) this.#setStatus('pending');
  }

  /**
   * Saves now if anything changed since the last save (after a save already running). Resolves when
   * done, whatever happened: a failure is reported through `status` and `lastError`, never thrown.
   */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#inFlight) await this.#inFlight;
    if (!this.#dirty) return;
    const run = this.#save();
    this.#inFlight = run;
    try {
      await run;
    } finally {
      if (this.#inFlight === run) this.#inFlight = undefined;
    }
  }

  /**
   * The saved draft from the adapter, checked to be an assessment response; `undefined` when there
   * is none, no adapter or key, or it could not be read (status `error`, `lastError` says why: an
   * {@link AutosaveDraftError} for a draft that is not a response; the draft is left where it is).
   */
  async restore(): Promise<AssessmentResponse | undefined> {
    const adapter = this.options.adapter();
    const key = this.options.key();
    if (!adapter || !key) return undefined;
    let draft: unknown;
    try {
      draft = await adapter.load(key);
    } catch (error) {
      this.#fail(error);
      return undefined;
    }
    if (draft === undefined || draft === null) return undefined;
    useJitlessZod();
    const parsed = z.safeParse(AssessmentResponse, draft);
    if (!parsed.success) {
      this.#fail(new AutosaveDraftError(fromZodIssues(parsed.error.issues, draft)));
      return undefined;
    }
    return parsed.data;
  }

  /** Forgets the saved draft (the adapter's `clear`, when it has one) and any pending save. */
  async clear(): Promise<void> {
    this.#clearTimer();
    this.#dirty = false;
    // A save already running finishes first, so it cannot store the draft again after the clear.
    while (this.#inFlight) await this.#inFlight;
    this.#dirty = false;
    const adapter = this.options.adapter();
    const key = this.options.key();
    try {
      if (adapter?.clear && key) await adapter.clear(key);
      this.#lastError = undefined;
      this.#setStatus('idle');
    } catch (error) {
      this.#fail(error);
    }
  }

  // ---------------------------------------------------------------------------------------------

  async #save(): Promise<void> {
    const adapter = this.options.adapter();
    const key = this.options.key();
    const value = this.options.value();
    if (!adapter || !key || !value) {
      // Nothing to save with yet: the changes stay unsaved until there is.
      this.#setStatus('idle');
      return;
    }
    this.#dirty = false;
    this.#setStatus('saving');
    try {
      // The adapter is called synchronously from `flush()`, so a save started by `pagehide` starts
      // before the page is frozen.
      await adapter.save(key, value);
    } catch (error) {
      this.#dirty = true;
      this.#fail(error);
      return;
    }
    this.#lastError = undefined;
    this.#savedAt = (this.options.now?.() ?? new Date()).toISOString();
    this.#setStatus(this.#dirty ? 'pending' : 'saved');
  }

  #fail(error: unknown): void {
    this.#lastError = error;
    this.#setStatus('error', true);
  }

  #setStatus(status: AutosaveStatus, force = false): void {
    if (status === this.#status && status !== 'saved' && !force) return;
    this.#status = status;
    this.host.requestUpdate();
    const onStatus = this.options.onStatus;
    if (!onStatus) return;
    try {
      onStatus(status, this.#savedAt);
    } catch {
      // A host's status callback must not break saving; its own errors are its own to report.
    }
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  readonly #onPageHide = (): void => {
    void this.flush();
  };
}

/** The host's own functions for keeping drafts, for {@link callbackAdapter}. */
export interface AutosaveCallbacks {
  /** Stores the draft; may return a promise. */
  saveDraft(key: AutosaveKey, response: AssessmentResponse): Promise<void> | void;
  /** The stored draft, or `undefined`; may return a promise. */
  loadDraft(
    key: AutosaveKey,
  ): Promise<AssessmentResponse | undefined> | AssessmentResponse | undefined;
  /** Forgets the draft (optional). */
  clearDraft?(key: AutosaveKey): Promise<void> | void;
}

/**
 * An adapter over the host's own `saveDraft` and `loadDraft` functions (sync or async). A function
 * that throws counts as a failed save or load.
 */
export function callbackAdapter(callbacks: AutosaveCallbacks): AutosaveAdapter {
  const adapter: AutosaveAdapter = {
    load: async (key) => (await callbacks.loadDraft(key)) ?? undefined,
    save: async (key, response) => {
      await callbacks.saveDraft(key, response);
    },
  };
  const clearDraft = callbacks.clearDraft;
  if (clearDraft) {
    adapter.clear = async (key) => {
      await clearDraft.call(callbacks, key);
    };
  }
  return adapter;
}

/**
 * An adapter that asks the page: each save dispatches `practice-save` ({@link PracticeSaveEvent})
 * and each load `practice-load-draft` ({@link PracticeLoadDraftEvent}) from `host`, bubbling and
 * composed. A listener answers with `event.respondWith(promise)`. Unanswered, a save resolves (there
 * is nothing to do) and a load resolves `undefined` (no draft).
 */
export function eventAdapter(host: HTMLElement): AutosaveAdapter {
  return {
    load: async (key) => {
      const event = new PracticeLoadDraftEvent(key);
      host.dispatchEvent(event);
      return (await event.reply) ?? undefined;
    },
    save: async (key, response) => {
      const event = new PracticeSaveEvent(key, response);
      host.dispatchEvent(event);
      await event.reply;
    },
  };
}
