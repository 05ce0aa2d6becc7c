// The extension's real message tables, for rendering words in tests without a browser.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { Wording } from '../../utils/describe-claim';
import { translatorFrom, type MessagesTable } from '../../utils/extension/i18n';

export const tables: Record<'en' | 'fr', MessagesTable> = { en, fr };

export function wordingFor(lang: 'en' | 'fr'): Wording {
  return { t: translatorFrom(tables[lang]), locale: lang };
}
