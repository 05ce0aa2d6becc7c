// Press-release links already present in an article: no network, only the URLs and the words
// around them. A page's HTML anchors (from the page layer) and the URLs written in its text
// are judged alike; the words introducing a plain-text URL stand in for its link text.
import type { PressRelease } from '../report';
import { classifyLink, foldText, looksLikeRelease, type ClassifyOptions, type LinkClass } from './classify';
import { RELEASE_WORDS } from './link-tables';
import { findLinks } from './links';
import { hostBelongsToSubject, subjectForLink, type DirectoryLookups } from './subject';

export interface ReleaseLinkOptions extends ClassifyOptions {
  /** Company directory lookups; without them only the subjects' names tell whose site a host is. */
  directory?: DirectoryLookups | null;
}

export interface Anchor {
  href: string;
  /** The anchor's visible text. */
  text: string;
  /** Offset of the anchor's text in the document text, when the page layer knows it. */
  start?: number;
}

export interface LinkCandidate {
  url: string;
  anchorText: string;
  start: number | undefined;
  found: LinkClass;
  /** The company the release belongs to (only worked out for release links). */
  subject: string | null;
  /** True when the link looks like the company's original announcement. */
  release: boolean;
}

/** Every link of the document (anchors first, then URLs written in the text), judged. */
export function linkCandidates(text: string, anchors: Anchor[] = [], subjects: string[] = [], options: ReleaseLinkOptions = {}): LinkCandidate[] {
  const directory = options.directory ?? null;
  const seen = new Set<string>();
  const inputs = [
    ...anchors.map((anchor) => ({ url: anchor.href, anchorText: anchor.text, start: anchor.start })),
    ...findLinks(text).map((link) => ({ url: link.href, anchorText: link.lead, start: link.start as number | undefined })),
  ];
  const candidates: LinkCandidate[] = [];
  for (const input of inputs) {
    if (seen.has(input.url)) continue;
    seen.add(input.url);
    const found = classifyLink(input.url, input.anchorText, options);
    const release = isRelease(input.url, input.anchorText, found, subjects, directory);
    const subject = release ? subjectForLink(input.url, subjects, { text, start: input.start, directory }) : null;
    candidates.push({ ...input, found, subject, release });
  }
  return candidates;
}

function isRelease(url: string, anchorText: string, found: LinkClass, subjects: string[], directory: DirectoryLookups | null): boolean {
  if (!looksLikeRelease(found, anchorText)) return false;
  // a "/news/…" page may be an outlet's article: believe it only on the site of a subject or
  // of a directory company, or when the link text says it is an announcement
  if (found.reason === 'news-section')
    return (
      hostBelongsToSubject(url, subjects, directory) || directory?.companyForHost(url) != null || RELEASE_WORDS.test(foldText(anchorText))
    );
  return true;
}

/** Report entries for the links that look like the original press release. */
export function pressReleaseLinks(text: string, anchors: Anchor[] = [], subjects: string[] = [], options: ReleaseLinkOptions = {}): PressRelease[] {
  return linkCandidates(text, anchors, subjects, options)
    .filter((candidate) => candidate.release)
    .map((candidate) => ({ url: candidate.url, subject: candidate.subject, how: 'link' as const }));
}
