import { randomUUID } from 'node:crypto';
import type { ConsentsDto } from '../../../shared/api/dto';
import type { ConsentEventDto, ConsentStateDto, ParticipantConsentsDto } from '../../../shared/consents/types';
import { CONSENT_PURPOSES, currentConsentVersion, type ConsentPurpose, type ConsentSource } from '../../../shared/consents/texts';
import type { Language } from '../../../shared/domain/roles';
import { cvSchema } from '../../../shared/cv/model';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CallContext, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { getParticipant } from './participants';

type ConsentHandlers = Pick<Handlers, 'consents.mine' | 'consents.set' | 'consents.details' | 'consents.record'>;
export type { ConsentPurpose };

/**
 * Consents per purpose, each recorded with the version and language of the
 * text shown, when, and by whom (see migration 13). A feature that needs one
 * is unavailable without it:
 * - 'data': without it nothing the participant does is kept (CVs, plans,
 *   interview practice, lesson answers and progress, self-assessments,
 *   drafts): those calls answer CONSENT_REQUIRED. Withdrawing it puts the
 *   participant on the coordinator's list for erasure; nothing is deleted
 *   until the coordinator confirms.
 * - 'photo', 'audio': withdrawing removes what they covered (photos from
 *   CVs, recordings).
 * - 'share': no further hand-over pack (see handover.ts); packs already
 *   handed over stay in the register.
 * The workshop's own register (profile, attendance, certificates) is kept
 * whatever the consent: it is how the workshop is run and certified.
 */
export function createConsentHandlers(): ConsentHandlers {
  return {
    'consents.mine': (_input, ctx) => consentsOf(ctx.deps, requireUser(ctx).id),

    'consents.set': ({ purpose, given, textVersion, language }, ctx) => {
      const participantId = requireUser(ctx).id;
      recordConsent(ctx, { participantId, purpose, given, textVersion, language, source: 'participant' });
      return consentsOf(ctx.deps, participantId);
    },

    'consents.details': ({ participantId }, { deps }) => {
      getParticipant(deps, participantId);
      return consentDetails(deps, participantId);
    },

    // Staff: a consent the participant signed on paper, or a withdrawal they asked for.
    'consents.record': ({ participantId, purpose, given, textVersion, language }, ctx) => {
      getParticipant(ctx.deps, participantId);
      recordConsent(ctx, { participantId, purpose, given, textVersion, language, source: given ? 'paper' : 'staff' });
      return consentDetails(ctx.deps, participantId);
    },
  };
}

interface ConsentChange {
  participantId: string;
  purpose: ConsentPurpose;
  given: boolean;
  textVersion?: string | undefined;
  language?: Language | undefined;
  source: Extract<ConsentSource, 'participant' | 'paper' | 'staff'>;
}

interface ConsentRow {
  purpose: ConsentPurpose;
  given_at: string | null;
  withdrawn_at: string | null;
  text_version: string | null;
  language: Language | null;
}

/**
 * Gives or withdraws one consent: the current state, one history row and one
 * audit entry, in one transaction. Giving needs the version of the text that
 * was shown, which must be today's (otherwise the person read something else).
 * Giving what is already given with the same text, or withdrawing what is not
 * given, changes nothing.
 */
function recordConsent(ctx: CallContext, change: ConsentChange): void {
  const { db } = ctx.deps;
  const user = requireUser(ctx);
  const current = currentConsentVersion(change.purpose);
  if (change.given && (change.textVersion !== current || !change.language)) {
    throw new AppError('CONFLICT', `The consent text shown (${change.textVersion ?? 'none'}) is not the current one (${current}); nothing was recorded`);
  }
  const now = nowIso(ctx.deps);
  db.transaction(() => {
    const row = db.prepare('SELECT purpose, given_at, withdrawn_at, text_version, language FROM consents WHERE participant_id = ? AND purpose = ?').get(
      change.participantId, change.purpose,
    ) as ConsentRow | undefined;
    const isGiven = row?.given_at != null && row.withdrawn_at == null;
    if (change.given && isGiven && row?.text_version === current && row.language === change.language) return;
    if (!change.given && !isGiven) return;

    const version = change.given ? current : (row?.text_version ?? current);
    const language = change.given ? change.language! : (row?.language ?? null);
    db.prepare(
      `INSERT INTO consents (participant_id, purpose, given_at, withdrawn_at, updated_at, text_version, language) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (participant_id, purpose) DO UPDATE SET given_at = excluded.given_at, withdrawn_at = excluded.withdrawn_at,
         updated_at = excluded.updated_at, text_version = excluded.text_version, language = excluded.language`,
    ).run(change.participantId, change.purpose, change.given ? now : null, change.given ? null : now, now, change.given ? version : null, change.given ? language : null);
    db.prepare(
      `INSERT INTO consent_events (id, participant_id, purpose, action, text_version, language, at, source, recorded_by_staff_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(randomUUID(), change.participantId, change.purpose, change.given ? 'given' : 'withdrawn', version, language, now, change.source,
      change.source === 'participant' ? null : user.id);
    recordAudit(db, {
      at: now,
      actor: { id: user.id, role: user.role },
      action: change.given ? 'consent.give' : 'consent.withdraw',
      subjectId: change.participantId,
      details: { purpose: change.purpose, textVersion: version, source: change.source },
    });
    if (change.given) return;
    if (change.purpose === 'photo') removePhotos(ctx.deps, change.participantId, now);
    else if (change.purpose === 'audio') {
      db.prepare('UPDATE interview_attempts SET recording = NULL, recording_mime = NULL, recording_ms = NULL, updated_at = ? WHERE participant_id = ? AND recording IS NOT NULL')
        .run(now, change.participantId);
    }
  })();
}

export function hasConsent(deps: CoreDeps, participantId: string, purpose: ConsentPurpose): boolean {
  return (
    deps.db
      .prepare('SELECT 1 FROM consents WHERE participant_id = ? AND purpose = ? AND given_at IS NOT NULL AND withdrawn_at IS NULL')
      .pluck()
      .get(participantId, purpose) !== undefined
  );
}

/** Refuses a save about a participant who has not agreed that the workshop keeps their data. */
export function requireDataConsent(deps: CoreDeps, participantId: string): void {
  if (!hasConsent(deps, participantId, 'data')) {
    throw new AppError('CONSENT_REQUIRED', 'This participant has not agreed that the workshop keeps their data; nothing was saved');
  }
}

function consentsOf(deps: CoreDeps, participantId: string): ConsentsDto {
  const given = new Set(
    deps.db.prepare('SELECT purpose FROM consents WHERE participant_id = ? AND given_at IS NOT NULL AND withdrawn_at IS NULL').pluck().all(participantId) as ConsentPurpose[],
  );
  return { data: given.has('data'), photo: given.has('photo'), audio: given.has('audio'), share: given.has('share') };
}

export function consentDetails(deps: CoreDeps, participantId: string): ParticipantConsentsDto {
  const rows = deps.db.prepare('SELECT purpose, given_at, withdrawn_at, text_version, language FROM consents WHERE participant_id = ?').all(participantId) as ConsentRow[];
  const current = CONSENT_PURPOSES.map((purpose): ConsentStateDto => {
    const row = rows.find((candidate) => candidate.purpose === purpose);
    const given = row?.given_at != null && row.withdrawn_at == null;
    return {
      purpose,
      given,
      givenAt: given ? row!.given_at : null,
      withdrawnAt: row?.withdrawn_at ?? null,
      textVersion: given ? row!.text_version : null,
      language: given ? row!.language : null,
    };
  });
  return {
    participantId,
    current,
    history: historyOf(deps, participantId),
    erasureRequested: current.find((state) => state.purpose === 'data')?.withdrawnAt != null,
  };
}

export function historyOf(deps: CoreDeps, participantId: string): ConsentEventDto[] {
  const rows = deps.db
    .prepare(
      `SELECT e.id, e.purpose, e.action, e.text_version, e.language, e.at, e.source, e.recorded_by_staff_id, s.name AS staff_name
       FROM consent_events e LEFT JOIN staff s ON s.id = e.recorded_by_staff_id
       WHERE e.participant_id = ? ORDER BY e.at DESC, e.rowid DESC`,
    )
    .all(participantId) as {
      id: string; purpose: ConsentPurpose; action: 'given' | 'withdrawn'; text_version: string; language: Language | null; at: string;
      source: ConsentSource; recorded_by_staff_id: string | null; staff_name: string | null;
    }[];
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    action: row.action,
    textVersion: row.text_version,
    language: row.language,
    at: row.at,
    source: row.source,
    recordedBy: row.recorded_by_staff_id ? { id: row.recorded_by_staff_id, name: row.staff_name } : null,
  }));
}

function removePhotos(deps: CoreDeps, participantId: string, now: string): void {
  const rows = deps.db.prepare('SELECT id, document_json FROM cvs WHERE participant_id = ?').all(participantId) as { id: string; document_json: string }[];
  const update = deps.db.prepare('UPDATE cvs SET document_json = ?, updated_at = ? WHERE id = ?');
  for (const row of rows) {
    const cv = cvSchema.parse(JSON.parse(row.document_json));
    if (cv.identity.photo) update.run(JSON.stringify({ ...cv, identity: { ...cv.identity, photo: null } }), now, row.id);
  }
}
