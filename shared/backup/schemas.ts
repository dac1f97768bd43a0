import { z } from 'zod';
import { BACKUP_PASSPHRASE_MIN } from './reasons';

/** A backup's name as listed (no folder, no other file of the backups folder). */
export const backupFileNameSchema = z.string().regex(/^foras-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z-]{1,20}-s\d{1,6}\.sqlite$/);

/** At least 8 characters: the file leaves the laptop, so the passphrase is all that protects it. */
export const backupPassphraseSchema = z.string().min(BACKUP_PASSPHRASE_MIN).max(200);

/** Restoring replaces the data: the caller must say so explicitly. */
export const confirmSchema = z.literal(true);

/** The largest backup file accepted back, as base64 (the browser host reads at most 64 MiB per call). */
export const MAX_BACKUP_BASE64_CHARS = 60 * 1024 * 1024;
