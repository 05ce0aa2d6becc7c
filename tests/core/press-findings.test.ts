import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressFindings, pressReleaseCues, type PressDocument } from '../../utils/core/press';
import { claim, release, unfaithful } from '../fixtures/core/press/claims';

const read = (name: string) => readFileSync(join(__dirname, '../fixtures/core/press', name), 'utf8');
const releaseUrl = 'https://www.ferronord-steel.fr/fr/presse/four-electrique-dunkerque';

const releaseDoc: PressDocument = { id: 'd1', source: 'release.txt', text: read('ferronord-release.txt'), claims: release, published: '2025-06-10' };
// the story without its link line: it must be attached by content
const storyText = read('ferronord-article.txt').replace(/The company's announcement:.*\n/, '');
const storyDoc: PressDocument = {
  id: 'd2',
  source: 'story.txt',
  text: storyText,
  published: '2025-06-11',
  claims: [...unfaithful, claim('d1.c9', { metric: 'jobs', amount: 90, subject: 'Quillon Medical', location: 'Lyon' })],
};

describe('pressReleaseCues', () => {
  it('reads the release as a release and the story as a story', () => {
    expect(pressReleaseCues(releaseDoc.text)).toEqual({ release: true, cues: ['heading', 'about', 'contact', 'announces'] });
    expect(pressReleaseCues(read('ferronord-article.txt')).release).toBe(false);
  });

  it('needs two kinds of cue: a story quoting a press release is still a story', () => {
    expect(pressReleaseCues('Ferronord said in a press release that it today announced a plan.\nAbout the plant').cues).toEqual(['about', 'announces']);
    expect(pressReleaseCues('The firm said in a press release on Monday.').release).toBe(false);
  });
});

describe('pressFindings', () => {
  const findings = pressFindings([releaseDoc, storyDoc]);

  it('attaches the story to the release given in the same call, at the release’s own address', () => {
    expect(findings.releaseDocuments).toEqual(['d1']);
    expect(findings.press_releases[0]).toEqual({ url: releaseUrl, subject: 'Ferronord Steel SA', how: 'verified' });
    expect(findings.press_releases.filter((entry) => entry.url === releaseUrl)).toHaveLength(1);
  });

  it('checks the story claim by claim against it', () => {
    expect(findings.checks).toHaveLength(1);
    expect(findings.checks[0]!.checks.map((check) => [check.claim, check.verdict])).toEqual([
      ['d1.c1', 'matches'],
      ['d1.c2', 'differs'],
      ['d1.c3', 'absent'],
      ['d1.c9', 'absent'],
    ]);
  });

  it('offers searches only for companies without a release', () => {
    const searched = new Set(findings.press_releases.filter((entry) => entry.how === 'search').map((entry) => entry.subject));
    expect([...searched]).toEqual(['Quillon Medical']);
  });

  it('can leave out directory pages and searches', () => {
    const docs = [{ ...storyDoc, claims: [claim('d1.c1', { metric: 'jobs', amount: 500, subject: 'Nvidia' })] }];
    expect(pressFindings(docs).press_releases.map((entry) => entry.how)).toEqual(['directory', 'directory', 'search', 'search', 'search']);
    expect(pressFindings(docs, { directory: false, search: false }).press_releases).toEqual([]);
  });

  it('finds nothing to attach when no release is in the call', () => {
    const alone = pressFindings([storyDoc], { directory: false, search: false });
    expect(alone).toEqual({ press_releases: [], releaseDocuments: [], checks: [] });
  });
});
