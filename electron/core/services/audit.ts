import { listAudit } from '../audit/audit-log';
import type { Handlers } from '../dispatcher';

type AuditHandlers = Pick<Handlers, 'audit.list'>;

/** The coordinator reads the audit log; writing to it happens where each action happens (recordAudit). */
export function createAuditHandlers(): AuditHandlers {
  return {
    'audit.list': (filter, { deps }) => listAudit(deps.db, filter),
  };
}
