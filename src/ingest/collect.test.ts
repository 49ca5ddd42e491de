import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs, formatOf } from './collect.js';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-collect-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const f of ['a.txt', 'B.MD', 'c.markdown', 'd.html', 'sub/e.HTM', 'sub/deep/f.txt', 'a.txt.meta.json', 'notes.pdf', '.hidden.txt', '.git/g.txt', 'sub/.h/i.txt']) {
  mkdirSync(path.dirname(path.join(root, 'corpus', f)), { recursive: true });
  writeFileSync(path.join(root, 'corpus', f), 'text');
}
symlinkSync(path.join(root, 'corpus'), path.join(root, 'corpus', 'sub', 'loop'));

describe('collectInputs', () => {
  it('walks a folder recursively, skipping sidecars, hidden entries and other types', () => {
    const { files, problems } = collectInputs(['corpus'], { cwd: root });
    expect(files.map((f) => f.source)).toEqual(['B.MD', 'a.txt', 'c.markdown', 'd.html', 'sub/deep/f.txt', 'sub/e.HTM']);
    expect(files.map((f) => f.format)).toEqual(['md', 'txt', 'md', 'html', 'txt', 'html']);
    expect(files.every((f) => path.isAbsolute(f.path) && !path.isAbsolute(f.source))).toBe(true);
    expect(files[1]!.display).toBe('corpus/a.txt');
    expect(problems).toEqual([]);
  });

  it('names a single file by its file name and de-duplicates repeats', () => {
    const { files } = collectInputs(['corpus/sub/deep/f.txt', path.join(root, 'corpus/sub/deep/f.txt')], { cwd: root });
    expect(files).toHaveLength(1);
    expect(files[0]!.source).toBe('f.txt');
  });

  it.each([
    ['missing.txt', 'INPUT_NOT_FOUND', 'missing.txt: not found'],
    ['corpus/notes.pdf', 'INPUT_UNSUPPORTED', 'corpus/notes.pdf: unsupported file type'],
    ['corpus/a.txt.meta.json', 'INPUT_UNSUPPORTED', 'corpus/a.txt.meta.json: is a metadata sidecar'],
  ])('reports %s as a problem', (p, code, msg) => {
    const { files, problems } = collectInputs([p], { cwd: root });
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe(code);
    expect(problems[0]!.message.startsWith(msg)).toBe(true);
  });

  it.each([
    ['x.TXT', 'txt'],
    ['x.Markdown', 'md'],
    ['x.htm', 'html'],
    ['x.meta.json', null],
    ['x.json', null],
    ['x', null],
  ])('formatOf(%s) → %s', (name, f) => {
    expect(formatOf(name)).toBe(f);
  });
});
