/**
 * The projection's state and the keys that drive it, as pure functions: the
 * presenter window owns the state; the audience window only shows it and
 * forwards keys (a clicker may be focused on either window).
 */
export interface ProjectionState {
  index: number;
  count: number;
  blackout: boolean;
  /** Answers shown to the room for the current question. */
  revealed: boolean;
  overview: boolean;
  /** Digits typed before Enter, to jump to a step. */
  jump: string;
}

export type ProjectionAction =
  | { type: 'load'; count: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'goTo'; index: number }
  | { type: 'toggleBlackout' }
  | { type: 'toggleReveal' }
  | { type: 'toggleOverview' }
  | { type: 'closeOverview' }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'fullscreen' };

export function initialProjection(count: number, index = 0): ProjectionState {
  return { index: clamp(index, count), count, blackout: false, revealed: false, overview: false, jump: '' };
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}

const moved = (state: ProjectionState, index: number): ProjectionState =>
  clamp(index, state.count) === state.index ? { ...state, jump: '' } : { ...state, index: clamp(index, state.count), revealed: false, jump: '' };

export function projectionReducer(state: ProjectionState, action: ProjectionAction): ProjectionState {
  switch (action.type) {
    case 'load':
      return initialProjection(action.count);
    case 'next':
      return moved(state, state.index + 1);
    case 'previous':
      return moved(state, state.index - 1);
    case 'goTo':
      return { ...moved(state, action.index), overview: false };
    case 'toggleBlackout':
      return { ...state, blackout: !state.blackout };
    case 'toggleReveal':
      return { ...state, revealed: !state.revealed };
    case 'toggleOverview':
      return { ...state, overview: !state.overview };
    case 'closeOverview':
      return { ...state, overview: false };
    case 'digit':
      return { ...state, jump: (state.jump + action.digit).slice(-3) };
    case 'enter':
      return state.jump === '' ? state : { ...moved(state, Number(state.jump) - 1), overview: false };
    case 'fullscreen':
      return state;
  }
}

/**
 * → PageDown Space: next; ← PageUp: previous; B or .: black screen; R: reveal
 * answers; digits then Enter: jump; Esc: overview; F: full screen.
 * Presentation clickers send PageUp/PageDown/B (or ".").
 */
export function actionForKey(key: string): ProjectionAction | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'ArrowDown') return { type: 'next' };
  if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') return { type: 'previous' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'toggleBlackout' };
  if (key === 'r' || key === 'R') return { type: 'toggleReveal' };
  if (key === 'Escape') return { type: 'toggleOverview' };
  if (key === 'Enter') return { type: 'enter' };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  return null;
}
