import { cvSchema } from '../../../shared/cv/model';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';

type ConsentHandlers = Pick<Handlers, 'consents.mine' | 'consents.set'>;
export type ConsentPurpose = 'photo' | 'audio' | 'share';

/**
 * Consents per purpose. A feature that needs one is unavailable without it,
 * and withdrawing one removes what it covered (photos from CVs, recordings).
 * Withdrawing 'share' stops any further hand-over pack (see handover.ts);
 * packs already handed over are listed in the register.
 */
export function createConsentHandlers(): ConsentHandlers {
  return {
    'consents.mine': (_input, ctx) => consentsOf(ctx.deps, requireUser(ctx).id),

    'consents.set': ({ purpose, given }, ctx) => {
      const participantId = requireUser(ctx).id;
      const now = nowIso(ctx.deps);
      const { db } = ctx.deps;
      db.transaction(() => {
        db.prepare(
          `INSERT INTO consents (participant_id, purpose, given_at, withdrawn_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (participant_id, purpose) DO UPDATE SET given_at = excluded.given_at, withdrawn_at = excluded.withdrawn_at, updated_at = excluded.updated_at`,
        ).run(participantId, purpose, given ? now : null, given ? null : now, now);
        if (given) return;
        if (purpose === 'photo') removePhotos(ctx.deps, participantId, now);
        else if (purpose === 'audio') db.prepare('UPDATE interview_attempts SET recording = NULL, recording_mime = NULL, recording_ms = NULL, updated_at = ? WHERE participant_id = ? AND recording IS NOT NULL').run(now, participantId);
      })();
      return consentsOf(ctx.deps, participantId);
    },
  };
}

export function hasConsent(deps: CoreDeps, participantId: string, purpose: ConsentPurpose): boolean {
  return (
    deps.db
      .prepare('SELECT 1 FROM consents WHERE participant_id = ? AND purpose = ? AND given_at IS NOT NULL AND withdrawn_at IS NULL')
      .pluck()
      .get(participantId, purpose) !== undefined
  );
}

function consentsOf(deps: CoreDeps, participantId: string) {
  return { photo: hasConsent(deps, participantId, 'photo'), audio: hasConsent(deps, participantId, 'audio'), share: hasConsent(deps, participantId, 'share') };
}

function removePhotos(deps: CoreDeps, participantId: string, now: string): void {
  const rows = deps.db.prepare('SELECT id, document_json FROM cvs WHERE participant_id = ?').all(participantId) as { id: string; document_json: string }[];
  const update = deps.db.prepare('UPDATE cvs SET document_json = ?, updated_at = ? WHERE id = ?');
  for (const row of rows) {
    const cv = cvSchema.parse(JSON.parse(row.document_json));
    if (cv.identity.photo) update.run(JSON.stringify({ ...cv, identity: { ...cv.identity, photo: null } }), now, row.id);
  }
}
