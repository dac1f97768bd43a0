import { app, BrowserWindow, screen, type WebContents } from 'electron';
import { windowOpenDecision } from './audience-window';
import { APP_URL, isAppUrl } from './app-protocol';
import type { WindowStateStore } from './electron-settings';
import { restoreBounds } from './window-state';

export interface MainWindowDeps {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  windowState: WindowStateStore;
  /** How long moves and resizes settle before the place is written. */
  saveDelayMs?: number;
}

export const MIN_SIZE = { width: 1024, height: 700 } as const;
const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
// Same as the renderer's page background, so no white flash before the first paint.
const BACKGROUND_COLOR = '#ffffff';

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const restored = restoreBounds(deps.windowState.get(), screen.getAllDisplays());
  const webPreferences = {
    preload: deps.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !app.isPackaged,
  };
  const win = new BrowserWindow({
    ...(restored ? restored.bounds : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    autoHideMenuBar: true,
    title: 'Foras Atelier',
    webPreferences,
  });

  win.once('ready-to-show', () => {
    if (restored?.maximized) win.maximize();
    win.show();
  });

  const contents = win.webContents;
  // Links never open another window or leave the app; the one exception is the projection's audience view.
  contents.setWindowOpenHandler(({ url }) =>
    windowOpenDecision(url, screen.getAllDisplays(), screen.getPrimaryDisplay().id, webPreferences),
  );
  lockNavigation(contents);
  contents.on('did-create-window', (child) => {
    child.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    lockNavigation(child.webContents);
  });

  rememberWindowState(win, deps.windowState, deps.saveDelayMs ?? 500);
  void win.loadURL(APP_URL);
  return win;
}

function lockNavigation(contents: WebContents): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Writes the window's place after moves settle and once more on close. */
function rememberWindowState(win: BrowserWindow, store: WindowStateStore, delayMs: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    // Normal bounds, so a maximized window comes back to its old size when un-maximized.
    store.set({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const saveLater = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', saveLater);
  win.on('move', saveLater);
  win.on('maximize', saveLater);
  win.on('unmaximize', saveLater);
  win.on('close', save);
}
