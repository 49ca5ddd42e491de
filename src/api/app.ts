/**
 * The workbench HTTP app (Hono): guards, the JSON API and the web UI, testable in-process with `app.request`.
 * @example const app = createApiApp({ wb, token, allowedHosts: hostsFor('127.0.0.1', 7777), allowWrite: false, webRoot: null });
 */
import { Hono, type Context } from 'hono';
import type { Workbench } from '../app/workbench.js';
import { errorBody, errorResponse } from './errors.js';
import { openApi } from './openapi.js';
import { ROUTES, type RouteDeps } from './routes.js';
import { hostCheck, securityHeaders, tokenCheck, writeGuard, type ApiEnv } from './security.js';
import { StaticFiles } from './static.js';
import { AppError } from '../core/errors.js';

export interface ApiAppOptions {
  wb: Workbench;
  token: string;
  allowedHosts: string[];
  allowWrite: boolean;
  /** folder of the built web UI; null serves a "not built" page */
  webRoot: string | null;
  ingest?: RouteDeps['ingest'];
  /** cookie name, unique per port so two servers on one host don't clash */
  cookieName?: string;
  version?: string;
}

const issueText = (e: { issues: { path: PropertyKey[]; message: string }[] }) => e.issues.map((i) => `${i.path.map(String).join('.') || 'parameter'}: ${i.message}`).join('; ');

async function readBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('INVALID_ARGUMENT', 'the request body is not JSON');
  }
}

export function createApiApp(o: ApiAppOptions): Hono<ApiEnv> {
  const sec = { token: o.token, allowedHosts: o.allowedHosts, allowWrite: o.allowWrite, cookieName: o.cookieName ?? 'dossier_token' };
  const app = new Hono<ApiEnv>();
  const deps: RouteDeps = { wb: o.wb, ...(o.allowWrite && o.ingest ? { ingest: o.ingest } : {}) };
  app.use('*', securityHeaders());
  app.use('*', hostCheck(o.allowedHosts));
  app.use('*', tokenCheck(sec));
  app.use('/api/*', writeGuard(sec));
  app.onError((e, c) => {
    const { status, body } = errorResponse(e);
    if (status >= 500) console.error(`dossier serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return c.json(body, status);
  });

  const spec = openApi(ROUTES, o.version ?? '0.1.0');
  app.get('/api/openapi.json', (c) => c.json(spec));
  for (const r of ROUTES) {
    app[r.method](r.path, async (c) => {
      const q = r.query.safeParse(c.req.query());
      if (!q.success) return c.json(errorBody('INVALID_ARGUMENT', issueText(q.error)), 400);
      let body: unknown = undefined;
      if (r.body) {
        const b = r.body.safeParse(await readBody(c));
        if (!b.success) return c.json(errorBody('INVALID_ARGUMENT', issueText(b.error)), 400);
        body = b.data;
      }
      return c.json(await r.handle(deps, { query: q.data as never, params: c.req.param() as Record<string, string>, body: body as never }));
    });
  }
  app.all('/api/*', (c) => c.json(errorBody('ROUTE_NOT_FOUND', `no API route ${c.req.method} ${c.req.path}`, 'see /api/openapi.json'), 404));
  const files = new StaticFiles(o.webRoot);
  app.get('*', (c) => files.serve(c));
  return app;
}
