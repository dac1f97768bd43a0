import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import { ok } from '../../../shared/api/result';
import type { RecoveryStatusDto } from '../../../shared/backup/types';
import { fakeApi, renderWithProviders } from '../../test-utils';
import { RecoveryScreen } from './RecoveryScreen';
import { copyErrorText, useRecovery } from './store';

const BACKUP = { fileName: 'foras-2026-11-29T07-05-12-123Z-daily-s13.sqlite', createdAt: new Date(2026, 10, 29, 8, 5).toISOString(), reason: 'daily' as const, sizeBytes: 2_000_000, schemaVersion: 13 };
const CORRUPT: RecoveryStatusDto = { problem: { kind: 'corrupt', detail: 'quick_check: page 4' }, backups: [BACKUP], canRestore: true, errorText: 'Foras Atelier 1.0\nProblem: corrupt' };
const NEWER: RecoveryStatusDto = { problem: { kind: 'newer-version', fileVersion: 20, appVersion: 13 }, backups: [BACKUP], canRestore: false, errorText: 'Foras Atelier 1.0\nProblem: newer-version' };

function side(status: RecoveryStatusDto) {
  return fakeApi((method: MethodName) => {
    if (method === 'recovery.status') return ok(status);
    if (method === 'recovery.quit') return ok(null);
    if (method === 'recovery.restore') return { ok: false, error: { code: 'DAMAGED_FILE', message: '' } };
    throw new Error(`unexpected ${method}`);
  });
}

afterEach(() => useRecovery.setState({ status: null, busy: null, error: null, quit: false }));

describe('RecoveryScreen', () => {
  it('explains a damaged file, offers the newest backup after a confirmation that says nothing is deleted', async () => {
    const { calls } = side(CORRUPT);
    await renderWithProviders(<RecoveryScreen />);
    expect(await screen.findByRole('heading', { name: 'Les données ne peuvent pas être ouvertes' })).toBeTruthy();
    expect(screen.getByText(/est abîmé/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restaurer la sauvegarde ?' });
    expect(dialog.textContent).toContain('29 novembre 2026');
    expect(dialog.textContent).toContain('Rien n’est effacé');
    expect(calls.some((call) => call.method === 'recovery.restore')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Restaurer' }));
    expect(calls.find((call) => call.method === 'recovery.restore')?.input).toEqual({ fileName: null, confirm: true });
    expect((await screen.findByRole('alert')).textContent).toContain('abîmé');
  });

  it('offers no restore for data from a newer app: only the message, the error text and quit', async () => {
    const { calls } = side(NEWER);
    await renderWithProviders(<RecoveryScreen />);
    expect(await screen.findByText(/version plus récente/)).toBeTruthy();
    expect(screen.getByText('Les données n’ont pas été modifiées.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restaurer/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Quitter' }));
    expect(calls.at(-1)?.method).toBe('recovery.quit');
    expect((await screen.findByRole('status')).textContent).toContain('Vous pouvez fermer cette fenêtre');
  });

  it('shows the error text to select when the clipboard refuses', async () => {
    side(CORRUPT);
    const user = userEvent.setup(); // installs its own clipboard, replaced below by one that refuses
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await renderWithProviders(<RecoveryScreen />);
    await user.click(await screen.findByRole('button', { name: 'Copier le message d’erreur' }));
    expect((await screen.findByRole('textbox', { name: 'Message d’erreur' }) as HTMLTextAreaElement).value).toBe(CORRUPT.errorText);
  });

  it('copies with the clipboard when it can', async () => {
    const written: string[] = [];
    expect(await copyErrorText('text', { writeText: async (value: string) => void written.push(value) })).toBe(true);
    expect(written).toEqual(['text']);
    expect(await copyErrorText('text', null)).toBe(false);
  });
});
