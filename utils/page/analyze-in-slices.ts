// The engine is synchronous. A typical article goes through it in one call; a very long page
// (hundreds of KB) would make that call a long task, so its text is cut at paragraph breaks
// into chunks sized to take a few ms each, and the chunks' claims are then compared with each
// other in one last, small call made of their sentences only.
import type { Claim, Entity, InputDocument, PressRelease, Report } from '../core/report';

export type Engine = (docs: InputDocument[]) => Report;

export interface ChunkOptions {
  /** Texts up to this length go through the engine in one call. */
  singleCallChars?: number;
  /** Wanted duration of one engine call, in ms. */
  targetMs?: number;
  now?: () => number;
}

const MIN_CHUNK = 2_000;
const MAX_CHUNK = 200_000;
/** Beyond this, comparing every claim's sentence would itself be a long task: skipped. */
const MAX_COMPARE_CHARS = 80_000;

/** Where to end a chunk near `wanted`: a paragraph break, else a line break, else a sentence end. */
export function chunkEnd(text: string, start: number, wanted: number): number {
  const limit = start + wanted;
  if (limit >= text.length) return text.length;
  const floor = start + Math.floor(wanted / 2);
  for (const mark of ['\n\n', '\n', '. ']) {
    const at = text.lastIndexOf(mark, limit);
    if (at >= floor) return at + mark.length;
  }
  const space = text.lastIndexOf(' ', limit);
  return space >= floor ? space + 1 : limit;
}

export function* analyzeInSlices(doc: InputDocument, engine: Engine, options: ChunkOptions = {}): Generator<void, Report> {
  const { singleCallChars = 24_000, targetMs = 5, now = () => performance.now() } = options;
  if (doc.text.length <= singleCallChars) return engine([doc]);

  const claims: Claim[] = [];
  const entities: Entity[] = [];
  const pressReleases = new Map<string, PressRelease>();
  let lang = doc.lang ?? '';
  let size = Math.min(singleCallChars, 16_000);
  for (let start = 0; start < doc.text.length; ) {
    const end = chunkEnd(doc.text, start, size);
    const began = now();
    const part = engine([{ ...doc, text: doc.text.slice(start, end) }]);
    const took = Math.max(now() - began, 0.25);
    size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, ((end - start) * targetMs) / took)));
    const found = part.documents[0];
    if (found) {
      lang ||= found.lang;
      for (const claim of found.claims) claims.push({ ...claim, start: claim.start + start, end: claim.end + start });
      for (const entity of found.entities) entities.push({ ...entity, start: entity.start + start, end: entity.end + start });
    }
    for (const release of part.press_releases) pressReleases.set(release.url, release);
    start = end;
    yield;
  }
  claims.forEach((claim, i) => (claim.id = `d1.c${i + 1}`));
  const compared = yield* compareSentences(doc, claims, engine);
  for (const release of compared.press_releases) pressReleases.set(release.url, release);
  return {
    version: 1,
    documents: [{ id: 'd1', source: doc.source, lang: lang || 'und', claims, entities }],
    duplicates: compared.duplicates,
    conflicts: compared.conflicts,
    press_releases: [...pressReleases.values()],
  };
}

/**
 * Duplicates and conflicts across chunks: the engine reads a short text made of the claims'
 * sentences, and its claims are matched back to ours by their place inside the sentence.
 */
function* compareSentences(doc: InputDocument, claims: Claim[], engine: Engine): Generator<void, Pick<Report, 'duplicates' | 'conflicts' | 'press_releases'>> {
  const none = { duplicates: [], conflicts: [], press_releases: [] };
  const blocks: { from: number; at: number }[] = [];
  const parts: string[] = [];
  const seen = new Set<number>();
  let length = 0;
  for (const claim of claims) {
    const from = doc.text.lastIndexOf(claim.sentence, claim.start);
    if (from < 0 || from + claim.sentence.length < claim.end || seen.has(from)) continue;
    seen.add(from);
    blocks.push({ from, at: length });
    parts.push(claim.sentence);
    length += claim.sentence.length + 2;
  }
  if (length === 0 || length > MAX_COMPARE_CHARS) return none;
  yield;
  const report = engine([{ ...doc, text: parts.join('\n\n') }]);
  const byStart = new Map(claims.map((c) => [c.start, c]));
  const ids = new Map<string, string>();
  for (const claim of report.documents[0]?.claims ?? []) {
    const block = lastBlockAtOrBefore(blocks, claim.start);
    const original = block && byStart.get(block.from + claim.start - block.at);
    if (original && original.metric === claim.metric) ids.set(claim.id, original.id);
  }
  const duplicates = report.duplicates
    .map((group) => [...new Set(group.map((id) => ids.get(id)).filter((id): id is string => !!id))])
    .filter((group) => group.length >= 2);
  const conflicts = report.conflicts.flatMap((c) => {
    const a = ids.get(c.a);
    const b = ids.get(c.b);
    return a && b && (a !== b || c.a === c.b) ? [{ ...c, a, b }] : [];
  });
  return { duplicates, conflicts, press_releases: report.press_releases };
}

function lastBlockAtOrBefore(blocks: { from: number; at: number }[], offset: number) {
  let found: { from: number; at: number } | undefined;
  for (let low = 0, high = blocks.length - 1; low <= high; ) {
    const mid = (low + high) >> 1;
    if (blocks[mid].at <= offset) {
      found = blocks[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
