import { randomUUID } from 'node:crypto';
import type { MeDto, ParticipantDto } from '../../../shared/api/dto';
import { checkPhone } from '../../../shared/domain/phone';
import type { ParticipantFields } from '../../../shared/domain/schemas';
import { recordAudit } from '../audit/audit-log';
import { hashSecret } from '../auth/secret-hash';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { countryPageOf } from './orientation';
import { toParticipantDto, type ParticipantRow } from './rows';

type ParticipantHandlers = Pick<
  Handlers,
  'participants.list' | 'participants.get' | 'participants.create' | 'participants.update' | 'participants.resetPin' | 'me.profile'
>;

export function createParticipantHandlers(): ParticipantHandlers {
  return {
    'participants.list': ({ cohortId }, { deps }) =>
      (
        deps.db
          .prepare('SELECT * FROM participants WHERE cohort_id = ? ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE')
          .all(cohortId) as ParticipantRow[]
      ).map(toParticipantDto),

    'participants.get': ({ participantId }, { deps }) => getParticipant(deps, participantId),

    'me.profile': (_input, ctx) => {
      const participant = getParticipant(ctx.deps, requireUser(ctx).id);
      const cohort = ctx.deps.db.prepare('SELECT name, place, start_date AS startDate, end_date AS endDate FROM cohorts WHERE id = ?').get(participant.cohortId) as MeDto['cohort'];
      // The country page holds the orientation contacts now (the settings' text becomes its contacts on first read).
      const countryPage = countryPageOf(ctx.deps, participant.country);
      return { ...participant, cohort, orientationContact: countryPage.contacts, countryPage };
    },

    'participants.create': async (input, { deps }) => {
      const pinHash = await hashSecret(input.pin);
      const id = randomUUID();
      const now = nowIso(deps);
      const columns = fieldColumns(input);
      deps.db
        .prepare(
          `INSERT INTO participants (id, cohort_id, first_name, last_name, sex, country, city, phone, language, avatar_json,
             pin_hash, created_at, updated_at)
           VALUES (@id, @cohortId, @firstName, @lastName, @sex, @country, @city, @phone, @language, @avatarJson,
             @pinHash, @now, @now)`,
        )
        .run({ ...columns, id, cohortId: input.cohortId, pinHash, now });
      return getParticipant(deps, id);
    },

    'participants.update': ({ participantId, ...fields }, { deps }) => {
      deps.db
        .prepare(
          `UPDATE participants SET first_name = @firstName, last_name = @lastName, sex = @sex, country = @country,
             city = @city, phone = @phone, language = @language, avatar_json = @avatarJson, updated_at = @now
           WHERE id = @participantId`,
        )
        .run({ ...fieldColumns(fields), participantId, now: nowIso(deps) });
      return getParticipant(deps, participantId);
    },

    'participants.resetPin': async ({ participantId, pin }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const pinHash = await hashSecret(pin);
      const now = nowIso(deps);
      deps.db.transaction(() => {
        const changed = deps.db
          .prepare(
            `UPDATE participants SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, pin_reset_required = 0, updated_at = ?
             WHERE id = ?`,
          )
          .run(pinHash, now, participantId).changes;
        // Erased while the PIN was being hashed: nothing to reset, nothing to record.
        if (changed === 0) throw new AppError('NOT_FOUND', 'No such participant');
        recordAudit(deps.db, { at: now, actor: { id: user.id, role: user.role }, action: 'participant.pin-reset', subjectId: participantId });
      })();
      return getParticipant(deps, participantId);
    },
  };
}

function fieldColumns(fields: ParticipantFields) {
  // Phones are stored in international form so the home-country office can dial them as they are.
  const phone = fields.phone === null ? null : (() => {
    const check = checkPhone(fields.phone, fields.country);
    return check.ok ? check.e164 : fields.phone;
  })();
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    sex: fields.sex,
    country: fields.country,
    city: fields.city,
    phone,
    language: fields.language,
    avatarJson: JSON.stringify(fields.avatar),
  };
}

export function getParticipant(deps: CoreDeps, participantId: string): ParticipantDto {
  const row = deps.db.prepare('SELECT * FROM participants WHERE id = ?').get(participantId) as ParticipantRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such participant');
  return toParticipantDto(row);
}
