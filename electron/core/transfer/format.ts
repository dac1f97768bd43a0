import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { countRows, payloadFromJson, payloadToJson, type TransferPayload } from './payload';

/**
 * The transfer file, laid out as:
 *
 *   magic line | header length (u32, big-endian) | header (JSON) | SHA-256 of the header | ciphertext | GCM tag (16)
 *
 * The header is in clear so a file can be recognised and its version read
 * without the passphrase; it holds counts and crypto parameters, never
 * anything about a person. The ciphertext is AES-256-GCM (the header is its
 * additional data) of: SHA-256 of the rest | gzip of the payload JSON. The key
 * comes from scrypt over the passphrase; a key check in the header tells a
 * wrong passphrase apart from a damaged file, and the header's own hash tells
 * a damaged header apart from a wrong passphrase.
 */

export const TRANSFER_FORMAT = 'foras-atelier-transfer';
export const TRANSFER_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('FORAS-ATELIER-TRANSFER\n', 'ascii');
const HEADER_MAX_BYTES = 64 * 1024;
const HASH_BYTES = 32;
const TAG_BYTES = 16;
const KEY_CHECK_LABEL = 'foras-atelier-transfer key check';

export type TransferErrorCode = 'WRONG_PASSPHRASE' | 'DAMAGED_FILE' | 'NEWER_VERSION' | 'NOT_A_TRANSFER_FILE';

export class TransferFileError extends Error {
  constructor(
    readonly code: TransferErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TransferFileError';
  }
}

/** scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB and ~0.1 s per try, for the writer and for anyone guessing. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

const base64 = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).refine((text) => Buffer.from(text, 'base64').length === bytes);
const powerOfTwo = z.number().int().min(2 ** 10).max(2 ** 20).refine((n) => (n & (n - 1)) === 0);

const headerSchema = z.strictObject({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  schemaVersion: z.number().int().min(0),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime(),
  counts: z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/), z.number().int().min(0)),
  kdf: z.strictObject({ name: z.literal('scrypt'), N: powerOfTwo, r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: base64(16), keyCheck: base64(32) }),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: base64(12) }),
});

export type TransferHeader = z.infer<typeof headerSchema>;

export interface WriteOptions {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  kdf?: KdfParams;
}

export async function writeTransferFile(payload: TransferPayload, passphrase: string, options: WriteOptions): Promise<Uint8Array> {
  const kdf = options.kdf ?? DEFAULT_KDF;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const keys = await deriveKeys(passphrase, salt, kdf);
  const header: TransferHeader = {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
    counts: countRows(payload),
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64'), keyCheck: keyCheck(keys.check).toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const compressed = gzipSync(strToU8(payloadToJson(payload)), { level: 6, mtime: 0 });
  const plaintext = Buffer.concat([sha256(compressed), compressed]);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(headerBytes);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return Buffer.concat([MAGIC, length, headerBytes, sha256(headerBytes), ciphertext, cipher.getAuthTag()]);
}

/** The clear header alone (no passphrase needed); refuses what is not a readable transfer file of this version or older. */
export function readTransferHeader(file: Uint8Array, appSchemaVersion: number): { header: TransferHeader; headerBytes: Buffer; body: Buffer } {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < MAGIC.length) {
    // The first bytes of our magic line: a transfer file cut short.
    if (bytes.length > 0 && MAGIC.subarray(0, bytes.length).equals(bytes)) throw damaged('cut before its header');
    throw new TransferFileError('NOT_A_TRANSFER_FILE', 'Not a Foras Atelier transfer file');
  }
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new TransferFileError('NOT_A_TRANSFER_FILE', 'Not a Foras Atelier transfer file');
  if (bytes.length < MAGIC.length + 4) throw damaged('cut before its header');
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const bodyStart = headerStart + headerLength + HASH_BYTES;
  if (headerLength > HEADER_MAX_BYTES || bytes.length < bodyStart) throw damaged('header cut or unreadable');
  const headerBytes = bytes.subarray(headerStart, headerStart + headerLength);
  if (!sha256(headerBytes).equals(bytes.subarray(headerStart + headerLength, bodyStart))) throw damaged('header altered');

  let raw: unknown;
  try {
    raw = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw damaged('header is not JSON');
  }
  const loose = z.looseObject({ format: z.string(), formatVersion: z.number(), schemaVersion: z.number() }).safeParse(raw);
  if (!loose.success) throw damaged('header fields missing');
  if (loose.data.format !== TRANSFER_FORMAT) throw new TransferFileError('NOT_A_TRANSFER_FILE', 'Another kind of file');
  // Versions first: a newer writer may have changed the rest of the header.
  if (loose.data.formatVersion > TRANSFER_FORMAT_VERSION || loose.data.schemaVersion > appSchemaVersion) {
    throw new TransferFileError('NEWER_VERSION', `Written by a newer Foras Atelier (format ${loose.data.formatVersion}, data ${loose.data.schemaVersion})`);
  }
  const header = headerSchema.safeParse(raw);
  if (!header.success) throw damaged('header fields invalid');
  return { header: header.data, headerBytes, body: bytes.subarray(bodyStart) };
}

/** Checks and opens a transfer file; throws a TransferFileError saying why it cannot be read. */
export async function readTransferFile(file: Uint8Array, passphrase: string, appSchemaVersion: number): Promise<{ header: TransferHeader; payload: TransferPayload }> {
  const { header, headerBytes, body } = readTransferHeader(file, appSchemaVersion);
  if (body.length < TAG_BYTES) throw damaged('cut before its contents');
  const keys = await deriveKeys(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf);
  if (!timingSafeEqual(keyCheck(keys.check), Buffer.from(header.kdf.keyCheck, 'base64'))) {
    throw new TransferFileError('WRONG_PASSPHRASE', 'The passphrase does not open this file');
  }
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.encryption, Buffer.from(header.cipher.iv, 'base64'));
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    plaintext = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw damaged('contents cut or altered');
  }
  const compressed = plaintext.subarray(HASH_BYTES);
  if (plaintext.length < HASH_BYTES || !sha256(compressed).equals(plaintext.subarray(0, HASH_BYTES))) throw damaged('checksum does not match');
  let json: string;
  try {
    json = strFromU8(gunzipSync(compressed));
  } catch {
    throw damaged('contents do not decompress');
  }
  const payload = payloadFromJson(json);
  if (!payload) throw damaged('contents are not records');
  return { header, payload };
}

async function deriveKeys(passphrase: string, salt: Buffer, { N, r, p }: KdfParams): Promise<{ encryption: Buffer; check: Buffer }> {
  // The same passphrase typed on another system may arrive in another Unicode form.
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(secret, salt, 64, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  return { encryption: derived.subarray(0, 32), check: derived.subarray(32) };
}

/** Proves the passphrase without revealing the encryption key: costs a guesser as much as opening the file. */
function keyCheck(checkKey: Buffer): Buffer {
  return createHmac('sha256', checkKey).update(KEY_CHECK_LABEL).digest();
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

const damaged = (why: string) => new TransferFileError('DAMAGED_FILE', `The transfer file is damaged: ${why}`);
