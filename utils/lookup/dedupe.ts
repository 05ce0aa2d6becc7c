// One release often reaches us several ways: the article links the Business Wire copy, the
// newsroom feed has the company's own, GlobeNewswire its copy. The reader needs it once: the
// article's link first, else the company's own page, else a filing, else a newswire copy.
import { foldText } from '../core/press/classify';
import type { LookupSourceId } from './schema';

const PREFERENCE: LookupSourceId[] = ['article-links', 'newsroom', 'edgar', 'newswire', 'wikidata'];

interface Story {
  title: string;
  date?: string;
  source: LookupSourceId;
}

function titleKey(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Same headline (case, accents and punctuation aside) and no contradicting dates. */
export function sameStory(a: Story, b: Story): boolean {
  const key = titleKey(a.title);
  return key.length > 0 && key === titleKey(b.title) && (!a.date || !b.date || a.date === b.date);
}

/** Keeps the preferred copy of each story, in the order given otherwise. */
export function oneCopyEach<T extends Story>(items: T[]): T[] {
  const kept: T[] = [];
  const byPreference = [...items].sort((a, b) => PREFERENCE.indexOf(a.source) - PREFERENCE.indexOf(b.source));
  for (const item of byPreference) if (!kept.some((other) => sameStory(other, item))) kept.push(item);
  return items.filter((item) => kept.includes(item));
}
