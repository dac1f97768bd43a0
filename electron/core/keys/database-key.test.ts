import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateKeyFile, loadOrCreateWrappedKey, type KeyWrapper } from './database-key';

const folder = () => mkdtempSync(join(tmpdir(), 'foras-key-'));

/** A stand-in for the keychain: reversible, but never the clear text. */
const xorWrapper = (rewrap = false): KeyWrapper => ({
  wrap: async (plain) => Buffer.from(Buffer.from(plain).map((byte) => byte ^ 0x5a)),
  unwrap: async (wrapped) => ({ plain: Buffer.from(wrapped.map((byte) => byte ^ 0x5a)).toString(), rewrap }),
});

describe('key file (browser host)', () => {
  it('makes a 32-byte key once, readable only by its owner, and reads the same key back', async () => {
    const path = join(folder(), 'keys', 'db.key');
    const first = await loadOrCreateKeyFile(path, { mayCreate: true });
    const second = await loadOrCreateKeyFile(path, { mayCreate: false });
    expect('key' in first && first.key?.length).toBe(32);
    expect(second).toEqual(first);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('never makes a new key when an encrypted database already needs the old one', async () => {
    const state = await loadOrCreateKeyFile(join(folder(), 'missing.key'), { mayCreate: false });
    expect(state).toEqual({ unavailable: expect.stringContaining('missing') });
  });

  it('reports a damaged key file instead of replacing it', async () => {
    const path = join(folder(), 'db.key');
    writeFileSync(path, 'not a key', { mode: 0o600 });
    expect(await loadOrCreateKeyFile(path, { mayCreate: true })).toEqual({ unavailable: expect.stringContaining('damaged') });
    expect(readFileSync(path, 'utf8')).toBe('not a key');
  });

  it('tightens a key file that others could read', async () => {
    if (process.platform === 'win32') return;
    const path = join(folder(), 'db.key');
    writeFileSync(path, `${'ab'.repeat(32)}\n`, { mode: 0o644 });
    await loadOrCreateKeyFile(path, { mayCreate: false });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('wrapped key (Electron safeStorage)', () => {
  it('stores only the wrapped form and unwraps the same key', async () => {
    const path = join(folder(), 'database-key.wrapped');
    const created = await loadOrCreateWrappedKey(path, xorWrapper(), { mayCreate: true });
    if (!('key' in created) || !created.key) throw new Error('no key');
    expect(readFileSync(path).includes(Buffer.from(created.key.toString('hex')))).toBe(false);
    expect(await loadOrCreateWrappedKey(path, xorWrapper(), { mayCreate: false })).toEqual(created);
  });

  it('stores the key again when the keychain asks for it', async () => {
    const path = join(folder(), 'database-key.wrapped');
    await loadOrCreateWrappedKey(path, xorWrapper(), { mayCreate: true });
    const before = readFileSync(path);
    let wraps = 0;
    const wrapper: KeyWrapper = { ...xorWrapper(true), wrap: async (plain) => (wraps++, xorWrapper().wrap(plain)) };
    await loadOrCreateWrappedKey(path, wrapper, { mayCreate: false });
    expect(wraps).toBe(1);
    expect(readFileSync(path)).toEqual(before);
  });

  it('says so when the keychain cannot unwrap, and keeps the wrapped key', async () => {
    const path = join(folder(), 'database-key.wrapped');
    await loadOrCreateWrappedKey(path, xorWrapper(), { mayCreate: true });
    const failing: KeyWrapper = { wrap: xorWrapper().wrap, unwrap: async () => Promise.reject(new Error('keyring locked')) };
    expect(await loadOrCreateWrappedKey(path, failing, { mayCreate: true })).toEqual({ unavailable: expect.stringContaining('keyring locked') });
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });
});
