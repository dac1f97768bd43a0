import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { normaliseSettings, type Settings, type SettingsStore } from './settings-store';

/**
 * The browser host's settings: one JSON file written atomically (temp file +
 * rename). A file that cannot be parsed is kept aside as `.corrupt` and the
 * defaults are used, so the app still starts.
 */
export function createJsonFileSettingsStore(file: string): SettingsStore {
  let current = load(file);
  return {
    read: () => current,
    update(patch) {
      current = normaliseSettings({ ...current, ...patch });
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(current, null, 2));
      renameSync(temp, file);
      return current;
    },
  };
}

function load(file: string): Settings {
  if (!existsSync(file)) return normaliseSettings({});
  const text = readFileSync(file, 'utf8');
  try {
    return normaliseSettings(JSON.parse(text));
  } catch {
    renameSync(file, `${file}.corrupt`);
    return normaliseSettings({});
  }
}
