// The engine is synchronous. A typical article goes through it in one call; a very long page
// (hundreds of KB) would make that call a long task, so its text is cut at paragraph breaks
// into chunks sized to take a few ms each (the first one small: the engine's first call pays
// for compiling its code, whatever the size). Each chunk's claims are handed on at once, so the
// page can highlight them before the rest is read. The chunks' claims are then compared with
// each other: by the engine's comparison stage when one is given, else in one last, small call
// made of the claims' sentences only.
import type { Claim, Entity, InputDocument, PressRelease, Report } from '../core/report';

export type Engine = (docs: InputDocument[]) => Report;

/** `early`: a first look at the lead; `part`: one chunk of a long text; `whole`: a text read in one call. */
export type ChunkKind = 'early' | 'part' | 'whole';

/** The engine's comparison stage (`compareDocuments` in core): duplicates and conflicts of claims already found. */
export type Compare = (docs: { id: string; lang: string; published?: string; claims: Claim[]; text?: string }[]) => Pick<Report, 'duplicates' | 'conflicts'>;

export interface ChunkOptions {
  /** Texts up to this length go through the engine in one call. */
  singleCallChars?: number;
  /** Wanted duration of one engine call, in ms. */
  targetMs?: number;
  /** Size of the first chunk: small, since the first call also compiles the engine. */
  firstChunkChars?: number;
  /**
   * Whether a short text's lead is read first, alone, when someone waits for early figures
   * (default). Worth it where the engine's first call compiles its code on the page's thread.
   */
  leadFirst?: boolean;
  /** Largest chunk, whatever the engine's speed (each chunk's claims are handed on as one piece). */
  maxChunkChars?: number;
  now?: () => number;
  /**
   * Reads one chunk of a long text (default: `engine`). Only the chunk's document and press
   * releases are kept, so with `compare` given this may be the engine without its comparison stage.
   */
  readPart?: Engine;
  compare?: Compare;
  /** Claims per comparison call, in text order (the comparison grows faster than its input). */
  compareWindow?: number;
  /**
   * Told each chunk's claims and entities (offsets into the whole text) as soon as they are
   * found. An `early` chunk is a first look, for showing figures at once (the lead of a short
   * text, read again with the rest); the `part`s, in order, or the one `whole`, make up the
   * report's document.
   */
  onChunk?: (claims: Claim[], entities: Entity[], kind: ChunkKind) => void;
}

/**
 * The comparison stage over 1,600 claims took 125-330 ms in one call (1.3 MB bench page), over
 * 400 about 20 ms: a long page is compared in windows of this many claims, each its own slice;
 * duplicates and conflicts between claims further apart than a window are not looked for.
 */
const COMPARE_WINDOW = 300;
const MIN_CHUNK = 1_000;
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

/** The next chunk's size from the last call's speed: never more than double the last (a lucky fast call is no promise). */
export function nextChunkSize(chars: number, tookMs: number, targetMs: number, maxChars = MAX_CHUNK): number {
  const fitting = (chars * targetMs) / Math.max(tookMs, 0.25);
  return Math.round(Math.min(maxChars, chars * 2, Math.max(MIN_CHUNK, fitting)));
}

export function* analyzeInSlices(doc: InputDocument, engine: Engine, options: ChunkOptions = {}): Generator<number | void, Report> {
  const { singleCallChars = 24_000, targetMs = 5, firstChunkChars = 2_000, maxChunkChars = MAX_CHUNK, leadFirst = true, now = () => performance.now(), readPart = engine, compare, compareWindow = COMPARE_WINDOW, onChunk } = options;
  if (doc.text.length <= singleCallChars) {
    // Someone waits for early figures: the lead goes first, alone. The engine's first call pays
    // for compiling its code whatever the size, so a small one shows figures sooner; the whole
    // text, read next, gives the report (the lead's figures are read twice: about 1 ms).
    if (onChunk && leadFirst && doc.text.length > 2 * firstChunkChars) {
      yield Infinity;
      const end = chunkEnd(doc.text, 0, firstChunkChars);
      const lead = engine([{ ...doc, text: doc.text.slice(0, end) }]).documents[0];
      if (lead) onChunk(lead.claims, lead.entities, 'early');
    }
    yield Infinity;
    const report = engine([doc]);
    const found = report.documents[0];
    if (found) onChunk?.(found.claims, found.entities, 'whole');
    return report;
  }

  const claims: Claim[] = [];
  const entities: Entity[] = [];
  const pressReleases = new Map<string, PressRelease>();
  let lang = doc.lang ?? '';
  let size = Math.min(singleCallChars, firstChunkChars);
  // The first call's cost is unknown (compiling): announced as a whole slice, so it starts one.
  let expectedMs = Infinity;
  for (let start = 0; start < doc.text.length; ) {
    yield expectedMs;
    expectedMs = targetMs;
    const end = chunkEnd(doc.text, start, size);
    const began = now();
    const part = readPart([{ ...doc, text: doc.text.slice(start, end) }]);
    size = nextChunkSize(end - start, now() - began, targetMs, maxChunkChars);
    const found = part.documents[0];
    if (found) {
      lang ||= found.lang;
      const first = claims.length;
      for (const claim of found.claims) claims.push({ ...claim, id: `d1.c${claims.length + 1}`, start: claim.start + start, end: claim.end + start });
      const shifted = found.entities.map((entity) => ({ ...entity, start: entity.start + start, end: entity.end + start }));
      entities.push(...shifted);
      onChunk?.(claims.slice(first), shifted, 'part');
    }
    for (const release of part.press_releases) pressReleases.set(release.url, release);
    start = end;
  }
  lang ||= 'und';
  let compared: Pick<Report, 'duplicates' | 'conflicts' | 'press_releases'>;
  if (compare) {
    compared = { duplicates: [], conflicts: [], press_releases: [] };
    for (let from = 0; from < claims.length; from += compareWindow) {
      yield Infinity;
      const part = compare([{ id: 'd1', lang, published: doc.published, claims: claims.slice(from, from + compareWindow), text: doc.text }]);
      compared.duplicates.push(...part.duplicates);
      compared.conflicts.push(...part.conflicts);
    }
  } else compared = yield* compareSentences(doc, claims, engine);
  for (const release of compared.press_releases) pressReleases.set(release.url, release);
  return {
    version: 1,
    documents: [{ id: 'd1', source: doc.source, lang, claims, entities }],
    duplicates: compared.duplicates,
    conflicts: compared.conflicts,
    press_releases: [...pressReleases.values()],
  };
}

/**
 * Duplicates and conflicts across chunks without the comparison stage: the engine reads a short
 * text made of the claims' sentences, and its claims are matched back to ours by their place
 * inside the sentence.
 */
function* compareSentences(doc: InputDocument, claims: Claim[], engine: Engine): Generator<number, Pick<Report, 'duplicates' | 'conflicts' | 'press_releases'>> {
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
  yield Infinity;
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
