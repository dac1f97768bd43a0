import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { createCore, type Core } from '../core/core';
import { APP_SCHEME, registerAppProtocol } from './app-protocol';
import { electronDatabaseKey } from './database-key';
import { createElectronSettingsStore } from './electron-settings';
import { registerApiHandler, type SessionMap } from './ipc';
import { installPermissionHandlers } from './permissions';
import { createMainWindow } from './window';

export interface StartOptions {
  /** process.argv without the executable. */
  argv: readonly string[];
  /** The folder holding main.mjs and preload.cjs (dist-electron/). */
  here: string;
  /** process.resourcesPath; undefined outside Electron. */
  resourcesPath: string | undefined;
}

/** `--data-dir DIR` / `--data-dir=DIR`, resolved; Chromium switches and the app path are ignored. */
export function dataDirArg(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true });
  const value = values['data-dir'];
  return typeof value === 'string' && value !== '' ? resolve(value) : undefined;
}

/**
 * The SQLite addon built for Electron's ABI: in development `npm start` builds
 * one apart (the one in node_modules stays on Node's ABI for the tests) and
 * names it in FORAS_NATIVE_BINDING; a packaged app may ship one beside app.asar.
 */
export function nativeBindingPath(
  isPackaged: boolean,
  resourcesPath: string | undefined,
  exists: (file: string) => boolean = existsSync,
  devBinding: string | undefined = process.env.FORAS_NATIVE_BINDING,
): string | undefined {
  if (!isPackaged) return devBinding && exists(devBinding) ? devBinding : undefined;
  if (!resourcesPath) return undefined;
  const file = join(resourcesPath, 'native', 'better_sqlite3.node');
  return exists(file) ? file : undefined;
}

export function startApp(options: StartOptions): void {
  // Before 'ready': a standard, secure scheme gets a real origin, so CSP 'self', fetch and storage work.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  app.enableSandbox();

  // Before the lock: the lock, settings.json and Chromium's profile then follow the chosen folder too.
  const dataDir = dataDirArg(options.argv);
  if (dataDir) app.setPath('userData', dataDir);

  // Two copies on one database would fight over it and over who is signed in.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let core: Core | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = undefined;
  });

  const onReady = async (): Promise<void> => {
    const settings = createElectronSettingsStore();
    const dataDir = app.getPath('userData');
    // A damaged, locked or newer database does not stop the start: the window shows the recovery screen.
    core = createCore({
      dataDir,
      settings,
      // resources/** is packed into app.asar, which Electron's fs reads like a folder.
      resourcesDir: join(app.getAppPath(), 'resources'),
      appVersion: app.getVersion(),
      databaseKey: await electronDatabaseKey(dataDir, app.getPath('appData')),
      requestQuit: () => app.quit(),
      nativeBinding: nativeBindingPath(app.isPackaged, options.resourcesPath),
    });
    installPermissionHandlers(session.defaultSession);
    registerAppProtocol(protocol, resolve(options.here, '..', 'dist', 'renderer'));
    const sessions: SessionMap = new Map();
    registerApiHandler(ipcMain, core.dispatch, sessions);
    mainWindow = createMainWindow({ preloadPath: join(options.here, 'preload.cjs'), windowState: settings.windowState });
  };

  void app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      // Without a window, 'window-all-closed' never fires: say why and leave instead of lingering.
      console.error(error);
      dialog.showErrorBox('Foras Atelier could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
