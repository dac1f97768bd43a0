import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreBounds } from './window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const rightMonitor = { workArea: { x: 1366, y: 0, width: 1920, height: 1050 } };
const saved = (x: number, y: number, width = 1100, height = 720, maximized = false) => ({ bounds: { x, y, width, height }, maximized });

describe('restoreBounds', () => {
  it('restores a window that is on a current display', () => {
    expect(restoreBounds(saved(50, 40), [laptop])).toEqual(saved(50, 40));
    expect(restoreBounds(saved(1500, 100, 1200, 800, true), [laptop, rightMonitor])).toEqual(saved(1500, 100, 1200, 800, true));
  });

  it('drops a window left on a monitor that is no longer there', () => {
    expect(restoreBounds(saved(1500, 100), [laptop])).toBeNull();
    expect(restoreBounds(saved(-3000, -2000), [laptop, rightMonitor])).toBeNull();
  });

  it('needs enough of the window on screen to grab it, not just a sliver', () => {
    expect(restoreBounds(saved(1366 - 50, 100), [laptop])).toBeNull();
    expect(restoreBounds(saved(1366 - 200, 100), [laptop])).not.toBeNull();
    expect(restoreBounds(saved(100, 728 - 30), [laptop])).toBeNull();
  });

  it('accepts a window spanning two displays', () => {
    expect(restoreBounds(saved(1000, 100, 1000, 700), [laptop, rightMonitor])).not.toBeNull();
  });

  it('opens at the default place when nothing usable was saved or no display is known', () => {
    for (const raw of [undefined, null, 'x', 42, {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 0, height: 700 } }, { bounds: { x: 0, y: 0, width: '1100', height: 700 } }, { bounds: { x: Number.NaN, y: 0, width: 1100, height: 700 } }]) {
      expect(restoreBounds(raw, [laptop]), JSON.stringify(raw)).toBeNull();
    }
    expect(restoreBounds(saved(0, 0), [])).toBeNull();
  });
});

describe('parseWindowState', () => {
  it('keeps only the known fields and treats anything but true as not maximized', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4, extra: 5 }, maximized: 'yes', other: 1 })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: false,
    });
  });
});
