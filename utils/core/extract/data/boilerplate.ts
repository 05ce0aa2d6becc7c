// Lines that are not the article: related-story lists, newsletter and social footers,
// bylines, contact lines. "About X" blocks are kept: they may state cumulative figures.

/** A line starting with one of these opens a list of other stories (until a blank line). */
export const RELATED_HEADERS = [
  'also read', 'read more', 'related', 'see also', 'more on this', 'recommended', 'more from',
  'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'à voir aussi',
  'mehr zum thema', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren',
  'lee también', 'leer más', 'te puede interesar', 'noticias relacionadas', 'más información', 'lea también',
];

/** A short line starting with one of these is a footer, byline or contact line. */
export const FOOTER_STARTS = [
  'by', 'par', 'von', 'por', '(reporting by', 'reporting by', 'editing by', 'contact', 'media contact', 'press contact',
  'contact presse', 'pressekontakt', 'contacto', 'enquiries', 'media:', 'investors:', 'publié le', 'published',
  'mis à jour', 'aktualisiert', 'actualizado', 'copyright', '©', 'follow', 'suivez', 'folgen sie', 'síguenos',
  'siga', 'sign up', 'subscribe', 'abonnez', 'recevez', 'get our', 'get pharmabrief', 'never miss', 'linkedin:',
  'inscríbete', 'suscríbete', 'newsletter', 'all rights reserved', 'tous droits', 'alle rechte',
  // correction notes restate a wrong figure next to the right one: neither is a fresh claim
  'correction', 'clarification', 'an earlier version of this', 'this article was amended', 'this article has been amended',
  'this story has been corrected', "editor's note", 'rectificatif', 'erratum', 'correctif', 'une version précédente de cet article',
  'korrektur', 'berichtigung', 'in einer früheren version', 'fe de errores', 'corrección', 'una versión anterior de este',
];

/** Words that make a short line a footer wherever they appear in it. */
export const FOOTER_WORDS = ['newsletter', 'subscribe', 'abonnieren', 'abonnez-vous', 'suscríbete', 'follow us', 'suivez-nous', 'folgen sie uns', 'síguenos', 'https', 'http', 'www'];
