import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/host-web/server';
import { openTestCore } from './helpers';
import { MAX_REQUEST_BODY_BYTES } from '../../shared/api/limits';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function startHost() {
  const { core } = openTestCore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'foras-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir, port: 0 });
  hosts.push(host);
  return host;
}

/** A raw HTTP request, so paths and headers reach the server exactly as written. */
function raw(host: WebHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(host.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: { host: url.host, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (host: WebHost, method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser host', () => {
  it('binds to 127.0.0.1 and serves the page with its token and a strict CSP', async () => {
    const host = await startHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="foras-token" content="${host.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
  });

  it('refuses API calls without the launch token, with a wrong one, or from another host name', async () => {
    const host = await startHost();
    expect((await api(host, 'app.status', {}, { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await api(host, 'app.status', {}, { [TOKEN_HEADER]: 'x'.repeat(host.token.length) })).status).toBe(403);
    expect((await api(host, 'app.status', {}, { host: 'evil.example:80' })).status).toBe(421);
    expect((await raw(host, { path: '/api/app.status' })).status).toBe(405);
    const good = await api(host, 'app.status', {});
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { setupRequired: true } });
  });

  it('answers malformed requests with clear errors and never serves files outside the renderer', async () => {
    const host = await startHost();
    expect(JSON.parse((await api(host, 'app.status', '{not json')).body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await api(host, 'no.such.method', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(JSON.parse((await api(host, '%E0%A4%A', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect((await api(host, 'app.status', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    // A transfer file fits in one call (the limit the contract's maxima are set against); past the limit, a clear 413.
    expect((await api(host, 'setup.complete', JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(200);
    expect((await api(host, 'setup.complete', JSON.stringify({ pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES) }))).status).toBe(413);
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const response = await raw(host, { path });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('root:');
    }
  });

  it('keeps who is signed in on the Node side between calls', async () => {
    const host = await startHost();
    const setup = await api(host, 'setup.complete', {
      coordinatorName: 'Coordination', password: 'motdepasse-solide', organisationName: 'Org', workshopPlace: 'Rabat', language: 'fr', withSampleData: false,
    });
    expect(JSON.parse(setup.body)).toMatchObject({ ok: true, value: { role: 'coordinator' } });
    expect(JSON.parse((await api(host, 'cohorts.list', {})).body)).toEqual({ ok: true, value: [] });
    await api(host, 'auth.lock', {});
    expect(JSON.parse((await api(host, 'cohorts.list', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
