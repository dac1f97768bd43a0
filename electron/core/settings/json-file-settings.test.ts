import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonFileSettingsStore } from './json-file-settings';

describe('JSON file settings', () => {
  it('persists updates and reads them back', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'foras-settings-')), 'settings.json');
    createJsonFileSettingsStore(file).update({ language: 'en', idleMinutesStaff: 20 });
    expect(createJsonFileSettingsStore(file).read()).toMatchObject({ language: 'en', idleMinutesStaff: 20, idleMinutesParticipant: 5 });
  });

  it('keeps a corrupt file aside and starts with defaults; one bad field falls back alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foras-settings-'));
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{ not json');
    expect(createJsonFileSettingsStore(file).read().language).toBe('fr');
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{ not json');
    writeFileSync(file, JSON.stringify({ language: 'en', idleMinutesParticipant: -3 }));
    expect(createJsonFileSettingsStore(file).read()).toMatchObject({ language: 'en', idleMinutesParticipant: 5 });
    expect(existsSync(file)).toBe(true);
  });
});
