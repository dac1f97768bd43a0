import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** How much of a saved window must still be on a screen to reuse its place (enough to grab the title bar). */
export const MIN_VISIBLE = { width: 120, height: 60 } as const;

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** Reads what was saved; the file can be hand-edited or from an old version, so anything odd counts as nothing. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Partial<Record<keyof Rectangle, unknown>>;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The saved state to restore, or null to open at the default place. A
 * monitor unplugged since last time would otherwise leave the window
 * off-screen, where a participant cannot get it back.
 */
export function restoreBounds(saved: unknown, displays: readonly { workArea: Rectangle }[]): WindowState | null {
  const state = parseWindowState(saved);
  if (!state) return null;
  const visible = displays.some(({ workArea }) => {
    const common = overlap(state.bounds, workArea);
    return common.width >= MIN_VISIBLE.width && common.height >= MIN_VISIBLE.height;
  });
  return visible ? state : null;
}
