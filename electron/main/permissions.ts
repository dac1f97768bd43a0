import type { Session } from 'electron';
import { isAppUrl } from './app-protocol';

type MediaType = 'audio' | 'video' | 'unknown';

/**
 * The app needs one permission: the microphone, for interview practice.
 * Camera, screen, location, notifications and the rest stay off, and only
 * the app's own page may ask.
 */
export function isPermissionAllowed(permission: string, origin: string, mediaTypes: readonly MediaType[] | undefined): boolean {
  if (permission !== 'media' || !isAppUrl(origin)) return false;
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'audio');
}

/** Chromium's synchronous "is it already granted?" check; it names at most one media type. */
export function isPermissionCheckAllowed(permission: string, origin: string, mediaType: MediaType | undefined): boolean {
  if (permission !== 'media' || !isAppUrl(origin)) return false;
  // Device enumeration asks without a type; that reveals microphone labels only, never a stream.
  return mediaType !== 'video';
}

/** Schemes the page may load from: its own files, inline data, blobs it made, and the developer tools. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function isRequestAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'app:') return isAppUrl(url);
    return ALLOWED_REQUEST_SCHEMES.has(protocol);
  } catch {
    return false;
  }
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Downloads of blobs the app page created itself (exported PDFs and JSON), nothing fetched from elsewhere. */
export function isDownloadAllowed(url: string): boolean {
  return url.startsWith('blob:app://foras/');
}

export function installPermissionHandlers(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed(permission, details.requestingUrl, mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionCheckAllowed(permission, requestingOrigin, details.mediaType),
  );
  // USB, serial and HID devices: never.
  session.setDevicePermissionHandler(() => false);
  // Only files the app itself made (a CV as PDF…) are saved, and only where the user picks in the save dialog.
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) return event.preventDefault();
    item.setSaveDialogOptions({ defaultPath: item.getFilename() });
  });
  // Offline app: no request leaves the machine, even if a bug or an injected link tries.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
}
