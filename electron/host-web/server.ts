import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BODY_BYTES } from '../../shared/api/limits';
import { createSessionSlot } from '../core/context';
import type { Dispatch } from '../core/dispatcher';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveStaticPath } from '../core/static-files';

/** Header carrying the per-launch token; the renderer reads it from the page it was served. */
export const TOKEN_HEADER = 'x-foras-token';

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port: number;
  token?: string;
}

export interface WebHost {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

/**
 * The browser host: the built renderer and `POST /api/<method>` on
 * 127.0.0.1 only. Other local pages cannot call the API: they do not know the
 * token (it is only in the page this server serves, which a cross-origin page
 * cannot read), and a Host check stops DNS-rebinding tricks.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // One laptop, one person at a time: the launch has one session, as an Electron window has.
  const session = createSessionSlot();
  let allowedHosts: Set<string> = new Set();

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return serveStatic(response, url.pathname);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'text/plain; charset=utf-8', 'JSON only');
    }
    const body = await readBody(request);
    if (body === null) return sendJson(response, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'Request too large' } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Malformed JSON' } });
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      return sendJson(response, 404, { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method' } });
    }
    const result = await options.dispatch(session, name, input);
    return sendJson(response, 200, result);
  }

  async function serveStatic(response: ServerResponse, pathname: string): Promise<void> {
    const file = resolveStaticPath(options.rendererDir, pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    if (file.endsWith('index.html')) {
      const html = content.toString('utf8').replace('</head>', `<meta name="foras-token" content="${token}"></head>`);
      return send(response, 200, mimeTypeOf(file), html, { 'cache-control': 'no-store' });
    }
    return send(response, 200, mimeTypeOf(file), content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit (large enough for a transfer file or a backup as base64) the rest is read and dropped, so the caller still gets a clear 413 answer.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_REQUEST_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'cache-control': 'no-store' });
}
