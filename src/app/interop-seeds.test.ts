// The STIX, GEXF and GraphML exports of the five seed articles (read from ../shared); checks by counts and rules only.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../core/export-schema.js';
import { lintStixBundle, stixToKbPack, toGexf, toGraphml, toStixBundle } from '../interop/index.js';
import { envelopeProblems, schemaProblems, schemasPresent } from '../interop/stix-schemas.contract.js';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const SEEDS = resolve(process.cwd(), '../shared/corpus/seeds');
const present = existsSync(SEEDS) && schemasPresent;
if (!present && process.env['CI']) throw new Error(`seed corpus or STIX schemas missing under ../shared: CI must have them`);

describe.skipIf(!present)('seed corpus as STIX', () => {
  let x: DossierExport;
  const { dir, cleanup } = scratch();
  beforeAll(async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'seeds.db') }));
    await ingestPaths(rt, { paths: [SEEDS], options: { maxBytes: 20 * 1024 * 1024 } });
    x = await buildExport(rt.store);
    await rt.close();
  }, 120_000);
  afterAll(() => cleanup());

  it('validates: every object, the envelope, and the validator rules', () => {
    const b = toStixBundle(x, { tlp: 'clear' });
    expect(b.objects.filter((o) => o.type === 'report')).toHaveLength(5);
    expect(schemaProblems(b)).toEqual([]);
    expect(envelopeProblems(b as never)).toEqual([]);
    expect(lintStixBundle(b)).toEqual([]);
  });

  it('re-exports with identical ids', () => {
    const ids = (b: { objects: { id: string }[] }) => b.objects.map((o) => o.id);
    expect(ids(toStixBundle(x, { now: new Date('2031-01-01T00:00:00Z') }))).toEqual(ids(toStixBundle(x)));
  });

  it('imports back every GROUP/PERSON/ORG/GPE actor with its aliases', () => {
    const { pack } = stixToKbPack(JSON.stringify(toStixBundle(x)));
    for (const e of x.entities.filter((e) => ['GROUP', 'PERSON', 'ORG', 'GPE'].includes(e.type))) {
      const a = pack.actors.find((a) => a.name === e.name && a.type === e.type);
      expect(a, e.name).toBeDefined();
      const names = new Set(a!.aliases.map((n) => n.name.toLowerCase()));
      for (const alias of e.aliases) if (alias.toLowerCase() !== e.name.toLowerCase()) expect(names.has(alias.toLowerCase()), `${e.name}: ${alias}`).toBe(true);
    }
  });

  it('writes well-formed graph files', () => {
    for (const text of [toGexf(x), toGraphml(x)]) expect(text.split('<node ').length - 1).toBe(x.entities.length);
  });
});
