/** Guards for a server that holds an analyst's whole corpus: Host check, token, strict headers, read-only by default. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { errorBody } from './errors.js';

/** Per-request values the guards hand on. */
export type ApiEnv = { Variables: { authVia: 'bearer' | 'cookie' } };

export interface SecurityOptions {
  token: string;
  /** Host header values this server answers to, e.g. `127.0.0.1:7777`, `localhost:7777` */
  allowedHosts: string[];
  allowWrite: boolean;
  /** distinguishes servers on different ports, since cookies ignore the port */
  cookieName: string;
}

/** Content-Security-Policy for every response: own scripts and styles only, no inline script, no outside connections. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** A fresh random token for one run, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares in constant time: both sides are hashed first so their lengths are always equal. */
export function tokenMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Host names a server bound to `host:port` answers to; a loopback bind also answers to `localhost`. */
export function hostsFor(host: string, port: number): string[] {
  const loopback = ['127.0.0.1', 'localhost', '::1', '[::1]'];
  const names = loopback.includes(host) ? ['127.0.0.1', 'localhost', '[::1]'] : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
  return names.map((n) => `${n}:${port}`.toLowerCase());
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}

/** Refuses requests whose Host is not one of ours: a rebound DNS name cannot reach the API. */
export function hostCheck(allowed: string[]): MiddlewareHandler {
  const ok = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (!host || !ok.has(host)) return c.json(errorBody('FORBIDDEN_HOST', `Host "${host ?? ''}" is not served here`), 403);
    await next();
  };
}

function bearer(c: Context<ApiEnv>): string | null {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m ? m[1]! : null;
}

/**
 * Every request needs the token: a Bearer header, or the cookie. A UI page may carry `?token=` once;
 * it is moved into an HttpOnly SameSite=Strict cookie and the address is reloaded without it.
 */
export function tokenCheck(o: SecurityOptions): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const isApi = c.req.path.startsWith('/api/') || c.req.path === '/api';
    const viaBearer = tokenMatches(bearer(c), o.token);
    if (viaBearer || tokenMatches(getCookie(c, o.cookieName), o.token)) {
      c.set('authVia', viaBearer ? 'bearer' : 'cookie');
      return next();
    }
    const url = new URL(c.req.url);
    const q = url.searchParams.get('token');
    if (!isApi && c.req.method === 'GET' && tokenMatches(q, o.token)) {
      setCookie(c, o.cookieName, o.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (isApi) return c.json(errorBody('UNAUTHORIZED', 'missing or wrong token', 'send Authorization: Bearer <token>, or open the address `dossier serve` printed'), 401);
    return c.html(LOCKED_PAGE, 401);
  };
}

/** Writes only with --allow-write, and then only from our own origin (or a non-browser client using the Bearer token). */
export function writeGuard(o: SecurityOptions): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    if (!o.allowWrite) return c.json(errorBody('READ_ONLY', 'this server is read-only', 'restart `dossier serve` with --allow-write to enable writes'), 403);
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? '';
    const sameOrigin = origin !== undefined && origin.toLowerCase() === `http://${host.toLowerCase()}`;
    const site = c.req.header('sec-fetch-site');
    const apiClient = origin === undefined && (site === undefined || site === 'same-origin' || site === 'none') && c.get('authVia') === 'bearer';
    if (!sameOrigin && !apiClient) return c.json(errorBody('CROSS_ORIGIN', 'writes must come from this server’s own pages'), 403);
    return next();
  };
}

// Static on purpose: no request data is reflected into it.
const LOCKED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier — token needed</title></head>
<body><h1>Dossier workbench</h1><p>This server needs its access token. Open the address that <code>dossier serve</code> printed
(it ends in <code>?token=…</code>); the token is then kept in a cookie for this browser.</p></body></html>`;
