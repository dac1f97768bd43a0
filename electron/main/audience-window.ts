import type { BrowserWindowConstructorOptions, Display, WindowOpenHandlerResponse } from 'electron';
import { APP_ORIGIN, APP_URL } from './app-protocol';

/** The projection's audience view: the one window the renderer may open (see renderer/features/projection). */
export const AUDIENCE_URL = `${APP_URL}#/audience`;

/** A PDF the renderer made (certificates to print), opened from its blob URL in Chromium's PDF viewer. */
const BLOB_PREFIX = `blob:${APP_ORIGIN}/`;
const isPrintablePdf = (url: string) => url.startsWith(BLOB_PREFIX) && /^[0-9a-f-]{36}$/.test(url.slice(BLOB_PREFIX.length));

/**
 * Allows only two windows: a PDF to print (the viewer's print button opens
 * the system print dialog; no preload, no Node, sandboxed) and the audience
 * window, full screen on an external display when
 * there is one (the projector), with the same locked-down preferences as the
 * main window; every other window.open is denied.
 */
export function windowOpenDecision(
  url: string,
  displays: readonly Pick<Display, 'id' | 'bounds'>[],
  primaryId: number,
  webPreferences: BrowserWindowConstructorOptions['webPreferences'],
): WindowOpenHandlerResponse {
  if (isPrintablePdf(url)) {
    return {
      action: 'allow',
      overrideBrowserWindowOptions: {
        title: 'Foras Atelier',
        autoHideMenuBar: true,
        width: 1000,
        height: 800,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      },
    };
  }
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
