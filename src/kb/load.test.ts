import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/errors.js';
import { loadKnowledgeBase } from './load.js';

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function loadError(files: Record<string, string>): string {
  try {
    loadKnowledgeBase(packDir(files));
  } catch (e) {
    expect(isAppError(e) && e.code).toBe('KB_INVALID');
    return (e as Error).message;
  }
  throw new Error('expected the pack to be rejected');
}

const actor = (id: string, extra = '') => `  - id: ${id}\n    type: ORG\n    name: Name of ${id}\n${extra}`;

describe('loadKnowledgeBase: bad packs', () => {
  it.each([
    ['a missing actors list', { 'a.yaml': 'pack: a\n' }, /a\.yaml: actors: /],
    ['an unknown type', { 'a.yaml': 'pack: a\nactors:\n  - id: x\n    type: ROBOT\n    name: X\n' }, /a\.yaml: actors\.0\.type: /],
    ['a bad id', { 'a.yaml': 'pack: a\nactors:\n  - id: Bad Id\n    type: ORG\n    name: X\n' }, /actors\.0\.id: id must be lower-case/],
    ['broken YAML', { 'b.yaml': 'pack: [a\n' }, /b\.yaml: not valid YAML/],
    ['a duplicate id across packs', { 'a.yaml': `pack: a\nactors:\n${actor('x')}`, 'b.yaml': `pack: b\nactors:\n${actor('x')}` }, /b\.yaml: duplicate actor id 'x' \(first defined in \S*a\.yaml\)/],
    ['an affiliation to an unknown actor', { 'a.yaml': `pack: a\nactors:\n${actor('x', '    affiliations:\n      - { rel: part-of, target: nobody }\n')}` }, /actor 'x' refers to unknown actor 'nobody'/],
    ['a bad date in a role', { 'a.yaml': `pack: a\nactors:\n${actor('x', '    roles:\n      - { title: Head, from: 2020-1 }\n')}` }, /roles\.0\.from: date must be/],
  ])('rejects %s', (_label, files, message) => {
    expect(loadError(files)).toMatch(message);
  });

  it('rejects a folder that does not exist', () => {
    expect(() => loadKnowledgeBase('/nonexistent/kb')).toThrow(/knowledge-base folder not readable/);
  });
});

describe('the shipped knowledge base', () => {
  const kb = loadKnowledgeBase();

  it('loads about a hundred or more actors with unique ids', () => {
    expect(kb.all().length).toBeGreaterThanOrEqual(120);
    expect(new Set(kb.all().map((a) => a.id)).size).toBe(kb.all().length);
  });

  it.each([
    ['Эмомали Рахмон', 'emomali-rahmon'],
    ['Rahmonov', 'emomali-rahmon'],
    ['Colonel', null],
    ['Khalimov', 'gulmurod-halimov'],
    ['ISKP', 'iskp'],
    ['Wilayat Khorasan', 'iskp'],
    ['GKNB', 'gknb'],
    ['State Committee for National Security', 'gknb'],
    ['Islamic Renascence Party', 'irpt'],
    ['Tajik authorities', 'government-of-tajikistan'],
    ['U.S.', 'united-states'],
    ['us', null],
    ['US', 'united-states'],
    ['Un', null],
    ['Pyanj', 'panj-river'],
  ])('match(%j) finds %j', (surface, id) => {
    expect(kb.match(surface)[0]?.actor.id ?? null).toBe(id);
  });

  it('marks weak aliases as weak', () => {
    expect(kb.match('official Dushanbe')).toEqual([expect.objectContaining({ weak: true })]);
    expect(kb.match('Rahmon')[0]?.weak).toBe(false);
  });

  it.each([
    ['www.aopnews.com', 'aopnews'],
    ['aopnews.com', 'aopnews'],
    ['journal-neo.su', 'new-eastern-outlook'],
    ['news.bbc.co.uk', 'bbc'],
    ['example.org', null],
  ])('outletByDomain(%j) is %j', (host, id) => {
    expect(kb.outletByDomain(host)?.id ?? null).toBe(id);
  });

  it('finds outlets by name but not other actors', () => {
    expect(kb.outletByName('New Eastern Outlook')?.outlet?.state_affiliated).toBe(true);
    expect(kb.outletByName('Taliban')).toBeUndefined();
  });

  it('keeps the Taliban a group and ISIS-K a branch of ISIS', () => {
    expect(kb.get('taliban')?.type).toBe('GROUP');
    expect(kb.get('iskp')?.affiliations).toContainEqual(expect.objectContaining({ rel: 'branch-of', target: 'isis' }));
  });
});
