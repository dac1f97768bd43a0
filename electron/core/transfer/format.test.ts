import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTransferFile, readTransferHeader, TRANSFER_FORMAT_VERSION, TransferFileError, writeTransferFile, type TransferErrorCode } from './format';
import type { TransferPayload } from './payload';

// A cheap scrypt for tests (the header carries the parameters, so the reader follows).
const FAST = { N: 1024, r: 8, p: 1 };
const SCHEMA = 12;
const PASSPHRASE = 'sable chaud à Rabat';
const payload: TransferPayload = {
  tables: {
    cohorts: [{ id: 'c1', name: 'Cohorte A', start_date: '2026-03-01', is_sample: 0 }],
    participants: [{ id: 'p1', cohort_id: 'c1', first_name: 'Aïssata', city: null }],
    interview_attempts: [{ id: 'a1', participant_id: 'p1', recording: Buffer.from([0, 1, 2, 250, 255]), recording_ms: 1200 }],
  },
};

const write = (options: { schemaVersion?: number; passphrase?: string } = {}) =>
  writeTransferFile(payload, options.passphrase ?? PASSPHRASE, { schemaVersion: options.schemaVersion ?? SCHEMA, appVersion: '1.2.3', createdAt: '2026-04-01T10:00:00.000Z', kdf: FAST });

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<TransferErrorCode> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof TransferFileError) return error.code;
    throw error;
  }
  throw new Error('The file was accepted');
}

describe('transfer file format', () => {
  it('round-trips every kind of value, bytes included', async () => {
    const file = await write();
    const { header, payload: read } = await readTransferFile(file, PASSPHRASE, SCHEMA);
    expect(read).toEqual(payload);
    expect(read.tables.interview_attempts![0]!.recording).toBeInstanceOf(Uint8Array);
    expect(header).toMatchObject({ formatVersion: TRANSFER_FORMAT_VERSION, schemaVersion: SCHEMA, appVersion: '1.2.3', counts: { cohorts: 1, participants: 1, interview_attempts: 1 } });
  });

  it('keeps everything personal out of the clear part of the file', async () => {
    const file = Buffer.from(await write());
    // Names are long enough that random ciphertext cannot hold them by chance; the short ids are checked in the parsed header.
    for (const secret of ['Aïssata', 'Cohorte A']) expect(file.includes(Buffer.from(secret))).toBe(false);
    const { header } = readTransferHeader(file, SCHEMA);
    expect(header.counts).toEqual({ cohorts: 1, participants: 1, interview_attempts: 1 });
    expect(JSON.stringify(header)).not.toMatch(/"(c1|p1)"/);
  });

  it('opens with the same passphrase typed in another Unicode form', async () => {
    const file = await writeTransferFile(payload, 'e\u0301te\u0301 a\u0300 Rabat', { schemaVersion: SCHEMA, appVersion: 't', createdAt: '2026-04-01T10:00:00.000Z', kdf: FAST });
    await expect(readTransferFile(file, 'été à Rabat', SCHEMA)).resolves.toBeTruthy();
  });

  it('refuses a wrong passphrase', async () => {
    expect(await refusal(readTransferFile(await write(), 'sable chaud a Rabat', SCHEMA))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses a file cut at several lengths as damaged', async () => {
    const file = await write();
    const lengths = [1, 10, 23, 25, 40, 200, file.length - 100, file.length - 17, file.length - 16, file.length - 1];
    for (const length of lengths) expect(await refusal(readTransferFile(file.subarray(0, length), PASSPHRASE, SCHEMA)), `cut at ${length}`).toBe('DAMAGED_FILE');
  });

  it('refuses a file with one flipped byte: in the header, its checksum, the contents or the tag', async () => {
    const file = await write();
    const headerLength = Buffer.from(file).readUInt32BE(23);
    const positions = { length: 24, header: 23 + 4 + 40, headerHash: 23 + 4 + headerLength + 3, contents: 23 + 4 + headerLength + 32 + 5, tag: file.length - 3 };
    for (const [where, position] of Object.entries(positions)) {
      const flipped = Uint8Array.from(file);
      flipped[position]! ^= 0x01;
      expect(await refusal(readTransferFile(flipped, PASSPHRASE, SCHEMA)), where).toBe('DAMAGED_FILE');
    }
  });

  it('refuses a file from a newer version of the app, whatever the passphrase', async () => {
    const file = await write({ schemaVersion: SCHEMA + 1 });
    expect(await refusal(readTransferFile(file, PASSPHRASE, SCHEMA))).toBe('NEWER_VERSION');
    expect(await refusal(readTransferFile(file, 'not the passphrase', SCHEMA))).toBe('NEWER_VERSION');
    // An older file opens.
    await expect(readTransferFile(await write({ schemaVersion: SCHEMA - 1 }), PASSPHRASE, SCHEMA)).resolves.toBeTruthy();
  });

  it('refuses a file of a newer format version', async () => {
    const file = Buffer.from(await write());
    const headerLength = file.readUInt32BE(23);
    const header = JSON.parse(file.subarray(27, 27 + headerLength).toString('utf8')) as Record<string, unknown>;
    const newer = Buffer.from(JSON.stringify({ ...header, formatVersion: TRANSFER_FORMAT_VERSION + 1, somethingNew: true }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(newer.length);
    const { createHash } = await import('node:crypto');
    const rebuilt = Buffer.concat([file.subarray(0, 23), length, newer, createHash('sha256').update(newer).digest(), file.subarray(27 + headerLength + 32)]);
    expect(await refusal(readTransferFile(rebuilt, PASSPHRASE, SCHEMA))).toBe('NEWER_VERSION');
  });

  it('refuses what is not a transfer file', async () => {
    for (const other of [Buffer.alloc(0), Buffer.from('%PDF-1.7\n…'), Buffer.from('PK\u0003\u0004 a zip'), Buffer.alloc(4096, 7)]) {
      expect(await refusal(readTransferFile(other, PASSPHRASE, SCHEMA))).toBe('NOT_A_TRANSFER_FILE');
    }
    const file = Buffer.from(await write());
    file[0] = 'G'.charCodeAt(0);
    expect(await refusal(readTransferFile(file, PASSPHRASE, SCHEMA))).toBe('NOT_A_TRANSFER_FILE');
  });

  it('refuses every truncation, and every single flipped byte, without ever mistaking it for a wrong passphrase', async () => {
    const file = await write();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: file.length - 1 }), async (length) => {
        expect(await refusal(readTransferFile(file.subarray(0, length), PASSPHRASE, SCHEMA))).toMatch(/^(DAMAGED_FILE|NOT_A_TRANSFER_FILE)$/);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, mask) => {
        const flipped = Uint8Array.from(file);
        flipped[position]! ^= mask;
        expect(await refusal(readTransferFile(flipped, PASSPHRASE, SCHEMA))).toMatch(/^(DAMAGED_FILE|NOT_A_TRANSFER_FILE)$/);
      }),
      { numRuns: 150 },
    );
  });

  it('uses a fresh salt and nonce each time', async () => {
    const [a, b] = [Buffer.from(await write()), Buffer.from(await write())];
    expect(a.equals(b)).toBe(false);
    expect(readTransferHeader(a, SCHEMA).header.kdf.salt).not.toBe(readTransferHeader(b, SCHEMA).header.kdf.salt);
  });

  it('uses a real scrypt cost by default', async () => {
    const file = await writeTransferFile(payload, PASSPHRASE, { schemaVersion: SCHEMA, appVersion: 't', createdAt: '2026-04-01T10:00:00.000Z' });
    expect(readTransferHeader(file, SCHEMA).header.kdf).toMatchObject({ N: 2 ** 15, r: 8, p: 1 });
    await expect(readTransferFile(file, PASSPHRASE, SCHEMA)).resolves.toBeTruthy();
  });
});
