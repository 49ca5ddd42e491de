/** Test helpers: run the CLI in-process against a temporary folder and capture its output. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export type CliRunner = (argv: string[], io: { out(s: string): void; err(s: string): void; isTTY: boolean; env: NodeJS.ProcessEnv; cwd: string }) => Promise<number>;

/** A scratch folder removed by the returned cleanup. */
export function scratch(prefix = 'dossier-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runWith(run: CliRunner, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env, cwd: process.cwd() });
  return { code, out, err };
}

/** Writes a small corpus into `dir/in` — each file's text and, optionally, its sidecar metadata — and returns the folder. */
export function writeCorpus(dir: string, files: Record<string, { text: string; meta?: Record<string, string> }>): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (const [name, f] of Object.entries(files)) {
    writeFileSync(join(folder, name), f.text);
    if (f.meta) writeFileSync(join(folder, `${name}.meta.json`), JSON.stringify(f.meta));
  }
  return folder;
}
