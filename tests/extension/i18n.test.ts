import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, METRICS, QUALIFIERS, STATUSES } from '../../utils/core/report';
import { PAGE_STATES } from '../../utils/extension/messages';
import { pickLocale, translatorFrom } from '../../utils/extension/i18n';
import { tables } from './wording';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('translatorFrom', () => {
  const t = translatorFrom({
    two: { message: '$WHO$ owes $AMOUNT$', placeholders: { who: { content: '$1' }, amount: { content: '$2' } } },
    dollars: { message: 'costs $$5 and $1' },
  });

  it('fills named placeholders from the substitutions, in order', () => {
    expect(t('two', ['Ana', '$40 (US$)'])).toBe('Ana owes $40 (US$)');
  });

  it('handles $$ and direct $1, and gives "" for unknown keys like the browser', () => {
    expect(t('dollars', 'more')).toBe('costs $5 and more');
    expect(t('missing')).toBe('');
  });
});

describe('pickLocale', () => {
  it('formats numbers in the language the messages are in, keeping a matching regional variant', () => {
    expect(pickLocale('fr', 'fr-CA')).toBe('fr-CA');
    expect(pickLocale('fr', 'en-US')).toBe('fr');
    expect(pickLocale('en', 'de-DE')).toBe('en');
    expect(pickLocale('', 'de-DE')).toBe('de-DE');
  });

  it('each table names its own language', () => {
    expect(tables.en.locale_tag.message).toBe('en');
    expect(tables.fr.locale_tag.message).toBe('fr');
  });
});

describe('the message tables', () => {
  const en = tables.en;
  const fr = tables.fr;

  it('have the same keys and the same placeholders in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(fr[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key].placeholders ?? {}).sort());
    }
  });

  it('use only names browsers accept, and no empty message', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(fr[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('hold every key the popup, the options page and the describers use', () => {
    const files = [
      ...sourceFiles(join(ROOT, 'components/popup')),
      ...sourceFiles(join(ROOT, 'components/options')),
      ...sourceFiles(join(ROOT, 'entrypoints/popup')),
      ...sourceFiles(join(ROOT, 'entrypoints/options')),
      join(ROOT, 'utils/describe-claim.ts'),
    ];
    const literal = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-z_]+)'/g)].map((m) => m[1]));
    const quoted = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:state|claim_count|always_run|amount_jobs)_[a-z_]+)'/g)].map((m) => m[1]));
    const templated = [
      ...QUALIFIERS.filter((q) => q !== 'exact' && q !== 'range').map((q) => `qualifier_${q}`),
      ...QUALIFIERS.map((q) => `qualifier_label_${q}`),
      ...STATUSES.map((s) => `status_${s}`),
      ...METRICS.map((m) => `metric_${m}`),
      ...ENTITY_TYPES.map((e) => `entity_type_${e}`),
      ...PAGE_STATES.map((s) => `state_${s.replace('-', '_')}`),
      ...['en', 'fr', 'de', 'es'].map((l) => `options_lang_${l}`),
    ];
    expect(literal.length).toBeGreaterThan(20);
    const missing = [...new Set([...literal, ...quoted, ...templated])].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('hold the manifest\'s __MSG_ keys', () => {
    const sources = ['wxt.config.ts', 'entrypoints/popup/index.html'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const keys = [...sources.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
    expect(keys).toEqual(expect.arrayContaining(['ext_name', 'ext_description', 'action_title']));
    for (const key of keys) expect(en[key], key).toBeDefined();
  });
});
