// Conflicts, claim views and sources through the CLI, on fixture articles written for this test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith, scratch, writeCorpus } from '../test-support/cli.js';
import { runCli } from './program.js';

const ONE = `Front Claims Bridge

By Nodira Fayzieva

The Sarband Front said on Monday that its fighters had captured the Ishkashim bridge after a night of shelling.
`;
const TWO = `Officials Deny Bridge Capture

By Jamshed Olimov

District officials denied that fighters of the Sarband Front had captured the Ishkashim bridge during the night, saying the crossing remained under army control.
`;

describe('ledger commands', () => {
  const { dir, cleanup } = scratch();
  const db = join(dir, 'l.db');
  const cli = (...argv: string[]) => runWith(runCli, [...argv, '--db', db]);
  beforeAll(async () => {
    const corpus = writeCorpus(dir, { 'one.txt': { text: ONE }, 'two.txt': { text: TWO, meta: { outlet: 'Valley Courier' } } });
    expect((await cli('ingest', corpus)).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('lists the denial with both sides, and filters by category and actor', async () => {
    const all = JSON.parse((await cli('conflicts', '--json')).out) as { kind: string; conflict: string; a: string; b: string; a_claim: { content: string } }[];
    expect(all).toEqual([expect.objectContaining({ kind: 'contradicts', conflict: 'denial' })]);
    // the headline "Officials Deny Bridge Capture" restates its own article and is never linked
    expect(all[0]!.a_claim.content).toMatch(/fighters of the Sarband Front/);
    expect(JSON.parse((await cli('conflicts', '--conflict', 'quantity', '--json')).out)).toEqual([]);
    expect(JSON.parse((await cli('conflicts', '--about', 'Ishkashim bridge', '--json')).out)).toHaveLength(1);
    const bad = await cli('conflicts', '--conflict', 'vibes');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown conflict category/);
  });

  it('shows one claim with its linked claim and a credibility reason', async () => {
    const [link] = JSON.parse((await cli('conflicts', '--json')).out) as { a: string; b: string }[];
    const r = await cli('claim', link!.b);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/credibility [1-6] — \w+/);
    expect(r.out).toMatch(/\[contradicts\/denial\]/);
    expect((await cli('claim', 'doc-000000000000/c9')).code).toBe(3);
  });

  it('lists sources starting at F with their basis', async () => {
    const sources = JSON.parse((await cli('sources', '--json')).out) as { outlet: string; reliability: string | null }[];
    // documents without an outlet are summed in a row of their own, which has no grade
    expect(sources).toEqual([expect.objectContaining({ outlet: 'Valley Courier', reliability: 'F' }), expect.objectContaining({ outlet: '(unknown outlet)', reliability: null })]);
  });

  it('records an analyst grade with who and why, and keeps it after re-analysis', async () => {
    const env = { DOSSIER_USER: 'ana' };
    const r = await runWith(runCli, ['source', 'grade', 'Valley Courier', 'c', '--why', 'two corrections this year', '--db', db], env);
    expect(r.code).toBe(0);
    const bad = await runWith(runCli, ['source', 'grade', 'Valley Courier', 'Q', '--why', 'x', '--db', db], env);
    expect(bad.code).toBe(2);
    const unknown = await runWith(runCli, ['source', 'grade', 'Nowhere Gazette', 'B', '--why', 'x', '--db', db], env);
    expect(unknown.code).toBe(3);
    writeFileSync(join(dir, 'in', 'three.txt'), 'Quiet Night\n\nResidents said on Tuesday that the night had passed quietly along the river.\n');
    expect((await cli('ingest', join(dir, 'in'))).code).toBe(0);
    const sources = JSON.parse((await cli('sources', '--json')).out) as { outlet: string; reliability: string; basis: string }[];
    expect(sources.find((s) => s.outlet === 'Valley Courier')).toMatchObject({ reliability: 'C', basis: expect.stringMatching(/two corrections this year \(ana, \d{4}-\d{2}-\d{2}\)/) });
  });

  it('lets an analyst unlink and relink claims, and the decision survives re-ingest', async () => {
    const [link] = JSON.parse((await cli('conflicts', '--json')).out) as { a: string; b: string }[];
    expect((await cli('unlink', link!.a, link!.b, '--why', 'different bridges')).code).toBe(0);
    expect(JSON.parse((await cli('conflicts', '--json')).out)).toEqual([]);
    writeFileSync(join(dir, 'in', 'four.txt'), 'Calm Day\n\nTraders said on Wednesday that the market had reopened.\n');
    await cli('ingest', join(dir, 'in'));
    expect(JSON.parse((await cli('conflicts', '--json')).out)).toEqual([]);
    expect((await cli('link-claims', link!.a, link!.b, '--kind', 'contradicts', '--conflict', 'place', '--why', 'same bridge after all')).code).toBe(0);
    const again = JSON.parse((await cli('conflicts', '--json')).out) as { conflict: string; reason: string }[];
    expect(again).toEqual([expect.objectContaining({ conflict: 'place', reason: expect.stringContaining('same bridge after all') })]);
    const noWhy = await cli('link-claims', link!.a, link!.b, '--kind', 'contradicts');
    expect(noWhy.code).toBe(2);
    const badId = await cli('unlink', link!.a, 'doc-000000000000/c1', '--why', 'x');
    expect(badId.code).toBe(3);
  });
});
