import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';
import { fakeKb } from './fixtures/fake-kb.js';
import { collectInputs, DEFAULT_MAX_BYTES, readArticle, type IngestOptions, type InputFile } from './index.js';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const kb = fakeKb();
const OPTS: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES };

const BODY = [
  'Officials in the southern district said on Tuesday that the crossing near the river had reopened for trucks carrying flour and fuel.',
  'Traders who had waited for days on the northern bank welcomed the decision, although several said prices in the local bazaar had doubled.',
  'The district governor promised to publish a schedule for the crossing by the end of the month, his office said in a statement.',
].join('\n\n');
const ARTICLE = `River Crossing Reopens After Clashes\nBy Jane Doe\nMay 13, 2022\n\n${BODY}\n\nRelated Posts\nAnother story\n`;

function file(name: string, content: string | Uint8Array): InputFile {
  const p = path.join(root, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  const found = collectInputs([p], { cwd: root }).files[0];
  if (!found) throw new Error(`fixture ${name} not collected`);
  return found;
}

function failure(f: InputFile, opts: IngestOptions = OPTS): { code: string; message: string } {
  try {
    readArticle(f, opts, kb);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected readArticle to fail');
}

describe('readArticle', () => {
  it('turns a text file into an Article', () => {
    const a = readArticle(file('plain/story.txt', ARTICLE), OPTS, kb);
    expect(a).toMatchObject({ source: 'story.txt', encoding: 'utf-8', language: 'en', sha256: sha256Hex(Buffer.from(ARTICLE)) });
    expect(a.text).toBe(`River Crossing Reopens After Clashes\n\n${BODY}`);
    expect(a.meta).toMatchObject({ title: 'River Crossing Reopens After Clashes', author: 'Jane Doe', published: '2022-05-13', publishedBasis: 'stated' });
    expect(a.stripped.map((s) => s.reason)).toEqual(['related', 'byline']);
  });

  it('decodes a KOI8-R file and detects Russian', () => {
    const ru = 'Пограничники закрыли переход в понедельник после сообщений о стрельбе у реки, говорится в заявлении ведомства. Торговцы ждут на берегу.';
    const a = readArticle(file('ru/koi.txt', iconv.encode(ru, 'koi8-r')), OPTS, kb);
    expect(a).toMatchObject({ encoding: 'koi8-r', language: 'ru', text: ru });
  });

  it.each([
    ['empty.txt', '', 'INPUT_EMPTY', 'errs/empty.txt: file is empty.'],
    ['blank.txt', '  \n\t\n ', 'INPUT_EMPTY', 'errs/blank.txt: file is empty (whitespace only).'],
    ['chrome.txt', 'Menu\nSearch\nShare this\n', 'INPUT_EMPTY', 'errs/chrome.txt: no article text is left after removing boilerplate.'],
    ['bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]), 'INPUT_BINARY', 'errs/bin.txt: file is binary'],
    ['noise.txt', Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 6 === 5 ? 0x20 : 0x80 + ((i * 37 + 11) % 128)))), 'INPUT_UNDECODABLE', 'errs/noise.txt: text encoding could not be recognised'],
  ])('rejects %s', (name, content, code, message) => {
    const f = file(`errs/${name}`, content);
    const shown = { ...f, display: `errs/${name}` };
    const err = failure(shown);
    expect(err.code).toBe(code);
    expect(err.message.startsWith(message)).toBe(true);
  });

  it('refuses a file over maxBytes before reading it', () => {
    const err = failure(file('big/big.txt', 'x'.repeat(2048)), { maxBytes: 1024 });
    expect(err).toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(err.message).toMatch(/big\.txt: file is too large/);
  });

  it('reports a file that vanished as not found and an unreadable one as unreadable', () => {
    const f = file('gone/x.txt', ARTICLE);
    rmSync(f.path);
    expect(failure(f).code).toBe('INPUT_NOT_FOUND');
    const g = file('locked/y.txt', ARTICLE);
    chmodSync(g.path, 0o000);
    // root reads anything, so only check the code when permissions actually apply
    if (process.getuid?.() !== 0) expect(failure(g).code).toBe('INPUT_UNREADABLE');
    chmodSync(g.path, 0o644);
  });

  it('applies supplied provenance: CLI beats sidecar beats front matter beats the text', () => {
    const md = `---\ntitle: From Front Matter\nauthor: Fm Author\noutlet: Fm Outlet\ndate: 2020-01-02\n---\n# Heading In Text\n\n${BODY}\n`;
    const f = file('prov/post.md', md);
    writeFileSync(`${f.path}.meta.json`, JSON.stringify({ author: 'Side Car', url: 'https://steppewire.example/2019/11/06/x' }));
    const a = readArticle(f, { ...OPTS, supplied: { author: 'Cli Person' } }, kb);
    expect(a.meta).toMatchObject({
      title: 'From Front Matter',
      author: 'Cli Person',
      outlet: 'Fm Outlet',
      published: '2020-01-02',
      url: 'https://steppewire.example/2019/11/06/x',
      basis: { title: 'supplied', author: 'supplied', outlet: 'supplied', published: 'supplied', url: 'supplied' },
    });
    expect(a.text.startsWith('Heading In Text\n\n')).toBe(true);
    expect(a.stripped[0]).toMatchObject({ reason: 'front-matter' });
  });

  it('derives outlet and date from a supplied URL when nothing else states them', () => {
    const f = file('url/story.txt', `${BODY}\n`);
    writeFileSync(path.join(path.dirname(f.path), 'story.meta.json'), JSON.stringify({ url: 'https://news.steppewire.example/20210402/story' }));
    expect(readArticle(f, OPTS, kb).meta).toMatchObject({ outlet: 'Steppe Wire', published: '2021-04-02', publishedBasis: 'url', basis: { outlet: 'url' } });
  });

  it('names a malformed sidecar in an INVALID_METADATA error', () => {
    const f = file('badside/a.txt', ARTICLE);
    writeFileSync(`${f.path}.meta.json`, '{"published": "whenever"}');
    const err = failure({ ...f, display: 'badside/a.txt' });
    expect(err.code).toBe('INVALID_METADATA');
    expect(err.message).toMatch(/^badside\/a\.txt\.meta\.json: sidecar field 'published'/);
  });

  it('reads an HTML page through Readability with its head metadata', () => {
    const paras = BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>T | Site</title><meta property="og:title" content="River Crossing Reopens"><meta property="og:site_name" content="Harbour Post"><meta property="article:published_time" content="2022-05-13T08:00:00Z"><link rel="canonical" href="https://harbourpost.example/x"></head><body><nav>Home</nav><article>${paras}</article></body></html>`;
    const a = readArticle(file('web/page.html', html), OPTS, kb);
    expect(a.meta).toMatchObject({ title: 'River Crossing Reopens', outlet: 'The Harbour Post', published: '2022-05-13', url: 'https://harbourpost.example/x', basis: { outlet: 'stated' } });
    expect(a.text.startsWith('River Crossing Reopens\n\nOfficials in the southern district')).toBe(true);
  });

  it('stays fast: a 5 KB article reads in a few milliseconds, a 1 MB one without quadratic blow-up', () => {
    const five = file('perf/five.txt', `River Crossing Reopens\n\n${`${BODY}\n\n`.repeat(12)}`);
    for (let i = 0; i < 10; i++) readArticle(five, OPTS, kb);
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) readArticle(five, OPTS, kb);
    // ~1 ms on an idle core; the bound leaves room for shared CI machines and only catches gross regressions
    expect((performance.now() - t0) / 50).toBeLessThan(25);
    const big = file('perf/big.txt', `River Crossing Reopens\n\n${`${BODY}\n\n`.repeat(2500)}`);
    const t1 = performance.now();
    readArticle(big, OPTS, kb);
    expect(performance.now() - t1).toBeLessThan(3000);
  });
});
