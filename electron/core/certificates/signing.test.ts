import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../../shared/certificates/base64url';
import { certificateText, encodeCertificatePayload } from '../../../shared/certificates/payload';
import { TYPICAL_PAYLOAD } from '../../../shared/certificates/test-payloads';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, exportPublicKeyPem, loadOrCreateSigningKeys, signPayload, verifyCertificateText } from './signing';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'foras-signing-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** The certificate text with the payload's JSON changed and re-encoded, the old signature kept. */
function tamper(text: string, change: (json: string) => string): string {
  const [prefix, payload, signature] = text.split('.');
  const json = new TextDecoder().decode(Buffer.from(payload ?? '', 'base64url'));
  return [prefix, encodeBase64url(new TextEncoder().encode(change(json))), signature].join('.');
}

describe('certificate signing', () => {
  it('verifies a true certificate and gives its payload back', async () => {
    const keys = await loadOrCreateSigningKeys(dataDir);
    const text = signPayload(TYPICAL_PAYLOAD, keys.privateKey);
    expect(verifyCertificateText(text, exportPublicKeyPem(keys))).toEqual({ valid: true, payload: TYPICAL_PAYLOAD });
    // As scanned, with a trailing line break.
    expect(verifyCertificateText(`${text}\n`, exportPublicKeyPem(keys)).valid).toBe(true);
  });

  it('refuses a changed name, date or number', async () => {
    const keys = await loadOrCreateSigningKeys(dataDir);
    const text = signPayload(TYPICAL_PAYLOAD, keys.privateKey);
    const pem = exportPublicKeyPem(keys);
    for (const [from, to] of [
      ['Aïssatou', 'Aissatou'],
      ['20260331', '20260330'],
      ['000123', '000124'],
      ['"c"', '"p"'],
      ['24.5', '42.5'],
    ] as const) {
      const forged = tamper(text, (json) => json.replace(from, to));
      expect(forged).not.toBe(text);
      expect(verifyCertificateText(forged, pem)).toEqual({ valid: false, reason: 'badSignature' });
    }
  });

  it('refuses the text with any single character changed', async () => {
    const keys = await loadOrCreateSigningKeys(dataDir);
    const text = signPayload(TYPICAL_PAYLOAD, keys.privateKey);
    const pem = exportPublicKeyPem(keys);
    for (let i = 0; i < text.length; i++) {
      const char = text[i] === 'A' ? 'B' : 'A';
      const changed = text.slice(0, i) + char + text.slice(i + 1);
      expect(verifyCertificateText(changed, pem).valid, `character ${i}`).toBe(false);
    }
  });

  it('refuses a certificate signed with another key', async () => {
    const keys = await loadOrCreateSigningKeys(dataDir);
    const other = generateKeyPairSync('ed25519');
    const text = signPayload(TYPICAL_PAYLOAD, other.privateKey);
    expect(verifyCertificateText(text, exportPublicKeyPem(keys))).toEqual({ valid: false, reason: 'badSignature' });
    // A signature of the wrong length cannot be from any key.
    expect(verifyCertificateText(certificateText(encodeCertificatePayload(TYPICAL_PAYLOAD), new Uint8Array(10)), exportPublicKeyPem(keys))).toEqual({ valid: false, reason: 'badSignature' });
  });

  it('calls garbage malformed', async () => {
    const pem = exportPublicKeyPem(await loadOrCreateSigningKeys(dataDir));
    for (const garbage of ['', 'hello', 'https://example.org/certificat', 'FA1.%%%.%%%', 'FA1.abc', '\u0000'.repeat(50)]) {
      expect(verifyCertificateText(garbage, pem)).toEqual({ valid: false, reason: 'malformed' });
    }
  });

  it('creates the key once, owner-only, and reuses it on the next load', async () => {
    const first = await loadOrCreateSigningKeys(dataDir);
    const second = await loadOrCreateSigningKeys(dataDir);
    expect(exportPublicKeyPem(second)).toBe(exportPublicKeyPem(first));
    const text = signPayload(TYPICAL_PAYLOAD, first.privateKey);
    expect(verifyCertificateText(text, exportPublicKeyPem(second)).valid).toBe(true);
    expect(await readFile(join(dataDir, PUBLIC_KEY_FILE), 'utf8')).toBe(exportPublicKeyPem(first));
    if (process.platform !== 'win32') expect((await stat(join(dataDir, PRIVATE_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('gives one key to loads racing on a new folder', async () => {
    const folder = join(dataDir, 'new', 'nested');
    const loads = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateSigningKeys(folder)));
    expect(new Set(loads.map((keys) => exportPublicKeyPem(keys))).size).toBe(1);
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    await writeFile(join(dataDir, PRIVATE_KEY_FILE), 'not a key');
    await expect(loadOrCreateSigningKeys(dataDir)).rejects.toThrow(/cannot be read/);
    expect(await readFile(join(dataDir, PRIVATE_KEY_FILE), 'utf8')).toBe('not a key');
  });
});
