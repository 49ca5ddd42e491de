import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { parseFrontMatter, readSidecar, sidecarPath, validateSupplied } from './supplied.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-supplied-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sidecar(name: string, body: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
}

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof AppError ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
}

describe('readSidecar', () => {
  it('reads and normalises the allowed keys', () => {
    const p = sidecar('a.txt.meta.json', JSON.stringify({ url: 'https://x.example/a', outlet: ' Harbour Post ', published: 'May 13, 2022' }));
    expect(readSidecar(p, 'a.txt.meta.json')).toEqual({ url: 'https://x.example/a', outlet: 'Harbour Post', published: '2022-05-13' });
  });

  it.each([
    ['broken JSON', '{ "url": ', /^INVALID_METADATA: bad\.meta\.json: sidecar is not valid JSON/],
    ['unknown key', '{ "auther": "X" }', /^INVALID_METADATA: bad\.meta\.json: sidecar unknown key 'auther'/],
    ['bad date', '{ "published": "someday" }', /field 'published' 'someday' is not a date/],
    ['bad url', '{ "url": "ftp:/x" }', /field 'url' must be an http\(s\) URL/],
    ['empty author', '{ "author": "  " }', /field 'author' must not be empty/],
    ['not an object', '[1, 2]', /^INVALID_METADATA: bad\.meta\.json: sidecar/],
  ])('rejects %s naming the sidecar', (_name, body, re) => {
    const p = sidecar('bad.meta.json', body);
    expect(codeOf(() => readSidecar(p, 'bad.meta.json'))).toMatch(re);
  });

  it('finds FILE.ext.meta.json first, then FILE.meta.json', () => {
    const doc = path.join(dir, 'story.txt');
    expect(sidecarPath(doc)).toBeNull();
    sidecar('story.meta.json', '{}');
    expect(sidecarPath(doc)).toBe(path.join(dir, 'story.meta.json'));
    sidecar('story.txt.meta.json', '{}');
    expect(sidecarPath(doc)).toBe(path.join(dir, 'story.txt.meta.json'));
  });
});

describe('parseFrontMatter', () => {
  it.each([
    ['date alias', 'title: A Title\ndate: 2021-06-02\ntags: [a, b]', { title: 'A Title', published: '2021-06-02' }],
    ['published wins over date', 'published: 2021-06\ndate: 2020-01-01', { published: '2021-06' }],
    ['year as a number', 'date: 2019', { published: '2019' }],
    ['empty', '', {}],
  ])('%s', (_name, yaml, v) => {
    expect(parseFrontMatter(yaml, 'x.md')).toEqual(v);
  });

  it.each([
    ['invalid YAML', 'title: [unclosed', /^INVALID_METADATA: x\.md: front matter is not valid YAML/],
    ['bad date', 'date: tomorrow', /^INVALID_METADATA: x\.md: front matter field 'date'/],
    ['a list', '- a\n- b', /^INVALID_METADATA: x\.md: front matter must be a mapping/],
  ])('rejects %s naming the file', (_name, yaml, re) => {
    expect(codeOf(() => parseFrontMatter(yaml, 'x.md'))).toMatch(re);
  });
});

describe('validateSupplied', () => {
  it('passes good CLI values and rejects bad ones as INVALID_ARGUMENT', () => {
    expect(validateSupplied({ author: 'Jane Doe', url: undefined })).toEqual({ author: 'Jane Doe' });
    expect(codeOf(() => validateSupplied({ published: '13/13/2022' }))).toMatch(/^INVALID_ARGUMENT: supplied metadata: field 'published'/);
  });
});
