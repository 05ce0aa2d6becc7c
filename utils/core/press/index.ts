// Press releases, the offline part: links already in an article, the company directory,
// search links the reader can open, and checking an article's claims against a release.
export { classifyLink, looksLikeRelease, type ClassifyOptions, type LinkClass, type LinkKind } from './classify';
export { findLinks, trimUrl, type FoundLink } from './links';
export { linkCandidates, pressReleaseLinks, type Anchor, type LinkCandidate } from './release-links';
export { hostMatchScore, subjectForLink } from './subject';
export {
  COMPANIES, CompanySchema, companyForHost, displayName, lookupCompany, releasePages, tickerForms, type Company,
} from './directory';
export { directoryLinks, searchFigure, searchLinks, SEARCH_SOURCES, type SearchSource } from './search';
export { checkAgainstRelease, pairWithRelease, type CompareFunction, type ReleaseCheck, type ReleaseSide, type ReleaseVerdict } from './check';
export { matchesRelease, rankReleases, sameCompanyName, type RankedRelease, type ReleaseCandidate, type ReleaseMatch } from './match';
export { describeFigure } from './words';
export { pressReleaseCues, type ReleaseCues } from './release-detect';
export { pressFindings, type DocumentReleaseCheck, type PressDocument, type PressFindings, type PressOptions } from './documents';
