// A value a lazily injected script leaves for the content script in their shared isolated world
// (the hover card's mount function, the zod/mini schemas): one slot per symbol on the global.
export interface GlobalSlot<T> {
  get(): T | undefined;
  set(value: T): void;
}

export function globalSlot<T>(key: symbol): GlobalSlot<T> {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return { get: () => holder[key], set: (value) => { holder[key] = value; } };
}
