// A headline restates its own article's claims; the claim links must not set an article against itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith, scratch } from '../test-support/cli.js';
import { runCli } from './program.js';

const STORY = `Ministry Denies Rockets Were Fired At Border Post

By Jamshed Olimov

Militants of the fictional Sarband Front said on Monday that they had fired rockets at the border post near Ishkashim.
`;

describe('headline claims', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());

  it('are stored in the ledger but never linked', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'h.txt'), STORY);
    const db = join(dir, 'h.db');
    expect((await runWith(runCli, ['ingest', join(dir, 'in'), '--db', db])).code).toBe(0);
    const claims = JSON.parse((await runWith(runCli, ['claims', '--db', db, '--json'])).out) as { stance: string; evidence: { start: number } }[];
    expect(claims.some((c) => c.stance === 'deny' && c.evidence.start === 0)).toBe(true);
    expect(JSON.parse((await runWith(runCli, ['conflicts', '--db', db, '--json'])).out)).toEqual([]);
  });

  it('are left out of the links on the sample corpus, where one headline would otherwise contradict its own article', async () => {
    const db = join(dir, 'ex.db');
    expect((await runWith(runCli, ['ingest', 'examples', '--db', db])).code).toBe(0);
    const links = JSON.parse((await runWith(runCli, ['conflicts', '--db', db, '--json'])).out) as { a_claim: { evidence: { start: number } }; b_claim: { evidence: { start: number } } }[];
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(Math.min(l.a_claim.evidence.start, l.b_claim.evidence.start)).toBeGreaterThan(0);
  });
});
