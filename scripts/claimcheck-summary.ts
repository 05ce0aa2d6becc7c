// The CLI's readable output: one block per document, then duplicates, conflicts and press releases.
import type { Claim, Report } from '../utils/core/report';
import type { DocumentReleaseCheck } from '../utils/core/press';

function number(n: number): string {
  const abs = Math.abs(n);
  const short = (x: number) => String(+x.toFixed(x < 10 ? 2 : 1));
  if (abs >= 1e9) return `${short(n / 1e9)} bn`;
  if (abs >= 1e6) return `${short(n / 1e6)} m`;
  return n.toLocaleString('en-US');
}

export function figure(c: Pick<Claim, 'metric' | 'amount' | 'amount_max' | 'currency'>): string {
  const value = c.amount_max != null ? `${number(c.amount)}–${number(c.amount_max)}` : number(c.amount);
  return c.metric === 'jobs' ? `${value} jobs` : `${value} ${c.currency ?? '(no currency)'}`;
}

function claimLine(c: Claim, text: string): string {
  const parts = [
    `${c.id.padEnd(7)} ${c.metric.padEnd(10)} ${figure(c)}`,
    c.qualifier !== 'exact' ? `[${c.qualifier}]` : '',
    c.alt ? `(given as ${number(c.alt.amount)} ${c.alt.currency})` : '',
  ].filter(Boolean);
  const details = [
    `subject: ${c.subject ?? '?'}`,
    `place: ${c.location ?? '?'}`,
    c.period ? `period: ${c.period}` : '',
    `status: ${c.status}`,
    `at ${c.start}-${c.end} “${text.slice(c.start, c.end)}”`,
  ].filter(Boolean);
  return `  ${parts.join(' ')}\n          ${details.join(' · ')}`;
}

/** `texts` maps a document id to the text its offsets count in. */
export function summary(report: Report, texts: Map<string, string>, dates: Map<string, string | undefined>, releaseChecks: DocumentReleaseCheck[] = []): string {
  const out: string[] = [];
  const claims = new Map<string, Claim>();
  for (const doc of report.documents) {
    const date = dates.get(doc.id);
    out.push(`${doc.id} ${doc.source} (${doc.lang}${date ? `, ${date}` : ''}): ${doc.claims.length} claim(s)`);
    for (const c of doc.claims) {
      claims.set(c.id, c);
      out.push(claimLine(c, texts.get(doc.id) ?? ''));
    }
    out.push('');
  }
  const label = (id: string) => {
    const c = claims.get(id);
    return c ? `${id} (${figure(c)}${c.subject ? `, ${c.subject}` : ''})` : id;
  };
  out.push(`Duplicates: ${report.duplicates.length ? '' : 'none'}`);
  for (const group of report.duplicates) out.push(`  ${group.map(label).join(' = ')}`);
  out.push(`Conflicts: ${report.conflicts.length ? '' : 'none'}`);
  for (const c of report.conflicts) {
    out.push(c.a === c.b ? `  ${label(c.a)}: ${c.reason}` : `  ${label(c.a)} vs ${label(c.b)}: ${c.reason}`);
  }
  out.push(`Press releases: ${report.press_releases.length ? '' : 'none found'}`);
  for (const p of report.press_releases) out.push(`  [${p.how}] ${p.subject ?? '?'}: ${p.url}`);
  for (const check of releaseChecks) {
    out.push(`  ${check.article} against the press release ${check.release}:`);
    for (const c of check.checks) out.push(`    ${label(c.claim)}: ${c.text}`);
  }
  return out.join('\n');
}
