import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../../test-support/cli.js';
import type { Io } from '../io.js';
import { shouldServe } from './demo.js';
import { parsePort, resolveToken, serveCommand } from './serve.js';

const tmp = scratch('dossier-serve-');
afterAll(() => tmp.cleanup());

const io = (env: NodeJS.ProcessEnv = {}, isTTY = false): Io & { text: () => string } => {
  let out = '';
  return { out: (s) => (out += s), err: (s) => (out += s), isTTY, env, cwd: tmp.dir, text: () => out };
};

describe('dossier serve', () => {
  it('takes a fixed token from --token-file, then DOSSIER_TOKEN, else makes one per run', () => {
    const file = join(tmp.dir, 'token');
    writeFileSync(file, 'from-file-0123456789abcdef\n');
    expect(resolveToken({ tokenFile: file }, { DOSSIER_TOKEN: 'from-env-0123456789abcdef' })).toEqual({ token: 'from-file-0123456789abcdef', fixed: true });
    expect(resolveToken({}, { DOSSIER_TOKEN: 'from-env-0123456789abcdef' })).toEqual({ token: 'from-env-0123456789abcdef', fixed: true });
    const a = resolveToken({}, {});
    expect(a.fixed).toBe(false);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    expect(resolveToken({}, {}).token).not.toBe(a.token);
    expect(() => resolveToken({}, { DOSSIER_TOKEN: 'short' })).toThrow(/too short/);
  });

  it.each([
    [undefined, 7777],
    ['0', 0],
    ['8080', 8080],
  ])('parses --port %s', (s, port) => expect(parsePort(s)).toBe(port));
  it.each(['-1', '70000', 'http'])('refuses --port %s', (s) => expect(() => parsePort(s)).toThrow(/--port/));

  it('refuses a database that does not exist when read-only', async () => {
    await expect(serveCommand({ db: join(tmp.dir, 'missing.db'), port: '0' }, io(), Promise.resolve())).rejects.toThrow(/no database/);
  });

  it('prints the address with the token and answers API calls with it', async () => {
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const sink = io({ DOSSIER_TOKEN: 'serve-test-0123456789abcdef' });
    const running = serveCommand({ db: join(tmp.dir, 'new.db'), port: '0', allowWrite: true }, sink, until);
    await expect.poll(() => sink.text(), { timeout: 10_000 }).toContain('?token=serve-test-0123456789abcdef');
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(sink.text())![0];
    expect(sink.text()).toContain('read-write');
    const ok = await fetch(`${url}api/documents`, { headers: { authorization: 'Bearer serve-test-0123456789abcdef' } });
    expect(ok.status).toBe(200);
    expect((await fetch(`${url}api/documents`)).status).toBe(401);
    stop();
    expect(await running).toBe(0);
  });

  it.each([
    [{}, true, {}, true],
    [{ serve: false }, true, {}, false],
    [{}, false, {}, false],
    [{}, true, { CI: 'true' }, false],
  ])('demo serves afterwards only in an interactive terminal outside CI (%j, tty %s, env %j)', (flags, tty, env, expected) => {
    expect(shouldServe(flags, io(env, tty))).toBe(expected);
  });
});
