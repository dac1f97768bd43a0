import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/**
 * Test-only stand-ins for the parts of `electron` that main uses; the real
 * package throws outside Electron. Test files hand `fakeElectron` to
 * `vi.mock('electron', ...)` and call `resetFakeElectron()` between tests.
 */
type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly listenersByEvent = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.add(event, listener, false);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.add(event, listener, true);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    const entries = this.listenersByEvent.get(event) ?? [];
    this.listenersByEvent.set(event, entries.filter((entry) => !entry.once));
    for (const { listener } of entries) (listener as (...values: unknown[]) => unknown)(...args);
  }

  listenerCount(event: string): number {
    return this.listenersByEvent.get(event)?.length ?? 0;
  }

  removeAllListeners(): void {
    this.listenersByEvent.clear();
  }

  private add(event: string, listener: Listener, once: boolean): void {
    this.listenersByEvent.set(event, [...(this.listenersByEvent.get(event) ?? []), { listener, once }]);
  }
}

export class FakeFrame {
  constructor(public url: string) {}
}

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: FakeFrame;
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;

  constructor(url = 'app://foras/index.html') {
    super();
    this.mainFrame = new FakeFrame(url);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  maximized = false;
  minimized = false;
  focused = false;
  destroyed = false;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1200, height: 760 };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rectangle {
    return { ...this.normalBounds };
  }
}

class FakeApp extends FakeEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  getPath = vi.fn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  setPath = vi.fn((name: string, value: string) => void this.paths.set(name, value));
  getVersion = vi.fn(() => '0.1.0');
  getAppPath = vi.fn(() => '/fake/app');
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  enableSandbox = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
}

export class FakeSession extends FakeEmitter {
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setDevicePermissionHandler = vi.fn();
  webRequest = { onBeforeRequest: vi.fn() };
}

/** A keychain stand-in: reversible, never the clear text. */
const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((byte) => byte ^ 0xa5));
export const fakeSafeStorage = {
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptStringAsync: vi.fn(async (plain: string) => flip(Buffer.from(plain))),
  decryptStringAsync: vi.fn(async (wrapped: Buffer) => ({ result: flip(wrapped).toString(), shouldReEncrypt: false })),
};

export const fakeElectron = {
  safeStorage: fakeSafeStorage,
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  screen: {
    getAllDisplays: vi.fn(() => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
    getPrimaryDisplay: vi.fn(() => ({ id: 1 })),
  },
  ipcMain: { handle: vi.fn() },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  session: { defaultSession: new FakeSession() },
  dialog: { showErrorBox: vi.fn() },
};

export function resetFakeElectron(): void {
  // Back to the implementations given to vi.fn above, calls forgotten.
  vi.resetAllMocks();
  const { app, session } = fakeElectron;
  app.removeAllListeners();
  app.paths.clear();
  app.isPackaged = false;
  session.defaultSession.removeAllListeners();
  FakeBrowserWindow.instances = [];
}
