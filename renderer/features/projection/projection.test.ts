import { describe, expect, it } from 'vitest';
import { actionForKey, initialProjection, projectionReducer, type ProjectionState } from './projection';

const press = (state: ProjectionState, ...keys: string[]) =>
  keys.reduce((current, key) => {
    const action = actionForKey(key);
    return action ? projectionReducer(current, action) : current;
  }, state);

describe('projection keys', () => {
  it('moves with arrows, PageUp/PageDown (clickers) and Space, within the lesson', () => {
    let state = initialProjection(5);
    state = press(state, 'PageDown', ' ', 'ArrowRight');
    expect(state.index).toBe(3);
    state = press(state, 'PageDown', 'PageDown', 'PageDown');
    expect(state.index).toBe(4);
    state = press(state, 'PageUp', 'ArrowLeft');
    expect(state.index).toBe(2);
    expect(press(initialProjection(5), 'PageUp').index).toBe(0);
  });

  it('blacks out with B or ".", and reveals answers with R until the step changes', () => {
    let state = press(initialProjection(5), 'b');
    expect(state.blackout).toBe(true);
    state = press(state, '.');
    expect(state.blackout).toBe(false);
    state = press(state, 'r');
    expect(state.revealed).toBe(true);
    state = press(state, 'PageDown');
    expect(state.revealed).toBe(false);
  });

  it('jumps to a step typed as a number then Enter, and Esc opens the overview', () => {
    let state = press(initialProjection(12), '1', '0', 'Enter');
    expect(state.index).toBe(9);
    expect(state.jump).toBe('');
    state = press(state, '9', '9', 'Enter');
    expect(state.index).toBe(11);
    state = press(state, 'Escape');
    expect(state.overview).toBe(true);
    state = projectionReducer(state, { type: 'goTo', index: 2 });
    expect(state).toMatchObject({ index: 2, overview: false });
  });

  it('ignores other keys', () => {
    expect(actionForKey('x')).toBeNull();
    expect(actionForKey('Tab')).toBeNull();
  });
});
