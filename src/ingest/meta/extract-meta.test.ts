import { describe, expect, it } from 'vitest';
import { fakeKb } from '../fixtures/fake-kb.js';
import { splitByline } from './byline.js';
import { extractMeta, looksLikeHeadline } from './extract-meta.js';

const kb = fakeKb();
const BODY = 'Officials said on Tuesday that the crossing near the river had reopened for trucks carrying flour and fuel.';

function meta(text: string, extra: Parameters<typeof extractMeta>[0] extends infer T ? Partial<T> : never = {}) {
  return extractMeta({ text, stripped: [], ...extra }, kb);
}

describe('extractMeta: bylines in the text', () => {
  it.each([
    ['By line at the top', `River Crossing Reopens\nBy Jane Doe\n${BODY}`, { author: 'Jane Doe', outlet: null, published: null }],
    ['By line with outlet', `River Crossing Reopens\nBy Jane Doe, Harbour Post\n${BODY}`, { author: 'Jane Doe', outlet: 'The Harbour Post', published: null }],
    ['name / masthead / date', `Caption-free start\n${BODY}`.replace('Caption-free start', 'Dilnoza Rahimova\nSTEPPEWIRE\nMay 13, 2022'), { author: 'Dilnoza Rahimova', outlet: 'Steppe Wire', published: '2022-05-13' }],
    ['unknown masthead kept as written', `Dilnoza Rahimova\nKULOB TODAY\nMay 13, 2022\n${BODY}`, { author: 'Dilnoza Rahimova', outlet: 'KULOB TODAY', published: '2022-05-13' }],
    ['name / date / city at the bottom', `River Crossing Reopens\n\n${BODY}\n\nDilnoza Rahimova\n\nSeptember 4, 2024\n\nKulob`, { author: 'Dilnoza Rahimova', outlet: null, published: '2024-09-04' }],
    ['By / Source at the bottom', `River Crossing Reopens\n\n${BODY}\n\nBy Jane Doe\nSource: NEO`, { author: 'Jane Doe', outlet: 'New Eastern Outlook', published: null }],
    ['date line under the headline', `River Crossing Reopens\nPublished: 2 June 2021\n${BODY}`, { author: null, outlet: null, published: '2021-06-02' }],
    ['By line with a date', `River Crossing Reopens\nBy Jane Doe | 2 June 2021\n${BODY}`, { author: 'Jane Doe', outlet: null, published: '2021-06-02' }],
  ])('%s', (_name, text, expected) => {
    const r = meta(text);
    expect({ author: r.meta.author, outlet: r.meta.outlet, published: r.meta.published }).toEqual(expected);
    expect(r.text).toContain(BODY);
    expect(r.stripped.map((s) => s.reason)).toEqual(['byline']);
    if (expected.published) expect(r.meta.publishedBasis).toBe('stated');
  });

  it('removes pure byline lines from the text but keeps the headline', () => {
    const r = meta(`River Crossing Reopens\nBy Jane Doe\n${BODY}`);
    expect(r.text).toBe(`River Crossing Reopens\n\n${BODY}`);
    expect(r.meta.title).toBe('River Crossing Reopens');
    expect(r.meta.basis).toMatchObject({ title: 'stated', author: 'stated' });
  });

  it.each([
    ['date first', `2 June 2021\nRiver Crossing Reopens After Clashes\n${BODY}`, 'River Crossing Reopens After Clashes', '2021-06-02', null],
    ['name / masthead / date first', `Jane Doe\nSTEPPEWIRE\n2 June 2021\nRiver Crossing Reopens\n${BODY}`, 'River Crossing Reopens', '2021-06-02', 'Jane Doe'],
    ['capitals headline over a date', `TALIBAN CLOSE THE BORDER\n2 June 2021\n${BODY}`, 'TALIBAN CLOSE THE BORDER', '2021-06-02', null],
  ])('finds the headline after or before a leading byline: %s', (_name, text, title, published, author) => {
    const r = meta(text);
    expect(r.meta).toMatchObject({ title, published, author, outlet: author ? 'Steppe Wire' : null });
    expect(r.text.startsWith(title)).toBe(true);
  });

  it.each([
    ['a bare name line with nothing to back it', `River Crossing Reopens\n\n${BODY}\n\nDilnoza Rahimova`],
    ['a title-case heading', `River Crossing Reopens\n\n${BODY}\n\nExpansionist Ambitions\n\n${BODY}`],
  ])('finds no byline in %s', (_name, text) => {
    const r = meta(text);
    expect(r.meta.author).toBeNull();
    expect(r.stripped).toEqual([]);
    expect(r.text).toBe(text);
  });

  it('infers the author of an opinion piece from a closing bio line', () => {
    const r = meta(`River Crossing Reopens\n\n${BODY}\n\nJane Doe is a senior research fellow at a policy institute in Almaty.`);
    expect(r.meta).toMatchObject({ author: 'Jane Doe', basis: { author: 'inferred' } });
    expect(r.text).toContain('senior research fellow');
  });

  it('reads author and outlet from an author box as inferred', () => {
    const r = meta(`River Crossing Reopens\n\n${BODY}`, {
      stripped: [{ reason: 'author-bio', text: 'Jane Doe\nJane Doe\nSenior Editor at Harbour Post. Follow Jane on Twitter.' }],
    });
    expect(r.meta).toMatchObject({ author: 'Jane Doe', outlet: 'The Harbour Post', basis: { author: 'inferred', outlet: 'inferred' } });
  });
});

describe('extractMeta: precedence supplied > stated > url > inferred', () => {
  const text = `River Crossing Reopens\nBy Jane Doe\nMay 13, 2022\n${BODY} Talks had failed on 3 March 2021.`;

  it('prefers stated over url over inferred', () => {
    const r = meta(text, { stated: { url: 'https://www.steppewire.example/2022/05/11/crossing' } });
    expect(r.meta).toMatchObject({
      author: 'Jane Doe',
      outlet: 'Steppe Wire',
      published: '2022-05-13',
      publishedBasis: 'stated',
      url: 'https://www.steppewire.example/2022/05/11/crossing',
      basis: { author: 'stated', outlet: 'url', published: 'stated', url: 'stated' },
    });
  });

  it('uses the url date when the text states none, and the inferred year when there is no url', () => {
    const plain = `River Crossing Reopens\n\n${BODY} Talks had failed on 3 March 2021.`;
    expect(meta(plain, { supplied: { url: 'https://steppewire.example/20220511/x' } }).meta).toMatchObject({ published: '2022-05-11', publishedBasis: 'url' });
    expect(meta(plain).meta).toMatchObject({ published: '2021', publishedBasis: 'inferred' });
  });

  it('lets supplied fields beat everything, normalising a known outlet', () => {
    const r = meta(text, { supplied: { author: 'Someone Else', outlet: 'harbour post', published: '2022-05-01', title: 'Given Title' } });
    expect(r.meta).toMatchObject({ author: 'Someone Else', outlet: 'The Harbour Post', published: '2022-05-01', title: 'Given Title', publishedBasis: 'supplied' });
    expect(r.meta.basis).toMatchObject({ author: 'supplied', outlet: 'supplied', published: 'supplied', title: 'supplied' });
  });

  it('takes HTML head metadata as stated and ignores a profile-URL author', () => {
    const r = meta(`${BODY}`, { stated: { title: 'Head Title', author: 'https://social.example/jane', outlet: 'NEO', published: '2022-05-13T08:00:00Z' } });
    expect(r.meta).toMatchObject({ title: 'Head Title', author: null, outlet: 'New Eastern Outlook', published: '2022-05-13', publishedBasis: 'stated' });
  });
});

describe('helpers', () => {
  it.each([
    ['River Crossing Reopens After Clashes', true],
    ['Who is responsible for the escalation?', true],
    ['A full sentence that ends with a stop.', false],
    ['Jane Doe', false],
    ['May 13, 2022', false],
    ['By Jane Doe', false],
    ['lower-case start is prose', false],
  ])('looksLikeHeadline(%j) → %s', (s, v) => {
    expect(looksLikeHeadline(s)).toBe(v);
  });

  it.each([
    ['Jane Doe', { author: 'Jane Doe', outlet: null, published: null }],
    ['Jane Doe and John Roe', { author: 'Jane Doe and John Roe', outlet: null, published: null }],
    ['Jane Doe | Harbour Post', { author: 'Jane Doe', outlet: 'Harbour Post', published: null }],
    ['Jane Doe, Harbour Post', { author: 'Jane Doe', outlet: 'Harbour Post', published: null }],
    ['Jane Doe on May 3, 2022', { author: 'Jane Doe', outlet: null, published: '2022-05-03' }],
    ['Jane Doe | May 3, 2022', { author: 'Jane Doe', outlet: null, published: '2022-05-03' }],
    ['Jane Doe - Harbour Post - 3 May 2022', { author: 'Jane Doe', outlet: 'Harbour Post', published: '2022-05-03' }],
    ['the staff', { author: null, outlet: null, published: null }],
  ])('splitByline(%j)', (s, v) => {
    expect(splitByline(s)).toEqual(v);
  });
});
