// The part of the press-release work that may run in a content script: finding and judging
// the links of the page. It does not import the company directory (about 18 kB gzipped);
// pass `directory` in the options where the directory is at hand (index.ts does).
export { classifyLink, looksLikeRelease, type ClassifyOptions, type LinkClass, type LinkKind } from './classify';
export { findLinks, trimUrl, type FoundLink } from './links';
export { linkCandidates, pressReleaseLinks, type Anchor, type LinkCandidate, type ReleaseLinkOptions } from './release-links';
export { pressReleaseCues, type ReleaseCues } from './release-detect';
export { hostMatchScore, subjectForLink, type DirectoryLookups } from './subject';
