import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** URL schemes that never leave the machine: extension files, inline data, blank pages. */
const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'];

/** Hosts the browser may talk to: only the local test server. */
const LOCAL_HOSTS = new Set(['127.0.0.1']);

/**
 * Records every request the browser makes, from two vantage points:
 * - a recording proxy that the browser is configured to use for every host but 127.0.0.1, so a request
 *   from anywhere in the browser (page, content script, background, popup) to any other host lands here
 *   and is refused without ever reaching the network;
 * - the automation protocol's request events, fed in by the launchers through `record`.
 */
export interface RequestWatcher {
  /** The proxy's port on 127.0.0.1. */
  proxyPort: number;
  /** Adds a URL seen through the automation protocol. */
  record(url: string): void;
  /** Every URL or proxy target seen so far. */
  all(): string[];
  /** The requests that went anywhere but the local server or the extension's own files. */
  foreign(): string[];
  close(): Promise<void>;
}

/** True when a URL stays on this machine: the local server or an extension's own files. */
export function isLocalRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.includes(parsed.protocol)) return true;
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOCAL_HOSTS.has(parsed.hostname);
}

/** Starts the recording proxy on a random port of 127.0.0.1. */
export async function startRequestWatcher(): Promise<RequestWatcher> {
  const seen: string[] = [];
  const proxy: Server = createServer((request, response) => {
    // A proxied plain-HTTP request carries the absolute URL.
    seen.push(request.url ?? '(unknown)');
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('ClaimLens e2e: network access is not allowed');
  });
  proxy.on('connect', (request, socket: Socket) => {
    // HTTPS and WebSocket-over-TLS arrive as CONNECT host:port.
    seen.push(`https://${request.url ?? '(unknown)'}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    proxyPort: port,
    record: (url) => void seen.push(url),
    all: () => [...seen],
    foreign: () => seen.filter((url) => !isLocalRequest(url)),
    close: () => new Promise((resolve) => {
      proxy.closeAllConnections();
      proxy.close(() => resolve());
    }),
  };
}
