// Which hosts a press-release lookup of one page would contact, as host permission patterns.
// The popup asks the background for this plan when it opens, so that the click on "Look up"
// can request the missing permissions at once, inside the click's user gesture.
import { lookupCompany } from '../core/press/directory';
import type { Report } from '../core/report';
import type { LookupSourceId } from '../lookup/schema';
import { fixedOrigins, originPattern, uniquePatterns } from './lookup-sources';

type BaseUrls = Partial<Record<LookupSourceId, string>>;

/** Origins of the release links written in the article (no network needed to list them). */
export function articleLinkOrigins(report: Report): string[] {
  return uniquePatterns(report.press_releases.filter((p) => p.how === 'link').map((p) => originPattern(p.url)));
}

/** The sites and newsrooms of the article's companies that the built-in directory knows. */
export function newsroomOrigins(report: Report): string[] {
  const subjects = new Set(report.documents.flatMap((d) => d.claims.map((c) => c.subject)).filter((s): s is string => !!s));
  const urls = [...subjects].flatMap((name) => {
    const company = lookupCompany(name);
    return company ? [company.site, company.newsroom, company.ir].filter((u): u is string => !!u) : [];
  });
  return uniquePatterns(urls.map(originPattern));
}

/** Every pattern the switched-on sources need for this page. */
export function neededOrigins(on: readonly LookupSourceId[], report: Report, baseUrls: BaseUrls = {}): string[] {
  return uniquePatterns(
    on.flatMap((source) => {
      if (baseUrls[source]) return fixedOrigins(source, baseUrls);
      if (source === 'article-links') return articleLinkOrigins(report);
      if (source === 'newsroom') return newsroomOrigins(report);
      return fixedOrigins(source);
    }),
  );
}
