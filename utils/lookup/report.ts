// A lookup's releases as the report's press_releases entries (CLI): 'verified' once read and
// compared, else how each was found: the article's link, the company's newsroom ('directory'),
// or a search (EDGAR, newswire).
import type { PressRelease } from '../core/report';
import type { LookupOutcome, LookupSourceId } from './schema';

const HOW: Record<LookupSourceId, PressRelease['how']> = {
  'article-links': 'link',
  newsroom: 'directory',
  edgar: 'search',
  newswire: 'search',
  wikidata: 'search',
};

export function pressReleasesFromOutcome(outcome: LookupOutcome): PressRelease[] {
  return outcome.releases.map((release) => ({
    url: release.url,
    subject: release.subject,
    how: release.fetched && release.checks.length > 0 ? 'verified' : HOW[release.source],
  }));
}
