import { randomUUID } from 'node:crypto';
import type { StaffDto } from '../../../shared/api/dto';
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

    'staff.createFacilitator': async ({ name, password }, { deps }) =>
      insertStaff(deps, { name, role: 'facilitator', passwordHash: await hashSecret(password), isSample: false }),

    'staff.changeOwnPassword': async ({ currentPassword, newPassword }, ctx) => {
      const user = requireUser(ctx);
      const row = ctx.deps.db.prepare('SELECT password_hash FROM staff WHERE id = ?').get(user.id) as StaffRow | undefined;
      if (!row || !(await verifySecret(currentPassword, row.password_hash))) {
        throw new AppError('WRONG_CREDENTIALS', 'The current password is wrong');
      }
      ctx.deps.db
        .prepare('UPDATE staff SET password_hash = ?, updated_at = ? WHERE id = ?')
        .run(await hashSecret(newPassword), nowIso(ctx.deps), user.id);
      return null;
    },
  };
}

export function insertStaff(
  deps: CoreDeps,
  staff: { name: string; role: StaffRow['role']; passwordHash: string; isSample: boolean },
): StaffDto {
  const id = randomUUID();
  const now = nowIso(deps);
  deps.db
    .prepare(
      `INSERT INTO staff (id, name, role, password_hash, is_sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, staff.name, staff.role, staff.passwordHash, staff.isSample ? 1 : 0, now, now);
  return toStaffDto(deps.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow);
}
