/**
 * Every kind of event the audit log records. Append here; never rename one
 * that shipped (rows already in the log keep the old name forever).
 */
export const AUDIT_ACTIONS = [
  'signin.failed',
  'signin.lockout',
  'staff.create',
  'staff.update',
  'participant.pin-reset',
  'consent.give',
  'consent.withdraw',
  'export.backup',
  'export.transfer',
  'export.participant-data',
  'export.report',
  'export.certificates',
  'export.handover',
  'certificate.issue',
  'certificate.revoke',
  'participant.erase',
  'backup.restore',
  'transfer.import',
  'settings.retention',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
