import type { BoardRow, CohortBoardDto } from '../../../shared/api/dto';
import { hoursAttended, moduleHours } from '../../../shared/certificates/eligibility';
import type { ModuleId } from '../../../shared/content/schema';
import type { PlanStatus } from '../../../shared/business-plan/model';
import type { Handlers } from '../dispatcher';
import { QUESTION_TYPES } from './lessons';
import { parseAvatar } from './rows';
import { cohortAttendance } from './sessions';

type BoardHandlers = Pick<Handlers, 'board.cohort'>;

interface PersonRow { id: string; first_name: string; last_name: string; avatar_json: string; country: BoardRow['country'] }

/**
 * A cohort's progress board: participants × lessons (position, completion,
 * right answers), self-assessments before and after each module, hours
 * attended, CVs and business plans with their status. A handful of grouped
 * queries over the cohort's participants, whatever its size.
 */
export function createBoardHandlers(): BoardHandlers {
  return {
    'board.cohort': ({ cohortId }, { deps }) => {
      const { db } = deps;
      const people = db.prepare('SELECT id, first_name, last_name, avatar_json, country FROM participants WHERE cohort_id = ? ORDER BY first_name, last_name').all(cohortId) as PersonRow[];
      const lessons = deps.content.lessons().filter((lesson) => lesson.module !== 'orientation');
      const { sessions, marks } = cohortAttendance(deps, cohortId);

      const rows = new Map<string, BoardRow>(
        people.map((person) => [
          person.id,
          {
            participantId: person.id,
            firstName: person.first_name,
            lastName: person.last_name,
            avatar: parseAvatar(person.avatar_json),
            country: person.country,
            lessons: {},
            selfAssessments: {},
            minutesAttended: hoursAttended(sessions, marks, person.id),
            cvCount: 0,
            plans: [],
          },
        ]),
      );

      const progress = db
        .prepare('SELECT lp.participant_id, lp.lesson_id, lp.position, lp.completed_at FROM lesson_progress lp JOIN participants p ON p.id = lp.participant_id WHERE p.cohort_id = ?')
        .all(cohortId) as { participant_id: string; lesson_id: string; position: number; completed_at: string | null }[];
      for (const row of progress) {
        const target = rows.get(row.participant_id);
        if (target) target.lessons[row.lesson_id] = { position: row.position, completed: row.completed_at !== null, correct: 0, answered: 0 };
      }
      const answers = db
        .prepare(
          `SELECT a.participant_id, a.lesson_id, COUNT(*) AS answered, SUM(a.score = 1) AS correct
           FROM step_answers a JOIN participants p ON p.id = a.participant_id WHERE p.cohort_id = ? GROUP BY a.participant_id, a.lesson_id`,
        )
        .all(cohortId) as { participant_id: string; lesson_id: string; answered: number; correct: number }[];
      for (const row of answers) {
        const cell = rows.get(row.participant_id)?.lessons[row.lesson_id];
        if (cell) Object.assign(cell, { answered: row.answered, correct: row.correct ?? 0 });
      }

      const assessments = db
        .prepare('SELECT s.participant_id, s.module_id, s.phase, s.ratings_json FROM module_self_assessments s JOIN participants p ON p.id = s.participant_id WHERE p.cohort_id = ?')
        .all(cohortId) as { participant_id: string; module_id: ModuleId; phase: 'before' | 'after'; ratings_json: string }[];
      for (const row of assessments) {
        const target = rows.get(row.participant_id);
        if (!target) continue;
        const entry = (target.selfAssessments[row.module_id] ??= { before: null, after: null });
        entry[row.phase] = averageRating(row.ratings_json);
      }

      const cvCounts = db.prepare('SELECT c.participant_id, COUNT(*) AS n FROM cvs c JOIN participants p ON p.id = c.participant_id WHERE p.cohort_id = ? GROUP BY c.participant_id').all(cohortId) as { participant_id: string; n: number }[];
      for (const row of cvCounts) {
        const target = rows.get(row.participant_id);
        if (target) target.cvCount = row.n;
      }
      const plans = db
        .prepare('SELECT b.id, b.participant_id, b.title, b.status FROM business_plans b JOIN participants p ON p.id = b.participant_id WHERE p.cohort_id = ? ORDER BY b.updated_at DESC')
        .all(cohortId) as { id: string; participant_id: string; title: string; status: PlanStatus }[];
      // A draft is private: staff learn that it exists, not what it says.
      for (const plan of plans) rows.get(plan.participant_id)?.plans.push({ id: plan.id, title: plan.status === 'draft' ? '' : plan.title, status: plan.status });

      const board: CohortBoardDto = {
        lessons: lessons.map((lesson) => ({
          id: lesson.id,
          moduleId: lesson.module,
          title: lesson.title,
          questions: lesson.steps.filter((step) => QUESTION_TYPES.has(step.type)).length,
        })),
        minutesScheduled: moduleHours(sessions),
        rows: [...rows.values()],
      };
      return board;
    },
  };
}

function averageRating(json: string): number | null {
  const values = Object.values(JSON.parse(json) as Record<string, number>).filter((value) => typeof value === 'number');
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
