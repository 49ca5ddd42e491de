import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from './export-json-schema.js';
import { ExportSchema, checkOffsets, type DossierExport } from './export-schema.js';

const text = 'Officials said the border was calm.';
function sample(): DossierExport {
  return {
    schema: 'dossier.export/1',
    generated: '2026-01-01T00:00:00.000Z',
    documents: [
      { id: 'doc-1', source: 'a/b.txt', url: null, sha256: 'a'.repeat(64), title: null, author: null, outlet: null, published: '2022-05', published_basis: 'stated', language: 'en', analysed: true, text },
    ],
    entities: [{ id: 'kb:x', name: 'X', type: 'ORG', kb_id: 'x', aliases: ['Officials'], mentions: [{ id: 'doc-1/m0', doc: 'doc-1', start: 0, end: 9, text: 'Officials', role: null }], geo: null }],
    claims: [],
    events: [],
    relations: [],
    links: [],
    sources: [],
  };
}

describe('export schema', () => {
  it('accepts a well-formed export and its spans', () => {
    expect(ExportSchema.safeParse(sample()).success).toBe(true);
    expect(checkOffsets(sample())).toEqual([]);
  });

  it.each([
    ['an absolute source path', (x: DossierExport) => (x.documents[0]!.source = '/home/me/a.txt')],
    ['a bad date', (x: DossierExport) => (x.documents[0]!.published = '22/05/2022')],
    ['an unknown entity type', (x: DossierExport) => ((x.entities[0] as { type: string }).type = 'WEAPON')],
    ['a wrong schema tag', (x: DossierExport) => ((x as { schema: string }).schema = 'dossier.export/2')],
  ])('rejects %s', (_name, mutate) => {
    const x = sample();
    mutate(x);
    expect(ExportSchema.safeParse(x).success).toBe(false);
  });

  it('reports spans whose text does not match', () => {
    const x = sample();
    x.entities[0]!.mentions[0]!.end = 8;
    expect(checkOffsets(x)).toHaveLength(1);
  });

  it('matches the committed JSON Schema file (regenerate with `npm run build && node scripts/emit-schema.mjs`)', () => {
    const committed = JSON.parse(readFileSync('docs/dossier.export-1.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });
});
