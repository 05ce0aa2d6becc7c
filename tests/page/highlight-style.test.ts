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

  it('follows the page: a dark background behind the article, or light text, means dark', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(18, 18, 20)"><article id="a"><p>Text</p></article></div>';
    expect(pageScheme(document.getElementById('a')!)).toBe('dark');
    document.body.innerHTML = '<div style="background-color: rgb(250, 250, 250)"><article id="a"><p>Text</p></article></div>';
    expect(pageScheme(document.getElementById('a')!)).toBe('light');
    document.body.innerHTML = '<article id="a" style="color: rgb(230, 230, 230)"><p>Text</p></article>';
    expect(pageScheme(document.getElementById('a')!)).toBe('dark');
  });
});
