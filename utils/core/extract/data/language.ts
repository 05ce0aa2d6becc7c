// Frequent function words per language: enough to tell en/fr/de/es apart on a few lines.
// A word may stand in several lists ("in", "la", "de"); it then counts for each of them, so
// every list also carries words of its own that tip a short text the right way.
import type { Lang } from './numbers';

export const STOP_WORDS: Record<Lang, string> = {
  en: 'the of and to in is it that for on with as was by at from has have will its this are said which would be an ' +
    'a but not were been their they we or up about more than also last after into',
  fr: 'le la les des du de et est une un dans pour sur au aux par qui que ne pas avec sont cette ses son été il elle ' +
    'ce ces leur leurs ont mais ou plus nous déjà avait va sera selon après millions milliards où dont',
  de: 'der die das und ist nicht ein eine mit von zu den dem im auf für sich des auch als wird sind bei nach hat einen ' +
    'in sein seine seinen dort hatte werden soll sollen über um noch wie oder aber dass es er wir vergangenen neue neuen rund mehr bis zum zur am vom millionen milliarden',
  es: 'el la los las del de y en un una que por para con se al es su sus como más lo ha fue este esta sobre entre ' +
    'no pero o ya donde millones han año según desde hasta también tras nuevo nueva mil',
};
