// Ranking found releases before and after reading them. Before: does the headline or the
// source name the company, how near is its date to the article's, do its figures appear in the
// article? After: the core's own matcher (company, paired figures, place) on the release text.
import { analyze } from '../core';
import { coreWords, nameWords } from '../core/press/names';
import type { Claim } from '../core/report';
import type { Candidate } from './context';

/** True when `text` names the company: its core words in a row ("Brenholt Robotics" or "Brenholt"). */
export function namesCompany(text: string, name: string): boolean {
  const words = coreWords(name);
  const first = words[0];
  if (!first || first.length < 3) return false;
  const haystack = ` ${nameWords(text).join(' ')} `;
  return haystack.includes(` ${words.join(' ')} `) || (first.length >= 4 && haystack.includes(` ${first} `));
}

function daysBetween(a: string, b: string): number | null {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.abs(ta - tb) / 86_400_000;
}

/** 1 on the article's day, 0 a month or more away; 0.5 when either date is unknown. */
export function dateNearness(articleDate: string | undefined, releaseDate: string | undefined): number {
  const days = articleDate && releaseDate ? daysBetween(articleDate, releaseDate) : null;
  return days === null ? 0.5 : Math.max(0, 1 - days / 30);
}

function sameAmount(a: Claim, b: Claim): boolean {
  if (a.metric !== b.metric) return false;
  if (a.metric === 'investment' && a.currency && b.currency && a.currency !== b.currency) return false;
  return Math.abs(a.amount - b.amount) <= 0.02 * Math.max(a.amount, b.amount);
}

/** Share of the candidate's figures (headline and summary) that the article also states. */
export function sharedFigures(articleClaims: Claim[], text: string, lang?: string): number {
  if (!/\d/.test(text)) return 0;
  const own = analyze([{ source: 'candidate', text, lang }]).documents[0]?.claims ?? [];
  if (own.length === 0) return 0;
  return own.filter((claim) => articleClaims.some((other) => sameAmount(claim, other))).length / own.length;
}

/** 0…1 from what the source says about a release, before fetching it. */
export function previewScore(candidate: Candidate, articleClaims: Claim[], published: string | undefined, lang?: string): number {
  const subject = candidate.subject;
  const company = subject ? namesCompany(`${candidate.title} ${candidate.hint}`, subject) || candidate.source === 'newsroom' : false;
  const figures = sharedFigures(articleClaims, `${candidate.title}. ${candidate.hint}`.slice(0, 1500), lang);
  const linked = candidate.source === 'article-links' ? 1 : 0;
  const score = 0.35 * (company || linked ? 1 : 0) + 0.35 * figures + 0.2 * dateNearness(published, candidate.date) + 0.1 * linked;
  return Math.round(score * 1000) / 1000;
}
