/** Runs the workbench app on Node's HTTP server; the Host allow-list follows the port actually bound (0 picks a free one). */
import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { AppError } from '../core/errors.js';
import { createApiApp, type ApiAppOptions } from './app.js';
import { hostsFor } from './security.js';

export interface ServerOptions extends Omit<ApiAppOptions, 'allowedHosts' | 'cookieName'> {
  host: string;
  port: number;
}

export interface RunningServer {
  /** the UI address without the token, e.g. http://127.0.0.1:7777/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  let app: ReturnType<typeof createApiApp> | null = null;
  const server = createAdaptorServer({ fetch: (req: Request) => (app ? app.fetch(req) : new Response('starting', { status: 503 })) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new AppError('INVALID_ARGUMENT', e.code === 'EADDRINUSE' ? `port ${o.port} on ${o.host} is in use` : `cannot listen on ${o.host}:${o.port}: ${e.message}`, { cause: e, hint: e.code === 'EADDRINUSE' ? 'choose another with --port' : undefined })),
    );
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  app = createApiApp({ ...o, allowedHosts: hostsFor(o.host, port), cookieName: `dossier_token_${port}` });
  const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
