import { describe, expect, it } from 'vitest';
import { ftsPhrases, ftsQuery } from './fts-query.js';

describe('ftsQuery', () => {
  it.each([
    ['Panj', '"Panj"'],
    ['ISIS-K', '"ISIS K"'],
    ['border  troops', '"border" "troops"'],
    ['"unbalanced', '"unbalanced"'],
    ['NEAR(a b)', '"NEAR a" "b"'],
    ['Rahmon’s GKNB', '"Rahmon s" "GKNB"'],
    ['Душанбе', '"Душанбе"'],
    ['title:Panj*', '"title Panj"'],
    ['', null],
    ['  -- * ( ) " ', null],
  ])('%j → %j', (input, expected) => {
    expect(ftsQuery(input)).toBe(expected);
  });
});

describe('ftsPhrases', () => {
  it('gives the phrases the query ANDs, one per chunk', () => {
    expect(ftsPhrases('Rahmon’s GKNB  border-troops')).toEqual(['"Rahmon s"', '"GKNB"', '"border troops"']);
    expect(ftsPhrases(' * " ')).toEqual([]);
  });
});
