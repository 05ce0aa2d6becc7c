// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DARK_SUFFIX, highlightSheet, luminance, pageScheme, parseRgb } from '../../utils/page/highlight-style';
import { HIGHLIGHT_NAMES } from '../../utils/page/highlights';

describe('highlight styles', () => {
  it('styles every contract name and its dark twin, in one sheet with no media query or custom property', () => {
    for (const target of ['chromium', 'firefox'] as const) {
      const css = highlightSheet(target);
      for (const name of Object.values(HIGHLIGHT_NAMES)) expect(css).toContain(`::highlight(${name})`);
      for (const name of Object.values(HIGHLIGHT_NAMES).filter((n) => n !== 'claimcheck-flash')) expect(css).toContain(`::highlight(${name}${DARK_SUFFIX})`);
      expect(css).not.toContain('@media');
      expect(css).not.toContain('var(');
    }
    // Chromium inherits highlight styles from :root; Firefox needs them on every element.
    expect(highlightSheet('chromium')).toContain(':root::highlight(claimcheck-figure)');
    expect(highlightSheet('firefox')).not.toContain(':root');
  });

  it('gives the dark names a palette of their own', () => {
    const css = highlightSheet('chromium');
    const rule = (name: string) => css.match(new RegExp(`highlight\\(${name}\\) \\{([^}]*)\\}`))?.[1];
    expect(rule('claimcheck-figure')).toBeTruthy();
    expect(rule(`claimcheck-figure${DARK_SUFFIX}`)).toBeTruthy();
    expect(rule(`claimcheck-figure${DARK_SUFFIX}`)).not.toBe(rule('claimcheck-figure'));
  });

  it('tells the kinds apart by line style, not colour alone', () => {
    const css = highlightSheet('chromium');
    const line = (name: string) => css.match(new RegExp(`highlight\\(${name}\\) \\{[^}]*text-decoration: ([a-z ]+) `))?.[1];
    const styles = ['org', 'person', 'place', 'conflict', 'duplicate'].map((k) => line(`claimcheck-${k}`));
    expect(new Set(styles).size).toBe(styles.length);
  });

  it('reads colours and their luminance', () => {
    expect(parseRgb('rgba(21, 23, 26, 0.9)')).toEqual([21, 23, 26, 0.9]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
    expect(luminance([0, 0, 0, 1])).toBe(0);
    expect(luminance([255, 255, 255, 1])).toBeCloseTo(1);
  });

  it('reads a computed colour by hand exactly as the regex it replaced reads it', () => {
    const regex = (value: string) => {
      const match = value.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/);
      if (!match) return null;
      const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
      return [+match[1], +match[2], +match[3], alpha];
    };
    const pieces = ['rgb(', 'rgba(', '0', '255', '12.5', '.5', '1.', '1.2.3', '.', ', ', ',', ' ', ' / ', '50%', ')', 'x', ''];
    const values = ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)', 'rgba(21, 23, 26, 0.9)', 'rgb(255 255 255 / 50%)', 'color(srgb 1 0 0)', 'transparent', ''];
    // Every string of up to seven pieces would be too many: random ones, from a fixed seed.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 5_000; n++) values.push(Array.from({ length: 2 + (n % 8) }, next).map((i) => pieces[i]).join(''));
    for (const head of ['rgb(', 'rgba(']) for (const value of [...values]) values.push(head + value);
    // The shapes read by hand, with every kind of number in every place.
    const numbers = ['0', '255', '12.5', '.5', '1.', '1.2.3', '.', '50%', '', 'x'];
    for (const r of numbers) for (const g of numbers) for (const b of numbers) {
      values.push(`rgb(${r}, ${g}, ${b})`, `rgba(${r}, ${g}, ${b})`);
      for (const a of numbers) values.push(`rgba(${r}, ${g}, ${b}, ${a})`, `rgb(${r}, ${g}, ${b}, ${a})`);
    }
    const differing = values.filter((value) => JSON.stringify(parseRgb(value)) !== JSON.stringify(regex(value)));
    expect(differing).toEqual([]);
    expect(values.filter((value) => /^rgba?\([\d.]+, [\d.]+, [\d.]+(, [\d.]+)?\)$/.test(value)).length).toBeGreaterThan(1000);
  });

  it('follows the page: a dark background behind the article, or light text, means dark', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(18, 18, 20)"><article id="a"><p>Text</p></article></div>';
    expect(pageScheme(document.getElementById('a')!)).toBe('dark');
    document.body.innerHTML = '<div style="background-color: rgb(250, 250, 250)"><article id="a"><p>Text</p></article></div>';
    expect(pageScheme(document.getElementById('a')!)).toBe('light');
    document.body.innerHTML = '<article id="a" style="color: rgb(230, 230, 230)"><p>Text</p></article>';
    expect(pageScheme(document.getElementById('a')!)).toBe('dark');
  });
});
