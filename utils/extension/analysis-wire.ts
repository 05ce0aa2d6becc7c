// The compact form of a report's document piece on the analysis port: claims as fixed-width rows
// of numbers, entities as rows of three integers, and one table of the piece's distinct strings
// (subjects, currencies, places, periods, ids, rule names) that the rows point into. A claim's
// sentence is the article's own text, so it travels as an offset and a length into the text the
// page already has. On the 1.3 MB bench page the replies as objects were about 1 MB of JSON
// (1,851 claims, 10,838 entities): every key, sentence and rule name spelt out again in each claim,
// serialised by the background and parsed by the page before its listener runs.
// The rows' shapes are checked here (the schema and the page's reader share these checks); what
// they point at (a string, a stretch of the text) is checked when a piece is expanded, and a piece
// that points nowhere is an unreadable reply.
import { type Claim, type Entity, ENTITY_TYPES, METRICS, QUALIFIERS, STATUSES } from '../core/report';
import type { TextLike } from '../page/text-join';

/** A document piece as it travels: see the columns below. */
export interface WirePiece {
  strings: string[];
  /** CLAIM_FIELDS numbers per claim (null where the claim's number is null). */
  claims: (number | null)[];
  /** Per entity: type (index in ENTITY_TYPES), start, end. */
  entities: number[];
  /** Per note: the entity's index, its own text (string index, -1: the article's), its role (string index, -1: none, -2: null). */
  notes?: number[];
  /** Rule-name lists: a count, then that many string indexes; a claim points at its list's count. */
  reasons: number[];
}

// The columns of a claim row. A string column holds an index into `strings`, -1 for null.
const ID = 0;
const METRIC = 1;
const SUBJECT = 2;
const AMOUNT = 3;
const AMOUNT_MAX = 4;
const CURRENCY = 5;
const QUALIFIER = 6;
const LOCATION = 7;
const PERIOD = 8;
const STATUS = 9;
/** The conversion's amount (null: no conversion) and currency (a string index). */
const ALT_AMOUNT = 10;
const ALT_CURRENCY = 11;
const START = 12;
const END = 13;
/** Where the sentence starts in the text (with SENTENCE_LENGTH), or -1 - its string index when the text does not hold it. */
const SENTENCE = 14;
const SENTENCE_LENGTH = 15;
/** Offset of the claim's rule list in `reasons`. */
const REASONS = 16;
export const CLAIM_FIELDS = 17;

const isIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isNullableIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= -1;
const isFinite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const isBelow = (n: unknown, limit: number) => isIndex(n) && n < limit;
const isNumberOrNull = (n: unknown) => n === null || isFinite(n);

/**
 * Claim rows: CLAIM_FIELDS values each, every one of its column's kind (checked column by column
 * in one loop: a table of per-column check functions called through one site ran slower, cold,
 * on every page load).
 */
export function isClaimRows(rows: unknown): rows is (number | null)[] {
  if (!Array.isArray(rows) || rows.length % CLAIM_FIELDS !== 0) return false;
  for (let row = 0; row < rows.length; row += CLAIM_FIELDS) {
    const fits =
      isIndex(rows[row + ID]) &&
      isBelow(rows[row + METRIC], METRICS.length) &&
      isNullableIndex(rows[row + SUBJECT]) &&
      isFinite(rows[row + AMOUNT]) &&
      isNumberOrNull(rows[row + AMOUNT_MAX]) &&
      isNullableIndex(rows[row + CURRENCY]) &&
      isBelow(rows[row + QUALIFIER], QUALIFIERS.length) &&
      isNullableIndex(rows[row + LOCATION]) &&
      isNullableIndex(rows[row + PERIOD]) &&
      isBelow(rows[row + STATUS], STATUSES.length) &&
      isNumberOrNull(rows[row + ALT_AMOUNT]) &&
      isNullableIndex(rows[row + ALT_CURRENCY]) &&
      isIndex(rows[row + START]) &&
      isIndex(rows[row + END]) &&
      Number.isSafeInteger(rows[row + SENTENCE]) &&
      isIndex(rows[row + SENTENCE_LENGTH]) &&
      isIndex(rows[row + REASONS]);
    if (!fits) return false;
  }
  return true;
}

/** Entity rows: (type, start, end), integers, the type an index in ENTITY_TYPES. */
export function isEntityRows(rows: unknown): rows is number[] {
  if (!Array.isArray(rows) || rows.length % 3 !== 0) return false;
  for (let i = 0; i < rows.length; i++) {
    const n: unknown = rows[i];
    if (!isIndex(n) || (i % 3 === 0 && n >= ENTITY_TYPES.length)) return false;
  }
  return true;
}

/** Note rows: (entity index, text, role), see WirePiece. */
export function isNoteRows(rows: unknown): rows is number[] {
  if (!Array.isArray(rows) || rows.length % 3 !== 0) return false;
  for (let i = 0; i < rows.length; i++) {
    const n: unknown = rows[i];
    if (!(i % 3 === 0 ? isIndex(n) : Number.isSafeInteger(n) && (n as number) >= (i % 3 === 2 ? -2 : -1))) return false;
  }
  return true;
}

/** Plain non-negative integers (the rule lists). */
export function isIndexList(list: unknown): list is number[] {
  if (!Array.isArray(list)) return false;
  for (const n of list) if (!isIndex(n)) return false;
  return true;
}

/** Builds a piece's string table: each distinct string once. */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.strings.length;
      this.strings.push(value);
      this.index.set(value, at);
    }
    return at;
  }

  nullable(value: string | null): number {
    return value === null ? -1 : this.of(value);
  }
}

/** Where `claim`'s sentence starts in `text`, looked for only where it could hold the claim's figure; -1 if not there. */
function sentenceAt(text: string, claim: Claim): number {
  const { sentence } = claim;
  if (sentence.length === 0) return -1;
  const from = Math.max(0, claim.end - sentence.length);
  const at = text.slice(from, claim.start + sentence.length).indexOf(sentence);
  return at < 0 ? -1 : from + at;
}

/** A document piece in its compact form; offsets count in `text`, the article's whole text. */
export function encodePiece(text: string, claims: Claim[], entities: Entity[]): WirePiece {
  const table = new StringTable();
  const rows: (number | null)[] = [];
  const reasons: number[] = [];
  const lists = new Map<string, number>();
  for (const claim of claims) {
    // A rule list is stored once per piece: most claims share one of a few dozen.
    const key = JSON.stringify(claim.reasons);
    let list = lists.get(key);
    if (list === undefined) {
      list = reasons.length;
      reasons.push(claim.reasons.length);
      for (const reason of claim.reasons) reasons.push(table.of(reason));
      lists.set(key, list);
    }
    const sentence = sentenceAt(text, claim);
    rows.push(
      table.of(claim.id),
      METRICS.indexOf(claim.metric),
      table.nullable(claim.subject),
      claim.amount,
      claim.amount_max,
      table.nullable(claim.currency),
      QUALIFIERS.indexOf(claim.qualifier),
      table.nullable(claim.location),
      table.nullable(claim.period),
      STATUSES.indexOf(claim.status),
      claim.alt ? claim.alt.amount : null,
      claim.alt ? table.of(claim.alt.currency) : -1,
      claim.start,
      claim.end,
      sentence >= 0 ? sentence : -1 - table.of(claim.sentence),
      sentence >= 0 ? claim.sentence.length : 0,
      list,
    );
  }
  const entityRows: number[] = [];
  const notes: number[] = [];
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at];
    entityRows.push(ENTITY_TYPES.indexOf(entity.type), entity.start, entity.end);
    const own = text.slice(entity.start, entity.end) === entity.text;
    if (!own || entity.role !== undefined) notes.push(at, own ? -1 : table.of(entity.text), entity.role === undefined ? -1 : entity.role === null ? -2 : table.of(entity.role));
  }
  const piece: WirePiece = { strings: table.strings, claims: rows, entities: entityRows, reasons };
  if (notes.length > 0) piece.notes = notes;
  return piece;
}

/** The claims and entities of a piece whose rows' shapes were checked; null when a row points outside the strings or the text. */
export function decodePiece(text: TextLike, piece: WirePiece): { claims: Claim[]; entities: Entity[] } | null {
  const claims = decodeClaims(text, piece);
  const entities = claims && decodeEntities(text, piece);
  return claims && entities && { claims, entities };
}

function decodeClaims(text: TextLike, { strings, claims: rows, reasons }: WirePiece): Claim[] | null {
  const claims: Claim[] = [];
  for (let row = 0; row < rows.length; row += CLAIM_FIELDS) {
    const id = strings[rows[row + ID] as number];
    const subject = stringOrNull(strings, rows[row + SUBJECT] as number);
    const currency = stringOrNull(strings, rows[row + CURRENCY] as number);
    const location = stringOrNull(strings, rows[row + LOCATION] as number);
    const period = stringOrNull(strings, rows[row + PERIOD] as number);
    const altAmount = rows[row + ALT_AMOUNT] as number | null;
    const altCurrency = altAmount === null ? null : strings[rows[row + ALT_CURRENCY] as number];
    const sentenceAt = rows[row + SENTENCE] as number;
    const sentenceEnd = sentenceAt + (rows[row + SENTENCE_LENGTH] as number);
    const sentence = sentenceAt < 0 ? strings[-1 - sentenceAt] : sentenceEnd <= text.length ? text.slice(sentenceAt, sentenceEnd) : undefined;
    const list = readList(strings, reasons, rows[row + REASONS] as number);
    if (id === undefined || subject === undefined || currency === undefined || location === undefined || period === undefined || altCurrency === undefined || sentence === undefined || !list) return null;
    claims.push({
      id,
      metric: METRICS[rows[row + METRIC] as number],
      subject,
      amount: rows[row + AMOUNT] as number,
      amount_max: rows[row + AMOUNT_MAX] as number | null,
      currency,
      qualifier: QUALIFIERS[rows[row + QUALIFIER] as number],
      location,
      period,
      status: STATUSES[rows[row + STATUS] as number],
      alt: altAmount === null ? null : { amount: altAmount, currency: altCurrency as string },
      start: rows[row + START] as number,
      end: rows[row + END] as number,
      sentence,
      reasons: list,
    });
  }
  return claims;
}

/** A string column's value: null for -1, undefined when the index names no string. */
function stringOrNull(strings: string[], n: number): string | null | undefined {
  return n < 0 ? null : strings[n];
}

/** The rule names listed at `offset` of `reasons`; null when the list runs past the end or names no string. */
function readList(strings: string[], reasons: number[], offset: number): string[] | null {
  const count = reasons[offset];
  if (count === undefined || offset + count >= reasons.length) return null;
  const list: string[] = [];
  for (let i = 1; i <= count; i++) {
    const name = strings[reasons[offset + i]];
    if (name === undefined) return null;
    list.push(name);
  }
  return list;
}

function decodeEntities(text: TextLike, { strings, entities: rows, notes = [] }: WirePiece): Entity[] | null {
  const entities: Entity[] = [];
  for (let i = 0; i < rows.length; i += 3) {
    const start = rows[i + 1];
    const end = rows[i + 2];
    if (end < start || end > text.length) return null;
    entities.push({ text: text.slice(start, end), type: ENTITY_TYPES[rows[i]], start, end });
  }
  for (let i = 0; i < notes.length; i += 3) {
    const entity = entities[notes[i]];
    const written = notes[i + 1];
    const role = notes[i + 2];
    if (!entity || (written >= 0 && strings[written] === undefined) || (role >= 0 && strings[role] === undefined)) return null;
    if (written >= 0) entity.text = strings[written];
    if (role !== -1) entity.role = role === -2 ? null : strings[role];
  }
  return entities;
}
