import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction } from './actions';

/** Families of actions the coordinator can filter by at once. */
export const AUDIT_GROUPS = {
  signin: ['signin.failed', 'signin.lockout'],
  staff: ['staff.create', 'staff.update', 'participant.pin-reset'],
  consent: ['consent.give', 'consent.withdraw'],
  export: ['export.backup', 'export.transfer', 'export.participant-data', 'export.report', 'export.certificates', 'export.handover'],
  certificate: ['certificate.issue', 'certificate.revoke'],
  data: ['participant.erase', 'backup.restore', 'transfer.import', 'settings.retention'],
} as const satisfies Record<string, readonly AuditAction[]>;

export type AuditGroup = keyof typeof AUDIT_GROUPS;
export const AUDIT_GROUP_NAMES = Object.keys(AUDIT_GROUPS) as AuditGroup[];

export const AUDIT_PAGE_SIZE = 50;

/**
 * What the coordinator asks the log for. `from` and `to` are calendar days in
 * the laptop's time zone, both included. `before` is the cursor returned with
 * the previous page (newest first). `person` matches a name, resolved at read
 * time, of whoever acted or was acted upon.
 */
export const auditFilterSchema = z
  .strictObject({
    action: z.enum([...AUDIT_ACTIONS, ...AUDIT_GROUP_NAMES] as [string, ...string[]]).nullable().default(null),
    from: z.iso.date().nullable().default(null),
    to: z.iso.date().nullable().default(null),
    actorId: z.string().min(1).max(64).nullable().default(null),
    subjectId: z.string().min(1).max(64).nullable().default(null),
    person: z.string().trim().max(100).nullable().default(null),
    limit: z.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
    before: z.strictObject({ at: z.string().max(40), id: z.number().int().min(1) }).nullable().default(null),
  })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, { message: 'validation.endBeforeStart', path: ['to'] });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The actions a filter value stands for: one action, a family, or all. */
export function actionsOf(value: string | null): readonly AuditAction[] {
  if (value === null) return AUDIT_ACTIONS;
  if (value in AUDIT_GROUPS) return AUDIT_GROUPS[value as AuditGroup];
  return AUDIT_ACTIONS.filter((action) => action === value);
}
