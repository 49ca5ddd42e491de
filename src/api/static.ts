/** Serves the built web UI from one folder; any path that is not a file gets the app, so every view is deep-linkable. */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const MISSING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier</title></head><body>
<h1>Dossier workbench</h1><p>The web UI is not built. Run <code>npm run build</code>; the JSON API works meanwhile (see <code>/api/openapi.json</code>).</p></body></html>`;

export class StaticFiles {
  private readonly cache = new Map<string, { body: Buffer; type: string } | null>();

  constructor(private readonly root: string | null) {}

  private read(rel: string): { body: Buffer; type: string } | null {
    if (this.cache.has(rel)) return this.cache.get(rel)!;
    let hit: { body: Buffer; type: string } | null = null;
    if (this.root) {
      const file = normalize(join(this.root, rel));
      // a path that climbs out of the root is treated as not found
      if (file.startsWith(this.root + sep) && existsSync(file) && !file.endsWith(sep)) {
        try {
          hit = { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
        } catch {
          hit = null;
        }
      }
    }
    this.cache.set(rel, hit);
    return hit;
  }

  serve(c: Context): Response {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text('bad path', 400);
    }
    const asset = path.startsWith('/assets/') || /^\/[\w.-]+\.(svg|png|ico|json)$/.test(path) ? this.read(path.slice(1)) : null;
    if (asset) return c.body(new Uint8Array(asset.body), 200, { 'Content-Type': asset.type, 'Cache-Control': path.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache' });
    if (path.startsWith('/assets/')) return c.text('not found', 404);
    const index = this.read('index.html');
    return index ? c.body(new Uint8Array(index.body), 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache' }) : c.html(MISSING);
  }
}
