// Article-like text with claims planted at known offsets, so the bench can score every tool
// on the same text it times. Seeded: the same seed and size always give the same corpus.
import {
  LANGS, randomCurrency, randomJobCount, randomMoneyAmount, renderCount, renderDate, renderMoney,
  renderPercent, renderSharePrice, type Currency, type Lang,
} from './figures';
import { seededRandom, type Random } from './random';
import { COMPANIES, TEMPLATES } from './templates';

export interface PlantedClaim {
  metric: 'investment' | 'jobs';
  amount: number;
  currency: Currency | null;
  /** UTF-16 offsets of the figure ("€1.2bn", "3 000 emplois") in the article text. */
  start: number;
  end: number;
}

export interface Article {
  lang: Lang;
  text: string;
  planted: PlantedClaim[];
}

export interface Sentence {
  text: string;
  planted: PlantedClaim[];
}

/** Shares of sentence kinds: about one claim sentence in twelve, as in a business story. */
const CLAIM_SHARE = 0.07;
const DISTRACTOR_SHARE = 0.25;
/** A rough dollar rate, only to write a plausible conversion beside some euro figures. */
const EUR_TO_USD = 1.08;

function fill(template: string, lang: Lang, company: string, rng: Random): Sentence {
  const planted: PlantedClaim[] = [];
  let text = '';
  let last = 0;
  for (const slot of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, slot.index);
    last = slot.index + slot[0].length;
    const start = text.length;
    switch (slot[1]) {
      case 'co': text += company; break;
      case 'place': text += rng.pick(TEMPLATES[lang].places); break;
      case 'date': text += renderDate(lang, rng); break;
      case 'year': text += String(rng.int(2019, 2031)); break;
      case 'pct': text += renderPercent(lang, rng); break;
      case 'price': text += renderSharePrice(lang, rng); break;
      case 'rev': text += renderMoney(randomMoneyAmount(rng) * 10, randomCurrency(rng), lang, rng); break;
      case 'staff': text += renderCount(randomJobCount(rng) * 10, lang, 'people', rng); break;
      case 'cut': text += renderCount(randomJobCount(rng), lang, 'cuts', rng); break;
      case 'inv': {
        const amount = randomMoneyAmount(rng);
        const currency = randomCurrency(rng);
        text += renderMoney(amount, currency, lang, rng);
        planted.push({ metric: 'investment', amount, currency, start, end: text.length });
        if (currency === 'EUR' && rng.chance(0.15)) {
          const converted = Number((amount * EUR_TO_USD).toPrecision(2));
          text += ` (${renderMoney(converted, 'USD', lang, rng)})`;
        }
        break;
      }
      case 'create':
      case 'hire': {
        const amount = randomJobCount(rng);
        text += renderCount(amount, lang, slot[1] === 'create' ? 'posts' : 'people', rng);
        planted.push({ metric: 'jobs', amount, currency: null, start, end: text.length });
        break;
      }
      default: throw new Error(`unknown template slot ${slot[0]}`);
    }
  }
  return { text: text + template.slice(last), planted };
}

export type SentenceKind = 'claim' | 'distractor' | 'filler';

export function generateSentence(rng: Random, lang: Lang, kind: SentenceKind, company = rng.pick(COMPANIES)): Sentence {
  const t = TEMPLATES[lang];
  const pool = kind === 'claim' ? t.claims : kind === 'distractor' ? t.distractors : t.fillers;
  return fill(rng.pick(pool), lang, company, rng);
}

function randomKind(rng: Random): SentenceKind {
  const r = rng.next();
  return r < CLAIM_SHARE ? 'claim' : r < CLAIM_SHARE + DISTRACTOR_SHARE ? 'distractor' : 'filler';
}

/** One article of about `targetChars` characters: paragraphs of two to five sentences. */
export function generateArticle(rng: Random, lang: Lang, targetChars: number): Article {
  const company = rng.pick(COMPANIES);
  const planted: PlantedClaim[] = [];
  let text = '';
  // Every article opens with a claim, as the stories this extension is for do.
  let first = true;
  while (text.length < targetChars) {
    if (text) text += '\n\n';
    const count = rng.int(2, 5);
    for (let i = 0; i < count; i++) {
      if (i > 0) text += ' ';
      const sentence = generateSentence(rng, lang, first ? 'claim' : randomKind(rng), company);
      first = false;
      for (const p of sentence.planted) planted.push({ ...p, start: p.start + text.length, end: p.end + text.length });
      text += sentence.text;
    }
  }
  return { lang, text, planted };
}

/** Articles of ~`articleChars` each, languages in turn, until about `totalBytes` of UTF-8. */
export function generateCorpus(seed: number, totalBytes: number, articleChars = 10_000): Article[] {
  const rng = seededRandom(seed);
  const articles: Article[] = [];
  let bytes = 0;
  // Stop when what is left would make a stub of an article: the 10 KB corpus is one article.
  while (totalBytes - bytes > articleChars / 4) {
    const lang = LANGS[articles.length % LANGS.length];
    const article = generateArticle(rng, lang, Math.min(articleChars, totalBytes - bytes));
    articles.push(article);
    bytes += Buffer.byteLength(article.text, 'utf8');
  }
  return articles;
}

/** The articles as one long page: joined by blank lines, planted offsets shifted to match. */
export function joinArticles(articles: Article[]): { text: string; planted: PlantedClaim[] } {
  const parts: string[] = [];
  const planted: PlantedClaim[] = [];
  let offset = 0;
  for (const a of articles) {
    if (parts.length) offset += 2;
    parts.push(a.text);
    for (const p of a.planted) planted.push({ ...p, start: p.start + offset, end: p.end + offset });
    offset += a.text.length;
  }
  return { text: parts.join('\n\n'), planted };
}
