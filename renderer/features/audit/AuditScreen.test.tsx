import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/api/result';
import type { AuditEntryDto, AuditPageDto } from '../../../shared/audit/types';
import { fakeApi, renderWithProviders } from '../../test-utils';
import { AuditScreen } from './AuditScreen';
import { resetAudit } from './store';

const AT = new Date(2026, 2, 2, 9, 15).toISOString();
const FAILED: AuditEntryDto = {
  id: 3, at: AT, action: 'signin.failed', actor: null,
  subject: { id: 'p1', kind: 'participant', name: 'Awa Diallo' }, details: { profile: 'participant', failedAttempts: 2 },
};
const ISSUED: AuditEntryDto = {
  id: 2, at: AT, action: 'certificate.issue', actor: { id: 's1', kind: 'staff', role: 'coordinator', name: 'Khadija' },
  subject: { id: 'p9', kind: null, name: null }, details: { number: 'FA-2026-000004', certificateId: 'c1', forced: false },
};

afterEach(resetAudit);

describe('AuditScreen', () => {
  it('lists entries in words, names the erased as such, filters and loads more', async () => {
    const pages: AuditPageDto[] = [
      { entries: [FAILED, ISSUED], next: { at: AT, id: 2 } },
      { entries: [{ ...ISSUED, id: 1, action: 'export.report', details: { format: 'pdf', from: null, to: null }, subject: null }], next: null },
    ];
    const { calls } = fakeApi((method, input) => {
      if (method !== 'audit.list') throw new Error(`unexpected ${method}`);
      return ok((input as { before?: unknown }).before ? pages[1] : pages[0]);
    });
    await renderWithProviders(<AuditScreen />);
    const table = await screen.findByRole('region', { name: 'Entrées du journal d’audit' });
    const rows = within(table).getAllByTestId('audit-entry');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Aucune session ouverte');
    expect(rows[0]!.textContent).toContain('Connexion refusée');
    expect(rows[0]!.textContent).toContain('Awa Diallo');
    expect(rows[0]!.textContent).toContain('code PIN incorrect · 2 essais manqués');
    expect(rows[1]!.textContent).toContain('Khadija');
    expect(rows[1]!.textContent).toContain('Effacé·e ou inconnu·e');
    expect(rows[1]!.textContent).toContain('n° FA-2026-000004');
    expect(rows[1]!.textContent).not.toContain('c1');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await within(table).findAllByTestId('audit-entry')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(screen.getByText('3 entrées affichées')).toBeTruthy();

    await user.click(screen.getByRole('textbox', { name: 'Personne' }));
    await user.paste('Awa');
    expect(calls.at(-1)).toEqual({ method: 'audit.list', input: { action: null, from: null, to: null, person: 'Awa' } });
    expect(calls[1]).toEqual({ method: 'audit.list', input: { action: null, from: null, to: null, person: null, before: { at: AT, id: 2 } } });
  }, 15_000);

  it('says when nothing matches, and does not send a period that ends before it starts', async () => {
    const { calls } = fakeApi(() => ok({ entries: [], next: null }));
    await renderWithProviders(<AuditScreen />);
    expect(await screen.findByText('Aucune entrée pour ces filtres.')).toBeTruthy();
    const user = userEvent.setup();
    const from = screen.getByLabelText('Du');
    const to = screen.getByLabelText('Au');
    await user.type(to, '2026-03-01');
    const sent = calls.length;
    await user.type(from, '2026-03-05');
    expect(await screen.findByText('La date de fin est avant la date de début.')).toBeTruthy();
    expect(calls).toHaveLength(sent);
  });

  it('shows a refusal in words', async () => {
    fakeApi(() => ({ ok: false, error: { code: 'FORBIDDEN', message: '' } }));
    await renderWithProviders(<AuditScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('Vous n’avez pas accès à cette information.');
  });
});
