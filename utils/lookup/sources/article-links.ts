// The press-release links the article itself gives (found offline by utils/core/press): the
// page layer's report lists anchors judged as releases; URLs written in the text count too.
import { pressReleaseLinks } from '../../core/press';
import type { Candidate } from '../context';
import type { LookupRequest } from '../index';

const MAX_LINKS = 5;

export function articleLinkCandidates(req: LookupRequest): Candidate[] {
  const claims = req.report.documents[0]?.claims ?? [];
  const subjects = [...new Set(claims.map((claim) => claim.subject).filter((s): s is string => Boolean(s)))];
  const links = [...req.report.press_releases.filter((entry) => entry.how === 'link'), ...pressReleaseLinks(req.text, [], subjects, { pageUrl: req.url })];
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const link of links) {
    if (!/^https?:\/\//i.test(link.url) || seen.has(link.url)) continue;
    seen.add(link.url);
    out.push({ url: link.url, title: '', source: 'article-links', subject: link.subject, hint: '' });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
