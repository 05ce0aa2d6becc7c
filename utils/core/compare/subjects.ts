// Which subjects name the same company. "Helvio" and "Helvio Batteries SA" do (the longer
// name only adds a legal form and a word for the trade); "AWS" and "Amazon Web Services" do
// (initials); "Amazon" and "Amazon Web Services" do not: a subsidiary keeps its own claims.

const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'se', 'ag', 'gmbh', 'kg', 'kgaa', 'inc', 'corp', 'corporation', 'ltd', 'limited',
  'plc', 'llc', 'lp', 'nv', 'bv', 'spa', 'srl', 'sl', 'ab', 'asa', 'as', 'oyj', 'co', 'company', 'cie', 'the',
]);

// Words that name a trade, often dropped after the first mention ("Kestrel Pharma" → "Kestrel",
// "Groupe Renault" → "Renault").
// Words that usually name a separate business ("Web Services", "Energy", "Cloud", "Bank",
// "Helicopters") are deliberately absent, so a subsidiary is never folded into its parent.
const TRADE_WORDS = new Set([
  'group', 'groupe', 'gruppe', 'grupo', 'holding', 'holdings', 'international', 'industries', 'industrie',
  'batteries', 'battery', 'robotics', 'pharma', 'pharmaceutical', 'pharmaceuticals', 'biologics', 'biotech',
  'therapeutics', 'foods', 'food', 'motors', 'motor', 'automotive', 'technologies', 'technology', 'tech',
  'systems', 'electronics', 'semiconductor', 'semiconductors', 'chemicals', 'chemical', 'steel', 'solutions',
  'labs', 'laboratories', 'laboratoires', 'aerospace', 'aviation', 'airlines', 'manufacturing', 'brands',
  'cables', 'materials', 'metals', 'mining', 'paper', 'packaging', 'textiles', 'plastics', 'glass', 'cement',
  'engineering', 'devices', 'instruments', 'medical', 'optics', 'shipping', 'logistics', 'vehicles', 'cars',
  'chips', 'software', 'networks', 'telecom', 'foods', 'beverages', 'drinks', 'retail', 'stores',
]);

// Each name is split once: subjectIndex compares every name with every company found so far.
const wordsOf = new Map<string, readonly string[]>();

function words(name: string): readonly string[] {
  let ws = wordsOf.get(name);
  if (!ws) {
    if (wordsOf.size > 10_000) wordsOf.clear();
    ws = splitWords(name);
    wordsOf.set(name, ws);
  }
  return ws;
}

function splitWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\([^)]*\)/g, ' ') // "(AMZN.O)", "(NASDAQ: MSFT)"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w));
}

/** The core of a name: lower case, no accents, legal forms and tickers dropped. */
export function subjectKey(name: string | null | undefined): string {
  return name ? words(name).join(' ') : '';
}

// Loops rather than callbacks: a callback is a closure made per call, and a full GC drops the
// optimized code of closures that no longer exist.

function initials(ws: readonly string[]): string {
  let out = '';
  for (const w of ws) out += w[0];
  return out;
}

function withoutTrade(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of ws) if (!TRADE_WORDS.has(w)) out.push(w);
  return out;
}

/** True when two subject names denote the same company. */
export function sameSubject(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = words(a ?? '');
  const y = words(b ?? '');
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // initials: "AWS" for "Amazon Web Services"
  if (short.length === 1 && long.length >= 2 && short[0] === initials(long)) return true;
  if (short.length === 1 && long.length >= 2 && short[0] === initials(withoutTrade(long))) return true;
  // the same name once the words for the trade are set aside: "Kestrel Pharma" / "Kestrel",
  // "Groupe Renault" / "Renault"; a name made only of such words proves nothing
  const core = withoutTrade(short).join(' ');
  return !!core && core === withoutTrade(long).join(' ');
}

/** Adds `head` (its index) to the list under `key`. */
function file(index: Map<string, number[]>, key: string, head: number): void {
  const list = index.get(key);
  if (list) list.push(head);
  else index.set(key, [head]);
}

/**
 * Maps every subject name to one representative per company, so claims can be bucketed by a
 * plain string. Longer names are preferred as representatives ("Helvio Batteries SA").
 *
 * Each name goes to the first representative it is `sameSubject` with. Instead of testing every
 * representative (quadratic in the companies of a page), representatives are filed under each
 * key by which `sameSubject` can match them (their words, their words without trade words,
 * their initials, a lone word) and only those filed under the name's own keys are tested.
 */
/** The first head of `list` before `first` that is the same company as `name`, else `first`. */
function earliestSame(list: number[] | undefined, first: number, heads: string[], name: string): number {
  if (!list) return first;
  // lists grow in head order: past the earliest match found so far nothing can win
  for (const h of list) {
    if (h >= first) return first;
    if (sameSubject(heads[h], name)) return h;
  }
  return first;
}

/** A name with its count of words, to sort by. */
interface Sized {
  name: string;
  length: number;
}

/** More words first, then the names in code-unit order. */
const byLengthThenName = (p: Sized, q: Sized) => q.length - p.length || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0);

export function subjectIndex(names: (string | null)[]): Map<string, string> {
  const seen = new Set<string>();
  const sized: Sized[] = [];
  for (const n of names) {
    if (!n || seen.has(n)) continue;
    seen.add(n);
    const length = words(n).length;
    if (length > 0) sized.push({ name: n, length });
  }
  sized.sort(byLengthThenName);
  const representative = new Map<string, string>();
  const heads: string[] = [];
  const byWords = new Map<string, number[]>(); // the words joined
  const byCore = new Map<string, number[]>(); // the words without trade words, when any is left
  const byInitials = new Map<string, number[]>(); // initials of a name of two words or more (with and without trade words)
  const byLoneWord = new Map<string, number[]>(); // the one word of a one-word name
  for (const { name } of sized) {
    const ws = words(name);
    const core = withoutTrade(ws);
    const coreKey = core.join(' ');
    let first = Infinity;
    first = earliestSame(byWords.get(ws.join(' ')), first, heads, name);
    if (coreKey) first = earliestSame(byCore.get(coreKey), first, heads, name);
    if (ws.length === 1) first = earliestSame(byInitials.get(ws[0]), first, heads, name);
    else {
      first = earliestSame(byLoneWord.get(initials(ws)), first, heads, name);
      first = earliestSame(byLoneWord.get(initials(core)), first, heads, name);
    }
    if (first !== Infinity) {
      representative.set(name, heads[first]);
      continue;
    }
    const h = heads.length;
    heads.push(name);
    representative.set(name, name);
    file(byWords, ws.join(' '), h);
    if (coreKey) file(byCore, coreKey, h);
    if (ws.length >= 2) {
      file(byInitials, initials(ws), h);
      const coreInitials = initials(core);
      if (coreInitials && coreInitials !== initials(ws)) file(byInitials, coreInitials, h);
    } else file(byLoneWord, ws[0], h);
  }
  return representative;
}
