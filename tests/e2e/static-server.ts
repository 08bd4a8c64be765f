import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { GENERATED_PAGES } from './generated-pages';

/** The folders the test server exposes, by URL prefix. Nothing else of the repository is served. */
const ROOTS: Record<string, string> = {
  '/fixtures/': path.resolve('tests/fixtures'),
  '/e2e/': path.resolve('tests/e2e/pages'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Maps a URL path to a file inside one of the served roots, or undefined when it is outside them. */
export function fileForUrlPath(urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(root, '.' + decoded.slice(prefix.length - 1));
    // Refuse "../" escapes: the resolved file must stay under its root.
    return file.startsWith(root + path.sep) ? file : undefined;
  }
  return undefined;
}

/** Starts the server on a random free port of 127.0.0.1. */
export async function startStaticServer(): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const generated = urlPath.startsWith('/generated/') ? GENERATED_PAGES[urlPath.slice('/generated/'.length)] : undefined;
    if (generated) {
      // Built on each request (pages of megabytes are not kept in the repository).
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(generated());
      return;
    }
    try {
      const file = fileForUrlPath(urlPath); // throws on a malformed %-escape: answered as not found
      if (!file) throw new Error('outside the served folders');
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`not found: ${urlPath}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      // Browsers keep connections alive; drop them so close() returns promptly.
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
