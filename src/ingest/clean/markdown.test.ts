import { describe, expect, it } from 'vitest';
import { markdownToLines, splitFrontMatter, stripInline } from './markdown.js';

describe('stripInline', () => {
  it.each([
    ['See [the report](https://x.example/r "Report") now', 'See the report now'],
    ['A ![map](img.png) here', 'A  here'],
    ['Ref [link][1] text', 'Ref link text'],
    ['**bold** and *italic* and __strong__ and _em_', 'bold and italic and strong and em'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['`code` and ~~gone~~', 'code and gone'],
    ['escaped \\* star', 'escaped * star'],
  ])('%j → %j', (s, v) => {
    expect(stripInline(s)).toBe(v);
  });
});

describe('markdownToLines', () => {
  it('drops heading markers, joins soft-wrapped paragraphs and keeps list items apart', () => {
    const md = '# The headline\nFirst line of a paragraph\nthat continues here.\n\n## Section\n- one item\n- two *items*\n\n---\n> Quoted words\n> go on.\n\n[1]: https://x.example';
    expect(markdownToLines(md)).toEqual(['The headline', '', 'First line of a paragraph that continues here.', '', 'Section', '', '- one item', '- two items', '', 'Quoted words go on.', '']);
  });

  it('keeps code fences as separate lines without the fences', () => {
    expect(markdownToLines('Intro.\n\n```\nline a\nline b\n```')).toEqual(['Intro.', '', 'line a', 'line b']);
  });
});

describe('splitFrontMatter', () => {
  it.each([
    ['---\ntitle: T\n---\nBody', 'title: T', 'Body'],
    ['---\ntitle: T\n...\nBody', 'title: T', 'Body'],
    ['No front matter\n---\n', null, 'No front matter\n---\n'],
  ])('%j', (text, fm, body) => {
    expect(splitFrontMatter(text)).toEqual({ frontMatter: fm, body });
  });
});
