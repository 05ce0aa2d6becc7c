import { useEffect, useState } from 'preact/hooks';
import type { Store } from '@/utils/extension/store';

/** The store's current value; the component renders again whenever it changes. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get()); // it may have changed between render and subscription
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
