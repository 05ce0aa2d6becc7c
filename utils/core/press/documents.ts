// Everything the offline press-release work can say about one call's documents, in one step:
// release links written in them, releases given in the same call and matched by content
// (checked claim by claim), directory pages and search links. The lead wires this into analyze.
import type { Claim, Entity, PressRelease } from '../report';
import { checkAgainstRelease, type CompareFunction, type ReleaseCheck } from './check';
import { compareDocuments } from '../compare';
import { rankReleases, sameCompanyName } from './match';
import { pressReleaseLinks, type Anchor } from './release-links';
import { pressReleaseCues } from './release-detect';
import { directoryLinks, searchLinks } from './search';
import { SHIPPED_DIRECTORY } from './directory';

export interface PressDocument {
  id: string;
  /** File path or page URL, used as the release's address when its text gives none. */
  source: string;
  text: string;
  claims: Claim[];
  entities?: Entity[];
  lang?: string;
  published?: string;
  /** The page's links with their text (page layer); plain-text URLs are found anyway. */
  anchors?: Anchor[];
  pageUrl?: string;
}

export interface PressOptions {
  /** Newsroom and investor pages of directory companies (default true). */
  directory?: boolean;
  /** Newswire and EDGAR search pages for subjects without a release link (default true). */
  search?: boolean;
  compare?: CompareFunction;
}

export interface DocumentReleaseCheck {
  /** The news document and the release document (ids of the call). */
  article: string;
  release: string;
  checks: ReleaseCheck[];
}

export interface PressFindings {
  press_releases: PressRelease[];
  /** Ids of the documents that read as press releases themselves. */
  releaseDocuments: string[];
  checks: DocumentReleaseCheck[];
}

function claimSubjects(claims: Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.subject).filter((subject): subject is string => Boolean(subject)))];
}

function mainSubject(claims: Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const subject of claims.map((claim) => claim.subject)) if (subject) counts.set(subject, (counts.get(subject) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function pressFindings(docs: PressDocument[], options: PressOptions = {}): PressFindings {
  const compare = options.compare ?? compareDocuments;
  const entries: PressRelease[] = [];
  const seen = new Set<string>();
  // one entry per URL: a release checked by content ("verified") is not listed again as a link
  const add = (entry: PressRelease) => {
    if (seen.has(entry.url)) return;
    seen.add(entry.url);
    entries.push(entry);
  };
  const linksOf = new Map(
    docs.map((doc) => {
      const subjects = [...claimSubjects(doc.claims), ...(doc.entities ?? []).filter((e) => e.type === 'org').map((e) => e.text)];
      return [doc.id, pressReleaseLinks(doc.text, doc.anchors, subjects, { pageUrl: doc.pageUrl, directory: SHIPPED_DIRECTORY })];
    }),
  );
  const releases = docs.filter((doc) => doc.claims.length > 0 && pressReleaseCues(doc.text).release);
  const checks: DocumentReleaseCheck[] = [];

  for (const doc of docs) {
    if (releases.includes(doc)) continue;
    const [best] = rankReleases(doc, releases, compare);
    if (!best) continue;
    const release = releases.find((candidate) => candidate.id === best.id)!;
    const subject = mainSubject(release.claims);
    const ownLink = linksOf.get(release.id)!.find((link) => link.subject && subject && sameCompanyName(link.subject, subject));
    add({ url: ownLink?.url ?? release.source, subject, how: 'verified' });
    checks.push({ article: doc.id, release: release.id, checks: checkAgainstRelease(doc, release, compare) });
  }
  for (const links of linksOf.values()) links.forEach(add);

  const subjects = [...new Set(docs.flatMap((doc) => claimSubjects(doc.claims)))];
  if (options.directory !== false) directoryLinks(subjects).forEach(add);
  if (options.search !== false) {
    const linked = entries.filter((entry) => entry.how === 'link' || entry.how === 'verified').map((entry) => entry.subject ?? '');
    const allClaims = docs.flatMap((doc) => doc.claims);
    for (const subject of subjects)
      if (!linked.some((name) => sameCompanyName(name, subject))) searchLinks(subject, allClaims).forEach(add);
  }
  return { press_releases: entries, releaseDocuments: releases.map((doc) => doc.id), checks };
}
