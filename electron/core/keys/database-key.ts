import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RAW_KEY_BYTES } from '../db/database';
import type { DatabaseKeyState } from '../db/database-host';

/**
 * The database key: 32 random bytes made once per laptop, never typed by
 * anyone, never stored in clear beside the database. Electron wraps it with
 * the operating system's keychain (safeStorage); the browser host keeps it
 * in a key file only the user can read, outside the data folder.
 *
 * A new key is made only when there is no encrypted database yet: making
 * one beside an existing database would lock its data away for good, so a
 * lost key is reported (recovery screen), never replaced.
 */
export interface KeyRequest {
  /** False once an encrypted database exists: then the key must be found, not made. */
  mayCreate: boolean;
}

/** Hides the key from anyone but this user on this machine (safeStorage in Electron). */
export interface KeyWrapper {
  wrap(plain: string): Promise<Buffer>;
  /** `rewrap`: the keychain rotated its own key; store the key again under the new one. */
  unwrap(wrapped: Buffer): Promise<{ plain: string; rewrap: boolean }>;
}

const KEY_TEXT = /^[0-9a-f]{64}$/;

/** A key file readable only by its owner (mode 0600 in a 0700 folder). */
export async function loadOrCreateKeyFile(path: string, request: KeyRequest): Promise<DatabaseKeyState> {
  const text = await readIfExists(path);
  if (text === null) {
    if (!request.mayCreate) return { unavailable: `The database key file ${path} is missing; the data cannot be opened without it.` };
    const key = randomBytes(RAW_KEY_BYTES);
    await writeAtomically(path, `${key.toString('hex')}\n`);
    return { key };
  }
  const hex = text.toString('utf8').trim();
  if (!KEY_TEXT.test(hex)) return { unavailable: `The database key file ${path} is damaged.` };
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  return { key: Buffer.from(hex, 'hex') };
}

/** The key wrapped by `wrapper`, stored at `path` (the wrapped form may sit beside the database). */
export async function loadOrCreateWrappedKey(path: string, wrapper: KeyWrapper, request: KeyRequest): Promise<DatabaseKeyState> {
  const wrapped = await readIfExists(path);
  if (wrapped === null) {
    if (!request.mayCreate) return { unavailable: `The wrapped database key ${path} is missing; the data cannot be opened without it.` };
    const key = randomBytes(RAW_KEY_BYTES);
    await writeAtomically(path, await wrapper.wrap(key.toString('hex')));
    return { key };
  }
  let unwrapped: { plain: string; rewrap: boolean };
  try {
    unwrapped = await wrapper.unwrap(wrapped);
  } catch (error) {
    return { unavailable: `The database key could not be unwrapped by the system keychain: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!KEY_TEXT.test(unwrapped.plain)) return { unavailable: 'The unwrapped database key is not a key.' };
  if (unwrapped.rewrap) await writeAtomically(path, await wrapper.wrap(unwrapped.plain));
  return { key: Buffer.from(unwrapped.plain, 'hex') };
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Never a half-written key: a temporary owner-only file renamed into place. */
async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
  await rename(temporary, path);
}
