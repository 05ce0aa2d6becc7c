import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Wording } from '@/utils/describe-claim';

/** The message lookup and locale, provided once at the root; tests provide en or fr tables. */
export const WordingContext = createContext<Wording>({ t: (key) => key, locale: 'en' });

export function useWording(): Wording {
  return useContext(WordingContext);
}
