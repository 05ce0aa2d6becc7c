// Press-release links written in the article: the links whose address or text says they lead
// to the company's own release (a newswire, a newsroom path, "press release" in the link
// text). Read from the page as it is; nothing is fetched.
import type { Report } from '../core/report';
import { type Anchor, pressReleaseLinks } from '../core/press/in-page';

/** More links than this in one article is a link farm; the first ones are enough. */
const MAX_ANCHORS = 400;

/**
 * `/^https?:\/\//i.test(href)` without a regular expression: its first use on a cold page compiles
 * it (about 0.3 ms), and this runs before the first highlight.
 */
function isWebAddress(href: string): boolean {
  const head = href.slice(0, 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://');
}

/** The article's http(s) links with their visible text. */
export function articleAnchors(root: Element): Anchor[] {
  const anchors: Anchor[] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    if (anchors.length >= MAX_ANCHORS) break;
    const href = (a as HTMLAnchorElement).href;
    if (isWebAddress(href)) anchors.push({ href, text: (a.textContent ?? '').trim() });
  }
  return anchors;
}

/** The report with the release links of its (single) document filled in. */
export function withReleaseLinks(report: Report, text: string, anchors: Anchor[], pageUrl: string): Report {
  const doc = report.documents[0];
  if (!doc) return report;
  const subjects = [
    ...new Set([...doc.claims.flatMap((c) => (c.subject ? [c.subject] : [])), ...doc.entities.filter((e) => e.type === 'org').map((e) => e.text)]),
  ];
  return { ...report, press_releases: pressReleaseLinks(text, anchors, subjects, { pageUrl }) };
}
