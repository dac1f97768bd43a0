import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { DATABASE_FILE, holdsEncryptedData, type DatabaseKeyState } from '../core/db/database-host';
import { loadOrCreateKeyFile, loadOrCreateWrappedKey, type KeyWrapper } from '../core/keys/database-key';

/** Beside the database, but wrapped by the operating system's keychain: useless on another account or machine. */
export const WRAPPED_KEY_FILE = 'database-key.wrapped';

export const safeStorageWrapper: KeyWrapper = {
  wrap: (plain) => safeStorage.encryptStringAsync(plain),
  unwrap: async (wrapped) => {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
    return { plain: result, rewrap: shouldReEncrypt };
  },
};

/**
 * Linux without a keyring gives 'basic_text', a fixed password every copy of
 * Chromium knows: no better than a clear key, so the key then goes to an
 * owner-only key file outside the data folder, as in the browser host.
 */
export async function keychainUsable(): Promise<boolean> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
  return !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
}

/** Must run after 'ready' (safeStorage needs it). `appDataDir`: the per-user folder above userData. */
export async function electronDatabaseKey(dataDir: string, appDataDir: string): Promise<DatabaseKeyState> {
  const request = { mayCreate: !holdsEncryptedData(join(dataDir, DATABASE_FILE)) };
  const wrappedPath = join(dataDir, WRAPPED_KEY_FILE);
  if (await keychainUsable()) return loadOrCreateWrappedKey(wrappedPath, safeStorageWrapper, request);
  if (existsSync(wrappedPath)) return { unavailable: 'The database key is held by the system keychain, which is not available now. Sign in to the desktop session that set it up.' };
  const folderId = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return loadOrCreateKeyFile(join(appDataDir, 'foras-atelier-keys', `${folderId}.key`), request);
}
