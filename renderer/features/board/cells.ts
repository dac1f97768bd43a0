import type { BoardLessonCell, BoardRow, CohortBoardDto } from '../../../shared/api/dto';
import { MODULE_IDS, type ModuleId } from '../../../shared/content/schema';

/** Pure helpers of the progress board (no React, no API). */

export type LessonCellView =
  /** `scored` false: finished without any recorded answer, so no score is shown. */
  | { kind: 'done'; correct: number; questions: number; scored: boolean }
  | { kind: 'progress'; step: number }
  | { kind: 'none' };

/** What one participant × lesson cell shows: finished with right answers, the step reached, or not started. */
export function lessonCellView(cell: BoardLessonCell | undefined, questions: number): LessonCellView {
  if (!cell) return { kind: 'none' };
  if (cell.completed) return { kind: 'done', correct: Math.min(cell.correct, questions), questions, scored: questions > 0 && cell.answered > 0 };
  return { kind: 'progress', step: Math.max(0, cell.position) + 1 };
}

export interface ModuleColumns {
  moduleId: ModuleId;
  lessons: CohortBoardDto['lessons'];
  /** A column for the self-assessment before → after. */
  selfAssessment: boolean;
  /** A column for hours attended out of hours scheduled. */
  hours: boolean;
}

/** The board's column groups, one per module that has lessons, self-assessments or scheduled time, in the catalogue's order. */
export function boardColumns(board: CohortBoardDto): ModuleColumns[] {
  return MODULE_IDS.map((moduleId) => {
    const lessons = board.lessons.filter((lesson) => lesson.moduleId === moduleId);
    const selfAssessment = lessons.length > 0 || board.rows.some((row) => row.selfAssessments[moduleId] !== undefined);
    const hours = lessons.length > 0 || (board.minutesScheduled[moduleId] ?? 0) > 0;
    return { moduleId, lessons, selfAssessment, hours };
  }).filter((group) => group.lessons.length > 0 || group.selfAssessment || group.hours);
}

/** How many columns a module group spans. */
export function columnCount(group: ModuleColumns): number {
  return group.lessons.length + (group.selfAssessment ? 1 : 0) + (group.hours ? 1 : 0);
}

/** Plans a facilitator may open (sent or reviewed); drafts stay private and are only counted. */
export function plansToShow(plans: BoardRow['plans']): { open: BoardRow['plans']; drafts: number } {
  return { open: plans.filter((plan) => plan.status !== 'draft'), drafts: plans.filter((plan) => plan.status === 'draft').length };
}
