// The engine: documents in, one report out. Extraction works per document; comparison sees
// every document of the call, so duplicates and conflicts may span documents.
import { type ComparableDocument, compareDocuments } from './compare';
import { extractDocument } from './extract';
import type { DocumentReport, InputDocument, Report } from './report';

export type { Claim, Entity, InputDocument, Report } from './report';

export function analyze(docs: InputDocument[]): Report {
  // loops, not callbacks: a full GC drops the optimized code of closures made per call
  const documents: DocumentReport[] = [];
  const comparable: ComparableDocument[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    const id = `d${i + 1}`;
    const extracted = extractDocument(id, doc.text, doc.lang, doc.published);
    documents.push({ id, source: doc.source, lang: extracted.lang, claims: extracted.claims, entities: extracted.entities });
    // the text lets comparison read the words around each figure (construction vs permanent jobs)
    comparable.push({ id, lang: extracted.lang, claims: extracted.claims, published: doc.published, text: doc.text });
  }
  const { duplicates, conflicts } = compareDocuments(comparable);
  return { version: 1, documents, duplicates, conflicts, press_releases: [] };
}
