// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss, luminance, pageScheme, parseRgb } from '../../utils/page/highlight-style';
import { HIGHLIGHT_NAMES } from '../../utils/page/highlights';

describe('highlight styles', () => {
  it('styles every contract name, for light, dark and unknown pages', () => {
    for (const scheme of ['light', 'dark', null] as const) {
      const css = highlightCss(scheme);
      for (const name of Object.values(HIGHLIGHT_NAMES)) expect(css).toContain(`::highlight(${name})`);
    }
    expect(highlightCss(null)).toContain('@media (prefers-color-scheme: dark)');
    expect(highlightCss('dark')).not.toContain('@media');
    expect(highlightCss('light')).not.toBe(highlightCss('dark'));
  });

  it('tells the kinds apart by line style, not colour alone', () => {
    const css = highlightCss('light');
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
