// The background reads a long text's chunks with the engine minus its comparison stage: the
// chunks' claims are compared once all are read, so the report must not change.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/core';
import { compareDocuments } from '../../utils/core/compare';
import { extractOnly } from '../../utils/extension/analysis-background';
import { analyzeInSlices, type Engine } from '../../utils/page/analyze-in-slices';
import { runToEnd } from '../../utils/page/text-map';

const PARAGRAPHS = [
  'Quillon Motors SA said on Tuesday it would invest €1.2 billion in a van plant in Valence, France, and hire 2,000 people there by 2028.',
  'The company said the plant would be its largest in Europe, and that building work would begin next spring once the permits are granted.',
  'Quillon Motors will invest €1.5 billion in Valence, a spokesman said later, and hire 2,000 workers.',
  'Brevant Foods plans to invest $300 million in a dairy plant in Wisconsin and to hire 450 people, its chief executive Maria Lopez said.',
  'Brevant Foods will hire 450 people in Wisconsin, the state said on Friday.',
];

/** Chunks cut the same way for both readings: a clock that says every call took the target time. */
function readInChunks(text: string, readPart: Engine) {
  let clock = 0;
  const parts: unknown[] = [];
  const report = runToEnd(
    analyzeInSlices({ source: 's', text, lang: 'en' }, analyze, {
      readPart,
      compare: compareDocuments,
      compareWindow: 40,
      singleCallChars: 4_000,
      firstChunkChars: 1_000,
      maxChunkChars: 3_000,
      targetMs: 10,
      now: () => (clock += 10),
      onChunk: (claims, entities, kind) => parts.push({ claims, entities, kind }),
    }),
  );
  return { report, parts };
}

describe('the background engine for a long text', () => {
  it('reads its chunks without comparing them and gives the same parts and report as analyze', () => {
    const text = Array.from({ length: 12 }, (_, i) => PARAGRAPHS.slice(i % 2).join('\n\n')).join('\n\n');
    const skipped = readInChunks(text, extractOnly);
    expect(skipped.parts.length).toBeGreaterThan(3);
    expect(skipped.report.documents[0].claims.length).toBeGreaterThan(20);
    expect(skipped.report.duplicates.length + skipped.report.conflicts.length).toBeGreaterThan(0);
    expect(skipped).toEqual(readInChunks(text, analyze));
  });

  it("keeps a chunk's claims and entities and leaves the comparison to the windows", () => {
    const doc = { source: 's', text: PARAGRAPHS.join('\n\n'), lang: 'en' };
    const whole = analyze([doc]);
    const read = extractOnly([doc]);
    expect(whole.duplicates.length + whole.conflicts.length).toBeGreaterThan(0);
    expect(read).toEqual({ ...whole, duplicates: [], conflicts: [] });
  });
});
