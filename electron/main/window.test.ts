import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowStateStore } from './electron-settings';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './__fakes__/electron';
import { createMainWindow, MIN_SIZE } from './window';
import type { WindowState } from './window-state';

vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);

function stateStore(initial: WindowState | null = null) {
  return { get: vi.fn<WindowStateStore['get']>(() => initial), set: vi.fn<WindowStateStore['set']>() };
}

function open(store = stateStore()): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/app/dist-electron/preload.cjs', windowState: store, saveDelayMs: 100 });
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0] as FakeBrowserWindow;
}

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('createMainWindow', () => {
  beforeEach(() => resetFakeElectron());
  afterEach(() => vi.useRealTimers());

  it('locks down the renderer', () => {
    const { options } = open();
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
    expect(options).toMatchObject({ show: false, autoHideMenuBar: true, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height });
    expect(MIN_SIZE).toEqual({ width: 1024, height: 700 });
    expect(typeof options.backgroundColor).toBe('string');
  });

  it('turns developer tools off in the packaged app', () => {
    fakeElectron.app.isPackaged = true;
    expect(open().options.webPreferences?.devTools).toBe(false);
  });

  it('loads the app page and shows the window only once it is ready', () => {
    const win = open();
    expect(win.loadedUrl).toBe('app://foras/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('denies window.open except the projection audience view, which gets the same locked-down preferences', () => {
    const { webContents } = open();
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'app://foras/index.html' })).toEqual({ action: 'deny' });
    const audience = webContents.windowOpenHandler?.({ url: 'app://foras/index.html#/audience' });
    expect(audience).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } } });
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays inside app://foras', (eventName) => {
    const { webContents } = open();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)']) {
      const event = navigation(url);
      webContents.emit(eventName, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const inside = navigation('app://foras/index.html#/cohorts');
    webContents.emit(eventName, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { webContents } = open();
    const event = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('restores a saved place that is still on screen, maximized if it was', () => {
    const win = open(stateStore({ bounds: { x: 100, y: 50, width: 1200, height: 760 }, maximized: true }));
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 760 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });

  it('ignores a saved place on a display that is gone', () => {
    const win = open(stateStore({ bounds: { x: 4000, y: 50, width: 1200, height: 760 }, maximized: false }));
    expect(win.options.x).toBeUndefined();
    expect(win.options).toMatchObject({ width: 1280, height: 800 });
  });

  it('saves the place once moves settle, and on close', () => {
    vi.useFakeTimers();
    const store = stateStore();
    const win = open(store);
    win.emit('move');
    win.emit('resize');
    win.emit('resize');
    expect(store.set).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(store.set).toHaveBeenLastCalledWith({ bounds: win.normalBounds, maximized: false });

    win.maximized = true;
    win.emit('resize');
    win.emit('close');
    expect(store.set).toHaveBeenCalledTimes(2);
    expect(store.set).toHaveBeenLastCalledWith({ bounds: win.normalBounds, maximized: true });
    vi.advanceTimersByTime(1000);
    expect(store.set).toHaveBeenCalledTimes(2);
  });
});
