/** Test helpers: run the CLI in-process against a temporary folder and capture its output. */
import { mkdtempSync, rmSync } from 'node:fs';
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
