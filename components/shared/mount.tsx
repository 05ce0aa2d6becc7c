import { type ComponentChild, render } from 'preact';
import { browserWording } from '@/utils/extension/i18n';
import { WordingContext } from './wording';

/** Renders an extension page's root with the reader's UI language and page title. */
export function mountExtensionPage(root: ComponentChild, titleKey: string): void {
  const wording = browserWording();
  document.documentElement.lang = wording.locale;
  document.title = wording.t(titleKey);
  render(
    <WordingContext.Provider value={wording}>
      {root}
    </WordingContext.Provider>,
    document.getElementById('app')!,
  );
}
