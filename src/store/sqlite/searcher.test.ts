import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, put } from '../store-fixtures.contract.js';
import { ftsQuery } from './fts-query.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-search-'));
const file = path.join(dir, 'search.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILLER = ['lantern', 'orchard', 'ferry', 'granite', 'meadow', 'harbour', 'willow'];

/** Document k: its own length and number of 'quarry' mentions, so every match ranks differently. */
function doc(k: number) {
  const filler = Array.from({ length: 3 + k * 2 }, (_, i) => FILLER[(i + k) % FILLER.length]).join(' ');
  const content = `the quarry near ${FILLER.slice(0, 1 + (k % 5)).join(' ')} would close`;
  const quarries = Array.from({ length: 1 + (k % 3) }, () => 'quarry').join(' and ');
  return fixture({
    key: `search/${k}.txt`,
    title: k % 4 === 0 ? `Quarry dispatch ${k}` : `Dispatch ${k}`,
    text: `Mayor Ilse Varga said ${content}. Residents mentioned the ${quarries} and ${filler}.`,
    names: [{ surface: 'Ilse Varga', type: 'PERSON' }],
    claims: [{ speaker: 'Ilse Varga', cue: 'said', content, about: [] }],
  });
}

/** A word in one document many times (title too) and in one short claim: the document must outrank the claim. */
function slateDoc() {
  return fixture({
    key: 'search/slate.txt',
    title: 'Slate roofs',
    text: 'Mayor Ilse Varga said slate would return. Slate roofs, slate walls and slate paths lined the square, and the slate came from the valley.',
    names: [{ surface: 'Ilse Varga', type: 'PERSON' }],
    claims: [{ speaker: 'Ilse Varga', cue: 'said', content: 'slate would return', about: [] }],
  });
}

/** Every match of both indexes ranked by bm25 with no LIMIT anywhere: what the searcher's best n must equal. */
function reference(q: string): { kind: string; id: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    const docs = db.prepare(`SELECT d.id AS id, bm25(document_fts, 2.0, 1.0) AS rank FROM document_fts
      JOIN documents d ON d.rid = document_fts.rowid WHERE document_fts MATCH ?`).all(q) as { id: string; rank: number }[];
    const claims = db.prepare(`SELECT c.id AS id, bm25(claim_fts) AS rank FROM claim_fts
      JOIN claims c ON c.rid = claim_fts.rowid WHERE claim_fts MATCH ?`).all(q) as { id: string; rank: number }[];
    return [...docs.map((h) => ({ kind: 'document', ...h })), ...claims.map((h) => ({ kind: 'claim', ...h }))]
      .sort((a, b) => a.rank - b.rank)
      .map(({ kind, id }) => ({ kind, id }));
  } finally {
    db.close();
  }
}

describe('sqlite search ranking', () => {
  beforeAll(async () => {
    const store = openSqliteStore(file);
    for (let k = 0; k < 24; k++) await put(store, doc(k));
    await put(store, slateDoc());
    await store.close();
  });

  it('has a case where a document outranks every claim', () => {
    expect(reference(ftsQuery('slate')!).map((h) => h.kind)).toEqual(['document', 'claim']);
  });

  // 'quarry' is in every document (bm25 floors its idf) and in 24 claims; 'slate' is rare in both
  it.each([
    ['quarry', 1], ['quarry', 3], ['quarry', 10], ['quarry', 24], ['quarry', 25], ['quarry', 48],
    ['slate', 1], ['slate', 2], ['quarry lantern', 5], ['lantern', 30],
  ])('%s: returns the %i best-ranked hits of all matches, best first, with a snippet each', async (q, n) => {
    const store = openSqliteStore(file, { readonly: true });
    try {
      const hits = await store.search(q, n);
      const best = reference(ftsQuery(q)!);
      expect(best.length).toBeGreaterThanOrEqual(Math.min(n, 2));
      expect(hits.map(({ kind, id }) => ({ kind, id }))).toEqual(best.slice(0, n));
      for (const h of hits) {
        expect(h.snippet).toMatch(new RegExp(`\\*\\*${q.split(' ')[0]}\\*\\*`, 'i'));
        // each snippet is cut from its own hit: a claim's whole (short) content, a passage of the document
        const plain = h.snippet.replace(/\*\*/g, '').replace(/…/g, '');
        if (h.kind === 'claim') expect(plain).toBe((await store.claims({ doc: h.doc })).find((c) => `${h.doc}/${c.claim.id}` === h.id)?.claim.content);
        else expect(`${(await store.getDocument(h.id))?.meta.title}\n${(await store.getDocument(h.id))?.text}`).toContain(plain.trim());
      }
    } finally {
      await store.close();
    }
  });
});
