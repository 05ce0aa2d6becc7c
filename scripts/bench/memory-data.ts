// Generated articles for the memory benchmarks (Node and Chromium): a fixed seed, so runs
// are comparable; companies skewed as news is; one year of publication dates.
import type { ArticleInput, StoredClaim } from '../../utils/memory/schema';

export const COMPANIES = 300;
export const DAY_MS = 86_400_000;
export const NOW = Date.UTC(2026, 10, 26);

// A fixed-seed generator so runs are comparable.
let seed = 42;
export function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const PLACES = ['France', 'Germany', 'Spain', 'Ireland', 'Poland', 'Texas', null] as const;
const OUTLETS = ['Reuters', 'Les Echos', 'Handelsblatt', 'El País', 'Financial Times', 'Le Monde', 'Bloomberg'];

/** Skewed towards the first companies, as news is: a few firms fill many articles. */
function company(): string {
  return `Company ${Math.floor(COMPANIES * random() ** 2)}`;
}

function generatedClaim(i: number, subject: string): StoredClaim {
  const jobs = random() < 0.5;
  const amount = jobs ? 100 * Math.ceil(random() * 50) : 1e8 * Math.ceil(random() * 30);
  const sentence = `${subject} said on Tuesday it would ${jobs ? `hire ${amount} people` : `invest ${amount / 1e6} million euros`} at its sites over the next three years, the company said in a statement.`;
  return {
    id: `c${i + 1}`, metric: jobs ? 'jobs' : 'investment', subject, amount, amount_max: null, currency: jobs ? null : 'EUR',
    qualifier: pick(['over', 'about', 'exact', 'up_to'] as const), location: pick(PLACES), period: random() < 0.3 ? 'by 2028' : null,
    status: pick(['new', 'new', 'new', 'cumulative', 'earlier'] as const), alt: null, start: 40, end: 58, sentence, figure: jobs ? `${amount} people` : `${amount / 1e6} million euros`,
  };
}

export function generatedArticle(n: number): ArticleInput {
  const subject = company();
  const daysAgo = Math.floor(random() * 365);
  const claims = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => generatedClaim(i, random() < 0.8 ? subject : company()));
  return {
    url: `https://news${n % 50}.example/business/${n}-${subject.replace(' ', '-').toLowerCase()}-expands`,
    title: `${subject} announces a major expansion of its European operations (${n})`,
    outlet: pick(OUTLETS),
    published: new Date(NOW - daysAgo * DAY_MS).toISOString().slice(0, 10),
    lang: pick(['en', 'fr', 'de', 'es']),
    analysedAt: NOW - daysAgo * DAY_MS + Math.floor(random() * DAY_MS),
    claims,
  };
}
