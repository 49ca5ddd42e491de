import { describe, expect, it } from 'vitest';
import { dateFromUrl, latestDatedMention, normaliseDate, parseDateLine } from './dates.js';

describe('parseDateLine', () => {
  it.each([
    ['September 4, 2024', '2024-09-04', false],
    ['Friday, October 18, 2024', '2024-10-18', true],
    ['Sept. 4, 2024', '2024-09-04', false],
    ['4 September 2024', '2024-09-04', false],
    ['Published: 12 March 2023 10:45 GMT', '2023-03-12', false],
    ['Posted on June 1st, 2021', '2021-06-01', false],
    ['2022-05-10', '2022-05-10', false],
    ['10.05.2022', '2022-05-10', false],
    ['05/10/2022', '2022-05-10', false],
    ['25/10/2022', '2022-10-25', false],
    ['March 2019', '2019-03', false],
    ['12 марта 2023 г.', '2023-03-12', false],
  ])('%s → %s', (line, value, weekday) => {
    expect(parseDateLine(line)).toEqual({ value, weekday });
  });

  it.each([['February 30, 2024'], ['The talks ended on May 3, 2022.'], ['Amsterdam'], ['2024'], ['Chapter 12, 2020 edition and more']])(
    'rejects %j',
    (line) => {
      expect(parseDateLine(line)).toBeNull();
    },
  );
});

describe('normaliseDate', () => {
  it.each([
    ['2022-05-13T08:00:00+00:00', '2022-05-13'],
    ['2022-05-13T08:00:00Z', '2022-05-13'],
    ['2022-05', '2022-05'],
    ['2022', '2022'],
    ['May 13, 2022', '2022-05-13'],
    ['2022-13-01', null],
    ['soon', null],
  ])('%s → %s', (s, v) => {
    expect(normaliseDate(s)).toBe(v);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/world/20220510/border-talks.html', '2022-05-10'],
    ['https://news.example/2019/11/06/border-talks/', '2019-11-06'],
    ['https://news.example/2019/11/border-talks/', '2019-11'],
    ['https://news.example/2022-05-10/border-talks', '2022-05-10'],
    ['https://news.example/2022-05-10-border-talks', '2022-05-10'],
    ['https://news.example/story/123456789', null],
    ['https://news.example/2019/13/02/x', null],
    ['not a url', null],
  ])('%s → %s', (url, v) => {
    expect(dateFromUrl(url)).toBe(v);
  });
});

describe('latestDatedMention', () => {
  it.each([
    ['Talks began on March 3, 2021 and ended on 9 April 2021.', '2021-04-09'],
    // Wednesday, February 15 falls in 2023 first among the years from 2021 on
    ['The army was put on alert in mid-August 2021. On Wednesday, February 15, the minister spoke.', '2023-02-15'],
    ['Nothing dated here at all.', null],
    ['It happened on May 5 somewhere.', null],
  ])('%s → %s', (text, v) => {
    expect(latestDatedMention(text)).toBe(v);
  });
});

describe('date lines inside page headers and datelines', () => {
  it.each([
    ['Monday, June 3, 2019 | Kabul 21°C | Subscribe', '2019-06-03', true],
    ['TASHKENT, March 2, 2020', '2020-03-02', false],
    ['KHOROG, May 25', null, false],
    ['Moscow talks, March 2, 2020 went badly', null, false],
  ])('%s', (line, value, weekday) => {
    const r = parseDateLine(line);
    expect(r?.value ?? null).toBe(value);
    if (r) expect(r.weekday).toBe(weekday);
  });
});
