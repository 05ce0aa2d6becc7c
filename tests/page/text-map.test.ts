// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, normalizeSpaces, rangeFor } from '../../utils/page/text-map';

function mapOf(html: string) {
  document.body.innerHTML = html;
  return buildTextMap([document.body]);
}

/** Every word of the text, as a [start, end) pair. */
function words(text: string): [number, number][] {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
}

describe('text map', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('keeps paragraphs and headings apart and inline elements together', () => {
    const map = mapOf(`
      <h1>Quillon picks <em>Valence</em></h1>
      <p>The carmaker will invest over <b>€1.2</b> billion<br>and hire <a href="#">2,000</a> people.</p>
      <ul><li>First point</li><li>Second point</li></ul>`);
    expect(map.text).toBe('Quillon picks Valence\n\nThe carmaker will invest over €1.2 billion\nand hire 2,000 people.\n\nFirst point\n\nSecond point');
  });

  it('maps every word back to a Range with the same text (round trip)', () => {
    const map = mapOf(`<article><h2>Plan</h2><p>Amazon  will
        invest <span>€<b>1</b>.2bn</span> ($1.3bn) in <i>France</i>, creating 3&nbsp;000 jobs.</p>
        <table><tr><td>Paris</td><td>€2m</td></tr></table></article>`);
    for (const [start, end] of words(map.text)) {
      const range = rangeFor(map, start, end);
      expect(range?.toString()).toBe(map.text.slice(start, end));
    }
    // A whole sentence round-trips once whitespace is collapsed as the map collapses it.
    const start = map.text.indexOf('Amazon');
    const end = map.text.indexOf('jobs.') + 5;
    expect(normalizeSpaces(rangeFor(map, start, end)!.toString())).toBe(map.text.slice(start, end));
  });

  it('gives a figure split over inline elements one Range across its nodes', () => {
    const map = mapOf('<p>It will invest <b>1.2</b> billion euros.</p>');
    const start = map.text.indexOf('1.2');
    const end = start + '1.2 billion'.length;
    const range = rangeFor(map, start, end)!;
    expect(range.toString()).toBe('1.2 billion');
    expect(range.startContainer.parentElement?.localName).toBe('b');
    expect(range.endContainer.parentElement?.localName).toBe('p');
  });

  it('skips scripts, styles, hidden elements, form fields and editable regions', () => {
    const map = mapOf(`
      <style>.gone { display: none }</style>
      <p>Visible one.</p>
      <script>var secret = "€9bn";</script><noscript>Enable JS</noscript><template><p>tpl</p></template>
      <p hidden>Hidden attr.</p><p aria-hidden="true">Aria hidden.</p>
      <p style="display: none">Inline none.</p><p class="gone">Class none.</p>
      <form><input value="€5bn"><textarea>typed €3bn</textarea><select><option>€1m</option></select></form>
      <div contenteditable="true">Draft €8bn</div>
      <p>Visible two.</p>`);
    expect(map.text).toBe('Visible one.\n\nVisible two.');
  });

  it('returns null for a range that covers only synthetic breaks', () => {
    const map = mapOf('<p>One</p><p>Two</p>');
    expect(rangeFor(map, 3, 5)).toBeNull();
    expect(rangeFor(map, 3, 8)?.toString()).toBe('Two');
  });

  it('keeps the whitespace of preformatted text', () => {
    const map = mapOf('<pre>a  b\nc</pre><p>d</p>');
    expect(map.text).toBe('a  b\nc\n\nd');
  });
});
