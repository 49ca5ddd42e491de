import { describe, expect, it } from 'vitest';
import { extractQuantities, parseNumber, singular } from './claims-quantities.js';

const q = (text: string) => extractQuantities(text, 0, text.length);

describe('extractQuantities', () => {
  it.each([
    ['They launched eight rockets at dawn.', { value: 8, min: null, max: null, unit: 'rocket', qualifier: null }],
    ['more than 5,000 foreign militants crossed', { value: null, min: 5000, max: null, unit: 'militant', qualifier: 'more than' }],
    ['between 2,000 and 4,000 people left', { value: null, min: 2000, max: 4000, unit: 'person', qualifier: null }],
    ['has reached about 6,500 fighters', { value: 6500, min: null, max: null, unit: 'fighter', qualifier: 'about' }],
    ['tens of thousands of soldiers', { value: null, min: 10000, max: 99999, unit: 'soldier', qualifier: 'tens of' }],
    ['sent thousands of their troops north', { value: null, min: 1000, max: 9999, unit: 'troop', qualifier: 'thousands' }],
    ['make up 40-46% of voters', { value: null, min: 40, max: 46, unit: '%', qualifier: null }],
    ['will respond within 12 hours of a threat', { value: 12, min: null, max: null, unit: 'hour', qualifier: 'within' }],
    ['he gathered a dozen loyal men', { value: 12, min: null, max: null, unit: 'man', qualifier: null }],
    ['killing about 20 civilians.', { value: 20, min: null, max: null, unit: 'civilian', qualifier: 'about' }],
    ['up to 300 casualties', { value: null, min: null, max: 300, unit: 'casualty', qualifier: 'up to' }],
    ['one million refugees fled', { value: 1_000_000, min: null, max: null, unit: 'refugee', qualifier: null }],
    ['the border is 1,400 kilometers long', { value: 1400, min: null, max: null, unit: 'kilometer', qualifier: null }],
    ['had moved “hundreds” of its gunmen south', { value: null, min: 100, max: 999, unit: 'gunman', qualifier: 'hundreds' }],
    ['tens of thousands of the Northern League’s elite mountain brigade soldiers marched', { value: null, min: 10000, max: 99999, unit: 'soldier', qualifier: 'tens of' }],
    ['about 300 special forces officers arrived', { value: 300, min: null, max: null, unit: 'officer', qualifier: 'about' }],
    ['some 40 troops crossed bridges', { value: 40, min: null, max: null, unit: 'troop', qualifier: 'some' }],
  ])('%j', (text, expected) => {
    const got = q(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(expected);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe(got[0]!.text);
  });

  it.each([
    ['In 2014 the group was founded.'],
    ['one of the commanders left'],
    ['the 201st base and the M41 road'],
    ['Unit2610 reported'],
  ])('finds no quantity in %j', (text) => {
    expect(q(text)).toEqual([]);
  });

  it('skips numbers inside excluded spans and keeps absolute offsets', () => {
    const text = 'On May 8 they fired 3 shells.';
    const got = extractQuantities(text, 3, text.length, [{ start: 3, end: 8 }]);
    expect(got.map((x) => [x.value, x.unit, x.start])).toEqual([[3, 'shell', 20]]);
  });
});

describe('units without a noun of their own', () => {
  it.each([
    ['the clinic counted 12 dead', 'dead'],
    ['more than 7 killed and', 'dead'],
    ['about 30 injured', 'wounded'],
    ['the number of recruits has reached 900', 'recruit'],
    ['the membership of the cell had risen to about 400', 'member'],
  ])('%j', (text, unit) => {
    expect(q(text)[0]?.unit).toBe(unit);
  });

  it('inherits the unit of "N of them" from an earlier count in the context', () => {
    const text = 'The camp holds about 500 refugees. Up to 200 of them are children.';
    const from = text.indexOf('Up to');
    const got = extractQuantities(text, from, text.length, [], 0);
    expect(got.map((x) => [x.max, x.unit, x.text])).toEqual([[200, 'refugee', 'Up to 200 of them']]);
    expect(extractQuantities(text, from, text.length)[0]!.unit).toBeNull();
  });
});

describe('parseNumber / singular', () => {
  it.each([
    ['6,500', 6500],
    ['twenty-five', 25],
    ['1.5 million', 1_500_000],
    ['eight', 8],
  ])('parses %s', (s, n) => expect(parseNumber(s)).toBe(n));
  it.each([
    ['rockets', 'rocket'],
    ['men', 'man'],
    ['casualties', 'casualty'],
    ['boxes', 'box'],
  ])('singular %s', (a, b) => expect(singular(a)).toBe(b));
});
