// Frequent function words per language: enough to tell en/fr/de/es apart on a few lines.
import type { Lang } from './numbers';

export const STOP_WORDS: Record<Lang, string> = {
  en: 'the of and to in is it that for on with as was by at from has have will its this are said which would be an',
  fr: 'le la les des du de et est une un dans pour sur au aux par qui que ne pas avec sont cette ses son été il elle',
  de: 'der die das und ist nicht ein eine mit von zu den dem im auf für sich des auch als wird sind bei nach hat einen',
  es: 'el la los las del de y en un una que por para con se al es su sus como más lo ha fue este esta sobre entre',
};
