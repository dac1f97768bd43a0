import { randomUUID } from 'node:crypto';
import type { StaffDto } from '../../../shared/api/dto';
import type { Role } from '../../../shared/domain/roles';
import { recordAudit } from '../audit/audit-log';
import { hashSecret, verifySecret } from '../auth/secret-hash';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { toStaffDto, type StaffRow } from './rows';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.createFacilitator' | 'staff.changeOwnPassword'>;

export function createStaffHandlers(): StaffHandlers {
  return {
    'staff.list': (_input, { deps }) =>
      (deps.db.prepare('SELECT * FROM staff ORDER BY role, name COLLATE NOCASE').all() as StaffRow[]).map(toStaffDto),

    'staff.createFacilitator': async ({ name, password }, ctx) => {
      const user = requireUser(ctx);
      return insertStaff(ctx.deps, { name, role: 'facilitator', passwordHash: await hashSecret(password), isSample: false }, { id: user.id, role: user.role });
    },

    'staff.changeOwnPassword': async ({ currentPassword, newPassword }, ctx) => {
      const user = requireUser(ctx);
      const row = ctx.deps.db.prepare('SELECT password_hash FROM staff WHERE id = ?').get(user.id) as StaffRow | undefined;
      if (!row || !(await verifySecret(currentPassword, row.password_hash))) {
        throw new AppError('WRONG_CREDENTIALS', 'The current password is wrong');
      }
      const passwordHash = await hashSecret(newPassword);
      const now = nowIso(ctx.deps);
      ctx.deps.db.transaction(() => {
        ctx.deps.db.prepare('UPDATE staff SET password_hash = ?, updated_at = ? WHERE id = ?').run(passwordHash, now, user.id);
        recordAudit(ctx.deps.db, { at: now, actor: { id: user.id, role: user.role }, action: 'staff.update', subjectId: user.id, details: { change: 'password' } });
      })();
      return null;
    },
  };
}

export function insertStaff(
  deps: CoreDeps,
  staff: { name: string; role: StaffRow['role']; passwordHash: string; isSample: boolean },
  /** Who creates them; none at first start, where the coordinator creates their own profile. */
  actor: { id: string; role: Role } | null = null,
): StaffDto {
  const id = randomUUID();
  const now = nowIso(deps);
  deps.db.transaction(() => {
    deps.db
      .prepare(
        `INSERT INTO staff (id, name, role, password_hash, is_sample, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, staff.name, staff.role, staff.passwordHash, staff.isSample ? 1 : 0, now, now);
    // Sample profiles are demonstration data, removed as a whole: not worth a permanent line.
    if (!staff.isSample) {
      recordAudit(deps.db, { at: now, actor: actor ?? { id, role: staff.role }, action: 'staff.create', subjectId: id, details: { role: staff.role } });
    }
  })();
  return toStaffDto(deps.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow);
}
