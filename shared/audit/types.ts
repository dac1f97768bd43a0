import type { Role } from '../domain/roles';
import type { AuditAction } from './actions';

export type AuditDetailValue = string | number | boolean | null;
export type AuditDetails = Record<string, AuditDetailValue>;

/** A person named by the log: the name is looked up when read, null once they are gone. */
export interface AuditPersonDto {
  id: string;
  kind: 'participant' | 'staff' | 'cohort' | null;
  name: string | null;
}

export interface AuditEntryDto {
  id: number;
  at: string;
  action: AuditAction;
  actor: (AuditPersonDto & { role: Role | null }) | null;
  subject: AuditPersonDto | null;
  details: AuditDetails;
}

export interface AuditPageDto {
  entries: AuditEntryDto[];
  /** Pass back as `before` for the next (older) page; null when there is none. */
  next: { at: string; id: number } | null;
}
