// What a failing wait reports about the page, so a timeout says more than "timed out".
interface Evaluates {
  evaluate<R>(fn: () => R): Promise<R>;
}

export function describePage(page: Evaluates): Promise<string> {
  return page.evaluate(() => {
    const highlights = [...CSS.highlights]
      .map(([name, highlight]) => `${name}: ${[...highlight].map((range) => range.toString()).join(' | ')}`)
      .join('; ');
    return `${location.href}, ${document.visibilityState}, highlights: ${highlights || 'none'}`;
  });
}
