import type { Claim, Report } from '@/utils/core/report';
import { describeClaimLine } from '@/utils/describe-claim';
import { safeLink } from '@/utils/extension/memory-view';
import type { FoundRelease, LookupOutcome, LookupSourceId, ReleaseCheck } from '@/utils/lookup/schema';
import { useWording } from '../shared/wording';

interface Props {
  outcome: LookupOutcome;
  report: Report;
}

/** Message keys of the sources' names (literal, so the locale test sees every one). */
export const SOURCE_NAME_KEYS: Record<LookupSourceId, string> = {
  'article-links': 'lookup_source_links',
  newsroom: 'lookup_source_newsroom',
  edgar: 'lookup_source_edgar',
  newswire: 'lookup_source_newswire',
  wikidata: 'lookup_source_wikidata',
};

const VERDICT_KEYS: Record<ReleaseCheck['verdict'], string> = {
  matches: 'lookup_verdict_matches',
  differs: 'lookup_verdict_differs',
  absent: 'lookup_verdict_absent',
};

// Everything fetched is rendered as text nodes (JSX children), never as HTML.
function ReleaseItem({ release, claims }: { release: FoundRelease; claims: Map<string, Claim> }) {
  const w = useWording();
  const link = safeLink(release.url);
  return (
    <li class="release" data-testid="lookup-release" data-source={release.source}>
      {link ? (
        <a href={link} target="_blank" rel="noreferrer noopener" data-nav="" class="release-title">
          {release.title || link}
        </a>
      ) : (
        <span class="release-title">{release.title || release.url}</span>
      )}
      <p class="quiet release-meta">
        {release.date && <time dateTime={release.date}>{release.date} · </time>}
        {w.t('lookup_release_from', [w.t(SOURCE_NAME_KEYS[release.source])])}
      </p>
      {release.checks.length > 0 && (
        <ul class="list release-checks">
          {release.checks.map((check) => {
            const claim = claims.get(check.claimId);
            return (
              <li key={check.claimId} class={`release-check ${check.verdict}`} data-testid="release-check" data-verdict={check.verdict} data-claim-id={check.claimId}>
                <span class="chip">{w.t(VERDICT_KEYS[check.verdict])}</span> {claim && <strong>{describeClaimLine(claim, w)}</strong>}
                <span class="quote">{check.summary}</span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** What a lookup found: releases with their per-claim verdicts, then each source's problems. */
export function LookupResults({ outcome, report }: Props) {
  const w = useWording();
  const claims = new Map(report.documents.flatMap((d) => d.claims).map((c) => [c.id, c]));
  return (
    <>
      {outcome.releases.length === 0 ? (
        <p class="quiet" data-testid="lookup-none">{w.t('lookup_none')}</p>
      ) : (
        <ul class="list">
          {outcome.releases.map((release) => (
            <ReleaseItem key={release.url} release={release} claims={claims} />
          ))}
        </ul>
      )}
      {outcome.problems.length > 0 && (
        <ul class="list problems">
          {outcome.problems.map((problem, i) => (
            <li key={i} class="quiet" data-testid="lookup-problem" data-source={problem.source} data-kind={problem.kind}>
              {w.t('lookup_problem', [w.t(SOURCE_NAME_KEYS[problem.source]), problem.detail])}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
