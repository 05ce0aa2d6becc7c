// The content script reads the popup's messages and the memory's reply by hand
// (utils/extension/content-readers.ts) instead of with their schemas, so that it bundles no zod:
// each reader must say yes and no exactly where its schema does, and give what the schema gives.
// Every value of a valid message (a field, an array item) is removed or replaced by ill-typed
// ones, and both must give the same verdict.
import { describe, expect, it } from 'vitest';
import { readContentBound, readLookupVerdicts, readMemoryReply, VERDICTS } from '../../utils/extension/content-readers';
import { ContentBoundSchema, LookupVerdictsSchema, MemoryReplySchema } from '../../utils/extension/messages';
import { RELEASE_VERDICTS } from '../../utils/lookup/schema';

const BAD_VALUES: unknown[] = [undefined, null, true, 'x', '', 0, -1, -0, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, [], {}, [1, 2, 3], ['x'], 'matches', 'popup:get-summary', 'popup:show-claim'];

/** Every path to a value inside `value` (object fields and array items), depth first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...paths((value as Record<string | number, unknown>)[key], [...at, key])]);
}

/** A deep copy of `value` with the value at `path` replaced (or removed when `remove`). */
function changed(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const article = (n: number, published: string | null) => ({ url: `https://news.example/${n}`, title: `Story ${n}`, outlet: 'The Example', published, analysedAt: 1_700_000_000_000 + n });

const MEMORY_REPLY = {
  claims: [
    {
      claimId: 'd1.c1',
      figure: '€1.2 billion',
      sentence: 'Quillon Motors will invest €1.2 billion in Valence.',
      alsoReported: [{ article: article(1, '2026-03-02'), figure: '€1.2bn' }],
      conflicts: [{ article: article(2, null), figure: '€1.5 billion', quote: 'Quillon will invest €1.5 billion.', reason: 'amounts differ' }],
    },
    { claimId: 'd1.c2', figure: '2,000 jobs', sentence: 'It will hire 2,000 people.', alsoReported: [], conflicts: [] },
  ],
  evicted: 3,
};

const POPUP_MESSAGES = [
  { type: 'popup:get-summary' },
  { type: 'popup:show-claim', claimId: 'd1.c4' },
  {
    type: 'popup:lookup-verdicts',
    url: 'https://news.example/a',
    checks: [
      { claimId: 'd1.c1', verdict: 'matches', summary: 'The release says €1.2 billion.' },
      { claimId: 'd1.c2', verdict: 'differs', summary: 'The release says 1,500 jobs.' },
      { claimId: 'd1.c3', verdict: 'absent', summary: 'No release names this figure.' },
    ],
  },
];

const READERS = [
  { name: 'ContentBound', read: readContentBound, schema: ContentBoundSchema, samples: POPUP_MESSAGES },
  { name: 'LookupVerdicts', read: readLookupVerdicts, schema: LookupVerdictsSchema, samples: [POPUP_MESSAGES[2]] },
  { name: 'MemoryReply', read: readMemoryReply, schema: MemoryReplySchema, samples: [MEMORY_REPLY, { claims: [], evicted: 0 }] },
] as const;

describe("the content script's readers of its messages", () => {
  it('know the same verdicts as the lookup schema', () => {
    expect(VERDICTS).toEqual(RELEASE_VERDICTS);
  });

  for (const { name, read, schema, samples } of READERS) {
    it(`${name}: gives what the schema gives, fields it does not know left out`, () => {
      for (const sample of samples) {
        expect(read(sample)).toEqual(schema.parse(sample));
        const extra = { ...sample, extra: 1 };
        expect(read(extra)).toEqual(schema.parse(extra));
        expect(read(extra)).not.toHaveProperty('extra');
      }
    });

    it(`${name}: gives the same verdict as the schema for every value removed or replaced`, () => {
      let compared = 0;
      for (const sample of samples)
        for (const path of paths(sample))
          for (const [bad, raw] of [['(removed)', changed(sample, path, undefined, true)], ...BAD_VALUES.map((bad) => [bad, changed(sample, path, bad)])]) {
            const parsed = schema.safeParse(raw);
            const byHand = read(raw);
            expect({ path, bad, byHand: byHand !== null }).toEqual({ path, bad, byHand: parsed.success });
            if (parsed.success) expect(byHand).toEqual(parsed.data);
            compared++;
          }
      expect(compared).toBeGreaterThan(name === 'MemoryReply' ? 500 : 100);
    });
  }

  it('refuse what is not a message', () => {
    for (const raw of [null, undefined, 'popup:get-summary', 3, [], [{ type: 'popup:get-summary' }], {}, { type: 'popup:unknown' }, { type: 'popup:show-claim' }]) {
      expect(readContentBound(raw)).toBeNull();
      expect(ContentBoundSchema.safeParse(raw).success).toBe(false);
    }
    for (const raw of [null, [], {}, { claims: [] }, { evicted: 0 }, { claims: {}, evicted: 0 }]) expect([readMemoryReply(raw), MemoryReplySchema.safeParse(raw).success]).toEqual([null, false]);
  });
});
