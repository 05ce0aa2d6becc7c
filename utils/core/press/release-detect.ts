// Is this document itself a press release? Releases carry a boilerplate that news stories do
// not: a "PRESS RELEASE" heading, an "About <company>" section, a media contact, forward-
// looking statements, a newswire dateline. Two kinds of cue are needed, so a story quoting
// "the company said in a press release" stays a story.
import { foldText } from './classify';

const CUES: [name: string, pattern: RegExp][] = [
  ['heading', /^\s*(press release|news release|communique de presse|communique|pressemitteilung|presseinformation|nota de prensa|comunicado de prensa|comunicado)\s*$/m],
  ['about', /^\s*(about|a propos de|uber|acerca de|sobre)\s+\S.{0,80}$/m],
  ['contact', /^\s*(media contacts?|press contacts?|investor contacts?|media enquiries|enquiries|contact presse|contacts presse|contact investisseurs|pressekontakt|medienkontakt|contacto de prensa|contacto para medios)\b/m],
  ['forward-looking', /\b(forward-looking statements?|declarations prospectives|zukunftsgerichtete aussagen|declaraciones prospectivas)\b/],
  ['wire', /\((business wire|globe newswire)\)|\/prnewswire\/|^###\s*$/m],
  ['announces', /\b(today announced|announced today|a annonce aujourd'hui|annonce aujourd'hui|gab heute bekannt|gibt heute bekannt|ha anunciado hoy|anuncia hoy)\b/],
];

export interface ReleaseCues {
  release: boolean;
  cues: string[];
}

export function pressReleaseCues(text: string): ReleaseCues {
  const folded = foldText(text).replace(/[’‘]/g, "'");
  const cues = CUES.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name);
  return { release: cues.length >= 2, cues };
}
