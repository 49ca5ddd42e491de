import { describe, expect, it } from 'vitest';
import { extractHtml, nodeText, pageTitle } from './html.js';
import { parseHTML } from 'linkedom';

const PARAS = [
  'Officials in the southern district said on Tuesday that the crossing near the river had reopened for trucks carrying flour and fuel after a week of clashes.',
  'Traders who had waited for days on the northern bank welcomed the decision, although several said prices in the local bazaar had already doubled since the closure.',
  'The district governor promised to publish a schedule for the crossing by the end of the month, his office said in a short statement on its website.',
];

const PAGE = `<!doctype html><html><head>
<title>River Crossing Reopens | Harbour Post</title>
<meta property="og:title" content="River Crossing Reopens">
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2022-05-13T08:00:00+00:00">
<link rel="canonical" href="https://harbourpost.example/2022/05/13/river-crossing">
<script>var tracking = 1;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>River Crossing Reopens</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
<ul><li>First point</li><li>Second point</li></ul>
</article>
<footer>Copyright Harbour Post</footer>
</body></html>`;

describe('extractHtml', () => {
  it('takes the article text and the head metadata', () => {
    const r = extractHtml(PAGE);
    expect(r.meta).toEqual({
      title: 'River Crossing Reopens',
      author: 'Jane Doe',
      outlet: 'Harbour Post',
      published: '2022-05-13T08:00:00+00:00',
      url: 'https://harbourpost.example/2022/05/13/river-crossing',
    });
    for (const p of PARAS) expect(r.text).toContain(p);
    expect(r.readability).toBe(true);
    expect(r.text).not.toContain('tracking');
    expect(r.text).not.toContain('Copyright');
  });

  it('reads JSON-LD when meta tags are missing', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'LD Headline', author: { name: 'John Roe' }, datePublished: '2021-06-02', publisher: { name: 'Steppe Wire' } });
    const r = extractHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>${PARAS[0]}</p></body></html>`);
    expect(r.meta).toMatchObject({ title: 'LD Headline', author: 'John Roe', published: '2021-06-02', outlet: 'Steppe Wire' });
  });

  it('falls back to the body text for a fragment Readability cannot use', () => {
    const r = extractHtml('<p>Short note.</p><p>Second line.</p>');
    expect(r.readability).toBe(false);
    expect(r.text).toBe('Short note.\n\nSecond line.');
  });
});

describe('pageTitle', () => {
  it.each([
    ['River Crossing Reopens | Harbour Post', 'Harbour Post', 'River Crossing Reopens'],
    ['River Crossing Reopens - Harbour Post', undefined, 'River Crossing Reopens'],
    ['Talks resume – a long analysis of what went wrong over many years', undefined, 'Talks resume – a long analysis of what went wrong over many years'],
    ['Plain title', undefined, 'Plain title'],
    ['   ', undefined, undefined],
  ])('%j → %j', (t, site, v) => {
    expect(pageTitle(t, site)).toBe(v);
  });
});

describe('nodeText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<div>line<br>break</div>', 'line\nbreak'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['<p>spaced    out\n text</p>', 'spaced out text'],
    ['<p>x<script>bad()</script>y</p>', 'xy'],
  ])('%s', (html, text) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(nodeText(document.body as never)).toBe(text);
  });
});
