import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveStaticPath } from '../core/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'foras';
export const APP_ORIGIN = 'app://foras';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on the app's own origin. Compares protocol and host rather
 * than `URL.origin`, which Node reports as 'null' for custom schemes.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves the built renderer from `rendererDir`. Pure request → Response, so
 * it is tested without Electron. Any other host, or any path leaving the
 * folder, is a 404: the page must not be able to read the rest of the disk.
 */
export async function handleAppRequest(request: Request, rendererDir: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(404, 'Not found');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveStaticPath(rendererDir, url.pathname);
  if (!file) return plain(404, 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : content, {
    status: 200,
    headers: { ...BASE_HEADERS, 'content-type': mimeTypeOf(file) },
  });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir));
}
