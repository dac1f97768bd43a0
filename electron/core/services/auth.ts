import type { SessionUser, SignInOptions } from '../../../shared/api/dto';
import { recordAudit } from '../audit/audit-log';
import { afterFailure, attemptsLeftBeforeLock, CLEARED, gateAttempt, type LockoutState } from '../auth/lockout';
import { verifySecret } from '../auth/secret-hash';
import type { CallContext, CoreDeps } from '../context';
import { nowIso } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { KeyedMutex } from './keyed-mutex';
import { parseAvatar, type ParticipantRow, type StaffRow } from './rows';
import { activeCohortId } from './cohorts';

type AuthHandlers = Pick<
  Handlers,
  'auth.signInOptions' | 'auth.signInParticipant' | 'auth.signInStaff' | 'auth.current' | 'auth.heartbeat' | 'auth.lock'
>;

export function createAuthHandlers(): AuthHandlers {
  const attempts = new KeyedMutex();

  return {
    'auth.signInOptions': (_input, { deps }) => signInOptions(deps),

    'auth.signInParticipant': ({ participantId, pin }, ctx) =>
      attempts.run(participantId, async () => {
        const { db } = ctx.deps;
        const row = db.prepare('SELECT * FROM participants WHERE id = ?').get(participantId) as ParticipantRow | undefined;
        if (!row) throw new AppError('NOT_FOUND', 'No such participant');
        const state: LockoutState = {
          failedAttempts: row.failed_attempts,
          lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
          resetRequired: row.pin_reset_required === 1,
        };
        await checkSecret(ctx.deps, state, pin, row.pin_hash, { id: row.id, kind: 'participant' }, (next) =>
          db
            .prepare('UPDATE participants SET failed_attempts = ?, locked_until = ?, pin_reset_required = ? WHERE id = ?')
            .run(next.failedAttempts, next.lockedUntil?.toISOString() ?? null, next.resetRequired ? 1 : 0, row.id),
        );
        const settings = ctx.deps.settings.read();
        return startSession(ctx, {
          id: row.id,
          role: 'participant',
          displayName: `${row.first_name} ${row.last_name}`,
          avatar: parseAvatar(row.avatar_json),
          language: row.language,
          idleMinutes: settings.idleMinutesParticipant,
        });
      }),

    'auth.signInStaff': ({ staffId, password }, ctx) =>
      attempts.run(staffId, async () => {
        const { db } = ctx.deps;
        const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(staffId) as StaffRow | undefined;
        if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
        const state: LockoutState = {
          failedAttempts: row.failed_attempts,
          lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
          resetRequired: false,
        };
        await checkSecret(ctx.deps, state, password, row.password_hash, { id: row.id, kind: 'staff' }, (next) =>
          db
            .prepare('UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?')
            .run(next.failedAttempts, next.lockedUntil?.toISOString() ?? null, row.id),
        );
        const settings = ctx.deps.settings.read();
        return startSession(ctx, {
          id: row.id,
          role: row.role,
          displayName: row.name,
          avatar: null,
          language: settings.language,
          idleMinutes: settings.idleMinutesStaff,
        });
      }),

    'auth.current': (_input, { session }) => session.user,
    'auth.heartbeat': () => null,
    'auth.lock': (_input, { session }) => {
      session.user = null;
      return null;
    },
  };
}

/** Gate, verify, then persist the new counters before answering, so a restart keeps them. */
async function checkSecret(
  deps: CoreDeps,
  state: LockoutState,
  secret: string,
  storedHash: string,
  profile: { id: string; kind: 'participant' | 'staff' },
  save: (next: LockoutState) => void,
): Promise<void> {
  const gate = gateAttempt(state, deps.now());
  if (!gate.allowed) {
    // Knocking on a locked profile is recorded too (the secret is not checked, never stored).
    recordAudit(deps.db, { at: nowIso(deps), actor: null, action: 'signin.failed', subjectId: profile.id, details: { profile: profile.kind, failedAttempts: state.failedAttempts, whileLocked: true } });
    if (gate.reason === 'resetRequired') throw new AppError('PIN_RESET_REQUIRED', 'A facilitator must reset this PIN');
    throw new AppError('PROFILE_LOCKED', 'Too many wrong attempts', { lockedUntil: gate.until.toISOString() });
  }
  if (await verifySecret(secret, storedHash)) {
    if (state.failedAttempts > 0 || state.lockedUntil) save(CLEARED);
    return;
  }
  // Only a participant's PIN can require a reset: staff have no one above to reset them.
  const next = afterFailure(state, deps.now(), profile.kind === 'participant');
  // The counters and their audit lines are saved together; the typed secret never is.
  deps.db.transaction(() => {
    save(next);
    const at = nowIso(deps);
    recordAudit(deps.db, { at, actor: null, action: 'signin.failed', subjectId: profile.id, details: { profile: profile.kind, failedAttempts: next.failedAttempts } });
    if (next.lockedUntil || next.resetRequired) {
      recordAudit(deps.db, {
        at,
        actor: null,
        action: 'signin.lockout',
        subjectId: profile.id,
        details: { profile: profile.kind, failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil?.toISOString() ?? null, resetRequired: next.resetRequired },
      });
    }
  })();
  if (next.resetRequired) throw new AppError('PIN_RESET_REQUIRED', 'Too many wrong attempts; a facilitator must reset this PIN');
  if (next.lockedUntil) {
    throw new AppError('PROFILE_LOCKED', 'Too many wrong attempts', { lockedUntil: next.lockedUntil.toISOString() });
  }
  throw new AppError('WRONG_CREDENTIALS', 'Wrong PIN or password', {
    attemptsLeftBeforeLock: attemptsLeftBeforeLock(next.failedAttempts),
  });
}

export function startSession(ctx: CallContext, user: SessionUser): SessionUser {
  ctx.session.user = user;
  ctx.session.lastActivityMs = ctx.deps.now().getTime();
  return user;
}

function signInOptions(deps: CoreDeps): SignInOptions {
  const { db } = deps;
  const cohortId = activeCohortId(deps);
  const cohort = cohortId
    ? (db.prepare('SELECT id, name, is_sample FROM cohorts WHERE id = ?').get(cohortId) as
        | { id: string; name: string; is_sample: number }
        | undefined)
    : undefined;
  const participants = cohort
    ? (db
        .prepare(
          `SELECT id, first_name, last_name, avatar_json, is_sample, locked_until, pin_reset_required
           FROM participants WHERE cohort_id = ? ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE`,
        )
        .all(cohort.id) as ParticipantRow[])
    : [];
  const now = nowIso(deps);
  const staff = db.prepare('SELECT id, name, role FROM staff ORDER BY role, name COLLATE NOCASE').all() as StaffRow[];
  return {
    cohort: cohort ? { id: cohort.id, name: cohort.name, isSample: cohort.is_sample === 1 } : null,
    participants: participants.map((row) => ({
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      avatar: parseAvatar(row.avatar_json),
      isSample: row.is_sample === 1,
      lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until : null,
      pinResetRequired: row.pin_reset_required === 1,
    })),
    staff: staff.map((row) => ({ id: row.id, name: row.name, role: row.role })),
  };
}
