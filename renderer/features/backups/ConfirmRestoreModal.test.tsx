import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupDto } from '../../../shared/backup/types';
import { fakeApi, renderWithProviders } from '../../test-utils';
import { ConfirmRestoreModal } from './ConfirmRestoreModal';
import { resetBackups } from './store';

const BACKUP: BackupDto = { fileName: 'foras-2026-11-29T07-05-12-123Z-daily-s13.sqlite', createdAt: new Date(2026, 10, 29, 8, 5).toISOString(), reason: 'daily', sizeBytes: 1000, schemaVersion: 13 };

afterEach(resetBackups);

describe('ConfirmRestoreModal', () => {
  it('says what replaces the data, that the data is saved first and everyone signs in again; a refusal stays in the dialog', async () => {
    const { calls } = fakeApi(() => ({ ok: false, error: { code: 'DAMAGED_FILE', message: '' } }));
    await renderWithProviders(<ConfirmRestoreModal source={{ kind: 'backup', backup: BACKUP }} onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Remplacer les données de cet ordinateur ?' });
    expect(dialog.textContent).toMatch(/remplacées par la sauvegarde du 29 novembre 2026 à 08:05/);
    expect(dialog.textContent).toContain('les données actuelles sont sauvegardées');
    expect(dialog.textContent).toContain('tout le monde devra se reconnecter');
    expect(calls).toEqual([]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Remplacer les données' }));
    expect(calls).toEqual([{ method: 'backups.restore', input: { fileName: BACKUP.fileName, confirm: true } }]);
    expect((await screen.findByRole('alert')).textContent).toContain('abîmé');
  });

  it('names the chosen file', async () => {
    fakeApi(() => ({ ok: true, value: null }));
    const file = new File(['x'], 'clé-usb.foras-backup');
    await renderWithProviders(<ConfirmRestoreModal source={{ kind: 'file', file, passphrase: 'phrase' }} onClose={() => undefined} />, 'en');
    expect((await screen.findByRole('dialog')).textContent).toContain('the content of the file “clé-usb.foras-backup”');
  });
});
