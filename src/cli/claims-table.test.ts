// The claims table shows a speaker named by a pronoun with the entity it stands for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith, scratch } from '../test-support/cli.js';
import { runCli } from './program.js';

const STORY = `Pier Closed After Storm

By Anna Poe

Lena Okafor, the harbour master of Norwick, inspected the old pier on Monday. She said the pier would stay closed until the spring.
`;

describe('claims table', () => {
  const { dir, cleanup } = scratch();
  afterAll(() => cleanup());

  it('names the entity behind a pronoun speaker', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'p.txt'), STORY);
    const db = join(dir, 'p.db');
    expect((await runWith(runCli, ['ingest', join(dir, 'in'), '--db', db])).code).toBe(0);
    const out = (await runWith(runCli, ['claims', '--db', db])).out;
    expect(out).toMatch(/She \(Lena Okafor\)\s+said/);
  });
});
