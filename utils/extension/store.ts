// A very small observable value: enough state management for the popup and options page
// without a library. Components read it through `useStore` (components/popup/use-store.ts).
export interface Store<T> {
  get(): T;
  /** Merges a partial update and notifies every subscriber. */
  set(update: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(update) {
      value = { ...value, ...update };
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
