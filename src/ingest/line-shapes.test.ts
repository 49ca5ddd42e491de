import { describe, expect, it } from 'vitest';
import { bylineRest, endsSentence, isListItem, isPersonName, isStandaloneLine, sourceRest } from './line-shapes.js';

describe('isPersonName', () => {
  it.each([
    ['Sharofiddin Gadoev', true],
    ['Jane Q. Doe', true],
    ['Hesham al-Naggar', true],
    ['Omar bin Laden', true],
    ['Ludwig van Beethoven', true],
    ['Иван Петров', true],
    ['Madonna', false],
    ['Most Popular', false],
    ['Recent Comments', false],
    ['New Eastern Outlook', false],
    ['Putin Says Talks Failed', false],
    ['the quick brown fox', false],
    ['ISIS Khorasan', false],
    ['One Two Three Four Five Six', false],
  ])('%s → %s', (s, v) => {
    expect(isPersonName(s)).toBe(v);
  });
});

describe('line shapes', () => {
  it.each([
    ['- an item', true],
    ['1. first', true],
    ['2) second', true],
    ['• dot', true],
    ['-not an item', false],
    ['2024 was a year', false],
  ])('isListItem(%j) → %s', (s, v) => {
    expect(isListItem(s)).toBe(v);
  });

  it.each([
    ['He left.', true],
    ['He asked “why?”', true],
    ['It ended (finally).', true],
    ['As the report notes:', true],
    ['and then the', false],
    ['commas continue,', false],
  ])('endsSentence(%j) → %s', (s, v) => {
    expect(endsSentence(s)).toBe(v);
  });

  it('reads byline and source lines', () => {
    expect(bylineRest('By Jane Doe')).toBe('Jane Doe');
    expect(bylineRest('Written by Jane Doe, Harbour Post')).toBe('Jane Doe, Harbour Post');
    expect(bylineRest('Bystanders fled')).toBeNull();
    expect(bylineRest('(Reporting by Jane Doe in Kulob; Editing by John Roe)')).toBe('Jane Doe');
    expect(sourceRest('Source: Harbour Post')).toBe('Harbour Post');
    expect(sourceRest('Sources say the talks failed and nobody knows why')).toBeNull();
    expect(isStandaloneLine('May 13, 2022')).toBe(true);
    expect(isStandaloneLine('The army moved')).toBe(false);
  });
});
