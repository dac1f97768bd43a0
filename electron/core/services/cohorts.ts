import { randomUUID } from 'node:crypto';
import type { CohortDto } from '../../../shared/api/dto';
import type { CohortFields } from '../../../shared/domain/schemas';
import { requireUser, nowIso, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { visibleCohortIds } from '../scope';
import { COHORT_SELECT, toCohortDto, type CohortRow } from './rows';

type CohortHandlers = Pick<Handlers, 'cohorts.list' | 'cohorts.create' | 'cohorts.update' | 'cohorts.setActive'>;

export function createCohortHandlers(): CohortHandlers {
  return {
    'cohorts.list': (_input, ctx) => {
      const { db } = ctx.deps;
      const visible = visibleCohortIds(db, requireUser(ctx));
      const rows = db.prepare(`${COHORT_SELECT} ORDER BY c.start_date DESC, c.name COLLATE NOCASE`).all() as CohortRow[];
      const active = activeCohortId(ctx.deps);
      return rows.filter((row) => visible === null || visible.includes(row.id)).map((row) => toCohortDto(row, active));
    },

    'cohorts.create': (fields, { deps }) => {
      const id = randomUUID();
      deps.db.transaction(() => {
        const now = nowIso(deps);
        deps.db
          .prepare(
            `INSERT INTO cohorts (id, name, place, start_date, end_date, is_sample, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
          )
          .run(id, fields.name, fields.place, fields.startDate, fields.endDate, now, now);
        assignFacilitators(deps, id, fields.facilitatorIds);
      })();
      // The first cohort becomes the one shown on the sign-in screen (a setting that points nowhere counts as none).
      const chosen = deps.settings.read().activeCohortId;
      if (chosen === null || deps.db.prepare('SELECT 1 FROM cohorts WHERE id = ?').pluck().get(chosen) === undefined) {
        deps.settings.update({ activeCohortId: id });
      }
      return getCohort(deps, id);
    },

    'cohorts.update': ({ cohortId, fields }, { deps }) => {
      deps.db.transaction(() => {
        deps.db
          .prepare('UPDATE cohorts SET name = ?, place = ?, start_date = ?, end_date = ?, updated_at = ? WHERE id = ?')
          .run(fields.name, fields.place, fields.startDate, fields.endDate, nowIso(deps), cohortId);
        deps.db.prepare('DELETE FROM cohort_staff WHERE cohort_id = ?').run(cohortId);
        assignFacilitators(deps, cohortId, fields.facilitatorIds);
      })();
      return getCohort(deps, cohortId);
    },

    'cohorts.setActive': ({ cohortId }, { deps }) => {
      deps.settings.update({ activeCohortId: cohortId });
      return null;
    },
  };
}

function assignFacilitators(deps: CoreDeps, cohortId: string, facilitatorIds: CohortFields['facilitatorIds']): void {
  const isFacilitator = deps.db.prepare("SELECT 1 FROM staff WHERE id = ? AND role = 'facilitator'").pluck();
  const insert = deps.db.prepare('INSERT OR IGNORE INTO cohort_staff (cohort_id, staff_id) VALUES (?, ?)');
  for (const staffId of facilitatorIds) {
    if (isFacilitator.get(staffId) === undefined) {
      throw new AppError('INVALID_INPUT', 'Unknown facilitator', { fields: { facilitatorIds: { key: 'validation.choice' } } });
    }
    insert.run(cohortId, staffId);
  }
}

export function getCohort(deps: CoreDeps, cohortId: string): CohortDto {
  const row = deps.db.prepare(`${COHORT_SELECT} WHERE c.id = ?`).get(cohortId) as CohortRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such cohort');
  return toCohortDto(row, activeCohortId(deps));
}

/** The cohort on the sign-in screen: the one chosen, else the most recently started one. */
export function activeCohortId(deps: CoreDeps): string | null {
  const chosen = deps.settings.read().activeCohortId;
  const exists = deps.db.prepare('SELECT 1 FROM cohorts WHERE id = ?').pluck();
  if (chosen && exists.get(chosen) !== undefined) return chosen;
  const latest = deps.db.prepare('SELECT id FROM cohorts ORDER BY start_date DESC, created_at DESC LIMIT 1').pluck().get() as
    | string
    | undefined;
  return latest ?? null;
}
