/**
 * localStorage when the browser allows it. In a frame of another site it may throw (third-party
 * storage blocked); then a store in memory keeps the session working and nothing crashes.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** A store that lasts as long as the page: for blocked storage, and for a tracker whose copy must not outlive it. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

let store: KeyValueStore | undefined;

/** The page's persistent store, or a memory store where the browser refuses one. */
export function safeStorage(): KeyValueStore {
  if (store) return store;
  try {
    const local = window.localStorage;
    local.getItem('leerlijn:probe');
    store = local;
  } catch {
    store = memoryStore();
  }
  return store;
}
