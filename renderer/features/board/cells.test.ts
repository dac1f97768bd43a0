import { describe, expect, it } from 'vitest';
import type { BoardRow, CohortBoardDto } from '../../../shared/api/dto';
import { boardColumns, columnCount, lessonCellView, plansToShow } from './cells';

const row = (overrides: Partial<BoardRow> = {}): BoardRow => ({
  participantId: 'p1', firstName: 'Fatou', lastName: 'Ndiaye', avatar: { color: 'green', picture: null }, country: 'SN',
  lessons: {}, selfAssessments: {}, minutesAttended: { 'life-skills': 0, entrepreneurship: 0, orientation: 0 }, cvCount: 0, plans: [], ...overrides,
});

describe('progress board cells', () => {
  it('shows a finished lesson with its right answers, a started one with its step (counted from 1), else not started', () => {
    expect(lessonCellView({ position: 9, completed: true, correct: 3, answered: 5 }, 4)).toEqual({ kind: 'done', correct: 3, questions: 4, scored: true });
    // Finished without a recorded answer (or a lesson without questions): no score rather than a misleading 0/4.
    expect(lessonCellView({ position: 9, completed: true, correct: 0, answered: 0 }, 4)).toMatchObject({ kind: 'done', scored: false });
    expect(lessonCellView({ position: 9, completed: true, correct: 0, answered: 2 }, 0)).toMatchObject({ kind: 'done', scored: false });
    expect(lessonCellView({ position: 3, completed: false, correct: 1, answered: 1 }, 4)).toEqual({ kind: 'progress', step: 4 });
    expect(lessonCellView(undefined, 4)).toEqual({ kind: 'none' });
    // Never more right answers than questions.
    expect(lessonCellView({ position: 9, completed: true, correct: 6, answered: 6 }, 4)).toEqual({ kind: 'done', correct: 4, questions: 4, scored: true });
  });

  it('groups columns by module in the catalogue order and leaves out a module with nothing to show', () => {
    const board: CohortBoardDto = {
      lessons: [
        { id: 'trouver-son-idee', moduleId: 'entrepreneurship', title: { fr: 'Idée', en: 'Idea' }, questions: 3 },
        { id: 'confiance-en-soi', moduleId: 'life-skills', title: { fr: 'Confiance', en: 'Confidence' }, questions: 4 },
      ],
      minutesScheduled: { 'life-skills': 180, entrepreneurship: 0, orientation: 0 },
      rows: [row()],
    };
    const groups = boardColumns(board);
    expect(groups.map((group) => group.moduleId)).toEqual(['life-skills', 'entrepreneurship']);
    expect(groups.map(columnCount)).toEqual([3, 3]);
    const withOrientation = boardColumns({ ...board, minutesScheduled: { ...board.minutesScheduled, orientation: 60 } });
    expect(withOrientation.at(-1)).toMatchObject({ moduleId: 'orientation', lessons: [], selfAssessment: false, hours: true });
    expect(columnCount(withOrientation.at(-1)!)).toBe(1);
  });

  it('lets staff open sent and reviewed plans, and only counts drafts', () => {
    const plans: BoardRow['plans'] = [
      { id: '1', title: 'Boutique', status: 'submitted' },
      { id: '2', title: 'Secret draft', status: 'draft' },
      { id: '3', title: 'Salon', status: 'reviewed' },
    ];
    expect(plansToShow(plans)).toEqual({ open: [plans[0], plans[2]], drafts: 1 });
  });
});
