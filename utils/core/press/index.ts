// Press releases, the offline part: links already in an article, the company directory,
// search links the reader can open, and checking an article's claims against a release.
// This entry brings the company directory; in-page.ts is the lighter one for content scripts.
import type { PressRelease } from '../report';
import { SHIPPED_DIRECTORY } from './directory';
import {
  linkCandidates as candidatesWith, pressReleaseLinks as releaseLinksWith, type Anchor, type LinkCandidate,
  type ReleaseLinkOptions,
} from './release-links';

export { classifyLink, looksLikeRelease, type ClassifyOptions, type LinkClass, type LinkKind } from './classify';
export { findLinks, trimUrl, type FoundLink } from './links';
export type { Anchor, LinkCandidate, ReleaseLinkOptions } from './release-links';
export { hostMatchScore, subjectForLink, type DirectoryLookups } from './subject';
export {
  COMPANIES, CompanySchema, SHIPPED_DIRECTORY, companyForHost, displayName, lookupCompany, releasePages, tickerForms,
  type Company,
} from './directory';
export { directoryLinks, searchFigure, searchLinks, SEARCH_SOURCES, type SearchSource } from './search';
export { checkAgainstRelease, pairWithRelease, type CompareFunction, type ReleaseCheck, type ReleaseSide, type ReleaseVerdict } from './check';
export { matchesRelease, rankReleases, sameCompanyName, type RankedRelease, type ReleaseCandidate, type ReleaseMatch } from './match';
export { describeFigure } from './words';
export { pressReleaseCues, type ReleaseCues } from './release-detect';
export { pressFindings, type DocumentReleaseCheck, type PressDocument, type PressFindings, type PressOptions } from './documents';

/** Release links of a document, judged with the shipped company directory unless told otherwise. */
export function pressReleaseLinks(text: string, anchors: Anchor[] = [], subjects: string[] = [], options: ReleaseLinkOptions = {}): PressRelease[] {
  return releaseLinksWith(text, anchors, subjects, { directory: SHIPPED_DIRECTORY, ...options });
}

/** Every link of a document, judged with the shipped company directory unless told otherwise. */
export function linkCandidates(text: string, anchors: Anchor[] = [], subjects: string[] = [], options: ReleaseLinkOptions = {}): LinkCandidate[] {
  return candidatesWith(text, anchors, subjects, { directory: SHIPPED_DIRECTORY, ...options });
}
