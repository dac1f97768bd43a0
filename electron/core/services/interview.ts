import { randomUUID } from 'node:crypto';
import type { AttemptDto } from '../../../shared/api/dto';
import type { Rating } from '../../../shared/interview/rubric';
import { questionSchema, type InterviewQuestion, type QuestionBank } from '../../../shared/interview/schema';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { hasConsent, requireDataConsent } from './consents';

type InterviewHandlers = Pick<
  Handlers,
  'interview.bank' | 'interview.addQuestion' | 'interview.attempts' | 'interview.saveAttempt' | 'interview.mockAttempt' | 'interview.rateSelf' | 'interview.recording' | 'interview.deleteRecording'
>;

interface AttemptRow {
  id: string;
  question_id: string;
  mode: 'practice' | 'mock';
  typed_answer: string;
  has_recording: number;
  recording_ms: number | null;
  self_rating_json: string | null;
  facilitator_rating_json: string | null;
  created_at: string;
}

const ATTEMPT_COLUMNS = `id, question_id, mode, typed_answer, recording IS NOT NULL AS has_recording, recording_ms,
  self_rating_json, facilitator_rating_json, created_at`;

export function createInterviewHandlers(): InterviewHandlers {
  return {
    'interview.bank': (_input, { deps }) => questionBank(deps),

    'interview.addQuestion': (input, ctx) => {
      const question: InterviewQuestion = { id: `custom-${randomUUID().slice(0, 8)}`, ...input };
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare('INSERT INTO interview_questions (id, question_json, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(question.id, JSON.stringify(question), requireUser(ctx).id, now, now);
      return question;
    },

    'interview.attempts': (_input, ctx) =>
      (
        ctx.deps.db
          .prepare(`SELECT ${ATTEMPT_COLUMNS} FROM interview_attempts WHERE participant_id = ? ORDER BY created_at, rowid`)
          .all(requireUser(ctx).id) as AttemptRow[]
      ).map(toDto),

    'interview.saveAttempt': ({ questionId, typedAnswer, recording, selfRating }, ctx) => {
      const participantId = requireUser(ctx).id;
      requireDataConsent(ctx.deps, participantId);
      assertQuestion(ctx.deps, questionId);
      if (recording && !hasConsent(ctx.deps, participantId, 'audio')) {
        throw new AppError('INVALID_INPUT', 'Recording needs the participant’s consent', { fields: { recording: { key: 'interview.audioNeedsConsent' } } });
      }
      const id = randomUUID();
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare(
          `INSERT INTO interview_attempts (id, participant_id, question_id, mode, typed_answer, recording, recording_mime, recording_ms,
             self_rating_json, created_at, updated_at)
           VALUES (?, ?, ?, 'practice', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, participantId, questionId, typedAnswer, recording ? Buffer.from(recording.base64, 'base64') : null, recording?.mime ?? null,
          recording?.ms ?? null, selfRating ? JSON.stringify(selfRating) : null, now, now);
      return attempt(ctx.deps, id);
    },

    // A mock interview run by a facilitator: their rating now, the participant's own rating later, side by side.
    'interview.mockAttempt': ({ participantId, questionId, rating }, ctx) => {
      requireDataConsent(ctx.deps, participantId);
      assertQuestion(ctx.deps, questionId);
      const id = randomUUID();
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare(
          `INSERT INTO interview_attempts (id, participant_id, question_id, mode, facilitator_rating_json, facilitator_id, created_at, updated_at)
           VALUES (?, ?, ?, 'mock', ?, ?, ?, ?)`,
        )
        .run(id, participantId, questionId, JSON.stringify(rating), requireUser(ctx).id, now, now);
      return attempt(ctx.deps, id);
    },

    'interview.rateSelf': ({ attemptId, rating }, ctx) => {
      const { deps } = ctx;
      requireDataConsent(deps, requireUser(ctx).id);
      deps.db.prepare('UPDATE interview_attempts SET self_rating_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(rating), nowIso(deps), attemptId);
      return attempt(deps, attemptId);
    },

    'interview.recording': ({ attemptId }, { deps }) => {
      const row = deps.db.prepare('SELECT recording, recording_mime FROM interview_attempts WHERE id = ?').get(attemptId) as
        | { recording: Buffer | null; recording_mime: string | null }
        | undefined;
      if (!row?.recording || !row.recording_mime) throw new AppError('NOT_FOUND', 'No recording');
      return { mime: row.recording_mime, base64: row.recording.toString('base64') };
    },

    'interview.deleteRecording': ({ attemptId }, { deps }) => {
      deps.db
        .prepare('UPDATE interview_attempts SET recording = NULL, recording_mime = NULL, recording_ms = NULL, updated_at = ? WHERE id = ?')
        .run(nowIso(deps), attemptId);
      return attempt(deps, attemptId);
    },
  };
}

/** The shipped bank with the coordinators' own questions after it. */
function questionBank(deps: CoreDeps): QuestionBank {
  const custom = (deps.db.prepare('SELECT question_json FROM interview_questions ORDER BY created_at, rowid').pluck().all() as string[])
    .map((json) => questionSchema.safeParse(JSON.parse(json)))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  return { ...deps.interviewBank, questions: [...deps.interviewBank.questions, ...custom] };
}

function assertQuestion(deps: CoreDeps, questionId: string): void {
  if (!questionBank(deps).questions.some((question) => question.id === questionId)) {
    throw new AppError('INVALID_INPUT', 'No such question', { fields: { questionId: { key: 'validation.choice' } } });
  }
}

function attempt(deps: CoreDeps, id: string): AttemptDto {
  return toDto(deps.db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM interview_attempts WHERE id = ?`).get(id) as AttemptRow);
}

function toDto(row: AttemptRow): AttemptDto {
  return {
    id: row.id,
    questionId: row.question_id,
    mode: row.mode,
    typedAnswer: row.typed_answer,
    hasRecording: row.has_recording === 1,
    recordingMs: row.recording_ms,
    selfRating: row.self_rating_json ? (JSON.parse(row.self_rating_json) as Rating) : null,
    facilitatorRating: row.facilitator_rating_json ? (JSON.parse(row.facilitator_rating_json) as Rating) : null,
    createdAt: row.created_at,
  };
}
