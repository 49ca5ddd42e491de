import { describe, expect, it } from 'vitest';
import { cleanText, normaliseLine } from './clean-text.js';

const P1 =
  'Officials in the southern district said on Tuesday that the crossing near the river had reopened for trucks carrying flour and fuel.';
const P2 =
  'Traders who had waited for days on the northern bank welcomed the decision, although several said prices in the local bazaar had already doubled.';
const P3 = 'The district governor promised to publish a schedule for the crossing by the end of the month, his office said in a short statement.';

const PAGE = [
  'Wednesday, March 6, 2024',
  'Skip to content',
  'HomeWorld NewsRiver Crossing Reopens After Week of Clashes...',
  'River Crossing Reopens After Week of Clashes',
  'Photo courtesy of the district press office.',
  'Photo courtesy of the district press office.',
  P1,
  '',
  P2,
  '',
  'Share this:',
  'Facebook',
  'Twitter',
  '',
  P3,
  '',
  'Dilnoza Rahimova ',
  '',
  'February 28, 2024',
  '',
  'Kulob',
  '',
  'RELATED ARTICLES',
  'Trade talks stall over tariffs',
  'Water dispute flares again',
  'Most Popular',
  'Recent Comments',
].join('\r\n');

const BIO_PAGE = [
  'Water Talks Resume',
  '',
  P1,
  '',
  P2,
  '',
  'Amina Karimova',
  '',
  'Amina Karimova',
  '',
  'Amina Karimova is a correspondent covering Central Asia at the Harbour Post. You can email Amina at amina@example.org. Follow Amina on Twitter via @amina_k.',
  '',
  '1. […] an excerpt quoted by some other website about the talks […]',
  '2. […] a second excerpt from another blog […]',
].join('\n');

function reasons(r: { stripped: { reason: string }[] }): string[] {
  return r.stripped.map((s) => s.reason);
}

describe('cleanText', () => {
  it('strips page chrome top and bottom, keeping it with reasons', () => {
    const r = cleanText(PAGE, 'txt');
    expect(r.text.split('\n')[0]).toBe('River Crossing Reopens After Week of Clashes');
    expect(r.text.endsWith('Dilnoza Rahimova\n\nFebruary 28, 2024\n\nKulob')).toBe(true);
    expect(reasons(r)).toEqual(['date-header', 'nav', 'caption', 'share', 'related', 'comments']);
    for (const gone of ['Skip to content', 'Photo courtesy', 'Share this', 'Facebook', 'RELATED ARTICLES', 'Most Popular', 'Trade talks stall']) {
      expect(r.text).not.toContain(gone);
    }
    expect(r.stripped.find((s) => s.reason === 'caption')!.text.split('\n')).toHaveLength(2);
  });

  it('strips an author box and a pingback trail at the end', () => {
    const r = cleanText(BIO_PAGE, 'txt');
    expect(r.text.endsWith(P2)).toBe(true);
    expect(reasons(r)).toEqual(['author-bio', 'comments']);
    expect(r.stripped[0]!.text).toContain('correspondent covering Central Asia');
  });

  it('keeps a tail heading that sits in the first half of the text', () => {
    const r = cleanText(['A Headline For The Story', 'Related', P1, P2, P3].join('\n\n'), 'txt');
    expect(r.text).toContain(P3);
  });

  it.each([
    ['breadcrumb', 'Home › World › Asia\nA Headline For The Story\n' + P1, 'nav'],
    ['menu label', 'No menu items!\nA Headline For The Story\n' + P1, 'nav'],
    ['file photo caption', 'Two ministers (left) and (right) – file photo\n' + P1, 'caption'],
    ['advertisement', P1 + '\nAdvertisement\n' + P2, 'ad'],
    ['read-more teaser', P1 + '\nREAD MORE: Water dispute flares again\n' + P2, 'related'],
    ['copyright footer', P1 + '\n' + P2 + '\n© 2024 Harbour Post. All rights reserved.', 'footer'],
    ['follow-us line', P1 + '\nFollow us on Telegram for updates\n' + P2, 'share'],
    ['cookie banner', 'We use cookies to improve your experience.\n' + P1, 'nav'],
    ['cookie notice', P1 + '\nBy browsing you agree to our Cookie Policy\n' + P2, 'nav'],
    ['short copyright footer', P1 + '\n' + P2 + '\n(c) 2023 Harbour Post', 'footer'],
    ['numbered comment heading longer than any heading', P1 + '\n' + P2 + '\n12 thoughts on “Border guards reopen the crossing after a week of talks”\nGood piece.', 'comments'],
  ])('strips a %s line', (_name, text, reason) => {
    const r = cleanText(text, 'txt');
    expect(reasons(r)).toEqual([reason]);
    expect(r.text).toContain(P1);
  });

  it('normalises whitespace: spaces collapsed, lines trimmed, at most one blank line', () => {
    const r = cleanText('  First\u00A0\u00A0line   here.  \n\n\n\n\tSecond\u200B line.\n\n', 'txt');
    expect(r.text).toBe('First line here.\n\nSecond line.');
  });

  it('cleans Markdown: front matter kept aside, syntax removed', () => {
    const r = cleanText('---\ntitle: A Title\n---\n# A Title\n\nSome **bold** [link](https://x.example) text\nwrapped here.', 'md');
    expect(r.frontMatter).toBe('title: A Title');
    expect(r.text).toBe('A Title\n\nSome bold link text wrapped here.');
    expect(reasons(r)).toEqual(['front-matter']);
  });

  it('returns empty text when everything is boilerplate', () => {
    expect(cleanText('Menu\nSearch\nShare this', 'txt').text).toBe('');
  });
});

describe('normaliseLine', () => {
  it.each([
    ['  a   b  ', 'a b'],
    ['a\u00A0b', 'a b'],
    ['soft\u00ADhyphen', 'softhyphen'],
  ])('%j → %j', (s, v) => {
    expect(normaliseLine(s)).toBe(v);
  });
});

describe('editor notes and reference tails', () => {
  it.each([
    ['[Sample written for the demo; outlet fictional.]\nHeadline Here\n\nBody text of the piece goes on.', 'editor-note'],
    ['<!-- Sample written for the demo -->\nHeadline Here\n\nBody text of the piece goes on.', 'editor-note'],
  ])('strips a first-line note %#', (input, reason) => {
    const r = cleanText(input, 'txt');
    expect(r.text.startsWith('Headline Here')).toBe(true);
    expect(r.stripped.map((s) => s.reason)).toContain(reason);
  });

  it('keeps a bracketed line that is not first', () => {
    const r = cleanText('Headline\n\n[Editor: this stays in the body]\n\nMore text.', 'txt');
    expect(r.text).toContain('[Editor: this stays in the body]');
  });

  it('strips a trailing sources list of bare links', () => {
    const body = 'A long paragraph of the article that says a good deal about the border and the people who live there. '.repeat(4);
    const r = cleanText(`Headline\n\n${body}\n\nSources:\nhttps://example.org/a\nhttps://example.org/b`, 'txt');
    expect(r.text).not.toContain('example.org');
    expect(r.stripped.map((s) => s.reason)).toContain('references');
  });
});
