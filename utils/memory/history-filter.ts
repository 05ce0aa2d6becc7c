// The history page's search and filters, applied to announcements already grouped in memory:
// a substring of the company (folded like the store's company keys, so "societe generale"
// finds "Société Générale SA"), a date range, a language and "conflicts only".
import { companyKey, foldText } from './keys';
import type { Announcement } from './history';

export interface HistoryFilter {
  company: string;
  /** YYYY-MM-DD or null: the announcement's days must overlap [from, to]. */
  from: string | null;
  to: string | null;
  /** An article language ("en", "fr"…); null for any. */
  lang: string | null;
  conflictsOnly: boolean;
}

export const NO_FILTER: HistoryFilter = { company: '', from: null, to: null, lang: null, conflictsOnly: false };

export function isFiltering(filter: HistoryFilter): boolean {
  return filter.company.trim() !== '' || filter.from !== null || filter.to !== null || filter.lang !== null || filter.conflictsOnly;
}

function companyMatcher(query: string): ((announcement: Announcement) => boolean) | null {
  const wanted = foldText(query);
  if (!wanted) return null;
  return (announcement) =>
    announcement.reports.some(({ claim }) => (companyKey(claim.subject) ?? '').includes(wanted) || foldText(claim.subject ?? '').includes(wanted));
}

export function filterAnnouncements(announcements: Announcement[], filter: HistoryFilter): Announcement[] {
  if (!isFiltering(filter)) return announcements;
  const company = companyMatcher(filter.company);
  return announcements.filter(
    (a) =>
      (!filter.conflictsOnly || a.conflicts.length > 0) &&
      (filter.from === null || a.to >= filter.from) &&
      (filter.to === null || a.from <= filter.to) &&
      (filter.lang === null || a.reports.some((r) => r.article.lang === filter.lang)) &&
      (!company || company(a)),
  );
}

/** The languages present, for the filter's choices; sorted so the list does not jump. */
export function languagesOf(announcements: Announcement[]): string[] {
  const langs = new Set<string>();
  for (const a of announcements) for (const r of a.reports) langs.add(r.article.lang);
  return [...langs].sort();
}
