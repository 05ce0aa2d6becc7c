import { describe, expect, it } from 'vitest';
import { offsetOfPath, positionAt, syntaxErrorPosition } from '../../utils/memory/json-locate';
import { addDays, claimKey, companyKey, daysApart, normaliseUrl, outletFromUrl, placeKey, toDay } from '../../utils/memory/keys';

describe('keys', () => {
  it.each([
    ['Amazon', 'amazon'],
    ['Amazon Inc.', 'amazon'],
    ['Siemens AG', 'siemens'],
    ['L’Oréal', 'l oreal'],
    ['Groupe', 'groupe'], // a name made only of a legal word stays itself
    ['Groupe PSA', 'groupe psa'], // legal forms go only at the end
    ['Co 3 Holding SE', 'co 3'],
    ['  ', null],
    [null, null],
  ])('companyKey(%j) = %j', (subject, key) => expect(companyKey(subject)).toBe(key));

  it('builds claim and place keys, null without a company', () => {
    expect(claimKey({ subject: 'Amazon S.A.', metric: 'jobs' })).toBe('amazon s a|jobs');
    expect(claimKey({ subject: null, metric: 'jobs' })).toBeNull();
    expect(placeKey('Île-de-France')).toBe(placeKey('ile de france'));
  });

  it('reads publication dates and counts days', () => {
    expect(toDay('2026-11-20T23:30:00-05:00')).toBe('2026-11-20');
    expect(toDay('2026-02-30')).toBeNull();
    expect(toDay('20 November 2026')).toBeNull();
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysApart('2026-03-01', '2026-02-27')).toBe(2);
  });

  it('stores one URL per article and names the outlet from the host', () => {
    expect(normaliseUrl('https://www.lemonde.fr/a.html?utm_medium=rss&page=2&fbclid=1#comments')).toBe('https://www.lemonde.fr/a.html?page=2');
    expect(outletFromUrl('https://www.lemonde.fr/a.html')).toBe('lemonde.fr');
  });
});

describe('json-locate', () => {
  const text = '{\n  "a": [1, {"b": "x,]}"}],\n  "c": {\n    "d": null\n  }\n}';
  it('finds the line where a value at a path starts', () => {
    expect(positionAt(text, offsetOfPath(text, ['a', 1, 'b'])!)).toEqual({ line: 2, column: 18 });
    expect(positionAt(text, offsetOfPath(text, ['c', 'd'])!).line).toBe(4);
    expect(offsetOfPath(text, ['c', 'e'])).toBeNull();
    expect(offsetOfPath(text, ['a', 5])).toBeNull();
  });

  it('reads the position out of each engine’s JSON.parse message', () => {
    expect(syntaxErrorPosition(text, 'Unexpected token } in JSON at position 12')).toEqual({ line: 2, column: 11 });
    expect(syntaxErrorPosition(text, "Expected ',' or '}' after property value in JSON at position 30 (line 3 column 4)")).toEqual({ line: 3, column: 4 });
    expect(syntaxErrorPosition(text, 'JSON.parse: expected property name or \'}\' at line 5 column 3 of the JSON data')).toEqual({ line: 5, column: 3 });
    expect(syntaxErrorPosition(text, 'Unexpected end of input')).toBeNull();
  });
});
