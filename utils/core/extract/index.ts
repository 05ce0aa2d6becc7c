// Stages 1–5 of the pipeline for one document, in order:
//   1. tokens with exact offsets      01-tokens
//   2. language, sentences            02-language, 03-sentences (boilerplate lines flagged)
//   3. figures                        04-numbers, 05-figures (inside 09-claims, per sentence)
//   4. entities                       06-entities (people, organisations, places)
//   5. claims                         07-metric, 08-context, 09-claims
import type { Claim, Entity } from '../report';
import { tokenize, type Token } from './01-tokens';
import { detectLanguage } from './02-language';
import { splitSentences, type Sentence } from './03-sentences';
import { findFigures, type Figure } from './05-figures';
import { findEntities, type Mention } from './06-entities';
import { readClaims, type ClaimDraft } from './09-claims';
import { MONTHS } from './data/numbers';

export interface ExtractedDocument {
  lang: string;
  /** Claims with ids `${docId}.cN`, in text order. */
  claims: Claim[];
  entities: Entity[];
}

export interface PipelineTrace {
  lang: string;
  tokens: Token[];
  sentences: Sentence[];
  figures: Figure[];
  mentions: Mention[];
  claims: Claim[];
  entities: Entity[];
}

/** The publication year: given, or read from a dateline near the top ("May 6, 2025", "le 11 mars 2025"). */
function documentYear(tokens: Token[], published?: string): number | null {
  const given = published?.match(/^(\d{4})/);
  if (given) return +given[1];
  for (let i = 0; i < Math.min(tokens.length, 200); i++) {
    if (!MONTHS.has(tokens[i].lower)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (tokens[k].kind === 'num' && tokens[k].lower.length === 4) return +tokens[k].lower;
  }
  return null;
}

/** The draft's fields in the order 09-claims writes them, without the figure, then the id: what
 * `({ figure, ...c }) => ({ ...c, id })` gives. Spelled out so each access has one known shape
 * (a loop over Object.keys made every read and write a keyed, megamorphic one). */
function claimOf(d: ClaimDraft, id: string): Claim {
  return {
    metric: d.metric, subject: d.subject, amount: d.amount, amount_max: d.amount_max, currency: d.currency,
    qualifier: d.qualifier, location: d.location, period: d.period, status: d.status, alt: d.alt,
    start: d.start, end: d.end, sentence: d.sentence, reasons: d.reasons, id,
  };
}

export function runPipeline(docId: string, text: string, lang?: string, published?: string): PipelineTrace {
  const tokens = tokenize(text);
  const language = detectLanguage(tokens, lang);
  const sentences = splitSentences(text, tokens);
  const mentions = findEntities(text, tokens, sentences, language);
  const drafts = readClaims(text, tokens, sentences, mentions, language, documentYear(tokens, published));
  // loops, not drafts.map(callback): a full GC drops the optimized code of closures made per call
  const claims: Claim[] = [];
  const figures: Figure[] = [];
  for (let i = 0; i < drafts.length; i++) {
    claims.push(claimOf(drafts[i], `${docId}.c${i + 1}`));
    figures.push(drafts[i].figure);
  }
  const entities: Entity[] = [];
  for (const m of mentions) {
    if (m.place?.adjective) continue;
    const start = tokens[m.from].start;
    const end = tokens[m.to - 1].end;
    const entity: Entity = { text: text.slice(start, end), type: m.type, start, end };
    if (m.type === 'person') entity.role = m.role ?? null;
    entities.push(entity);
  }
  return { lang: language, tokens, sentences, figures, mentions, claims, entities };
}

/** All figures of every sentence (for the debug script; claims use them sentence by sentence). */
export function allFigures(trace: PipelineTrace): Figure[] {
  return trace.sentences.flatMap((s) => findFigures(trace.tokens, s.from, s.to, trace.lang as 'en'));
}

export function extractDocument(docId: string, text: string, lang?: string, published?: string): ExtractedDocument {
  const { lang: detected, claims, entities } = runPipeline(docId, text, lang, published);
  return { lang: detected, claims, entities };
}
