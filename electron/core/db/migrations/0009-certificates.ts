import type { Migration } from './types';

/**
 * The certificate register: each certificate issued, with its unique number,
 * the signed payload printed as a QR code, what it certifies, who issued it
 * (and why, when the participant was not eligible), and its revocation.
 * Certificate settings (wording, signatories, logos, rules) are one JSON
 * document, kept here rather than in the device settings because they carry
 * images and must travel with the data.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        participant_name TEXT NOT NULL,
        cohort_id TEXT REFERENCES cohorts(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('participation', 'completion')),
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        data_json TEXT NOT NULL,
        qr_text TEXT NOT NULL,
        forced_reason TEXT,
        issued_at TEXT NOT NULL,
        issued_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        revoked_at TEXT,
        revoked_reason TEXT,
        revoked_by TEXT REFERENCES staff(id) ON DELETE SET NULL
      );
      CREATE INDEX certificates_by_participant ON certificates(participant_id, issued_at);
      CREATE INDEX certificates_by_cohort ON certificates(cohort_id, issued_at);

      CREATE TABLE certificate_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
