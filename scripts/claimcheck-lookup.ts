// Network lookups of press releases from the CLI (issue 5), only with an explicit flag:
//   --lookup                 every source (article links, newsroom, EDGAR, newswire, Wikidata)
//   --lookup=edgar,newsroom  only these
//   --lookup-base URL | NAME=URL   tests only: send a source (or all, as URL/NAME) to a local
//                            server on 127.0.0.1; CLAIMCHECK_LOOKUP_BASE does the same
// EDGAR asks for a User-Agent naming who is asking: set CLAIMCHECK_USER_AGENT="Name email".
import { pressReleaseLinks } from '../utils/core/press';
import type { PressRelease, Report } from '../utils/core/report';
import type { InputFile } from './claimcheck-input';
import { LOOKUP_SOURCES, lookUpPressReleases, pressReleasesFromOutcome, type LookupOutcome, type LookupRequest, type LookupSourceId } from '../utils/lookup';

export interface LookupCliOptions {
  sources: Set<LookupSourceId>;
  baseUrls: Partial<Record<LookupSourceId, string>>;
}

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;
const DEFAULT_USER_AGENT = 'Claimcheck/0.1.0 (command-line press-release lookup)';

/** Reads one lookup argument at args[i]; returns the index of the last argument used, or null when it is not one. */
export function takeLookupArg(args: string[], i: number, current: LookupCliOptions | undefined, fail: (message: string) => never): { index: number; options: LookupCliOptions } | null {
  const arg = args[i]!;
  if (arg === '--lookup' || arg.startsWith('--lookup=')) {
    const names = arg === '--lookup' ? [...LOOKUP_SOURCES] : arg.slice('--lookup='.length).split(',').map((name) => name.trim()).filter(Boolean);
    const unknown = names.filter((name) => !(LOOKUP_SOURCES as readonly string[]).includes(name));
    if (unknown.length || names.length === 0) fail(`--lookup takes sources among ${LOOKUP_SOURCES.join(',')}, got ${unknown.join(',') || 'nothing'}`);
    const options = current ?? { sources: new Set(), baseUrls: {} };
    for (const name of names) options.sources.add(name as LookupSourceId);
    return { index: i, options };
  }
  if (arg === '--lookup-base' || arg.startsWith('--lookup-base=')) {
    const value = arg === '--lookup-base' ? args[i + 1] : arg.slice('--lookup-base='.length);
    const options = current ?? { sources: new Set(), baseUrls: {} };
    Object.assign(options.baseUrls, parseBases(value ?? '', fail));
    return { index: arg === '--lookup-base' ? i + 1 : i, options };
  }
  return null;
}

/** "http://127.0.0.1:8080" (every source under /NAME) or "edgar=http://127.0.0.1:8080/x"; loopback only. */
function parseBases(value: string, fail: (message: string) => never): Partial<Record<LookupSourceId, string>> {
  const bases: Partial<Record<LookupSourceId, string>> = {};
  for (const part of value.split(',').filter(Boolean)) {
    const at = part.indexOf('=');
    const [name, url] = at > 0 ? [part.slice(0, at), part.slice(at + 1)] : [null, part];
    if (!LOOPBACK.test(url)) fail(`--lookup-base is for tests: only http://127.0.0.1 addresses, got ${url}`);
    if (name === null) for (const id of LOOKUP_SOURCES) bases[id] = `${url.replace(/\/+$/, '')}/${id}`;
    else if ((LOOKUP_SOURCES as readonly string[]).includes(name)) bases[name as LookupSourceId] = url;
    else fail(`--lookup-base: unknown source ${name}`);
  }
  return bases;
}

/** The lookup request for one analysed document, with the release links its HTML gives. */
export function lookupRequest(input: InputFile, report: Report, index: number, title = ''): LookupRequest {
  const doc = report.documents[index]!;
  const subjects = [...new Set(doc.claims.flatMap((claim) => (claim.subject ? [claim.subject] : [])))];
  // The article's own links, read from the same article element the extension reads them from.
  const links: PressRelease[] = input.anchors ? pressReleaseLinks(input.text, input.anchors, subjects) : [];
  const single: Report = { ...report, documents: [doc], press_releases: links };
  return { url: `file://${input.source}`, title, lang: doc.lang, published: input.published, text: input.text, report: single };
}

/** Runs the lookups for each document, one after the other. */
export async function runLookups(inputs: InputFile[], report: Report, options: LookupCliOptions): Promise<LookupOutcome[]> {
  const outcomes: LookupOutcome[] = [];
  const envBase = process.env.CLAIMCHECK_LOOKUP_BASE;
  const baseUrls = { ...(envBase ? parseBases(envBase, (message) => { throw new Error(message); }) : {}), ...options.baseUrls };
  for (let i = 0; i < inputs.length; i++) {
    outcomes.push(
      await lookUpPressReleases(lookupRequest(inputs[i]!, report, i), {
        fetch,
        enabled: options.sources,
        baseUrls,
        userAgent: process.env.CLAIMCHECK_USER_AGENT || DEFAULT_USER_AGENT,
      }),
    );
  }
  return outcomes;
}

/** The report's entries, the lookups' first: a release read and checked is 'verified', not a 'link' any more. */
export function mergePressReleases(offline: PressRelease[], outcomes: LookupOutcome[]): PressRelease[] {
  const merged: PressRelease[] = [];
  const seen = new Set<string>();
  for (const entry of [...outcomes.flatMap(pressReleasesFromOutcome), ...offline]) {
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    merged.push(entry);
  }
  return merged;
}

/** Lines for the text summary and for stderr. */
export function describeOutcomes(outcomes: LookupOutcome[]): { summary: string; problems: string[] } {
  const lines: string[] = [];
  outcomes.forEach((outcome, i) => {
    lines.push(`Press-release lookups for d${i + 1} (asked: ${outcome.asked.join(', ') || 'none'}):`);
    if (outcome.releases.length === 0) lines.push('  none found');
    for (const release of outcome.releases) {
      lines.push(`  ${release.title} (${release.source}${release.date ? `, ${release.date}` : ''}, score ${release.score.toFixed(2)})`);
      lines.push(`    ${release.url}`);
      for (const check of release.checks) lines.push(`    ${check.claimId}: ${check.summary}`);
    }
  });
  return { summary: lines.join('\n'), problems: outcomes.flatMap((outcome) => outcome.problems.map((p) => `lookup: ${p.detail}`)) };
}
