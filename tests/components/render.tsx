// Renders a component into a fresh div with the English or French message tables.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { WordingContext } from '../../components/shared/wording';
import { wordingFor } from '../extension/wording';

export function mount(ui: ComponentChildren, lang: 'en' | 'fr' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<WordingContext.Provider value={wordingFor(lang)}>{ui}</WordingContext.Provider>, root));
  return root;
}

export const all = (root: ParentNode, testid: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
export const one = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
