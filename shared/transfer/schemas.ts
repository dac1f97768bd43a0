import { z } from 'zod';
import { MAX_REQUEST_BODY_BYTES } from '../api/limits';

/** A transfer file's extension; the file is binary, so its type is generic. */
export const TRANSFER_EXTENSION = '.foras';
export const TRANSFER_MIME = 'application/octet-stream';

export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 200;

/**
 * The passphrase that locks a transfer file. Counted in characters as people
 * see them (an accented letter is one), so the rule reads the same in any script.
 */
export const passphraseSchema = z
  .string()
  .max(PASSPHRASE_MAX)
  .refine((value) => [...value.normalize('NFC')].length >= PASSPHRASE_MIN, { message: 'transfer.errors.passphraseShort' });

/** Room left in one request for the JSON around the file and the passphrase. */
const ENVELOPE_ROOM = 64 * 1024;
/** The longest transfer file the import takes, in base64 characters (it must fit in one request). */
export const TRANSFER_FILE_MAX_BASE64 = MAX_REQUEST_BODY_BYTES - ENVELOPE_ROOM;
/** The same limit in bytes of the file itself, for the screen to check before sending it. */
export const TRANSFER_FILE_MAX_BYTES = Math.floor(TRANSFER_FILE_MAX_BASE64 / 4) * 3;

export const transferExportSchema = z.strictObject({
  cohortId: z.uuid(),
  /** Everyone in the cohort when null. */
  participantIds: z.array(z.uuid()).min(1).max(5000).nullable(),
  passphrase: passphraseSchema,
});

export const transferImportStartSchema = z.strictObject({
  fileBase64: z.string().min(1).max(TRANSFER_FILE_MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.format' }),
  passphrase: passphraseSchema,
});

export const transferImportStepSchema = z.strictObject({ importId: z.uuid() });

export type TransferExportInput = z.infer<typeof transferExportSchema>;
