// The engine: documents in, one report out. Extraction works per document; comparison sees
// every document of the call, so duplicates and conflicts may span documents.
import { compareDocuments } from './compare';
import { extractDocument } from './extract';
import type { InputDocument, Report } from './report';

export type { Claim, Entity, InputDocument, Report } from './report';

export function analyze(docs: InputDocument[]): Report {
  const documents = docs.map((doc, i) => {
    const id = `d${i + 1}`;
    const extracted = extractDocument(id, doc.text, doc.lang, doc.published);
    return { id, source: doc.source, lang: extracted.lang, claims: extracted.claims, entities: extracted.entities, published: doc.published };
  });
  // the text lets comparison read the words around each figure (construction vs permanent jobs)
  const { duplicates, conflicts } = compareDocuments(documents.map((d, i) => ({ ...d, text: docs[i].text })));
  return {
    version: 1,
    documents: documents.map(({ published: _published, ...doc }) => doc),
    duplicates,
    conflicts,
    press_releases: [],
  };
}
