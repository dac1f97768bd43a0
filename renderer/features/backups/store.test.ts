import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import { ok, type Result } from '../../../shared/api/result';
import type { BackupDto } from '../../../shared/backup/types';
import { initI18n } from '../../i18n';
import { fakeApi } from '../../test-utils';
import { useSession } from '../session/store';
import { backupNow, exportToFile, restore, resetBackups, useBackups } from './store';

const BACKUP: BackupDto = { fileName: 'foras-2026-11-29T07-05-12-123Z-manual-s13.sqlite', createdAt: '2026-11-29T07:05:12.123Z', reason: 'manual', sizeBytes: 245_760, schemaVersion: 13 };
const STATUS = { setupRequired: false, language: 'fr', organisationName: 'Foras', workshopPlace: 'Rabat', sampleDataPresent: false, version: 'test', recovery: null };
const refused = (code: 'WRONG_PASSPHRASE' | 'DAMAGED_FILE') => ({ ok: false as const, error: { code, message: '' } });

function side(overrides: Partial<Record<MethodName, () => Result<unknown>>> = {}) {
  return fakeApi((method) => {
    const override = overrides[method];
    if (override) return override();
    if (method === 'backups.list') return ok([BACKUP]);
    if (method === 'backups.create') return ok(BACKUP);
    if (method === 'app.status') return ok(STATUS);
    if (method === 'auth.current') return ok(null);
    if (method === 'backups.restore' || method === 'backups.restoreFromFile') return ok({ restored: BACKUP, savedBefore: BACKUP, setAside: 'replaced-x.sqlite' });
    if (method === 'backups.exportToFile') return ok({ fileName: 'foras-atelier-backup-2026-11-29.foras-backup', content: 'AAAA', encoding: 'base64', mimeType: 'application/octet-stream' });
    throw new Error(`unexpected ${method}`);
  });
}

beforeAll(() => initI18n('fr'));
afterEach(() => {
  resetBackups();
  useSession.setState({ user: null, lockReason: null, status: null });
  vi.restoreAllMocks();
});

describe('backups store', () => {
  it('backs up now, then shows the new list', async () => {
    const { calls } = side();
    await backupNow();
    expect(calls.map((call) => call.method)).toEqual(['backups.create', 'backups.list']);
    expect(useBackups.getState()).toMatchObject({ made: BACKUP, backups: [BACKUP], busy: null, error: null });
  });

  it('restores with an explicit confirmation, then goes back to sign-in saying why', async () => {
    const user = { id: 'c', role: 'coordinator' as const, displayName: 'K', avatar: null, language: 'fr' as const, idleMinutes: 10 };
    useSession.setState({ user });
    const { calls } = side();
    expect(await restore({ fileName: BACKUP.fileName })).toBeNull();
    expect(calls[0]).toEqual({ method: 'backups.restore', input: { fileName: BACKUP.fileName, confirm: true } });
    expect(useSession.getState()).toMatchObject({ user: null, lockReason: 'restored' });
  });

  it('sends a chosen file as base64 with its passphrase; a refusal keeps the session and is returned', async () => {
    const user = { id: 'c', role: 'coordinator' as const, displayName: 'K', avatar: null, language: 'fr' as const, idleMinutes: 10 };
    useSession.setState({ user });
    const { calls } = side({ 'backups.restoreFromFile': () => refused('WRONG_PASSPHRASE') });
    const file = new File([new Uint8Array([1, 2, 3])], 'cle.foras-backup');
    expect(await restore({ file, passphrase: 'une phrase' })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(calls[0]).toEqual({ method: 'backups.restoreFromFile', input: { base64: 'AQID', passphrase: 'une phrase', confirm: true } });
    expect(useSession.getState().user).toEqual(user);
    expect(useBackups.getState().busy).toBeNull();
  });

  it('hands the exported file over as a download', async () => {
    side();
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(await exportToFile('une longue phrase')).toBeNull();
    expect(click).toHaveBeenCalledOnce();
    expect(useBackups.getState().exported).toBe('foras-atelier-backup-2026-11-29.foras-backup');
  });
});
