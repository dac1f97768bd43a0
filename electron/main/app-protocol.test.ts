import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/static-files';
import { APP_ORIGIN, APP_URL, handleAppRequest, isAppUrl, registerAppProtocol } from './app-protocol';

let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'foras-protocol-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Foras</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // A file beside the renderer folder that no URL may reach.
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handleAppRequest(new Request(url, { method }), rendererDir);

describe('app:// protocol handler', () => {
  it('serves index.html with its MIME type and the CSP header', async () => {
    const response = await get(APP_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Foras</title>');
  });

  it('serves nested files and / as index.html', async () => {
    const script = await get(`${APP_ORIGIN}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect(await (await get(`${APP_ORIGIN}/`)).text()).toContain('<title>Foras</title>');
  });

  it.each([
    'app://foras/../../etc/passwd',
    'app://foras/../secret.txt',
    'app://foras/%2e%2e/secret.txt',
    'app://foras/%2e%2e%2fsecret.txt',
    'app://foras/..%2fsecret.txt',
    'app://foras/assets/..%2f..%2fsecret.txt',
    'app://foras/..%5csecret.txt',
    'app://foras/%00index.html',
    'app://foras/missing.js',
    'app://foras/assets',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('answers 404 for any host but foras', async () => {
    for (const url of ['app://evil/index.html', 'app://foras.evil/index.html', 'app://foras:8080/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get(APP_URL, 'POST')).status).toBe(405);
    const head = await get(APP_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the handler on the app scheme', async () => {
    const handle = vi.fn<Protocol['handle']>();
    registerAppProtocol({ handle }, rendererDir);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1];
    const response = await handler?.(new Request(APP_URL));
    expect(response?.status).toBe(200);
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://foras/index.html')).toBe(true);
    expect(isAppUrl('app://foras')).toBe(true);
    for (const url of ['https://foras/', 'app://evil/', 'app://foras.evil/', 'file:///index.html', 'not a url', '', 'null']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
