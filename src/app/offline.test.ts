// Dossier makes no network connection: the whole pipeline runs with every outbound path made to fail.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scratch } from '../test-support/cli.js';
import { ConfigSchema } from './config.js';
import { buildExport } from './export-json.js';
import { ingestPaths } from './ingest.js';
import { openRuntime } from './runtime.js';

const attempts: string[] = [];
const refuse = (what: string) => () => {
  attempts.push(what);
  throw new Error(`network disabled in this test: ${what}`);
};

describe('offline operation', () => {
  const { dir, cleanup } = scratch();
  beforeAll(() => {
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.connect'));
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup'));
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request'));
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request'));
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'));
  });
  afterAll(() => {
    vi.restoreAllMocks();
    cleanup();
  });

  it('ingests the sample corpus and exports with no connection attempted', async () => {
    const rt = openRuntime(ConfigSchema.parse({ db: join(dir, 'off.db') }));
    const report = await ingestPaths(rt, { paths: [resolve('examples')], options: { maxBytes: 1 << 24 } });
    const x = await buildExport(rt.store);
    await rt.close();
    expect(report.failed).toBe(0);
    expect(x.documents.length).toBeGreaterThanOrEqual(8);
    expect(x.claims.length).toBeGreaterThan(0);
    expect(attempts).toEqual([]);
  });
});
