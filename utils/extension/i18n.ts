// The extension's words come from public/_locales/<lang>/messages.json through
// `browser.i18n.getMessage`. This module reproduces that lookup for a given messages table, so
// tests (and Node scripts) can render UI and descriptions in English or French without a browser.
import type { Translate, Wording } from '../describe-claim';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesTable = Record<string, MessageEntry>;

/** Fills `$1`…`$9` from the substitutions; `$$` is a literal dollar sign. */
function substitute(text: string, subs: string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : subs[Number(what) - 1] ?? ''));
}

/**
 * A `getMessage` over one messages table, following the browser's rules: named placeholders
 * ($NAME$, case-insensitive) expand to their content, which may hold $1…$9. Unknown keys give
 * "" as in the browser.
 */
export function translatorFrom(table: MessagesTable): Translate {
  return (key, substitutions) => {
    const entry = table[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    // One pass over the message so that substituted text is never scanned again.
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\$|[1-9])/g, (whole, name?: string, direct?: string) => {
      if (name !== undefined) {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : substitute(content, subs);
      }
      return direct === '$' ? '$' : subs[Number(direct) - 1] ?? '';
    });
  };
}

/**
 * The locale for numbers: the UI language when it is a variant of the messages' language
 * ("fr-CA" for French messages), else the messages' own language, so that words and numbers
 * always agree (browsers may show French messages while reporting an English UI language).
 */
export function pickLocale(messagesTag: string, uiLanguage: string): string {
  if (!messagesTag) return uiLanguage;
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return base(uiLanguage) === base(messagesTag) ? uiLanguage : messagesTag;
}

/** The wording of the running extension: the browser's messages and UI language. */
export function browserWording(): Wording {
  // WXT types getMessage with the keys it has seen; our keys are checked by the tests instead.
  // Read on first use: in Chromium, reading `browser.i18n` builds that API's binding (a few tenths
  // of a ms), which the content script's first highlights do not need.
  const getMessage: Translate = (key, subs) => (browser.i18n.getMessage as Translate)(key, subs);
  let locale: string | null = null;
  return {
    t: getMessage,
    // Worked out on first use (the hover card's): a content script's first i18n call makes the
    // browser load the locale's messages, a few ms the page's first highlights need not wait for.
    get locale() {
      return (locale ??= pickLocale(getMessage('locale_tag'), browser.i18n.getUILanguage()));
    },
  };
}
