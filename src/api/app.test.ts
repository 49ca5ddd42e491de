import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../app/runtime.js';
import { Workbench } from '../app/workbench.js';
import { ingestPasted } from '../app/workbench-write.js';
import { scratch } from '../test-support/cli.js';
import { createApiApp } from './app.js';
import { fixtureRuntime } from './fixture.contract.js';
import { CSP, hostsFor, tokenMatches } from './security.js';

const TOKEN = 'test-token-0123456789abcdef';
const HOST = '127.0.0.1:7777';
const auth = { host: HOST, authorization: `Bearer ${TOKEN}` };

let rt: Runtime;
let app: ReturnType<typeof createApiApp>;
let writable: ReturnType<typeof createApiApp>;
const tmp = scratch('dossier-api-');

beforeAll(async () => {
  rt = await fixtureRuntime(tmp.dir);
  const web = join(tmp.dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app shell</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'do not serve');
  const wb = new Workbench(rt.store, (id) => rt.kb.get(id));
  const base = { wb, token: TOKEN, allowedHosts: hostsFor('127.0.0.1', 7777), webRoot: web, ingest: (a: Parameters<typeof ingestPasted>[1]) => ingestPasted(rt, a) };
  app = createApiApp({ ...base, allowWrite: false });
  writable = createApiApp({ ...base, allowWrite: true });
});
afterAll(async () => {
  await rt.close();
  tmp.cleanup();
});

const get = (path: string, headers: Record<string, string> = auth) => app.request(path, { headers });
const body = async (r: Response) => (await r.json()) as Record<string, unknown> & { error?: { code: string; message: string } };

describe('security guards', () => {
  it.each([
    ['no token', { host: HOST }, 401, 'UNAUTHORIZED'],
    ['wrong token', { host: HOST, authorization: 'Bearer nope-nope-nope-nope' }, 401, 'UNAUTHORIZED'],
    ['foreign Host (DNS rebinding)', { ...auth, host: 'evil.example:7777' }, 403, 'FORBIDDEN_HOST'],
    ['no Host', { authorization: `Bearer ${TOKEN}` }, 403, 'FORBIDDEN_HOST'],
    ['right port, other name', { ...auth, host: '127.0.0.1:8888' }, 403, 'FORBIDDEN_HOST'],
  ])('refuses %s', async (_name, headers, status, code) => {
    const r = await get('/api/entities', headers as Record<string, string>);
    expect(r.status).toBe(status);
    expect((await body(r)).error?.code).toBe(code);
  });

  it('accepts the Bearer token and localhost as a name for the loopback bind', async () => {
    expect((await get('/api/entities')).status).toBe(200);
    expect((await get('/api/entities', { ...auth, host: 'localhost:7777' })).status).toBe(200);
  });

  it('does not take ?token= on API paths', async () => {
    expect((await get(`/api/entities?token=${TOKEN}`, { host: HOST })).status).toBe(401);
  });

  it('moves ?token= on a UI path into an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const r = await get(`/actors/kb%3Ataliban?token=${TOKEN}&tab=claims`, { host: HOST });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/actors/kb%3Ataliban?tab=claims');
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const jar = cookie.split(';')[0]!;
    const page = await get('/actors/kb%3Ataliban', { host: HOST, cookie: jar });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('app shell');
    expect((await get('/api/overview', { host: HOST, cookie: jar })).status).toBe(200);
  });

  it('shows a static locked page to a UI request without the token', async () => {
    const r = await get('/graph?token=wrong', { host: HOST });
    expect(r.status).toBe(401);
    expect(await r.text()).not.toContain('wrong');
  });

  it('sets a strict CSP and nosniff on every response', async () => {
    for (const r of [await get('/api/overview'), await get('/api/entities', { host: HOST }), await get('/timeline'), await get('/assets/app.js')]) {
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-inline');
  });

  it('never serves files outside the UI folder', async () => {
    for (const p of ['/assets/../../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await get(p);
      expect(await r.text()).not.toContain('do not serve');
    }
    expect(await (await get('/assets/app.js')).text()).toBe('console.log(1)');
  });

  it('refuses writes unless started with --allow-write', async () => {
    const r = await app.request('/api/documents', { method: 'POST', headers: { ...auth, 'content-type': 'application/json', origin: `http://${HOST}` }, body: JSON.stringify({ text: 'x' }) });
    expect(r.status).toBe(403);
    expect((await body(r)).error?.code).toBe('READ_ONLY');
  });

  it('with --allow-write, refuses cross-origin writes and cookie writes without an Origin', async () => {
    const post = (headers: Record<string, string>) =>
      writable.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'A short note.' }) });
    expect((await post({ ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const jar = (await writable.request(`/?token=${TOKEN}`, { headers: { host: HOST } })).headers.get('set-cookie')!.split(';')[0]!;
    expect((await post({ host: HOST, cookie: jar })).status).toBe(403);
  });

  it('with --allow-write, ingests a same-origin write and shows it afterwards', async () => {
    const text = 'Observers said on Monday that the Taliban had moved new units to the northern border with Tajikistan.';
    const r = await writable.request('/api/documents', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', origin: `http://${HOST}` },
      body: JSON.stringify({ text, name: 'note', outlet: 'Test Desk', published: '2024-05-06' }),
    });
    expect(r.status).toBe(200);
    const out = await body(r);
    expect(out['status']).toBe('new');
    const doc = await body(await writable.request(`/api/documents/${String(out['id'])}`, { headers: auth }));
    expect(doc['text']).toContain('northern border');
  });

  it.each([
    ['same', 'same', true],
    ['same', 'other', false],
    ['', 'x', false],
  ])('tokenMatches(%j, %j) is %s', (a, b, ok) => {
    expect(tokenMatches(a || null, b)).toBe(ok);
  });

  it.each([
    ['127.0.0.1', 80, ['127.0.0.1:80', 'localhost:80', '[::1]:80']],
    ['192.168.1.5', 7777, ['192.168.1.5:7777']],
    ['::1', 7777, ['127.0.0.1:7777', 'localhost:7777', '[::1]:7777']],
  ])('hostsFor(%s, %d)', (host, port, expected) => {
    expect(hostsFor(host, port)).toEqual(expected);
  });
});

describe('JSON API', () => {
  it('pages documents without their text', async () => {
    const b = await body(await get('/api/documents?limit=1'));
    expect(b['total']).toBeGreaterThanOrEqual(2);
    expect((b['items'] as unknown[]).length).toBe(1);
    expect((b['items'] as Record<string, unknown>[])[0]!['text']).toBeUndefined();
  });

  it('gives one document with its layers and stripped text', async () => {
    const list = await body(await get('/api/documents'));
    const id = (list['items'] as { id: string; title: string }[]).find((d) => d.title?.includes('Varzob'))!.id;
    const d = await body(await get(`/api/documents/${id}`));
    expect(d['text']).toContain('<img src=x onerror=');
    expect((d['claims'] as unknown[]).length).toBeGreaterThan(0);
    expect((d['mentions'] as unknown[]).length).toBeGreaterThan(0);
    expect(Array.isArray(d['stripped'])).toBe(true);
    const sourcing = d['sourcing'] as { claims: number; shares: { named: number }; signals: string[] };
    // narratives (the author's uncued account of events) carry events, not sourcing
    expect(sourcing.claims).toBe((d['claims'] as { kind: string }[]).filter((c) => c.kind !== 'narrative').length);
    expect(sourcing.shares.named).toBeGreaterThanOrEqual(0);
  });

  it('gives each outlet its summed sourcing profile', async () => {
    const list = (await body(await get('/api/sources'))) as unknown as { outlet: string; documents: number; sourcing: { documents: number; claims: number } | null }[];
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) expect(s.sourcing?.documents).toBe(s.documents);
  });

  it('gives an actor page and its neighbourhood', async () => {
    const e = await body(await get('/api/entities/kb%3Ataliban'));
    expect((e['entity'] as { name: string }).name).toBe('Taliban');
    expect((e['claimsBy'] as { total: number }).total).toBeGreaterThan(0);
    const n = await body(await get('/api/entities/person%3Afaruh-saduloev/neighbourhood'));
    expect((n['nodes'] as { id: string }[]).map((x) => x.id)).toContain('kb:gknb');
  });

  it('filters the claim ledger', async () => {
    const denials = await body(await get('/api/claims?stance=deny'));
    expect((denials['items'] as { stance: string }[]).every((c) => c.stance === 'deny')).toBe(true);
    expect(denials['total']).toBeGreaterThan(0);
    const by = await body(await get('/api/claims?speaker=kb%3Ataliban&credibility=6'));
    expect((by['items'] as { speaker: { entity: string } }[]).every((c) => c.speaker.entity === 'kb:taliban')).toBe(true);
    const none = await body(await get('/api/claims?from=2030'));
    expect(none['total']).toBe(0);
  });

  it.each([
    ['/api/claims?stance=shouts', 400, 'INVALID_ARGUMENT'],
    ['/api/claims?limit=0', 400, 'INVALID_ARGUMENT'],
    ['/api/claims?from=March', 400, 'INVALID_ARGUMENT'],
    ['/api/search', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?types=PERSON,SPACESHIP', 400, 'INVALID_ARGUMENT'],
    ['/api/entities/kb%3Anobody', 404, 'NOT_FOUND'],
    ['/api/documents/doc-000000000000', 404, 'NOT_FOUND'],
    ['/api/nothing-here', 404, 'ROUTE_NOT_FOUND'],
  ])('%s answers %d %s in the one error shape', async (path, status, code) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    const b = await body(r);
    expect(b.error?.code).toBe(code);
    expect(typeof b.error?.message).toBe('string');
  });

  it('searches documents and claims', async () => {
    const hits = (await body(await get('/api/search?q=checkpoint'))) as unknown as { kind: string; doc: string }[];
    expect(hits.length).toBeGreaterThan(0);
  });

  it('answers the other list routes', async () => {
    for (const p of ['/api/overview', '/api/conflicts', '/api/events?actor=kb%3Aqizil-tosh-brigade', '/api/sources', '/api/places', '/api/graph?minCredibility=3&types=GROUP,LOC']) {
      expect((await get(p)).status, p).toBe(200);
    }
    const g = await body(await get('/api/graph?types=GROUP,LOC'));
    expect((g['nodes'] as { type: string }[]).every((n) => n.type === 'GROUP' || n.type === 'LOC')).toBe(true);
  });

  it('describes itself in OpenAPI 3.1', async () => {
    const spec = await body(await get('/api/openapi.json'));
    expect(spec['openapi']).toBe('3.1.0');
    const paths = Object.keys(spec['paths'] as object);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{id}', '/api/entities/{id}/neighbourhood', '/api/claims', '/api/conflicts', '/api/events', '/api/sources', '/api/search']) {
      expect(paths).toContain(p);
    }
    const claims = (spec['paths'] as Record<string, { get: { parameters: { name: string }[] } }>)['/api/claims']!.get.parameters.map((p) => p.name);
    expect(claims).toEqual(expect.arrayContaining(['speaker', 'about', 'stance', 'kind', 'credibility', 'from', 'to', 'limit', 'offset']));
  });
});
