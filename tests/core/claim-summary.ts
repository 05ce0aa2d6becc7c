// One line per claim an article's text gives ("investment 1200000000 EUR Acme"), for the rule tests
// that set a sentence against what the engine should read in it.
import { extractDocument } from '../../utils/core/extract/index';

export function claimSummary(text: string, lang: string): string[] {
  return extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.currency ?? '-'} ${c.subject}`);
}
