import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings/settings-store';
import { createElectronSettingsStore } from './electron-settings';

const fake = vi.hoisted(() => {
  /** In-memory electron-store: same get/set/store surface, no file, no Electron. */
  class FakeStore {
    static last: FakeStore | undefined;
    static initial: Record<string, unknown> = {};
    data: Record<string, unknown>;
    constructor(readonly options: Record<string, unknown>) {
      this.data = structuredClone(FakeStore.initial);
      FakeStore.last = this;
    }
    get store(): Record<string, unknown> {
      return structuredClone(this.data);
    }
    get(key: string): unknown {
      return this.data[key];
    }
    set(key: string | Record<string, unknown>, value?: unknown): void {
      if (typeof key === 'string') this.data[key] = structuredClone(value);
      else Object.assign(this.data, structuredClone(key));
    }
  }
  return { FakeStore };
});

vi.mock('electron-store', () => ({ default: fake.FakeStore }));
vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);

const current = () => fake.FakeStore.last as InstanceType<typeof fake.FakeStore>;

describe('electron-store settings', () => {
  beforeEach(() => {
    fake.FakeStore.initial = {};
  });

  it('opens settings.json and starts from the defaults', () => {
    const settings = createElectronSettingsStore();
    expect(current().options).toMatchObject({ name: 'settings', clearInvalidConfig: true });
    expect(settings.read()).toEqual(DEFAULT_SETTINGS);
  });

  it('normalises what it reads, keeping the good fields of a hand-edited file', () => {
    fake.FakeStore.initial = { language: 'xx', organisationName: 'Atelier Nord', idleMinutesStaff: -4, window: { bounds: {} } };
    const settings = createElectronSettingsStore();
    expect(settings.read()).toEqual({ ...DEFAULT_SETTINGS, organisationName: 'Atelier Nord' });
  });

  it('normalises and writes an update, flat like the browser host file, leaving the window entry alone', () => {
    fake.FakeStore.initial = { window: { bounds: { x: 1, y: 2, width: 1100, height: 720 }, maximized: false } };
    const settings = createElectronSettingsStore();
    const next = settings.update({ organisationName: 'Atelier Sud', idleMinutesParticipant: 9999 });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, organisationName: 'Atelier Sud' });
    expect(settings.read()).toEqual(next);
    expect(current().data).toEqual({ ...next, window: { bounds: { x: 1, y: 2, width: 1100, height: 720 }, maximized: false } });
  });

  it('keeps the window state under "window", outside the settings', () => {
    const settings = createElectronSettingsStore();
    expect(settings.windowState.get()).toBeNull();
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 760 }, maximized: true };
    settings.windowState.set(state);
    expect(current().data.window).toEqual(state);
    expect(settings.windowState.get()).toEqual(state);
    expect(settings.read()).not.toHaveProperty('window');
  });

  it('ignores a damaged window entry', () => {
    fake.FakeStore.initial = { window: 'oops' };
    expect(createElectronSettingsStore().windowState.get()).toBeNull();
  });
});
