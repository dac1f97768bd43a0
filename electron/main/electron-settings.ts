import Store from 'electron-store';
import { normaliseSettings, type Settings, type SettingsStore } from '../core/settings/settings-store';
import { parseWindowState, type WindowState } from './window-state';

export const WINDOW_STATE_KEY = 'window';

export interface WindowStateStore {
  get(): WindowState | null;
  set(state: WindowState): void;
}

export interface ElectronSettingsStore extends SettingsStore {
  windowState: WindowStateStore;
}

/**
 * Settings in `<userData>/settings.json`, with the same flat layout as the
 * browser host's file so a data folder works with either host. The window's
 * place lives in the same file under `window`, outside `Settings`.
 */
export function createElectronSettingsStore(options: { cwd?: string } = {}): ElectronSettingsStore {
  // A corrupt file is reset rather than stopping the app from starting.
  const store = new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true, ...options });
  let current: Settings = normaliseSettings(store.store);
  return {
    read: () => current,
    update(patch) {
      current = normaliseSettings({ ...current, ...patch });
      store.set(current);
      return current;
    },
    windowState: {
      get: () => parseWindowState(store.get(WINDOW_STATE_KEY)),
      set: (state) => store.set(WINDOW_STATE_KEY, state),
    },
  };
}
