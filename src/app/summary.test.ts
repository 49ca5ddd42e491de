// The corpus overview on the sample corpus: speakers' claims and the articles' own narratives counted apart.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';
import { summarise, type CorpusSummary } from './summary.js';

describe('summarise', () => {
  const { dir, cleanup } = scratch();
  let s: CorpusSummary;
  let total = 0;
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'sample.db') }));
    await ingestPaths(rt, { paths: [resolve(process.cwd(), 'examples')], options: { maxBytes: 20 * 1024 * 1024 } });
    s = await summarise(rt.store);
    total = (await rt.store.claims()).length;
    await rt.close();
  });
  afterAll(() => cleanup());

  it("counts speakers' claims and the articles' narratives apart, and every claim once", () => {
    expect(s.documents).toHaveLength(10);
    expect(s.narrativeCount).toBeGreaterThan(0);
    expect(s.claimCount + s.narrativeCount).toBe(total);
    expect(s.speakers.reduce((n, r) => n + r.claims, 0)).toBe(s.claimCount);
  });
});
