// Every way a source can fail, as one sentence a reader understands. Nothing here throws:
// the lookup reports what went wrong and carries on with the other sources.
import type { LookupSourceId, ProblemKind, SourceProblem } from './schema';

const SOURCE_NAMES: Record<LookupSourceId, string> = {
  'article-links': 'The press release linked from the article',
  newsroom: "The company's newsroom",
  edgar: 'SEC EDGAR',
  newswire: 'The newswire',
  wikidata: 'Wikidata',
};

export function sourceName(source: LookupSourceId): string {
  return SOURCE_NAMES[source];
}

const WHAT_HAPPENED: Record<ProblemKind, string> = {
  timeout: 'did not answer in time',
  'too-large': 'sent a reply too large to read',
  malformed: 'sent a reply that could not be read',
  refused: 'refused the request',
  'http-error': 'answered with an error',
  'rate-limited': 'asked us to slow down',
  offline: 'could not be reached (no connection, or no permission to contact it)',
};

/** "SEC EDGAR did not answer in time (after 8 s)." */
export function problem(source: LookupSourceId, kind: ProblemKind, why?: string, url?: string): SourceProblem {
  const detail = `${sourceName(source)} ${WHAT_HAPPENED[kind]}${why ? ` (${why})` : ''}.`;
  return url ? { source, kind, detail, url } : { source, kind, detail };
}
