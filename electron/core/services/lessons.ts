import type { LessonProgressSummary, LessonStateDto, SessionUser } from '../../../shared/api/dto';
import { checkAnswer, stepsFor, type Answer } from '../../../shared/content/answers';
import type { Lesson } from '../../../shared/content/schema';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { importPack } from '../content/import-pack';
import { AppError } from '../errors';
import { requireDataConsent } from './consents';

type LessonHandlers = Pick<
  Handlers,
  | 'lessons.catalog'
  | 'lessons.get'
  | 'progress.mine'
  | 'progress.lesson'
  | 'progress.saveAnswer'
  | 'progress.setPosition'
  | 'progress.complete'
  | 'selfAssessment.save'
  | 'content.importPack'
>;

export const QUESTION_TYPES: ReadonlySet<string> = new Set(['singleChoice', 'multipleChoice']);

export function createLessonHandlers(): LessonHandlers {
  return {
    'lessons.catalog': (_input, ctx) => {
      const country = countryOf(ctx.deps, requireUser(ctx));
      return {
        modules: [...ctx.deps.content.modules()],
        lessons: ctx.deps.content.lessons().map((lesson) => ({
          id: lesson.id,
          module: lesson.module,
          order: lesson.order,
          title: lesson.title,
          summary: lesson.summary,
          icon: lesson.icon,
          durationMinutes: lesson.durationMinutes,
          stepCount: stepsFor(lesson.steps, country).length,
        })),
      };
    },

    'lessons.get': ({ lessonId }, ctx) => lessonFor(ctx.deps, requireUser(ctx), lessonId),

    'progress.mine': (_input, ctx) => {
      const user = requireUser(ctx);
      const country = countryOf(ctx.deps, user);
      const lessons = ctx.deps.content.lessons().map((lesson) => summarise(ctx.deps, user, { ...lesson, steps: stepsFor(lesson.steps, country) }));
      const rows = ctx.deps.db
        .prepare('SELECT module_id, phase, ratings_json FROM module_self_assessments WHERE participant_id = ?')
        .all(user.id) as { module_id: string; phase: 'before' | 'after'; ratings_json: string }[];
      return {
        lessons: lessons.filter((summary) => summary.answered > 0 || summary.position > 0 || summary.completedAt),
        selfAssessments: rows.map((row) => ({
          moduleId: row.module_id as 'life-skills',
          phase: row.phase,
          ratings: JSON.parse(row.ratings_json) as Record<string, number>,
        })),
      };
    },

    'progress.lesson': ({ lessonId }, ctx) => {
      const user = requireUser(ctx);
      lessonFor(ctx.deps, user, lessonId);
      const progress = progressRow(ctx.deps, user.id, lessonId);
      const answers: LessonStateDto['answers'] = {};
      const rows = ctx.deps.db
        .prepare('SELECT step_id, answer_json, score FROM step_answers WHERE participant_id = ? AND lesson_id = ?')
        .all(user.id, lessonId) as { step_id: string; answer_json: string; score: 0 | 1 | null }[];
      for (const row of rows) answers[row.step_id] = { answer: JSON.parse(row.answer_json) as Answer, score: row.score };
      return { position: progress?.position ?? 0, completedAt: progress?.completed_at ?? null, answers };
    },

    'progress.saveAnswer': ({ lessonId, stepId, answer }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const lesson = lessonFor(ctx.deps, user, lessonId);
      const step = lesson.steps.find((candidate) => candidate.id === stepId);
      if (!step) throw invalid('stepId', 'No such step in this lesson');
      const check = checkAnswer(step, answer);
      if (!check.valid) throw invalid('answer', check.reason);
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare(
          `INSERT INTO step_answers (participant_id, lesson_id, step_id, answer_json, score, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (participant_id, lesson_id, step_id)
           DO UPDATE SET answer_json = excluded.answer_json, score = excluded.score, updated_at = excluded.updated_at`,
        )
        .run(user.id, lessonId, stepId, JSON.stringify(answer), check.score, now, now);
      return { score: check.score };
    },

    'progress.setPosition': ({ lessonId, position }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const lesson = lessonFor(ctx.deps, user, lessonId);
      upsertProgress(ctx.deps, user.id, lessonId, Math.min(position, lesson.steps.length - 1), null);
      return null;
    },

    'progress.complete': ({ lessonId }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const lesson = lessonFor(ctx.deps, user, lessonId);
      const existing = progressRow(ctx.deps, user.id, lessonId);
      upsertProgress(ctx.deps, user.id, lessonId, lesson.steps.length - 1, existing?.completed_at ?? nowIso(ctx.deps));
      return summarise(ctx.deps, user, lesson);
    },

    'content.importPack': (source, { deps }) => {
      const result = importPack(source, deps.contentPacksDir, new Set(deps.content.modules().map((module) => module.id)));
      if (!result.ok) throw new AppError('INVALID_INPUT', 'The lesson pack has problems; nothing was imported', { problems: result.problems });
      deps.content.reload();
      return { lessons: result.lessons, modules: result.modules };
    },

    'selfAssessment.save': ({ moduleId, phase, ratings }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const module = ctx.deps.content.module(moduleId);
      if (!module) throw new AppError('NOT_FOUND', 'No such module');
      const known = new Set(module.selfAssessment.map((item) => item.id));
      if (Object.keys(ratings).some((id) => !known.has(id)) || Object.keys(ratings).length !== known.size) {
        throw invalid('ratings', 'Rate every statement of the module, and only those');
      }
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare(
          `INSERT INTO module_self_assessments (participant_id, module_id, phase, ratings_json, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (participant_id, module_id, phase) DO UPDATE SET ratings_json = excluded.ratings_json, updated_at = excluded.updated_at`,
        )
        .run(user.id, moduleId, phase, JSON.stringify(ratings), now, now);
      return null;
    },
  };
}

/** The lesson as this person sees it: participants get only their country's country-specific steps. */
function lessonFor(deps: CoreDeps, user: SessionUser, lessonId: string): Lesson {
  const lesson = deps.content.lesson(lessonId);
  if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson');
  return { ...lesson, steps: stepsFor(lesson.steps, countryOf(deps, user)) };
}

function countryOf(deps: CoreDeps, user: SessionUser): string | null {
  if (user.role !== 'participant') return null;
  return (deps.db.prepare('SELECT country FROM participants WHERE id = ?').pluck().get(user.id) as string | undefined) ?? null;
}

interface ProgressRow {
  position: number;
  completed_at: string | null;
}

function progressRow(deps: CoreDeps, participantId: string, lessonId: string): ProgressRow | undefined {
  return deps.db
    .prepare('SELECT position, completed_at FROM lesson_progress WHERE participant_id = ? AND lesson_id = ?')
    .get(participantId, lessonId) as ProgressRow | undefined;
}

function upsertProgress(deps: CoreDeps, participantId: string, lessonId: string, position: number, completedAt: string | null): void {
  const now = nowIso(deps);
  deps.db
    .prepare(
      `INSERT INTO lesson_progress (participant_id, lesson_id, position, completed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (participant_id, lesson_id) DO UPDATE SET position = excluded.position,
         completed_at = COALESCE(lesson_progress.completed_at, excluded.completed_at), updated_at = excluded.updated_at`,
    )
    .run(participantId, lessonId, position, completedAt, now, now);
}

function summarise(deps: CoreDeps, user: SessionUser, lesson: Lesson): LessonProgressSummary {
  const progress = progressRow(deps, user.id, lesson.id);
  const visible = new Set(lesson.steps.map((step) => step.id));
  const rows = deps.db
    .prepare('SELECT step_id, score FROM step_answers WHERE participant_id = ? AND lesson_id = ?')
    .all(user.id, lesson.id) as { step_id: string; score: 0 | 1 | null }[];
  const answered = rows.filter((row) => visible.has(row.step_id));
  return {
    lessonId: lesson.id,
    position: progress?.position ?? 0,
    answered: answered.length,
    questions: lesson.steps.filter((step) => QUESTION_TYPES.has(step.type)).length,
    correct: answered.filter((row) => row.score === 1).length,
    completedAt: progress?.completed_at ?? null,
  };
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { fields: { [field]: { key: 'validation.invalid' } } });
}
