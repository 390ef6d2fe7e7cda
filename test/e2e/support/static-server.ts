/** A tiny static server for the built renderer, on 127.0.0.1 only (file:// would block module scripts). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Holds a large reply for the page to fetch once (see fixtures.ts); returns its path. */
  park(body: string | Uint8Array): string;
  close(): Promise<void>;
}

const PARKED_PREFIX = '/__desk/reply/';

export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const parked = new Map<string, string | Uint8Array>();
  let nextParked = 1;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path.startsWith(PARKED_PREFIX)) {
      const body = parked.get(path);
      parked.delete(path);
      if (body === undefined) res.writeHead(404).end();
      else {
        const type = typeof body === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      }
      return;
    }
    const file = resolve(base, normalize(path === '/' ? 'index.html' : path.slice(1)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    park: (body) => {
      const path = `${PARKED_PREFIX}${nextParked++}`;
      parked.set(path, body);
      return path;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export function rendererDirectory(projectRoot: string): string {
  return join(projectRoot, 'dist', 'renderer');
}
