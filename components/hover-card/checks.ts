// What the hover card says about a claim beyond its fields: repeats, conflicts, a conversion
// that does not add up, a press release. Pure: report and wording in, lines out.
import type { Claim, Report } from '@/utils/core/report';
import type { Wording } from '@/utils/describe-claim';
import { pageConflictReason } from '@/components/shared/conflict-reason';

export interface CardCheck {
  kind: 'duplicate' | 'conflict' | 'conversion' | 'press-release';
  text: string;
  /** The other statement, quoted, for a conflict. */
  quote?: string;
  /** Why, for a conflict: the engine's sentence, or the same built in the reader's language. */
  detail?: string;
  url?: string;
}

const QUOTE_MAX = 220;

/** A sentence cut to a readable length around the figure it is quoted for. */
export function shortQuote(claim: Claim): string {
  const sentence = claim.sentence.replace(/\s+/g, ' ').trim();
  return sentence.length <= QUOTE_MAX ? sentence : `${sentence.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

export function claimChecks(claim: Claim, report: Report, w: Wording): CardCheck[] {
  const checks: CardCheck[] = [];
  const byId = new Map(report.documents.flatMap((d) => d.claims).map((c) => [c.id, c]));
  const group = report.duplicates.find((ids) => ids.includes(claim.id));
  if (group) checks.push({ kind: 'duplicate', text: w.t('card_stated_times', [String(group.length)]) });
  for (const conflict of report.conflicts) {
    if (conflict.a === claim.id && conflict.b === claim.id) {
      const why = pageConflictReason({ a: claim, b: null, reason: conflict.reason }, w);
      checks.push({ kind: 'conversion', text: w.t('card_conversion_bad', [why]) });
      continue;
    }
    const otherId = conflict.a === claim.id ? conflict.b : conflict.b === claim.id ? conflict.a : null;
    const other = otherId ? byId.get(otherId) : undefined;
    if (!other) continue;
    // the engine's order of the two claims, which its sentence follows
    const [a, b] = conflict.a === claim.id ? [claim, other] : [other, claim];
    const detail = conflict.reason ? w.t('card_reason', [pageConflictReason({ a, b, reason: conflict.reason }, w)]) : undefined;
    checks.push({ kind: 'conflict', text: w.t('card_conflicts_with'), quote: shortQuote(other), detail });
  }
  const subject = claim.subject?.toLowerCase();
  for (const release of report.press_releases) {
    if (!subject || release.subject?.toLowerCase() !== subject) continue;
    checks.push({ kind: 'press-release', text: w.t(`card_press_${release.how}`), url: release.url });
  }
  return checks;
}
