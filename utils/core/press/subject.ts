// Which company a link belongs to: the directory knows the big ones by domain; for the rest
// the host name is compared with the claim subjects ("helvio-batteries.com" ↔ "Helvio
// Batteries SA", "investors.norvane.com" ↔ "Norvane Robotics"); failing that, the subject
// named closest before the link in the text.
import type { Company } from './directory';
import { coreWords, nameWords } from './names';
import { domainLabel, hostOf } from './url';

const NEAR_DISTANCE = 600;

/**
 * The directory lookups the link code needs. Passed in rather than imported, so a content
 * script can find release links without shipping the directory (see in-page.ts).
 */
export interface DirectoryLookups {
  companyForHost(urlOrHost: string): Company | null;
  lookupCompany(name: string): Company | null;
  displayName(company: Company): string;
}

/** 3: the domain spells the whole name; 2: it spells its first word(s); 0: unrelated. */
export function hostMatchScore(host: string, name: string): number {
  const label = domainLabel(host).replace(/-/g, '');
  const words = coreWords(name);
  if (!label || words.length === 0) return 0;
  const joined = words.join('');
  if (label === joined || label === nameWords(name).join('')) return 3;
  const first = words[0]!;
  if (first.length >= 3 && (label === first || (joined.startsWith(label) && label.startsWith(first)))) return 2;
  if (first.length >= 4 && label.startsWith(first)) return 2;
  return 0;
}

function sameCompany(subject: string, company: Company, directory: DirectoryLookups): boolean {
  const found = directory.lookupCompany(subject);
  return found !== null && (found.id === company.id || found.parent === company.id || company.parent === found.id);
}

/** The subject mentioned last before `position` (within a few paragraphs' reach), if any. */
function nearestSubjectBefore(text: string, position: number, subjects: string[]): string | null {
  const preceding = text.slice(Math.max(0, position - NEAR_DISTANCE), position).toLowerCase();
  let best: { subject: string; at: number } | null = null;
  for (const subject of subjects) {
    const first = coreWords(subject)[0];
    if (!first || first.length < 3) continue;
    const at = preceding.normalize('NFD').replace(/\p{M}/gu, '').lastIndexOf(first);
    if (at >= 0 && (!best || at > best.at)) best = { subject, at };
  }
  return best?.subject ?? null;
}

export interface SubjectContext {
  /** The document text and the link's offset in it, to find a subject named nearby. */
  text?: string;
  start?: number;
  directory?: DirectoryLookups | null;
}

/** The company a link belongs to, as one of `subjects` when possible, else the directory's name. */
export function subjectForLink(href: string, subjects: string[], context: SubjectContext = {}): string | null {
  const host = hostOf(href);
  if (!host) return null;
  const directory = context.directory ?? null;
  const company = directory?.companyForHost(host) ?? null;
  if (directory && company) return subjects.find((subject) => sameCompany(subject, company, directory)) ?? directory.displayName(company);
  let best: { subject: string; score: number } | null = null;
  for (const subject of subjects) {
    const score = hostMatchScore(host, subject);
    if (score > 0 && (!best || score > best.score)) best = { subject, score };
  }
  if (best) return best.subject;
  if (context.text !== undefined && context.start !== undefined) return nearestSubjectBefore(context.text, context.start, subjects);
  return null;
}

/** True when the link's host belongs to one of the subjects (by directory or by name). */
export function hostBelongsToSubject(href: string, subjects: string[], directory: DirectoryLookups | null = null): boolean {
  const host = hostOf(href);
  if (!host) return false;
  const company = directory?.companyForHost(host) ?? null;
  if (directory && company) return subjects.some((subject) => sameCompany(subject, company, directory));
  return subjects.some((subject) => hostMatchScore(host, subject) > 0);
}
