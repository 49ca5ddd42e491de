// The sourcing profile through `dossier doc` and `dossier sources`, on an article written for this test.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith, scratch, writeCorpus } from '../test-support/cli.js';
import { runCli } from './program.js';

const SLANTED = `Who Really Stirs the Valley?

The recent unrest in the Sarband valley is mainly due to the “efforts” of foreign puppeteers. The so-called Sarband Front has long enjoyed quiet support from Kestrian intelligence services, and its leaders answer to their western sponsors.

Local elders said on Monday that the roads were calm.
`;

describe('sourcing profile in the CLI', () => {
  const { dir, cleanup } = scratch();
  const db = join(dir, 's.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db]);
  let id = '';
  beforeAll(async () => {
    expect((await cli('ingest', writeCorpus(dir, { 'slanted.txt': { text: SLANTED, meta: { outlet: 'Ridge Bulletin' } } }))).code).toBe(0);
    id = (JSON.parse((await cli('docs', '--json')).out) as { id: string }[])[0]!.id;
  });
  afterAll(() => cleanup());

  it('shows the profile under the document, each hit with its offsets', async () => {
    const r = await cli('doc', id);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sourcing profile \(signals, not a verdict\)/);
    expect(r.out).toMatch(/\[puppet-metaphor\] "puppeteers"/);
    expect(r.out).toMatch(/\[scare-quotes\] "“efforts”"/);
    expect(r.out).toMatch(/\[so-called\] "so-called"/);
    expect(r.out).toMatch(/unattributed accusations:\n\s+\d+-\d+ .*credibility 6/);
    const j = JSON.parse((await cli('doc', id, '--json')).out) as { text: string; sourcing: { framing: { start: number; end: number; text: string }[] } };
    for (const f of j.sourcing.framing) expect(j.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('sums the profile per outlet in `dossier sources`', async () => {
    const [s] = JSON.parse((await cli('sources', '--json')).out) as { outlet: string; sourcing: { documents: number; accusations: number; framing: Record<string, number> } }[];
    expect(s).toMatchObject({ outlet: 'Ridge Bulletin', sourcing: { documents: 1 } });
    expect(s!.sourcing.accusations).toBeGreaterThanOrEqual(1);
    expect(s!.sourcing.framing['puppet-metaphor']).toBe(1);
    expect((await cli('sources')).out).toMatch(/Ridge Bulletin {2}F .*\n {2}1 document, \d+ claims/);
  });
});
