import { randomUUID } from 'node:crypto';
import type { CountryPageDto, OrientationAttendeeDto, OrientationCandidateDto, OrientationSessionDto, SessionUser } from '../../../shared/api/dto';
import { RETURN_COUNTRIES, type ReturnCountry } from '../../../shared/domain/countries';
import { ORIENTATION_TOPICS, type OrientationSessionFields, type OrientationTopic } from '../../../shared/orientation/schemas';
import { nowIso, requireUser, type CallContext, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { visibleCohortIds } from '../scope';

type OrientationHandlers = Pick<
  Handlers,
  | 'orientation.sessions'
  | 'orientation.candidates'
  | 'orientation.saveSession'
  | 'orientation.deleteSession'
  | 'orientation.countryPages'
  | 'orientation.saveCountryPage'
>;

interface SessionRow {
  id: string;
  date: string;
  country: ReturnCountry;
  topics_json: string;
  notes: string;
  follow_up: string;
  created_by: string | null;
  recorded_by: string | null;
  created_at: string;
  updated_at: string;
}

interface AttendeeRow {
  session_id: string;
  participant_id: string;
  first_name: string;
  last_name: string;
  cohort_id: string;
  cohort_name: string;
}

interface CountryPageRow {
  country: ReturnCountry;
  contacts: string;
  support: string;
  notes: string;
  updated_at: string;
}

/**
 * Orientation sessions with the migration office of each country, and the
 * page the coordinator writes per country. Rights beyond the roles are
 * checked here: a facilitator sees, records and names only the participants
 * of their own cohorts (visibleCohortIds); the attendees of other cohorts in
 * a session they see are counted, never named, and kept when they edit it.
 * A facilitator changes or deletes only the sessions they recorded.
 */
export function createOrientationHandlers(): OrientationHandlers {
  return {
    'orientation.sessions': ({ country }, ctx) => {
      const user = requireUser(ctx);
      const visible = visibleCohortIds(ctx.deps.db, user);
      const rows = ctx.deps.db
        .prepare(
          `SELECT s.*, st.name AS recorded_by FROM orientation_sessions s LEFT JOIN staff st ON st.id = s.created_by
           WHERE (@country IS NULL OR s.country = @country)
             AND (@all = 1 OR s.created_by = @userId OR EXISTS (
               SELECT 1 FROM orientation_attendees a JOIN participants p ON p.id = a.participant_id
               WHERE a.session_id = s.id AND p.cohort_id IN (SELECT value FROM json_each(@visible))))
           ORDER BY s.date DESC, s.created_at DESC`,
        )
        .all({ country, all: visible === null ? 1 : 0, userId: user.id, visible: JSON.stringify(visible ?? []) }) as SessionRow[];
      const attendees = attendeesOf(ctx.deps, rows.map((row) => row.id));
      return rows.map((row) => sessionDto(row, attendees.get(row.id) ?? [], user, visible));
    },

    'orientation.candidates': ({ country }, ctx) => {
      const visible = visibleCohortIds(ctx.deps.db, requireUser(ctx));
      const rows = ctx.deps.db
        .prepare(
          `SELECT p.id, p.first_name, p.last_name, p.city, p.cohort_id, c.name AS cohort_name
           FROM participants p JOIN cohorts c ON c.id = p.cohort_id
           WHERE p.country = @country AND (@all = 1 OR p.cohort_id IN (SELECT value FROM json_each(@visible)))
           ORDER BY c.start_date DESC, c.name, p.first_name COLLATE NOCASE, p.last_name COLLATE NOCASE`,
        )
        .all({ country, all: visible === null ? 1 : 0, visible: JSON.stringify(visible ?? []) }) as {
        id: string; first_name: string; last_name: string; city: string | null; cohort_id: string; cohort_name: string;
      }[];
      return rows.map(
        (row): OrientationCandidateDto => ({
          participantId: row.id,
          firstName: row.first_name,
          lastName: row.last_name,
          cohortId: row.cohort_id,
          cohortName: row.cohort_name,
          city: row.city,
        }),
      );
    },

    'orientation.saveSession': ({ sessionId, fields }, ctx) => {
      const user = requireUser(ctx);
      const { db } = ctx.deps;
      const visible = visibleCohortIds(db, user);
      const people = participantsOf(ctx.deps, fields.participantIds);
      if (people.length !== fields.participantIds.length) throw new AppError('NOT_FOUND', 'No such participant');
      if (visible !== null && people.some((person) => !visible.includes(person.cohort_id))) throw forbidden();

      const existing = sessionId === null ? null : editableSession(ctx, sessionId, visible);
      const before = existing ? attendeeIdsOf(ctx.deps, existing.id) : [];
      // Attendees from cohorts this caller does not see stay as they were.
      const hidden = visible === null ? [] : participantsOf(ctx.deps, before).filter((person) => !visible.includes(person.cohort_id)).map((person) => person.id);
      const attendees = [...new Set([...fields.participantIds, ...hidden])];
      // New attendees come from the session's country; changing the country asks it of everyone.
      const mustMatch = existing && existing.country !== fields.country ? attendees : fields.participantIds.filter((id) => !before.includes(id));
      const countries = new Map(participantsOf(ctx.deps, mustMatch).map((person) => [person.id, person.country]));
      if (mustMatch.some((id) => countries.get(id) !== fields.country)) {
        throw new AppError('INVALID_INPUT', 'Every attendee must be returning to the session’s country', {
          fields: { 'fields.participantIds': { key: 'orientation.form.wrongCountry' } },
        });
      }

      const now = nowIso(ctx.deps);
      const id = existing?.id ?? randomUUID();
      db.transaction(() => {
        if (existing) {
          db.prepare('UPDATE orientation_sessions SET date = ?, country = ?, topics_json = ?, notes = ?, follow_up = ?, updated_at = ? WHERE id = ?')
            .run(fields.date, fields.country, topicsJson(fields), fields.notes.trim(), fields.followUp.trim(), now, id);
          db.prepare('DELETE FROM orientation_attendees WHERE session_id = ?').run(id);
        } else {
          db.prepare('INSERT INTO orientation_sessions (id, date, country, topics_json, notes, follow_up, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(id, fields.date, fields.country, topicsJson(fields), fields.notes.trim(), fields.followUp.trim(), user.id, now, now);
        }
        const insert = db.prepare('INSERT INTO orientation_attendees (session_id, participant_id) VALUES (?, ?)');
        for (const participantId of attendees) insert.run(id, participantId);
      })();
      const row = sessionRow(ctx.deps, id)!;
      return sessionDto(row, attendeesOf(ctx.deps, [id]).get(id) ?? [], user, visible);
    },

    'orientation.deleteSession': ({ sessionId }, ctx) => {
      const user = requireUser(ctx);
      const visible = visibleCohortIds(ctx.deps.db, user);
      const session = editableSession(ctx, sessionId, visible);
      if (visible !== null && participantsOf(ctx.deps, attendeeIdsOf(ctx.deps, session.id)).some((person) => !visible.includes(person.cohort_id))) {
        // Other cohorts' participants attended too: only the coordinator may remove their record.
        throw forbidden();
      }
      ctx.deps.db.prepare('DELETE FROM orientation_sessions WHERE id = ?').run(session.id);
      return null;
    },

    'orientation.countryPages': (_input, { deps }) => RETURN_COUNTRIES.map((country) => countryPageOf(deps, country)),

    'orientation.saveCountryPage': ({ country, contacts, support, notes }, ctx) => {
      ctx.deps.db
        .prepare(
          `INSERT INTO country_pages (country, contacts, support, notes, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (country) DO UPDATE SET contacts = excluded.contacts, support = excluded.support, notes = excluded.notes,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        )
        .run(country, contacts.trim(), support.trim(), notes.trim(), nowIso(ctx.deps), requireUser(ctx).id);
      return countryPageOf(ctx.deps, country);
    },
  };
}

/**
 * The page of one country. The first time it is read, the orientation
 * contacts the coordinator typed in the settings (before country pages
 * existed) become its contacts, so nothing written there is lost.
 */
export function countryPageOf(deps: CoreDeps, country: ReturnCountry): CountryPageDto {
  let row = deps.db.prepare('SELECT country, contacts, support, notes, updated_at FROM country_pages WHERE country = ?').get(country) as CountryPageRow | undefined;
  if (!row) {
    const legacy = deps.settings.read().orientationContacts[country]?.trim() ?? '';
    if (!legacy) return { country, contacts: '', support: '', notes: '', updatedAt: null };
    deps.db
      .prepare("INSERT INTO country_pages (country, contacts, support, notes, updated_at, updated_by) VALUES (?, ?, '', '', ?, NULL) ON CONFLICT (country) DO NOTHING")
      .run(country, legacy, nowIso(deps));
    row = deps.db.prepare('SELECT country, contacts, support, notes, updated_at FROM country_pages WHERE country = ?').get(country) as CountryPageRow;
  }
  return { country: row.country, contacts: row.contacts, support: row.support, notes: row.notes, updatedAt: row.updated_at };
}

/** The orientation sessions a participant attended, oldest first (for their hand-over pack). */
export function sessionsAttendedBy(deps: CoreDeps, participantId: string): { id: string; date: string; country: ReturnCountry; topics: OrientationTopic[]; notes: string; followUp: string }[] {
  const rows = deps.db
    .prepare(
      `SELECT s.* FROM orientation_sessions s JOIN orientation_attendees a ON a.session_id = s.id
       WHERE a.participant_id = ? ORDER BY s.date, s.created_at`,
    )
    .all(participantId) as SessionRow[];
  return rows.map((row) => ({ id: row.id, date: row.date, country: row.country, topics: parseTopics(row.topics_json), notes: row.notes, followUp: row.follow_up }));
}

/** The session, if this caller sees it (NOT_FOUND / FORBIDDEN otherwise) and may change it (FORBIDDEN otherwise). */
function editableSession(ctx: CallContext, sessionId: string, visible: string[] | null): SessionRow {
  const user = requireUser(ctx);
  const row = sessionRow(ctx.deps, sessionId);
  if (!row) throw new AppError('NOT_FOUND', 'No such orientation session');
  if (visible === null) return row;
  if (row.created_by !== user.id) throw forbidden();
  return row;
}

function sessionRow(deps: CoreDeps, id: string): SessionRow | undefined {
  return deps.db
    .prepare('SELECT s.*, st.name AS recorded_by FROM orientation_sessions s LEFT JOIN staff st ON st.id = s.created_by WHERE s.id = ?')
    .get(id) as SessionRow | undefined;
}

function attendeeIdsOf(deps: CoreDeps, sessionId: string): string[] {
  return deps.db.prepare('SELECT participant_id FROM orientation_attendees WHERE session_id = ?').pluck().all(sessionId) as string[];
}

function participantsOf(deps: CoreDeps, ids: readonly string[]): { id: string; cohort_id: string; country: ReturnCountry }[] {
  if (ids.length === 0) return [];
  return deps.db
    .prepare('SELECT id, cohort_id, country FROM participants WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; cohort_id: string; country: ReturnCountry }[];
}

function attendeesOf(deps: CoreDeps, sessionIds: readonly string[]): Map<string, AttendeeRow[]> {
  const map = new Map<string, AttendeeRow[]>();
  if (sessionIds.length === 0) return map;
  const rows = deps.db
    .prepare(
      `SELECT a.session_id, a.participant_id, p.first_name, p.last_name, p.cohort_id, c.name AS cohort_name
       FROM orientation_attendees a JOIN participants p ON p.id = a.participant_id JOIN cohorts c ON c.id = p.cohort_id
       WHERE a.session_id IN (SELECT value FROM json_each(?))
       ORDER BY p.first_name COLLATE NOCASE, p.last_name COLLATE NOCASE`,
    )
    .all(JSON.stringify(sessionIds)) as AttendeeRow[];
  for (const row of rows) map.set(row.session_id, [...(map.get(row.session_id) ?? []), row]);
  return map;
}

function sessionDto(row: SessionRow, attendees: readonly AttendeeRow[], user: SessionUser, visible: string[] | null): OrientationSessionDto {
  const shown = visible === null ? attendees : attendees.filter((attendee) => visible.includes(attendee.cohort_id));
  return {
    id: row.id,
    date: row.date,
    country: row.country,
    topics: parseTopics(row.topics_json),
    notes: row.notes,
    followUp: row.follow_up,
    attendees: shown.map(
      (attendee): OrientationAttendeeDto => ({
        participantId: attendee.participant_id,
        firstName: attendee.first_name,
        lastName: attendee.last_name,
        cohortId: attendee.cohort_id,
        cohortName: attendee.cohort_name,
      }),
    ),
    otherAttendees: attendees.length - shown.length,
    recordedBy: row.recorded_by,
    canEdit: user.role === 'coordinator' || row.created_by === user.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Topics in their canonical order, whatever order they were ticked in. */
function topicsJson(fields: OrientationSessionFields): string {
  return JSON.stringify(ORIENTATION_TOPICS.filter((topic) => fields.topics.includes(topic)));
}

function parseTopics(json: string): OrientationTopic[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? ORIENTATION_TOPICS.filter((topic) => parsed.includes(topic)) : [];
}

const forbidden = () => new AppError('FORBIDDEN', 'This record belongs to someone else');
