/**
 * An opt-in {@link AutosaveAdapter} for hosts without a server to keep drafts on: the browser's
 * IndexedDB, in this origin's storage on this device. Drafts expire (30 days by default): expired
 * drafts are deleted when the database is opened and are never returned. Nothing is sent anywhere.
 *
 * A separate module, so that hosts that keep drafts themselves do not bundle it:
 *
 * ```js
 * import { indexedDbAdapter } from 'practice-elements/autosave-indexeddb';
 * form.adapter = indexedDbAdapter({ expiryDays: 14 });
 * ```
 *
 * Drafts are case data at rest on the device, unencrypted, readable by anyone using the same
 * browser profile: use it only where that is acceptable (a managed device, one worker per
 * profile), and `clear` the draft once the response is stored for good.
 */
import type { AssessmentResponse } from '../model/case-record/schema.js';
import type { AutosaveAdapter, AutosaveKey } from './autosave.js';

/** Options of {@link indexedDbAdapter}. */
export interface IndexedDbAdapterOptions {
  /** The database's name (default {@link DEFAULT_DRAFT_DATABASE}). */
  readonly databaseName?: string;
  /** Days after its last save that a draft is deleted (default 30; `Infinity`: never). */
  readonly expiryDays?: number;
  /** The clock for `savedAt` and expiry (default: the system clock); for tests. */
  readonly now?: () => Date;
}

/** The {@link AutosaveAdapter} {@link indexedDbAdapter} returns: it can also close its connection. */
export interface IndexedDbAdapter extends AutosaveAdapter {
  /** Deletes the draft for `key`, if there is one. */
  clear(key: AutosaveKey): Promise<void>;
  /** Closes the database connection (the next call opens it again). */
  close(): void;
}

/** One stored draft: the key's three parts, when it was saved, and the response. */
export interface StoredDraft {
  readonly caseId: string;
  readonly template: string;
  readonly responseId: string;
  /** ISO 8601 (`toISOString`), so that text order is time order. */
  readonly savedAt: string;
  readonly response: AssessmentResponse;
}

/** The database name used when none is given. */
export const DEFAULT_DRAFT_DATABASE = 'practice-elements-drafts';

/** Days a draft is kept after its last save, unless `expiryDays` says otherwise. */
export const DEFAULT_DRAFT_EXPIRY_DAYS = 30;

/** The object store holding the drafts, keyed by `[caseId, template, responseId]`. */
export const DRAFT_STORE = 'drafts';

const DATABASE_VERSION = 1;
const SAVED_AT_INDEX = 'savedAt';
const DAY_MS = 86_400_000;

/**
 * Keeps drafts in IndexedDB, one per case, template and response, each with the time it was saved.
 * Expired drafts (older than `expiryDays`) are deleted when the database is first opened and
 * whenever one is asked for; `load` never returns one. Fails (rejects) where IndexedDB is not
 * available: the autosave controller reports that as a failed save.
 */
export function indexedDbAdapter(options: IndexedDbAdapterOptions = {}): IndexedDbAdapter {
  const databaseName = options.databaseName ?? DEFAULT_DRAFT_DATABASE;
  const expiryDays = options.expiryDays ?? DEFAULT_DRAFT_EXPIRY_DAYS;
  if (!(expiryDays > 0)) {
    throw new RangeError(`expiryDays must be a positive number of days; got ${String(expiryDays)}`);
  }
  const now = options.now ?? (() => new Date());
  let opening: Promise<IDBDatabase> | undefined;

  /** Drafts saved at or before this time have expired. */
  const cutoff = (): string | undefined =>
    Number.isFinite(expiryDays)
      ? new Date(now().getTime() - expiryDays * DAY_MS).toISOString()
      : undefined;

  const isExpired = (draft: StoredDraft): boolean => {
    const limit = cutoff();
    return limit !== undefined && !(draft.savedAt > limit);
  };

  const database = (): Promise<IDBDatabase> => {
    opening ??= openDatabase(databaseName, cutoff()).then(
      (db) => {
        // Another tab upgrading or deleting the database: step aside, reopen on next use.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        return db;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  };

  const deleteDraft = async (key: IDBValidKey): Promise<void> => {
    const tx = (await database()).transaction(DRAFT_STORE, 'readwrite');
    tx.objectStore(DRAFT_STORE).delete(key);
    await completion(tx);
  };

  return {
    async load(key) {
      const id = storeKey(key);
      const tx = (await database()).transaction(DRAFT_STORE, 'readonly');
      const found = (await result(tx.objectStore(DRAFT_STORE).get(id))) as StoredDraft | undefined;
      if (!found || typeof found !== 'object' || typeof found.savedAt !== 'string')
        return undefined;
      if (isExpired(found)) {
        await deleteDraft(id);
        return undefined;
      }
      return found.response;
    },

    async save(key, response) {
      const draft: StoredDraft = {
        caseId: key.caseId,
        template: key.template,
        responseId: key.responseId,
        savedAt: now().toISOString(),
        response,
      };
      const tx = (await database()).transaction(DRAFT_STORE, 'readwrite');
      tx.objectStore(DRAFT_STORE).put(draft);
      await completion(tx);
    },

    async clear(key) {
      await deleteDraft(storeKey(key));
    },

    close() {
      const current = opening;
      opening = undefined;
      void current?.then((db) => db.close()).catch(() => undefined);
    },
  };
}

// ---------------------------------------------------------------------------------------------

function storeKey(key: AutosaveKey): IDBValidKey {
  return [key.caseId, key.template, key.responseId];
}

/** Opens (creating on first use) the database, then deletes the drafts saved at or before `cutoff`. */
async function openDatabase(name: string, cutoff: string | undefined): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('IndexedDB is not available in this browser');
  }
  const request = indexedDB.open(name, DATABASE_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(DRAFT_STORE)) {
      const store = db.createObjectStore(DRAFT_STORE, {
        keyPath: ['caseId', 'template', 'responseId'],
      });
      store.createIndex(SAVED_AT_INDEX, SAVED_AT_INDEX);
    }
  };
  const db = await result(request);
  if (cutoff !== undefined) {
    try {
      const tx = db.transaction(DRAFT_STORE, 'readwrite');
      const expired = tx.objectStore(DRAFT_STORE).index(SAVED_AT_INDEX);
      const cursors = expired.openCursor(IDBKeyRange.upperBound(cutoff));
      cursors.onsuccess = () => {
        const cursor = cursors.result;
        if (!cursor) return;
        cursor.delete();
        cursor.continue();
      };
      await completion(tx);
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return db;
}

/** The result of an IndexedDB request, as a promise. */
function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects when it fails or is aborted. */
function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
  });
}
