/** Test fixture for the workbench: a small database from our own articles, two of which carry markup payloads. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../app/config.js';
import { openRuntime, type Runtime } from '../app/runtime.js';
import { ingestPasted } from '../app/workbench-write.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
export const fixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** Ingests the fixture articles into `dir/fixture.db`, with the markup-named test actors in the user's pack. */
export async function fixtureRuntime(dir: string, opts: { readonly?: boolean } = {}): Promise<Runtime> {
  mkdirSync(join(dir, 'dossier-kb'), { recursive: true });
  copyFileSync(new URL('hostile-kb.yaml', FIXTURES), join(dir, 'dossier-kb', 'hostile-kb.yaml'));
  const config = resolveConfig({ db: join(dir, 'fixture.db') }, {});
  const rt = openRuntime(config);
  await ingestPasted(rt, { text: fixtureText('border-report.txt'), format: 'txt', name: 'border-report', outlet: 'Pamir Test Wire', published: '2024-03-14', url: 'https://example.org/border-report' });
  await ingestPasted(rt, { text: fixtureText('hostile-article.txt'), format: 'txt', name: 'hostile', outlet: '<b>Hostile</b> Outlet', published: '2024-04-02' });
  if (!opts.readonly) return rt;
  await rt.close();
  return openRuntime(config, { readonly: true });
}
