import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../shared/api/ipc-channel';
import { createCore, type Core } from '../core/core';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './__fakes__/electron';
import { dataDirArg, nativeBindingPath, startApp } from './lifecycle';

vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);
vi.mock('electron-store', () => ({
  default: class {
    store = {};
    get = (): undefined => undefined;
    set = (): void => undefined;
  },
}));
vi.mock('../core/core', () => ({ createCore: vi.fn() }));
const laptopKey = Buffer.alloc(32, 7);
vi.mock('./database-key', () => ({ electronDatabaseKey: vi.fn(async () => ({ key: laptopKey })) }));

const { app, dialog, ipcMain, protocol, session } = fakeElectron;
const here = '/opt/foras/dist-electron';
const settle = () => new Promise((done) => setImmediate(done));
const fakeCore = () => ({ dispatch: vi.fn(), close: vi.fn(), deps: {} }) as unknown as Core;

describe('startApp', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.mocked(createCore).mockReset();
  });

  it('registers app:// as a privileged scheme before ready', () => {
    app.whenReady.mockReturnValue(new Promise(() => {}));
    startApp({ argv: [], here, resourcesPath: undefined });
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
  });

  it('quits at once when another copy holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
  });

  it('on ready opens the core, the protocol, IPC, permissions and one window', async () => {
    const core = fakeCore();
    vi.mocked(createCore).mockReturnValue(core);
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/fake/userData', appVersion: '0.1.0', nativeBinding: undefined, resourcesDir: '/fake/app/resources' }));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences?.preload).toBe(join(here, 'preload.cjs'));

    app.emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('brings the existing window forward when launched again', async () => {
    vi.mocked(createCore).mockReturnValue(fakeCore());
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    const win = FakeBrowserWindow.instances[0] as FakeBrowserWindow;
    win.minimized = true;
    app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('quits when the last window closes', async () => {
    vi.mocked(createCore).mockReturnValue(fakeCore());
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('--data-dir moves userData before the single-instance lock is taken', async () => {
    vi.mocked(createCore).mockReturnValue(fakeCore());
    startApp({ argv: ['.', '--data-dir', 'tmp/foras-data'], here, resourcesPath: undefined });
    await settle();
    expect(app.setPath).toHaveBeenCalledWith('userData', resolve('tmp/foras-data'));
    const setPathOrder = app.setPath.mock.invocationCallOrder[0] ?? Infinity;
    expect(setPathOrder).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -Infinity);
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: resolve('tmp/foras-data') }));
  });

  it('gives the core the key unwrapped by the keychain and a way to quit', async () => {
    vi.mocked(createCore).mockReturnValue(fakeCore());
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    const options = vi.mocked(createCore).mock.calls[0]![0];
    expect(options.databaseKey).toEqual({ key: laptopKey });
    options.requestQuit?.();
    expect(app.quit).toHaveBeenCalled();
  });

  it('says why and exits when anything else stops the start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(createCore).mockImplementation(() => {
      throw new Error('disk full');
    });
    startApp({ argv: [], here, resourcesPath: undefined });
    await settle();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Foras Atelier could not start', 'disk full');
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});

describe('dataDirArg', () => {
  it('reads --data-dir in both spellings among Chromium switches', () => {
    expect(dataDirArg(['.', '--data-dir', '/srv/data'])).toBe('/srv/data');
    expect(dataDirArg(['--no-sandbox', '--data-dir=/srv/data', '--inspect=9229'])).toBe('/srv/data');
    expect(dataDirArg(['.', '--enable-logging'])).toBeUndefined();
    expect(dataDirArg(['--data-dir='])).toBeUndefined();
  });
});

describe('nativeBindingPath', () => {
  const file = join('/opt/foras/resources', 'native', 'better_sqlite3.node');
  it('uses the shipped addon only in a packaged app and only when it is there', () => {
    expect(nativeBindingPath(true, '/opt/foras/resources', (f) => f === file)).toBe(file);
    expect(nativeBindingPath(true, '/opt/foras/resources', () => false)).toBeUndefined();
    expect(nativeBindingPath(false, '/opt/foras/resources', () => true)).toBeUndefined();
    expect(nativeBindingPath(true, undefined, () => true)).toBeUndefined();
    expect(nativeBindingPath(false, undefined, (f) => f === '/dev/electron/better_sqlite3.node', '/dev/electron/better_sqlite3.node')).toBe('/dev/electron/better_sqlite3.node');
  });
});
