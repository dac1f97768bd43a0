import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CertificatePayloadError,
  certificateText,
  decodeCertificatePayload,
  encodeCertificatePayload,
  parseCertificateText,
  signedMessage,
  type CertificatePayload,
} from '../../../shared/certificates/payload';

/**
 * The organisation's Ed25519 key pair that signs certificate QR codes.
 * It lives in the app's data folder, is created on first use and kept for
 * good: a new key would make every certificate printed so far unverifiable
 * with the new public key, so a damaged key file is an error, never
 * silently replaced.
 */

export const PRIVATE_KEY_FILE = 'certificate-signing-key.pem';
export const PUBLIC_KEY_FILE = 'certificate-signing-key.pub.pem';

export interface SigningKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Loads the key pair of `dataDir`, creating it (and the folder) the first time. */
export async function loadOrCreateSigningKeys(dataDir: string): Promise<SigningKeys> {
  await mkdir(dataDir, { recursive: true });
  const privatePath = join(dataDir, PRIVATE_KEY_FILE);
  let pem = await readIfExists(privatePath);
  if (pem === null) {
    await createPrivateKeyFile(privatePath);
    pem = await readFile(privatePath, 'utf8');
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`The certificate signing key ${privatePath} cannot be read; restore it from a backup (certificates already printed depend on it).`, { cause: error });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`The certificate signing key ${privatePath} is not an Ed25519 key.`);
  const publicKey = createPublicKey(privateKey);
  // The public half is derived from the private key each time; the file is a copy for sharing with verifiers.
  const publicPem = exportPublicKeyPem({ publicKey });
  if ((await readIfExists(join(dataDir, PUBLIC_KEY_FILE))) !== publicPem) await writeFile(join(dataDir, PUBLIC_KEY_FILE), publicPem, { mode: 0o644 });
  return { privateKey, publicKey };
}

/**
 * Writes a new private key without ever leaving a half-written key file or
 * overwriting one: written to a temporary file (owner-only), then linked to
 * its name, which fails if another process got there first (then theirs is kept).
 */
async function createPrivateKeyFile(path: string): Promise<void> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The public key, to give to whoever verifies certificates (SPKI PEM). */
export function exportPublicKeyPem(keys: Pick<SigningKeys, 'publicKey'>): string {
  return keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** The signed text for the certificate's QR code: `FA1.<payload>.<signature>`. Throws CertificatePayloadError('invalid') for a payload that breaks the rules. */
export function signPayload(payload: CertificatePayload, privateKey: KeyObject): string {
  const encoded = encodeCertificatePayload(payload);
  return certificateText(encoded, sign(null, signedMessage(encoded), privateKey));
}

export type VerificationResult = { valid: true; payload: CertificatePayload } | { valid: false; reason: 'malformed' | 'badSignature' };

/**
 * Checks a scanned QR text against a public key (PEM). Only text in the
 * certificate format with a well-formed payload can be valid; a signature
 * that does not match (tampered text, another organisation's key) is
 * `badSignature`. A public key that cannot be read throws.
 */
export function verifyCertificateText(text: string, publicKeyPem: string): VerificationResult {
  const publicKey = createPublicKey(publicKeyPem);
  let parsed;
  try {
    parsed = parseCertificateText(text);
  } catch (error) {
    if (error instanceof CertificatePayloadError) return { valid: false, reason: 'malformed' };
    throw error;
  }
  if (parsed.signature.length !== 64 || !verify(null, parsed.signedMessage, publicKey, parsed.signature)) return { valid: false, reason: 'badSignature' };
  try {
    return { valid: true, payload: decodeCertificatePayload(parsed.encodedPayload) };
  } catch (error) {
    if (error instanceof CertificatePayloadError) return { valid: false, reason: 'malformed' };
    throw error;
  }
}
