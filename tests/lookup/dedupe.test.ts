// One release, several copies: the reader sees it once, from the best place.
import { describe, expect, it } from 'vitest';
import { oneCopyEach, sameStory } from '../../utils/lookup/dedupe';

describe('oneCopyEach', () => {
  const wire = { title: 'Brenholt Robotics to build its first battery cell plant, near Lyon', date: '2025-03-10', source: 'newswire' as const };
  const own = { ...wire, source: 'newsroom' as const };
  const linked = { ...wire, title: 'Brenholt Robotics to Build Its First Battery Cell Plant, Near Lyon', source: 'article-links' as const };

  it('treats headlines alike whatever their case and punctuation, unless the dates differ', () => {
    expect(sameStory(wire, linked)).toBe(true);
    expect(sameStory(wire, { ...own, date: '2024-03-10' })).toBe(false);
    expect(sameStory(wire, { ...own, title: 'Brenholt Robotics opens a hub' })).toBe(false);
    expect(sameStory({ ...wire, title: '' }, { ...own, title: '' })).toBe(false);
  });

  it('keeps the article link, else the company’s own page, in the order given', () => {
    const other = { title: 'Another release', date: '2025-03-10', source: 'newswire' as const };
    expect(oneCopyEach([wire, other, own])).toEqual([other, own]);
    expect(oneCopyEach([own, linked, wire])).toEqual([linked]);
  });
});
