import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

describe('ingest batches', () => {
  const { dir, cleanup } = scratch();
  afterAll(cleanup);

  it('runs the cross-document work once, after every file, and not at all when nothing new was stored', async () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'a.txt'), 'Harbour Light Weekly (a fictional outlet)\n\nThe mayor of Porto Vale said on Monday that the ferry would run again.\n');
    writeFileSync(join(docs, 'b.txt'), 'Ridge Courier (a fictional outlet)\n\nOfficials in Porto Vale denied that the ferry had been sold.\n');
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'x.db') }));
    const marks: string[] = [];
    const run = () => ingestPaths(rt, { paths: [docs], options: { maxBytes: 1 << 20 }, onFile: (o) => marks.push(o.status), onCrossDocument: () => marks.push('cross') });
    await run();
    expect(marks).toEqual(['new', 'new', 'cross']);
    marks.length = 0;
    await run();
    expect(marks).toEqual(['unchanged', 'unchanged']);
    await rt.close();
  });
});
