// Two short articles about one announcement, with different figures, as the content script
// would report them: the real engine's document report plus the page's metadata.
import { analyze } from '../../utils/core';
import type { PageAnalysed } from '../../utils/extension/messages';

export const TEXT_A =
  'Kestrel Freight to open logistics hub in Porto\n\nKestrel Freight, the Norwegian parcel carrier, said on Monday it would create more than 3,000 jobs in Portugal by 2028 as it opens a sorting hub near Porto.';
export const TEXT_B =
  'Kestrel Freight confirms Porto hub\n\nKestrel Freight will create 2,000 jobs in Portugal by 2028, the Norwegian carrier told investors on Wednesday, setting out the timetable for its new sorting hub near Porto.';
/** A third outlet repeating A's figure. */
export const TEXT_C =
  'Porto hub for Kestrel Freight\n\nKestrel Freight plans to create more than 3,000 jobs in Portugal by 2028, the carrier said, naming Porto as the site of its hub.';

export const URL_A = 'https://harbour-ledger.example/business/kestrel-porto';
export const URL_B = 'https://valley-courier.example/2026/11/25/kestrel?utm_source=feed';
export const URL_C = 'https://quay-times.example/kestrel';

export function pageAnalysed(url: string, text: string, fields: Partial<PageAnalysed> = {}): PageAnalysed {
  const document = analyze([{ source: url, text, lang: 'en' }]).documents[0];
  return { type: 'content:page-analysed', url, title: text.split('\n')[0], outlet: null, published: null, lang: 'en', document, ...fields };
}

export const articleA = (fields: Partial<PageAnalysed> = {}) => pageAnalysed(URL_A, TEXT_A, { outlet: 'Harbour Ledger', published: '2026-11-23', ...fields });
export const articleB = (fields: Partial<PageAnalysed> = {}) => pageAnalysed(URL_B, TEXT_B, { outlet: 'Valley Courier', published: '2026-11-25', ...fields });
export const articleC = (fields: Partial<PageAnalysed> = {}) => pageAnalysed(URL_C, TEXT_C, { outlet: 'Quay Times', published: '2026-11-24', ...fields });
