import type { BrowserWindowConstructorOptions, Display, WindowOpenHandlerResponse } from 'electron';
import { APP_URL } from './app-protocol';

/** The projection's audience view: the one window the renderer may open (see renderer/features/projection). */
export const AUDIENCE_URL = `${APP_URL}#/audience`;

/**
 * Allows only the audience window, full screen on an external display when
 * there is one (the projector), with the same locked-down preferences as the
 * main window; every other window.open is denied.
 */
export function windowOpenDecision(
  url: string,
  displays: readonly Pick<Display, 'id' | 'bounds'>[],
  primaryId: number,
  webPreferences: BrowserWindowConstructorOptions['webPreferences'],
): WindowOpenHandlerResponse {
  if (url !== AUDIENCE_URL) return { action: 'deny' };
  const projector = displays.find((display) => display.id !== primaryId);
  const overrideBrowserWindowOptions: BrowserWindowConstructorOptions = {
    title: 'Foras Atelier',
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences,
    ...(projector
      ? { x: projector.bounds.x, y: projector.bounds.y, width: projector.bounds.width, height: projector.bounds.height, fullscreen: true }
      : { width: 1280, height: 720 }),
  };
  return { action: 'allow', overrideBrowserWindowOptions };
}
