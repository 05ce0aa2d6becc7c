// Import of a JSON export. The whole file is checked before anything is written; a file that
// fails is refused with where (line, path) and why, and the store is left exactly as it was.
// A file that passes is upserted in one transaction, so a failure while writing changes nothing either.
import * as z from 'zod/mini';
import { ClaimSchema } from '../core/report';
import { offsetOfPath, positionAt, syntaxErrorPosition } from './json-locate';
import { DaySchema, WebUrlSchema, type ArticleInput } from './schema';

export const IMPORT_VERSION = 1;
const MAX_PROBLEMS = 10;

const ImportedClaimSchema = z.extend(z.omit(ClaimSchema, { reasons: true }), {
  reasons: z.optional(z.array(z.string())),
  figure: z.string(),
});

const ImportedDocumentSchema = z.object({
  id: z.string(),
  source: z.string(),
  lang: z.string().check(z.minLength(1)),
  claims: z.array(ImportedClaimSchema),
  entities: z.array(z.unknown()),
  url: WebUrlSchema,
  title: z.string(),
  outlet: z.string(),
  published: z.nullable(DaySchema),
  analysedAt: z.int().check(z.nonnegative()),
});

const ImportFileSchema = z.object({
  version: z.literal(IMPORT_VERSION),
  documents: z.array(ImportedDocumentSchema),
  duplicates: z.array(z.array(z.string())),
  conflicts: z.array(z.unknown()),
  press_releases: z.array(z.unknown()),
});

export interface ImportProblem {
  /** 1-based line of the offending value (or of the syntax error), when it can be located. */
  line: number | null;
  /** "documents[3].claims[0].amount"; "" for the file as a whole. */
  path: string;
  reason: string;
}

export type ImportCheck = { ok: true; articles: ArticleInput[] } | { ok: false; problems: ImportProblem[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i ? '.' : ''}${String(step)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<PropertyKey, unknown> | null)?.[step], data);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return value === undefined ? 'nothing' : typeof value;
}

/** zod/mini ships without messages; this says what was wrong in words a person can act on. */
function reasonFor(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, found ${kindOf(found)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${JSON.stringify(found) ?? 'nothing'}`;
    case 'invalid_format':
      return `not a valid ${issue.format}: ${JSON.stringify(found)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    default:
      return issue.message;
  }
}

function toArticle(doc: z.infer<typeof ImportedDocumentSchema>): ArticleInput {
  return {
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    lang: doc.lang,
    analysedAt: doc.analysedAt,
    claims: doc.claims.map(({ reasons: _reasons, ...claim }, i) => ({ ...claim, id: `c${i + 1}` })),
  };
}

/** Parses and validates an export file without touching any store. */
export function checkImport(text: string): ImportCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, problems: [{ line: syntaxErrorPosition(text, message)?.line ?? null, path: '', reason: `not valid JSON: ${message}` }] };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: [{ line: 1, path: '', reason: `expected a Claimcheck export (an object), found ${kindOf(data)}` }] };
  if (version !== IMPORT_VERSION) {
    const offset = offsetOfPath(text, ['version']);
    const line = offset === null ? 1 : positionAt(text, offset).line;
    return { ok: false, problems: [{ line, path: 'version', reason: `version ${JSON.stringify(version) ?? 'missing'} is not supported; this build reads version ${IMPORT_VERSION}` }] };
  }
  const parsed = ImportFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const offset = offsetOfPath(text, issue.path);
      return { line: offset === null ? null : positionAt(text, offset).line, path: pathText(issue.path), reason: reasonFor(issue, data) };
    });
    return { ok: false, problems };
  }
  return { ok: true, articles: parsed.data.documents.map(toArticle) };
}

export type ImportResult = { ok: true; imported: number } | { ok: false; problems: ImportProblem[] };

/** Checks the whole file, then upserts every article in one transaction. Never throws. */
export async function importMemory(store: { putMany(articles: ArticleInput[]): Promise<unknown[]> }, text: string): Promise<ImportResult> {
  const checked = checkImport(text);
  if (!checked.ok) return checked;
  try {
    await store.putMany(checked.articles);
  } catch (error) {
    return { ok: false, problems: [{ line: null, path: '', reason: `could not be stored, nothing was changed: ${(error as Error).message}` }] };
  }
  return { ok: true, imported: checked.articles.length };
}
