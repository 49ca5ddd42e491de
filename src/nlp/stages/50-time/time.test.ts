import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../../test-support/doc.js';
import { findTimes, timeStage } from './index.js';

const times = (text: string, published: string | null) =>
  findTimes({ text, meta: { ...tokenisedDoc('x').meta, published } }, 't@0').map((t) => [t.text, t.value, t.precision, t.yearInferred]);

describe('50-time normalisation', () => {
  it.each([
    ['The talks ended on March 3, 2021 in the capital.', '2024-01-01', ['March 3, 2021', '2021-03-03', 'day', false]],
    ['It happened on 4 July 2019.', null, ['4 July 2019', '2019-07-04', 'day', false]],
    ['The raid came on May 8.', '2022-05-13', ['May 8', '2022-05-08', 'day', true]],
    ['The raid came on November 20.', '2022-05-13', ['November 20', '2021-11-20', 'day', true]],
    // 15 February was a Wednesday in 2023 and in 2017; the nearest before publication wins
    ['He spoke on Wednesday,\nFebruary 15, to reporters.', '2023-06-01', ['Wednesday,\nFebruary 15', '2023-02-15', 'day', true]],
    ['He spoke on Wednesday, February 15, to reporters.', '2022-06-01', ['Wednesday, February 15', '2017-02-15', 'day', true]],
    ['The group was formed in August 2021.', null, ['August 2021', '2021-08', 'month', false]],
    ['Fighting resumed in late April.', '2015-06-11', ['late April', '2015-04', 'month', true]],
    ['Fighting resumed in late April.', '2015-02-11', ['late April', '2014-04', 'month', true]],
    ['They met last June.', '2015-06-20', ['last June', '2014-06', 'month', true]],
    ['Troops arrived in mid-September.', '2021-10-02', ['mid-September', '2021-09', 'month', true]],
    ['The ministry said on Friday that it agreed.', '2022-05-13', ['Friday', '2022-05-13', 'day', true]],
    ['The ministry said on Monday that it agreed.', '2022-05-13', ['Monday', '2022-05-09', 'day', true]],
    ['Prices rose last month.', '2022-01-20', ['last month', '2021-12', 'month', true]],
    ['It grew earlier this year.', '2015-05-12', ['earlier this year', '2015', 'year', true]],
    ['Last fall, the city was quiet.', '2022-05-13', ['Last fall', '2021', 'year', true]],
    ['The war of the 1990s left scars.', null, ['1990s', '1990', 'year', false]],
    ['The caliphate was declared in 2014.', null, ['2014', '2014', 'year', false]],
    ['The ISO date 2020-02-29 is valid.', null, ['2020-02-29', '2020-02-29', 'day', false]],
    ['Two years ago the border closed.', '2023-03-01', ['Two years ago', '2021', 'year', true]],
    ['The summit is set for the upcoming May 16 meeting.', '2022-05-13', ['May 16', '2022-05-16', 'day', true]],
  ])('%j (published %s)', (text, published, expected) => {
    expect(times(text, published)).toContainEqual(expected);
  });

  it.each([
    ['About 2,000 fighters and 2000 soldiers gathered.'],
    ['You may go now, he said.'],
    ['The unit numbered 4,500 men.'],
    ['The raid came on May 8.'], // no publication date: the year cannot be chosen
  ])('finds no date in %j without an anchor', (text) => {
    expect(times(text, null)).toEqual([]);
  });

  it('keeps both ends of a year range and exact spans', () => {
    const text = 'The war lasted from 1999-2009 in the region.';
    const got = findTimes({ text, meta: tokenisedDoc('x').meta }, 't@0');
    expect(got.map((t) => t.value)).toEqual(['1999', '2009']);
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('runs as a stage and tags its output', () => {
    const doc = tokenisedDoc('On May 8 the post was hit.', { published: '2022-05-13' });
    timeStage.run(doc, {} as never);
    expect(doc.layers.times).toHaveLength(1);
    expect(doc.layers.times![0]!.stage).toBe('50-time@1');
  });
});
