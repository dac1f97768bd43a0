import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { FakeSession } from './__fakes__/electron';
import { installPermissionHandlers, isPermissionAllowed, isPermissionCheckAllowed, isRequestAllowed } from './permissions';

vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);

const APP = 'app://foras';

describe('isPermissionAllowed', () => {
  it('allows the microphone for the app page', () => {
    expect(isPermissionAllowed('media', APP, ['audio'])).toBe(true);
    expect(isPermissionAllowed('media', 'app://foras/index.html', ['audio'])).toBe(true);
  });

  it('denies the camera, even together with the microphone', () => {
    expect(isPermissionAllowed('media', APP, ['video'])).toBe(false);
    expect(isPermissionAllowed('media', APP, ['audio', 'video'])).toBe(false);
    expect(isPermissionAllowed('media', APP, [])).toBe(false);
    expect(isPermissionAllowed('media', APP, undefined)).toBe(false);
  });

  it('denies media to any other origin', () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:5173', 'file:///index.html', 'app://evil', 'null', '']) {
      expect(isPermissionAllowed('media', origin, ['audio']), origin).toBe(false);
    }
  });

  it('denies every other permission', () => {
    for (const permission of ['notifications', 'geolocation', 'display-capture', 'clipboard-read', 'openExternal', 'fullscreen', 'midi', 'unknown']) {
      expect(isPermissionAllowed(permission, APP, ['audio']), permission).toBe(false);
    }
  });
});

describe('isPermissionCheckAllowed', () => {
  it('follows the same rule for the synchronous check', () => {
    expect(isPermissionCheckAllowed('media', APP, 'audio')).toBe(true);
    expect(isPermissionCheckAllowed('media', APP, undefined)).toBe(true);
    expect(isPermissionCheckAllowed('media', APP, 'video')).toBe(false);
    expect(isPermissionCheckAllowed('media', 'https://evil.example', 'audio')).toBe(false);
    expect(isPermissionCheckAllowed('geolocation', APP, undefined)).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it('lets through only the app, data:, blob: and devtools: URLs', () => {
    for (const url of ['app://foras/assets/app.js', 'data:image/png;base64,AAAA', 'blob:app://foras/1234', 'devtools://devtools/bundled/inspector.html']) {
      expect(isRequestAllowed(url), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://localhost:1/', 'wss://example.com/', 'ftp://x/', 'app://evil/x', 'nonsense']) {
      expect(isRequestAllowed(url), url).toBe(false);
    }
  });
});

describe('installPermissionHandlers', () => {
  let session: FakeSession;

  beforeEach(() => {
    session = new FakeSession();
    installPermissionHandlers(session as unknown as Session);
  });

  it('answers permission requests with the rule', () => {
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const ask = (permission: string, requestingUrl: string, mediaTypes?: string[]) => {
      const callback = vi.fn();
      handler({}, permission, callback, { requestingUrl, isMainFrame: true, ...(mediaTypes ? { mediaTypes } : {}) });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(ask('media', 'app://foras/index.html', ['audio'])).toBe(true);
    expect(ask('media', 'app://foras/index.html', ['video'])).toBe(false);
    expect(ask('media', 'https://evil.example/', ['audio'])).toBe(false);
    expect(ask('notifications', 'app://foras/index.html')).toBe(false);
    expect(ask('geolocation', 'app://foras/index.html')).toBe(false);
  });

  it('answers permission checks with the rule', () => {
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', APP, { mediaType: 'audio', isMainFrame: true })).toBe(true);
    expect(check(null, 'media', APP, { mediaType: 'video', isMainFrame: true })).toBe(false);
    expect(check(null, 'notifications', APP, { isMainFrame: true })).toBe(false);
  });

  it('refuses devices and foreign downloads, and asks where to save the app’s own files', () => {
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
    const item = (url: string) => ({ getURL: () => url, getFilename: () => 'Mon CV.pdf', setSaveDialogOptions: vi.fn() });
    const foreign = { preventDefault: vi.fn() };
    const foreignItem = item('https://evil.example/x.exe');
    session.emit('will-download', foreign, foreignItem);
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(foreignItem.setSaveDialogOptions).not.toHaveBeenCalled();
    const own = { preventDefault: vi.fn() };
    const ownItem = item('blob:app://foras/1d2c-44');
    session.emit('will-download', own, ownItem);
    expect(own.preventDefault).not.toHaveBeenCalled();
    expect(ownItem.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: 'Mon CV.pdf' });
  });

  it('cancels requests that would leave the machine', () => {
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (details: { url: string }, cb: (r: unknown) => void) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://example.com/track.js')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://foras/index.html')).toEqual({ cancel: false });
  });
});
