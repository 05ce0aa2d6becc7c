// The page's reader of the background's analysis replies: the same rules as AnalysisReplySchema
// (analysis-port.ts), written out by hand. A typical article's whole report comes in one reply,
// and zod's parse of it was the largest part of the page's main-thread time before the first
// highlight (its code runs cold on every page load: about 4 ms of 17 on the bench article); the
// schemas it would build also cost the content script's start. tests/page/analysis-reply.test.ts
// holds this reader to the schema: same verdict on every field of every shape, same output.
// The page calls this reader directly; AnalysisReplyOnPage (a zod/mini custom check running it)
// is the same verdict as a schema, for code that parses with parseMessage.
// The one difference: a valid reply is returned as it came, so fields the schema does not
// know (none, from our own background) would stay instead of being dropped.
import * as z from 'zod/mini';
import { ENTITY_TYPES, METRICS, PRESS_RELEASE_HOW, QUALIFIERS, STATUSES } from '../core/report';
import type { AnalysisReply } from './analysis-port';
import { isClaimRows, isEntityRows, isIndexList, isNoteRows } from './analysis-wire';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown) => value === null || typeof value === 'string';
const isOneOf = (values: readonly string[], value: unknown) => typeof value === 'string' && values.includes(value);

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/** A document piece in its compact form (a 'part'): the rows' checks are the schema's own (analysis-wire.ts). */
function isPiece(piece: Record<string, unknown>): boolean {
  const { notes } = piece;
  return isStringArray(piece.strings) && isClaimRows(piece.claims) && isEntityRows(piece.entities) && (notes === undefined || isNoteRows(notes)) && isIndexList(piece.reasons);
}

/** ClaimSchema (utils/core/report.ts), field by field. */
function isClaim(claim: unknown): boolean {
  if (!isObject(claim)) return false;
  const { alt } = claim;
  return (
    isString(claim.id) &&
    isOneOf(METRICS, claim.metric) &&
    isNullableString(claim.subject) &&
    isNumber(claim.amount) &&
    (claim.amount_max === null || isNumber(claim.amount_max)) &&
    isNullableString(claim.currency) &&
    isOneOf(QUALIFIERS, claim.qualifier) &&
    isNullableString(claim.location) &&
    isNullableString(claim.period) &&
    isOneOf(STATUSES, claim.status) &&
    (alt === null || (isObject(alt) && isNumber(alt.amount) && isString(alt.currency))) &&
    isOffset(claim.start) &&
    isOffset(claim.end) &&
    isString(claim.sentence) &&
    isStringArray(claim.reasons)
  );
}

/** EntitySchema, field by field. */
function isEntity(entity: unknown): boolean {
  if (!isObject(entity)) return false;
  const { role } = entity;
  return isString(entity.text) && isOneOf(ENTITY_TYPES, entity.type) && isOffset(entity.start) && isOffset(entity.end) && (role === undefined || isNullableString(role));
}

/** A whole text's document, plain: claims and entities as the engine gives them. */
function isPlainDocument(whole: unknown): boolean {
  if (!isObject(whole) || !Array.isArray(whole.claims) || !Array.isArray(whole.entities)) return false;
  for (const claim of whole.claims) if (!isClaim(claim)) return false;
  for (const entity of whole.entities) if (!isEntity(entity)) return false;
  return true;
}

function isEnding(reply: Record<string, unknown>): boolean {
  const { whole, duplicates, conflicts, press_releases: releases } = reply;
  if (!isString(reply.lang) || !isNumber(reply.engineMs)) return false;
  if (whole !== undefined && !isPlainDocument(whole)) return false;
  if (!Array.isArray(duplicates) || !Array.isArray(conflicts) || !Array.isArray(releases)) return false;
  for (const group of duplicates) if (!isStringArray(group)) return false;
  for (const c of conflicts) if (!isObject(c) || !isString(c.a) || !isString(c.b) || !isString(c.reason)) return false;
  for (const r of releases) if (!isObject(r) || !isString(r.url) || !isNullableString(r.subject) || !isOneOf(PRESS_RELEASE_HOW, r.how)) return false;
  return true;
}

/**
 * The page's side of the boundary, still a zod/mini schema like every other: one custom check that
 * runs the reader below, so a reply is parsed the way the project parses every message, without
 * the cold cost of zod's object schemas on each page load.
 */
export const AnalysisReplyOnPage = z.custom<AnalysisReply>((raw) => readAnalysisReply(raw) !== null);

/** The reply when it is one AnalysisReplySchema accepts, else null. */
export function readAnalysisReply(raw: unknown): AnalysisReply | null {
  if (!isObject(raw)) return null;
  switch (raw.type) {
    case 'part':
      return isPiece(raw) ? (raw as AnalysisReply) : null;
    case 'done':
      return isEnding(raw) ? (raw as AnalysisReply) : null;
    case 'failed':
      return isString(raw.error) ? (raw as AnalysisReply) : null;
    default:
      return null;
  }
}
