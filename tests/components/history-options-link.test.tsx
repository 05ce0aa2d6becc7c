// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/options/OptionsView';
// the history's rows link through safeLink
import { safeLink as webHref } from '../../utils/extension/memory-view';
import { mount, one } from './render';

it('the options page links to the history page, in English and French', () => {
  for (const [lang, words] of [['en', 'Your reading history'], ['fr', 'Votre historique de lecture']] as const) {
    const root = mount(<OptionsView data={{ loaded: true, disabled: [], always: [] }} builtIn={{}} onRemoveDisabled={vi.fn()} onRemoveAlways={vi.fn()} />, lang);
    expect(one(root, 'history-link-section')!.querySelector('h2')!.textContent).toBe(words);
    expect(one(root, 'history-link')!.getAttribute('href')).toBe('/reading-history.html');
  }
});

it('links only web pages from the history', () => {
  expect(webHref('https://reuters.example/a?b=1')).toBe('https://reuters.example/a?b=1');
  expect(webHref('http://x.example/')).toBe('http://x.example/');
  for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'not a url']) expect(webHref(bad), bad).toBeNull();
});
