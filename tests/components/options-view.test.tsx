// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsView } from '../../components/options/OptionsView';
import { all, mount, one } from './render';

const builtIn = { en: ['reuters.com', 'ft.com'], fr: ['lemonde.fr'] };

it('lists both site lists with a remove button each, and the built-in list read-only', () => {
  const onRemoveDisabled = vi.fn();
  const onRemoveAlways = vi.fn();
  const root = mount(
    <OptionsView data={{ loaded: true, disabled: ['a.example'], always: ['b.example', 'c.example'] }} builtIn={builtIn}
      onRemoveDisabled={onRemoveDisabled} onRemoveAlways={onRemoveAlways} />,
  );
  const always = one(root, 'always-hosts')!;
  expect([...always.querySelectorAll('li')].map((li) => li.dataset.host)).toEqual(['b.example', 'c.example']);
  act(() => always.querySelector<HTMLButtonElement>('[data-host="c.example"] button')!.click());
  expect(onRemoveAlways).toHaveBeenCalledWith('c.example');
  act(() => one(root, 'disabled-hosts')!.querySelector('button')!.click());
  expect(onRemoveDisabled).toHaveBeenCalledWith('a.example');
  const builtin = one(root, 'builtin-sites')!;
  expect(builtin.textContent).toContain('lemonde.fr');
  expect(builtin.querySelectorAll('button')).toHaveLength(0);
  expect(one(root, 'privacy')?.textContent).toContain('Nothing you read leaves your browser');
});

it('says when a list is empty, in French too', () => {
  const root = mount(
    <OptionsView data={{ loaded: true, disabled: [], always: [] }} builtIn={builtIn} onRemoveDisabled={vi.fn()} onRemoveAlways={vi.fn()} />,
    'fr',
  );
  expect(one(root, 'disabled-hosts-empty')?.textContent).toMatch(/^Aucun/);
  expect(all(root, 'always-hosts')).toHaveLength(0);
  expect(root.textContent).toContain('Vie privée');
});
