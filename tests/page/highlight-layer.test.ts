// @vitest-environment happy-dom
// The highlight layer's two ways to a long page's final set: built off screen and swapped in at
// once (Chromium), or shown from the early batch on while parts add to it (Firefox, where the
// swap registered every range in one long task). Both end with the same names and ranges.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightLayer } from '../../utils/page/highlights';
import { runToEnd } from '../../utils/page/text-map';
import { type FakeHighlight, installHighlightApi, removeHighlightApi } from './fakes';

function rangesOver(words: string[]): Range[] {
  document.body.innerHTML = `<p>${words.join(' ')}</p>`;
  const text = document.body.querySelector('p')!.firstChild as Text;
  let at = 0;
  return words.map((word) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    at += word.length + 1;
    return range;
  });
}

describe('HighlightLayer', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = installHighlightApi();
  });
  afterEach(() => removeHighlightApi());

  it('shows the highlights being built, so later ranges appear as they are added and the commit swaps nothing', () => {
    const [lead, figure, org, other] = rangesOver(['Quillon', '€1.2bn', 'Valence', 'Loire']);
    const layer = new HighlightLayer(document);
    layer.add('figure', [lead]);
    const shownFigure = registry.get('claimcheck-figure');
    const built = new Map();
    // A part read before the early batch, built off screen, is kept.
    runToEnd(layer.prepare(new Map([['place', [other]]]), 500, built));
    layer.showWhileBuilding(built);
    expect(built.get('figure')).toBe(shownFigure);
    expect([...registry.get('claimcheck-place')!]).toEqual([other]);
    runToEnd(layer.prepare(new Map([['figure', [figure]], ['org', [org]]]), 1, built));
    expect([...registry.get('claimcheck-figure')!]).toEqual([lead, figure]);
    expect([...registry.get('claimcheck-org')!]).toEqual([org]);
    const set = vi.spyOn(registry, 'set');
    layer.commit(built);
    expect(set).not.toHaveBeenCalled();
    // Names that got no range are gone after the commit.
    expect([...registry.keys()].sort()).toEqual(['claimcheck-figure', 'claimcheck-org', 'claimcheck-place']);
  });

  it('swaps highlights built off screen in at once, replacing what was shown', () => {
    const [lead, figure] = rangesOver(['Quillon', '€1.2bn']);
    const layer = new HighlightLayer(document);
    layer.add('figure', [lead]);
    const built = runToEnd(layer.prepare(new Map([['figure', [lead, figure]]])))!;
    expect([...registry.get('claimcheck-figure')!]).toEqual([lead]);
    layer.commit(built);
    expect(registry.get('claimcheck-figure')).toBe(built.get('figure'));
    expect([...registry.get('claimcheck-figure')!]).toEqual([lead, figure]);
  });

  it('registers the highlights of a dark page under the dark names, moves them when the palette changes, and clears both', () => {
    const [lead, figure] = rangesOver(['Quillon', '€1.2bn']);
    const layer = new HighlightLayer(document);
    layer.usePalette('dark');
    layer.show('figure', [figure]);
    layer.show('org', [lead]);
    layer.show('flash', [figure]);
    expect([...registry.keys()].sort()).toEqual(['claimcheck-figure-dark', 'claimcheck-flash', 'claimcheck-org-dark']);
    const shown = registry.get('claimcheck-figure-dark');
    layer.usePalette('light');
    expect([...registry.keys()].sort()).toEqual(['claimcheck-figure', 'claimcheck-flash', 'claimcheck-org']);
    expect(registry.get('claimcheck-figure')).toBe(shown);
    layer.usePalette('dark');
    expect(layer.showing).toBe(true);
    layer.clear();
    expect(registry.size).toBe(0);
    expect(layer.showing).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
