import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../core/db/database-host';
import { fakeSafeStorage, resetFakeElectron } from './__fakes__/electron';
import { electronDatabaseKey, WRAPPED_KEY_FILE } from './database-key';

vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);

const folders = () => {
  const root = mkdtempSync(join(tmpdir(), 'foras-main-key-'));
  return { dataDir: join(root, 'Foras Atelier'), appData: root };
};

describe('electronDatabaseKey', () => {
  beforeEach(() => resetFakeElectron());

  it('wraps a new key with safeStorage and keeps only the wrapped form beside the database', async () => {
    const { dataDir, appData } = folders();
    const state = await electronDatabaseKey(dataDir, appData);
    if (!('key' in state) || !state.key) throw new Error('no key');
    expect(fakeSafeStorage.encryptStringAsync).toHaveBeenCalledTimes(1);
    expect(readFileSync(join(dataDir, WRAPPED_KEY_FILE)).includes(Buffer.from(state.key.toString('hex')))).toBe(false);
    expect(await electronDatabaseKey(dataDir, appData)).toEqual(state);
  });

  it('on Linux without a keyring, uses an owner-only key file outside the data folder', async () => {
    if (process.platform !== 'linux') return;
    fakeSafeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const { dataDir, appData } = folders();
    const state = await electronDatabaseKey(dataDir, appData);
    expect('key' in state && state.key?.length).toBe(32);
    expect(fakeSafeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('never makes a new key when the keychain that wrapped the old one is gone', async () => {
    const { dataDir, appData } = folders();
    await electronDatabaseKey(dataDir, appData);
    fakeSafeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false);
    expect(await electronDatabaseKey(dataDir, appData)).toEqual({ unavailable: expect.stringContaining('keychain') });
  });

  it('never makes a new key beside an encrypted database', async () => {
    const { dataDir, appData } = folders();
    await electronDatabaseKey(join(appData, 'unused'), appData);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, DATABASE_FILE), Buffer.alloc(4096, 0x3c));
    expect(await electronDatabaseKey(dataDir, appData)).toEqual({ unavailable: expect.stringContaining('missing') });
  });
});
