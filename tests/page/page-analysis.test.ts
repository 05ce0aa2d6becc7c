// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageAnalysis } from '../../utils/page/page-analysis';
import { inPageEngine } from '../../utils/page/page-engine';
import { fakeEngine, type FakeHighlight, installHighlightApi, removeHighlightApi, textsOf } from './fakes';

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/x">Business news, markets and the economy</a></nav></header>
  <main><article>
    <h1>Quillon Motors picks Valence</h1>
    <p>Quillon Motors will invest <b>€1.2</b> billion in a van plant in Valence, its chief executive Ada Berg said, creating 2,000 jobs over five years.</p>
    <p>The €1.2 billion plan, the largest in the region this decade, still needs a permit from the prefecture, officials said.</p>
    <p>A statement issued later said the plant would create 1,500 jobs, without saying why the figure had changed.</p>
  </article></main>
  <footer><p>Also in the news: a rival will hire 9,000 jobs somewhere, according to a rumour.</p></footer>`;

describe('PageAnalysis', () => {
  let registry: Map<string, FakeHighlight>;
  let analysis: PageAnalysis;
  const signal = new AbortController().signal;

  beforeEach(() => {
    registry = installHighlightApi();
    document.head.innerHTML = '<title>Quillon</title>';
    document.body.innerHTML = ARTICLE;
    analysis = new PageAnalysis({ doc: document, engine: inPageEngine(fakeEngine), source: () => 'https://example.test/a' });
  });
  afterEach(() => removeHighlightApi());

  it('highlights every claim figure, its state and the entities under the contract names', async () => {
    await analysis.run(signal);
    expect(analysis.result.state).toBe('ok');
    expect(textsOf(registry, 'claimcheck-figure')).toEqual(['€1.2 billion', '2,000 jobs', '€1.2 billion', '1,500 jobs']);
    expect(textsOf(registry, 'claimcheck-duplicate')).toEqual(['€1.2 billion', '€1.2 billion']);
    expect(textsOf(registry, 'claimcheck-conflict')).toEqual(['2,000 jobs', '1,500 jobs']);
    expect(textsOf(registry, 'claimcheck-org')).toEqual(['Quillon Motors', 'Quillon Motors']);
    expect(textsOf(registry, 'claimcheck-person')).toEqual(['Ada Berg']);
    expect(textsOf(registry, 'claimcheck-place')).toEqual(['Valence', 'Valence']);
    expect(registry.has('claimcheck-confirmed')).toBe(false);
    // States paint over figures, figures over entities.
    expect(registry.get('claimcheck-conflict')!.priority).toBeGreaterThan(registry.get('claimcheck-figure')!.priority);
    // The rules come from the static sheet declared with the content script: nothing is written into the page.
    expect(document.querySelector('style')).toBeNull();
    // The footer's 9,000 is page furniture, never analysed.
    expect(analysis.result.report?.documents[0].claims.some((c) => c.amount === 9000)).toBe(false);
  });

  it('lists the press release the article links to, and no other link', async () => {
    document.querySelector('article')!.insertAdjacentHTML(
      'beforeend',
      '<p>Read <a href="https://www.businesswire.com/news/home/20250310005123/en/">the company\u2019s press release</a> ' +
        'or <a href="https://example.test/newsletters/daily">our newsletter</a>.</p>',
    );
    await analysis.run(signal);
    expect(analysis.result.report?.press_releases).toEqual([
      expect.objectContaining({ url: 'https://www.businesswire.com/news/home/20250310005123/en/', how: 'link' }),
    ]);
  });

  it('spans a figure split over <b> and text with one range', async () => {
    await analysis.run(signal);
    const first = [...registry.get('claimcheck-figure')!][0] as Range;
    expect(first.startContainer.parentElement?.localName).toBe('b');
    expect(first.endContainer.parentElement?.localName).toBe('p');
  });

  it('never doubles highlights when run again', async () => {
    await analysis.run(signal);
    await analysis.run(signal);
    const again = new PageAnalysis({ doc: document, engine: inPageEngine(fakeEngine), source: () => 'x' });
    await again.run(signal);
    expect(registry.get('claimcheck-figure')!.size).toBe(4);
    expect([...registry.keys()].filter((name) => name.endsWith('-dark'))).toEqual([]);
  });

  it('leaves the DOM exactly as before once cleared', async () => {
    const before = document.documentElement.innerHTML;
    await analysis.run(signal);
    // Highlighting writes nothing into the DOM (the rules are the content script's static sheet).
    expect(registry.size).toBeGreaterThan(0);
    expect(document.documentElement.innerHTML).toBe(before);
    analysis.reset();
    expect(document.documentElement.innerHTML).toBe(before);
    expect([...registry.keys()].filter((name) => name.startsWith('claimcheck-'))).toEqual([]);
  });

  it('drops a highlight whose text changed under it', async () => {
    await analysis.run(signal);
    const paragraph = document.querySelectorAll('article p')[2];
    paragraph.firstChild!.textContent = 'A statement issued later said the plant would create 1,800 jobs, without saying why.';
    expect(analysis.recheck()).toBe(true);
    expect(textsOf(registry, 'claimcheck-figure')).toEqual(['€1.2 billion', '2,000 jobs', '€1.2 billion']);
    expect(analysis.recheck()).toBe(false);
  });

  it('says no-claims for an article without figures, and no-article for a page without one', async () => {
    document.body.innerHTML = `<article><p>${'The harbour festival returns in June after a pause, with boats, music, and food stalls. '.repeat(4)}</p><p>${'Tickets go on sale next week, and entry to the quay stays free, as every year. '.repeat(4)}</p></article>`;
    await analysis.run(signal);
    expect(analysis.result.state).toBe('no-claims');
    expect([...registry.keys()].filter((name) => name.startsWith('claimcheck-'))).toEqual([]);
    document.body.innerHTML = '<form><input></form><p>Sign in</p>';
    await analysis.run(signal);
    expect(analysis.result.state).toBe('no-article');
  });

  it('does nothing visible where the browser lacks the Highlight API', async () => {
    removeHighlightApi();
    await analysis.run(signal);
    expect(analysis.result.state).toBe('ok');
    expect(analysis.marks.figures).toHaveLength(4);
  });

  it('shows the first figures of a long page before the whole page is read', async () => {
    const paragraph = (i: number) => `<p>Quillon Motors will invest €${i}.5 billion in Valence, a statement numbered ${i} said, with nothing else of note in the rest of this rather long paragraph about the weather.</p>`;
    document.body.innerHTML = `<article><h1>Quillon Motors</h1>${Array.from({ length: 400 }, (_, i) => paragraph(i)).join('')}</article>`;
    const slow = (docs: Parameters<typeof fakeEngine>[0]) => {
      const until = performance.now() + 2;
      while (performance.now() < until);
      return fakeEngine(docs);
    };
    const long = new PageAnalysis({ doc: document, engine: inPageEngine(slow), source: () => 'https://example.test/a', sliceMs: 8 });
    let done = false;
    const running = long.run(signal).then(() => (done = true));
    await vi.waitFor(() => expect(registry.get('claimcheck-figure')?.size ?? 0).toBeGreaterThan(0), { interval: 1 });
    const early = registry.get('claimcheck-figure')!.size;
    expect(done).toBe(false);
    expect(long.result.state).toBe('loading');
    await running;
    expect(registry.get('claimcheck-figure')?.size).toBe(400);
    expect(early).toBeLessThan(400);
    expect(long.busy.toFirstHighlight).toBeGreaterThan(0);
    expect(long.busy.toFirstHighlight!).toBeLessThan(long.busy.ms);
  });

  it('stops when its signal aborts, leaving nothing behind', async () => {
    const controller = new AbortController();
    const running = analysis.run(controller.signal);
    controller.abort();
    await running;
    analysis.clear();
    expect(registry.size).toBe(0);
  });
});
