import type { Waiting } from "./offline.ts";

/**
 * What waits on the phone, in IndexedDB (it outlives a closed tab, a reload
 * and a phone restart, unlike memory or sessionStorage). Four calls, so a
 * small wrapper of IndexedDB's requests rather than a library for it.
 */

const DB = "ocop-producer-offline";
const STORE = "waiting";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    // `n` counts up with each record, so reading by key is reading in the order recorded.
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "n", autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps a record at the end of the queue. */
export const keep = (record: Waiting) => run("readwrite", (store) => store.add(record));

/** The producer's records, oldest first. */
export const waitingOf = async (producer: string) => (await run("readonly", (store) => store.getAll() as IDBRequest<Waiting[]>)).filter((r) => r.producer === producer);

/** Replaces a record (its `n` stays). */
export const update = (record: Waiting) => run("readwrite", (store) => store.put(record));

/** Forgets a record once it is sent, or discarded. */
export const forget = (n: number) => run("readwrite", (store) => store.delete(n));
