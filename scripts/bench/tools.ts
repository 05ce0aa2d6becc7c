// The tools the bench times and scores, each as "texts in, figures out". Our engine is used
// only through `analyze` and the Report types, so this keeps working while the engine changes.
//
// The peers do not know what an investment or a hiring claim is. To score them on the same
// task we give them the most generous reading: every money entity counts as an investment
// figure, and every number followed by a jobs noun (in any of the four languages) as a jobs
// figure. They are timed on their own work only (parsing), not on this glue.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ItemEntity } from 'wink-nlp';
import { analyze } from '../../utils/core/index';
import { JOB_NOUNS } from './figures';

export interface FoundFigure {
  metric: 'investment' | 'jobs';
  amount: number;
  start: number;
  end: number;
}

export interface Tool {
  name: string;
  /** The work that is timed: one call over all texts. */
  run(texts: string[]): unknown;
  /** Figures per text, from what `run` returned. */
  figures(output: unknown, texts: string[]): FoundFigure[][];
}

/** The floor: one pass of a regex for number-like tokens ("1,2", "3 000", "2.500"). */
export const NUMBER_LIKE = /\d+(?:[.,\u00A0\u202F ]\d+)*/g;
function countNumberLike(text: string): number {
  let n = 0;
  NUMBER_LIKE.lastIndex = 0;
  while (NUMBER_LIKE.exec(text)) n++;
  return n;
}

export const floorTool: Tool = {
  name: 'floor (number regex)',
  run: (texts) => texts.map(countNumberLike),
  figures: (_output, texts) => texts.map(() => []),
};

export const claimcheckTool: Tool = {
  name: 'claimcheck analyze',
  run: (texts) => analyze(texts.map((text, i) => ({ source: `bench-${i + 1}.txt`, text }))),
  figures: (output) =>
    (output as ReturnType<typeof analyze>).documents.map((doc) =>
      doc.claims.map((c) => ({ metric: c.metric, amount: c.amount, start: c.start, end: c.end })),
    ),
};

const nounWords = Object.values(JOB_NOUNS).flatMap((n) => [...n.posts, ...n.people]);
const FOLLOWED_BY_JOBS_NOUN = new RegExp(`^[\\s\\u00A0\\u202F]+(?:${nounWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');

function jobsNounAfter(text: string, end: number): boolean {
  return FOLLOWED_BY_JOBS_NOUN.test(text.slice(end, end + 40));
}

/** English number reading for a peer's entity text: "$4.5 billion" → 4.5e9, "3,000" → 3000. */
function readEnglishAmount(value: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(billion|bn|million|mn|m|thousand)?\b/i.exec(value);
  if (!m) return null;
  const scale: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3 };
  return parseFloat(m[1].replace(/,/g, '')) * (m[2] ? scale[m[2].toLowerCase()] : 1);
}

interface CompromiseMatch { text: string; offset: { start: number; length: number }; money?: { num: number }; number?: { num: number } }

const compromiseTool: Tool = {
  name: 'compromise',
  run: (texts) =>
    texts.map((text) => {
      const doc = nlp(text);
      return {
        money: doc.money().json({ offset: true }) as CompromiseMatch[],
        numbers: doc.numbers().json({ offset: true }) as CompromiseMatch[],
      };
    }),
  figures: (output, texts) =>
    (output as { money: CompromiseMatch[]; numbers: CompromiseMatch[] }[]).map(({ money, numbers }, i) => {
      const found: FoundFigure[] = [];
      for (const m of money) {
        const start = m.offset.start;
        const end = start + m.offset.length;
        // money() alone drops "billion"; numbers() inside the same span reads it, so take
        // that when present: the peer's best reading, not its worst.
        const inner = numbers.find((n) => n.offset.start >= start && n.offset.start < end);
        const amount = inner?.number?.num ?? m.money?.num;
        if (amount != null) found.push({ metric: 'investment', amount, start, end });
      }
      for (const n of numbers) {
        const start = n.offset.start;
        const end = start + n.offset.length;
        if (n.number && jobsNounAfter(texts[i], end)) found.push({ metric: 'jobs', amount: n.number.num, start, end });
      }
      return found;
    }),
};

const wink = winkNLP(model);
const its = wink.its;

interface WinkEntity { type: string; value: string; span: [number, number] }

const winkTool: Tool = {
  name: 'wink-nlp',
  run: (texts) =>
    texts.map((text) => {
      const doc = wink.readDoc(text);
      const entities: WinkEntity[] = [];
      doc.entities().each((e: ItemEntity) => entities.push({ type: e.out(its.type) as string, value: e.out() as string, span: e.out(its.span) as unknown as [number, number] }));
      return { entities, tokens: doc.tokens().out() as string[], spaces: doc.tokens().out(its.precedingSpaces) as string[] };
    }),
  figures: (output, texts) =>
    (output as { entities: WinkEntity[]; tokens: string[]; spaces: string[] }[]).map(({ entities, tokens, spaces }, i) => {
      const text = texts[i];
      const starts = tokenOffsets(text, tokens, spaces);
      const found: FoundFigure[] = [];
      for (const e of entities) {
        const start = starts[e.span[0]];
        const end = starts[e.span[1]] + tokens[e.span[1]].length;
        const amount = readEnglishAmount(e.value);
        if (amount == null) continue;
        if (e.type === 'MONEY') found.push({ metric: 'investment', amount, start, end });
        else if (e.type === 'CARDINAL' && jobsNounAfter(text, end)) found.push({ metric: 'jobs', amount, start, end });
      }
      return found;
    }),
};

/** wink keeps tokens and the spaces before each, so offsets can be rebuilt exactly. */
function tokenOffsets(text: string, tokens: string[], spaces: string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (let t = 0; t < tokens.length; t++) {
    pos += spaces[t].length;
    // Guard against any token wink normalised: resynchronise on the next occurrence.
    if (!text.startsWith(tokens[t], pos)) {
      const found = text.indexOf(tokens[t], pos);
      if (found >= 0) pos = found;
    }
    starts.push(pos);
    pos += tokens[t].length;
  }
  return starts;
}

export const ALL_TOOLS = [floorTool, claimcheckTool, compromiseTool, winkTool];
