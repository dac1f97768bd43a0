import { create } from 'zustand';
import type { CohortBoardDto } from '../../../shared/api/dto';
import { api } from '../../api/api';

interface BoardState {
  cohortId: string | null;
  board: CohortBoardDto | null;
  /** An error code when the board could not be read. */
  error: string | null;
}

export const useBoard = create<BoardState>()(() => ({ cohortId: null, board: null, error: null }));

export async function loadBoard(cohortId: string): Promise<void> {
  if (useBoard.getState().cohortId !== cohortId) useBoard.setState({ cohortId, board: null, error: null });
  const result = await api()['board.cohort']({ cohortId });
  if (useBoard.getState().cohortId !== cohortId) return;
  useBoard.setState(result.ok ? { board: result.value, error: null } : { error: result.error.code });
}
