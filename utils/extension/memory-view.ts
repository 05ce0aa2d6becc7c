// Words and dates shared by the popup's "Read before" section and the hover card's memory line.
import type { MemoryArticle } from './messages';

/** "26 Nov 2026" in the reader's language: the publication day, else the day it was read. */
export function memoryDate(article: Pick<MemoryArticle, 'published' | 'analysedAt'>, locale: string): string {
  const day = article.published ? Date.parse(`${article.published}T00:00:00Z`) : article.analysedAt;
  if (!Number.isFinite(day)) return article.published ?? '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  } catch {
    return new Date(day).toISOString().slice(0, 10);
  }
}

/** "Reuters, Les Echos": each outlet once, in the order first met. */
export function outletList(articles: Pick<MemoryArticle, 'outlet'>[], locale: string): string {
  const outlets = [...new Set(articles.map((article) => article.outlet))];
  try {
    return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(outlets);
  } catch {
    return outlets.join(', ');
  }
}

/** Only the addresses the popup and the card may link to: web pages, never javascript: or data:. */
export function safeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

