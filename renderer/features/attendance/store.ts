import { create } from 'zustand';
import type { ApiErrorBody } from '../../../shared/api/result';
import type { AttendanceMarkDto, BoardRow, WorkshopSessionDto } from '../../../shared/api/dto';
import type { ModuleId } from '../../../shared/content/schema';
import type { SessionFields } from '../../../shared/workshop/sessions';
import { api } from '../../api/api';
import type { MarkStatus } from './attendance';

export type MarkSaveState = 'saving' | 'saved' | 'error';
export type HoursRow = Pick<BoardRow, 'participantId' | 'firstName' | 'lastName' | 'avatar' | 'minutesAttended'>;

interface AttendanceState {
  /** The cohort whose sessions are on screen. */
  cohortId: string | null;
  sessions: WorkshopSessionDto[] | null;
  /** Hours attended per participant and module, and the module's scheduled minutes. */
  hours: { minutesScheduled: Record<ModuleId, number>; rows: HoursRow[] } | null;
  /** An error code when the list could not be read. */
  loadError: string | null;
  /** The session whose attendance is being taken. */
  sessionId: string | null;
  /** What the screen shows: the saved marks with the taps not yet answered on top. */
  marks: Record<string, AttendanceMarkDto> | null;
  markErrors: Record<string, string>;
  save: 'idle' | MarkSaveState;
}

const initial = { cohortId: null, sessions: null, hours: null, loadError: null, sessionId: null, marks: null, markErrors: {}, save: 'idle' as const };
export const useAttendance = create<AttendanceState>()(() => ({ ...initial }));

// ——— Sessions ———

export async function loadSessions(cohortId: string): Promise<void> {
  if (useAttendance.getState().cohortId !== cohortId) useAttendance.setState({ cohortId, sessions: null, hours: null, loadError: null });
  const [sessions, board] = await Promise.all([api()['sessions.list']({ cohortId }), api()['board.cohort']({ cohortId })]);
  if (useAttendance.getState().cohortId !== cohortId) return;
  useAttendance.setState({
    sessions: sessions.ok ? sessions.value : [],
    hours: board.ok
      ? {
          minutesScheduled: board.value.minutesScheduled,
          rows: board.value.rows.map(({ participantId, firstName, lastName, avatar, minutesAttended }) => ({ participantId, firstName, lastName, avatar, minutesAttended })),
        }
      : null,
    loadError: !sessions.ok ? sessions.error.code : !board.ok ? board.error.code : null,
  });
}

/** Creates (sessionId null) or changes a session; the refused fields come back for the form. */
export async function saveSession(cohortId: string, sessionId: string | null, fields: SessionFields): Promise<ApiErrorBody | null> {
  const result = await api()['sessions.save']({ cohortId, sessionId, fields });
  if (!result.ok) return result.error;
  await loadSessions(cohortId);
  return null;
}

export async function deleteSession(cohortId: string, sessionId: string): Promise<string | null> {
  const result = await api()['sessions.delete']({ cohortId, sessionId });
  await loadSessions(cohortId);
  return result.ok ? null : result.error.code;
}

// ——— Attendance: every tap is saved at once, one call after the other ———

interface PendingMark {
  cohortId: string;
  sessionId: string;
  participantId: string;
  status: MarkStatus | null;
  minutesMissed: number | null;
}

let saved: Record<string, AttendanceMarkDto> = {};
const queue: PendingMark[] = [];
let draining = false;

const byParticipant = (marks: readonly AttendanceMarkDto[]) => Object.fromEntries(marks.map((mark) => [mark.participantId, mark]));

/** The saved marks with the queued taps applied, so a tap shows at once and an answer never undoes a later tap. */
function view(sessionId: string): Record<string, AttendanceMarkDto> {
  const marks = { ...saved };
  for (const pending of queue) {
    if (pending.sessionId !== sessionId) continue;
    if (pending.status === null) delete marks[pending.participantId];
    else marks[pending.participantId] = { participantId: pending.participantId, status: pending.status, minutesMissed: pending.status === 'late' ? pending.minutesMissed : null };
  }
  return marks;
}

function publish(): void {
  const { sessionId, markErrors } = useAttendance.getState();
  if (!sessionId) return;
  const pending = queue.some((mark) => mark.sessionId === sessionId);
  useAttendance.setState({ marks: view(sessionId), save: pending ? 'saving' : Object.keys(markErrors).length > 0 ? 'error' : 'saved' });
}

/** Opens a session's attendance; returns an error code when it cannot be read. */
export async function openAttendance(cohortId: string, sessionId: string): Promise<string | null> {
  saved = {};
  useAttendance.setState({ sessionId, marks: null, markErrors: {}, save: 'idle' });
  const known = useAttendance.getState().cohortId === cohortId && useAttendance.getState().sessions !== null;
  const [marks] = await Promise.all([api()['attendance.get']({ cohortId, sessionId }), known ? null : loadSessions(cohortId)]);
  if (useAttendance.getState().sessionId !== sessionId) return null;
  if (!marks.ok) return marks.error.code;
  saved = byParticipant(marks.value);
  useAttendance.setState({ marks: view(sessionId) });
  return null;
}

export function closeAttendance(): void {
  useAttendance.setState({ sessionId: null, marks: null, markErrors: {}, save: 'idle' });
}

export function markAttendance(cohortId: string, sessionId: string, participantId: string, status: MarkStatus | null, minutesMissed: number | null = null): void {
  queue.push({ cohortId, sessionId, participantId, status, minutesMissed: status === 'late' ? minutesMissed : null });
  publish();
  void drain();
}

/** Marks everyone not marked yet as present; marks already given stay as they are. */
export function markRestPresent(cohortId: string, sessionId: string, participantIds: readonly string[]): void {
  const marks = useAttendance.getState().marks ?? {};
  for (const id of participantIds) if (!marks[id]) queue.push({ cohortId, sessionId, participantId: id, status: 'present', minutesMissed: null });
  publish();
  void drain();
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    while (queue.length > 0) {
      const next = queue[0]!;
      const result = await api()['attendance.mark'](next).catch((error: unknown) => ({ ok: false as const, error: { code: 'TRANSPORT' as const, message: String(error) } }));
      queue.shift();
      if (useAttendance.getState().sessionId !== next.sessionId) continue;
      const { [next.participantId]: _previous, ...otherErrors } = useAttendance.getState().markErrors;
      if (result.ok) {
        saved = byParticipant(result.value);
        useAttendance.setState({ markErrors: otherErrors });
      } else {
        useAttendance.setState({ markErrors: { ...otherErrors, [next.participantId]: result.error.code } });
      }
      publish();
    }
  } finally {
    draining = false;
  }
}
