/** `dossier serve`: the analyst workbench (JSON API and web UI) on 127.0.0.1, guarded by a per-run token. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../core/errors.js';
import { resolveConfig } from '../../app/config.js';
import { openRuntime } from '../../app/runtime.js';
import { Workbench } from '../../app/workbench.js';
import { ingestPasted } from '../../app/workbench-write.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { newToken } from '../../api/security.js';
import type { Io } from '../io.js';

export interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  tokenFile?: string;
  allowWrite?: boolean;
}

/** The built UI: dist/web next to the compiled CLI; from source, the built copy under dist/. */
export function webRoot(): string | null {
  const candidates = ['../../web/', '../../../dist/web/'].map((p) => fileURLToPath(new URL(p, import.meta.url)).replace(/\/$/, ''));
  return candidates.find((c) => existsSync(`${c}/index.html`)) ?? null;
}

/** A fixed token comes from DOSSIER_TOKEN or a file, never from an argument (arguments show in `ps`). */
export function resolveToken(flags: ServeFlags, env: NodeJS.ProcessEnv): { token: string; fixed: boolean } {
  if (flags.tokenFile) {
    let t: string;
    try {
      t = readFileSync(flags.tokenFile, 'utf8').trim();
    } catch (e) {
      throw new AppError('INPUT_UNREADABLE', `cannot read the token file ${flags.tokenFile}`, { cause: e });
    }
    if (t.length < 16) throw new AppError('INVALID_ARGUMENT', `the token in ${flags.tokenFile} is too short`, { hint: 'use at least 16 characters' });
    return { token: t, fixed: true };
  }
  const fromEnv = env['DOSSIER_TOKEN']?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new AppError('INVALID_ARGUMENT', 'DOSSIER_TOKEN is too short', { hint: 'use at least 16 characters' });
    return { token: fromEnv, fixed: true };
  }
  return { token: newToken(), fixed: false };
}

export function parsePort(s: string | undefined): number {
  const port = Number(s ?? '7777');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('INVALID_ARGUMENT', `--port must be a number from 0 to 65535, not "${s}"`);
  return port;
}

/** Starts the server and returns it running; `serveCommand` then waits for Ctrl-C. */
export async function startWorkbench(flags: ServeFlags, io: Io): Promise<{ server: RunningServer; token: string; close(): Promise<void> }> {
  const port = parsePort(flags.port);
  const host = flags.host ?? '127.0.0.1';
  const { token } = resolveToken(flags, io.env);
  const config = resolveConfig({ db: flags.db }, io.env);
  if (!flags.allowWrite && !existsSync(config.db)) throw new AppError('INPUT_NOT_FOUND', `no database at ${config.db}`, { hint: 'ingest some articles first (`dossier ingest …` or `dossier demo`)' });
  const rt = openRuntime(config, { readonly: !flags.allowWrite });
  const wb = new Workbench(rt.store, (id) => rt.kb.get(id));
  try {
    const server = await startServer({ wb, token, host, port, allowWrite: Boolean(flags.allowWrite), webRoot: webRoot(), ingest: (a) => ingestPasted(rt, a) });
    // build the read model now so the first page is quick
    wb.corpus().catch((e: unknown) => io.err(`dossier serve: reading the database failed: ${e instanceof Error ? e.message : String(e)}\n`));
    return { server, token, close: async () => (await server.close(), await rt.close()) };
  } catch (e) {
    await rt.close();
    throw e;
  }
}

export async function serveCommand(flags: ServeFlags, io: Io, until: Promise<void> = interrupted()): Promise<number> {
  const host = flags.host ?? '127.0.0.1';
  const running = await startWorkbench(flags, io);
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) io.err(`warning: listening on ${host}, reachable from other machines; the token is the only guard\n`);
  io.out(`Dossier workbench (${flags.allowWrite ? 'read-write' : 'read-only'}) at:\n\n    ${running.server.url}?token=${running.token}\n\nAPI clients: Authorization: Bearer <token> · description at ${running.server.url}api/openapi.json · Ctrl-C stops\n`);
  await until;
  await running.close();
  return 0;
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
