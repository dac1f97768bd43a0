import type { SessionUser } from '../../../shared/api/dto';
import { TRANSFER_EXTENSION, TRANSFER_MIME } from '../../../shared/transfer/schemas';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CoreDeps } from '../context';
import { schemaVersion } from '../db/database';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { collectTransfer } from '../transfer/collect';
import { readTransferFile, TransferFileError, writeTransferFile } from '../transfer/format';
import { emptyState, Merger, orderIncoming, reportOf, totals } from '../transfer/merge';
import { readSchema } from '../transfer/schema-graph';
import { batchEnd, ImportStage } from '../transfer/staging';
import { exportedFile, safeFileName } from './exported-file';

type TransferHandlers = Pick<Handlers, 'transfer.export' | 'transfer.importStart' | 'transfer.importNext' | 'transfer.importCancel'>;

const stages = new WeakMap<CoreDeps, ImportStage>();
function stageOf(deps: CoreDeps): ImportStage {
  let stage = stages.get(deps);
  if (!stage) {
    stage = new ImportStage(() => deps.now().getTime());
    stages.set(deps, stage);
  }
  return stage;
}

/**
 * Moving a cohort between laptops: export to one passphrase-locked file;
 * import in three steps — read and check the whole file and work out what it
 * will do (nothing written), then apply it batch by batch so the screen can
 * show progress, each batch in its own transaction.
 */
export function createTransferHandlers(): TransferHandlers {
  return {
    'transfer.export': async ({ cohortId, participantIds, passphrase }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const cohort = deps.db.prepare('SELECT name FROM cohorts WHERE id = ?').get(cohortId) as { name: string } | undefined;
      if (!cohort) throw new AppError('NOT_FOUND', 'No such cohort');
      if (participantIds) {
        const inCohort = deps.db
          .prepare('SELECT COUNT(*) FROM participants WHERE cohort_id = ? AND id IN (SELECT value FROM json_each(?))')
          .pluck()
          .get(cohortId, JSON.stringify([...new Set(participantIds)])) as number;
        if (inCohort !== new Set(participantIds).size) throw new AppError('NOT_FOUND', 'Some participants are not in this cohort');
      }
      // One read transaction: the file is one consistent picture even if someone saves meanwhile.
      const payload = deps.db.transaction(() => collectTransfer(deps.db, readSchema(deps.db), { cohortId, participantIds }))();
      const createdAt = nowIso(deps);
      const file = await writeTransferFile(payload, passphrase, { schemaVersion: schemaVersion(deps.db), appVersion: deps.appVersion, createdAt });
      recordAudit(deps.db, {
        at: createdAt,
        actor: { id: user.id, role: user.role },
        action: 'export.transfer',
        subjectId: cohortId,
        details: { cohortId, participants: payload.tables.participants?.length ?? 0, records: Object.values(payload.tables).reduce((sum, rows) => sum + rows.length, 0) },
      });
      const name = `Foras - ${safeFileName(cohort.name, 'cohorte')} - ${createdAt.slice(0, 10)}${TRANSFER_EXTENSION}`;
      return exportedFile(name, Buffer.from(file).toString('base64'), 'base64', TRANSFER_MIME);
    },

    'transfer.importStart': async ({ fileBase64, passphrase }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      try {
        const { header, payload } = await readTransferFile(Buffer.from(fileBase64, 'base64'), passphrase, schemaVersion(deps.db));
        const schema = readSchema(deps.db);
        const rows = orderIncoming(schema, payload);
        const plan = new Merger(deps.db, schema).plan(rows);
        const staged = stageOf(deps).start(user.id, rows, emptyState());
        return { importId: staged.id, total: rows.length, file: { createdAt: header.createdAt, appVersion: header.appVersion, counts: header.counts }, plan };
      } catch (error) {
        throw asAppError(error);
      }
    },

    'transfer.importNext': ({ importId }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const stage = stageOf(deps);
      const staged = stage.take(importId, user.id);
      if (!staged) throw new AppError('NOT_FOUND', 'This import is no longer waiting; choose the file again');
      const end = batchEnd(staged.rows, staged.cursor);
      const merger = new Merger(deps.db, readSchema(deps.db));
      const last = end >= staged.rows.length;
      try {
        deps.db.transaction(() => {
          merger.applyBatch(staged.rows.slice(staged.cursor, end), staged.state);
          if (last) recordImport(deps, user, staged.state);
        })();
      } catch (error) {
        // Earlier batches stay: the merge is idempotent, so importing the same file again completes it.
        stage.drop(importId);
        throw asAppError(error);
      }
      staged.cursor = end;
      if (!last) return { done: end, total: staged.rows.length, report: null };
      stage.drop(importId);
      showImportedCohortAtSignIn(deps, staged.rows);
      return { done: end, total: staged.rows.length, report: reportOf(staged.state) };
    },

    'transfer.importCancel': ({ importId }, ctx) => {
      const stage = stageOf(ctx.deps);
      if (stage.take(importId, requireUser(ctx).id)) stage.drop(importId);
      return null;
    },
  };
}

function recordImport(deps: CoreDeps, user: SessionUser, state: ReturnType<typeof emptyState>): void {
  const report = reportOf(state);
  const participants = report.kinds.participants ?? { added: 0, updated: 0 };
  recordAudit(deps.db, {
    at: nowIso(deps),
    actor: { id: user.id, role: user.role },
    action: 'transfer.import',
    details: { ...totals(report), participantsAdded: participants.added, participantsUpdated: participants.updated, erasedLeftOut: report.erasedLeftOut },
  });
}

/** As when a cohort is created: with no cohort shown at sign-in yet (or one that is gone), the imported one is shown. */
function showImportedCohortAtSignIn(deps: CoreDeps, rows: readonly { table: string; row: Record<string, unknown> }[]): void {
  const chosen = deps.settings.read().activeCohortId;
  const exists = (id: unknown) => deps.db.prepare('SELECT 1 FROM cohorts WHERE id = ?').pluck().get(id) !== undefined;
  if (chosen !== null && exists(chosen)) return;
  const imported = rows.find((incoming) => incoming.table === 'cohorts' && exists(incoming.row.id));
  if (imported) deps.settings.update({ activeCohortId: String(imported.row.id) });
}

function asAppError(error: unknown): unknown {
  if (error instanceof TransferFileError) return new AppError(error.code, error.message);
  return error;
}
