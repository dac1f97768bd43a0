import { isRetentionDue, normaliseRetention, retentionDueOn } from '../../../shared/privacy/retention';
import type { ErasureCandidateDto, ErasureListDto, ErasureReason } from '../../../shared/privacy/types';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { eraseParticipants } from '../privacy/erase';
import { eraseFromLocalCopies } from '../privacy/erase-copies';
import { buildParticipantExport } from '../privacy/participant-export';
import { exportedFile } from './exported-file';

type PrivacyHandlers = Pick<Handlers, 'privacy.exportParticipant' | 'privacy.erase' | 'privacy.erasureList' | 'privacy.setRetention'>;

/**
 * The participant's rights, for the coordinator: a copy of everything kept
 * about someone, and erasure for good. Erasure is never automatic: people
 * who withdrew their consent to keep their data, and those whose cohort
 * ended longer ago than the retention setting, are listed; the coordinator
 * confirms.
 */
export function createPrivacyHandlers(): PrivacyHandlers {
  return {
    'privacy.exportParticipant': async ({ participantId }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const result = await buildParticipantExport(deps, participantId, deps.settings.read().language);
      recordAudit(deps.db, {
        at: nowIso(deps),
        actor: { id: user.id, role: user.role },
        action: 'export.participant-data',
        subjectId: participantId,
        details: { ...result.counts },
      });
      return exportedFile(result.fileName, Buffer.from(result.zip).toString('base64'), 'base64', 'application/zip');
    },

    'privacy.erase': ({ participantIds, reason }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const ids = [...new Set(participantIds)];
      const known = deps.db.prepare('SELECT id FROM participants WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[];
      if (known.length !== ids.length) throw new AppError('NOT_FOUND', 'Someone on the list no longer exists; nobody was erased');
      assertStillListed(deps, ids, reason);
      const at = nowIso(deps);
      eraseParticipants(deps.db, ids, {
        at,
        // One entry per person (their id only): the log says who was erased, when, by whom and why, and nothing else about them.
        record: (rows) => {
          const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
          for (const id of ids) {
            recordAudit(deps.db, { at, actor: { id: user.id, role: user.role }, action: 'participant.erase', subjectId: id, details: { reason, people: ids.length, rows: total } });
          }
        },
      });
      const copies = eraseFromLocalCopies(deps.database.backupsDir, ids, { key: deps.database.key, at, nativeBinding: deps.database.nativeBinding });
      return { erased: ids.length, copiesCleaned: copies.cleaned, copiesNotCleaned: copies.notCleaned.length };
    },

    'privacy.erasureList': (_input, { deps }) => erasureList(deps),

    'privacy.setRetention': ({ months }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const before = normaliseRetention(deps.settings.read().retentionMonths);
      const after = normaliseRetention(months);
      if (before !== after) {
        deps.settings.update({ retentionMonths: after });
        recordAudit(deps.db, { at: nowIso(deps), actor: { id: user.id, role: user.role }, action: 'settings.retention', details: { from: before, to: after } });
      }
      return erasureList(deps);
    },
  };
}

interface CandidateRow {
  id: string;
  first_name: string;
  last_name: string;
  is_sample: number;
  cohort_id: string;
  cohort_name: string;
  end_date: string;
  withdrawn_at: string | null;
}

function candidates(deps: CoreDeps, where: string): CandidateRow[] {
  return deps.db
    .prepare(
      `SELECT p.id, p.first_name, p.last_name, p.is_sample, c.id AS cohort_id, c.name AS cohort_name, c.end_date,
         (SELECT k.withdrawn_at FROM consents k WHERE k.participant_id = p.id AND k.purpose = 'data' AND k.given_at IS NULL) AS withdrawn_at
       FROM participants p JOIN cohorts c ON c.id = p.cohort_id WHERE ${where}
       ORDER BY c.end_date, c.name, p.first_name COLLATE NOCASE, p.last_name COLLATE NOCASE`,
    )
    .all() as CandidateRow[];
}

function toCandidate(row: CandidateRow, reason: ErasureCandidateDto['reason'], since: string): ErasureCandidateDto {
  return {
    participantId: row.id, firstName: row.first_name, lastName: row.last_name, cohortId: row.cohort_id, cohortName: row.cohort_name,
    cohortEnd: row.end_date, isSample: row.is_sample === 1, reason, since,
  };
}

/** Who the coordinator should consider erasing today, and why. Nothing here erases. */
export function erasureList(deps: CoreDeps): ErasureListDto {
  const months = normaliseRetention(deps.settings.read().retentionMonths);
  const today = nowIso(deps).slice(0, 10);
  const withdrawn = candidates(deps, "EXISTS (SELECT 1 FROM consents k WHERE k.participant_id = p.id AND k.purpose = 'data' AND k.given_at IS NULL AND k.withdrawn_at IS NOT NULL)")
    .map((row) => toCandidate(row, 'withdrawn', row.withdrawn_at!));
  const due = months === null ? [] : candidates(deps, '1 = 1')
    .filter((row) => isRetentionDue(today, row.end_date, months))
    .map((row) => toCandidate(row, 'retention', retentionDueOn(row.end_date, months)));
  return { retentionMonths: months, today, withdrawn, due };
}

/** A list erasure ('withdrawn', 'retention') only erases people still on that list: the screen may be old. */
function assertStillListed(deps: CoreDeps, ids: readonly string[], reason: ErasureReason): void {
  if (reason === 'request') return;
  const list = erasureList(deps);
  const listed = new Set((reason === 'withdrawn' ? list.withdrawn : list.due).map((candidate) => candidate.participantId));
  if (ids.some((id) => !listed.has(id))) throw new AppError('CONFLICT', 'Someone is no longer on the list; nobody was erased');
}
