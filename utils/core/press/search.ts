// "Search for the press release" links: pages the reader opens, built from the company name
// and a figure. Nothing is fetched here; each entry is marked how: 'search'. Also the
// directory's newsroom and investor pages for known companies (how: 'directory').
import type { Claim, PressRelease } from '../report';
import { lookupCompany, releasePages, COMPANIES, type Company } from './directory';
import { withoutLegalForm } from './names';
import { longAmount, groupDigits } from './words';

export interface SearchSource {
  name: string;
  /** Builds the search page URL from a query ("Helvio Batteries 1.2 billion"). */
  url(query: string, company: Company | null): string | null;
}

const q = encodeURIComponent;

/** Search pages of newswires and of SEC EDGAR full-text search (for US filers). */
export const SEARCH_SOURCES: SearchSource[] = [
  { name: 'PR Newswire', url: (query) => `https://www.prnewswire.com/search/news/?keyword=${q(query)}` },
  { name: 'GlobeNewswire', url: (query) => `https://www.globenewswire.com/search/keyword/${q(query)}` },
  {
    name: 'SEC EDGAR full-text search',
    url: (query, company) => (company === null || company.country === 'US' ? `https://www.sec.gov/edgar/search/#/q=${q(query)}&forms=8-K` : null),
  },
];

function sameSubject(claim: Claim, subject: string, company: Company | null): boolean {
  if (!claim.subject) return false;
  if (company) return lookupCompany(claim.subject)?.id === company.id;
  return withoutLegalForm(claim.subject).toLowerCase() === withoutLegalForm(subject).toLowerCase();
}

/** The figure a release would print for the subject's main new claim: "1.2 billion", "2,000 jobs". */
export function searchFigure(subject: string, claims: Claim[]): string | null {
  const company = lookupCompany(subject);
  const own = claims.filter((claim) => sameSubject(claim, subject, company) && claim.status === 'new');
  const pick = own.find((claim) => claim.metric === 'investment') ?? own[0];
  if (!pick) return null;
  return pick.metric === 'jobs' ? `${groupDigits(pick.amount)} jobs` : longAmount(pick.amount);
}

/** Search pages for the subject's press release, the figure quoted so releases that print it come first. */
export function searchLinks(subject: string, claims: Claim[] = []): PressRelease[] {
  const company = lookupCompany(subject);
  const name = withoutLegalForm(subject); // the article's own words search better than a legal name
  if (!name) return [];
  const figure = searchFigure(subject, claims);
  const query = figure ? `"${name}" "${figure}"` : `"${name}"`;
  return SEARCH_SOURCES.map((source) => source.url(query, company))
    .filter((url): url is string => url !== null)
    .map((url) => ({ url, subject, how: 'search' as const }));
}

/** The directory's newsroom and investor pages for each known subject (a unit falls back to its parent's). */
export function directoryLinks(subjects: string[]): PressRelease[] {
  const entries: PressRelease[] = [];
  const seen = new Set<string>();
  for (const subject of subjects) {
    const company = lookupCompany(subject);
    if (!company) continue;
    const parent = company.parent ? COMPANIES.find((entry) => entry.id === company.parent) : undefined;
    const pages = releasePages(company).length > 0 ? releasePages(company) : parent ? releasePages(parent) : [];
    for (const url of pages)
      if (!seen.has(url)) {
        seen.add(url);
        entries.push({ url, subject, how: 'directory' });
      }
  }
  return entries;
}
