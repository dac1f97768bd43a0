import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ParticipantCard } from '../../../shared/api/dto';
import { fakeApi, renderWithProviders } from '../../test-utils';
import { useSession } from '../session/store';
import { PinDialog } from './PinDialog';

const awa: ParticipantCard = {
  id: '5b0c3a8e-8a4e-4a43-9c57-0d2f3d1c9a11', firstName: 'Awa', lastName: 'Diop', avatar: { color: 'teal', picture: 'sun' },
  isSample: false, lockedUntil: null, pinResetRequired: false,
};

describe('PinDialog', () => {
  it('sends the PIN tapped on the keypad and signs the participant in', async () => {
    const user = userEvent.setup();
    const { calls } = fakeApi((method) =>
      method === 'auth.signInParticipant'
        ? { ok: true, value: { id: awa.id, role: 'participant', displayName: 'Awa Diop', avatar: awa.avatar, language: 'fr', idleMinutes: 5 } }
        : { ok: true, value: null },
    );
    await renderWithProviders(<PinDialog participant={awa} onClose={() => {}} onRefused={() => {}} />);
    const keypad = screen.getByRole('group', { name: 'Clavier du code' });
    for (const digit of '2468') await user.click(within(keypad).getByRole('button', { name: digit }));
    await user.click(screen.getByRole('button', { name: 'Entrer' }));
    await waitFor(() => expect(useSession.getState().user?.displayName).toBe('Awa Diop'));
    expect(calls.find((call) => call.method === 'auth.signInParticipant')?.input).toEqual({ participantId: awa.id, pin: '2468' });
  });

  it('says how many tries are left, then locks the keypad with a countdown', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    fakeApi(() => {
      attempt += 1;
      return attempt === 1
        ? { ok: false, error: { code: 'WRONG_CREDENTIALS', message: '', attemptsLeftBeforeLock: 1 } }
        : { ok: false, error: { code: 'PROFILE_LOCKED', message: '', lockedUntil: new Date(Date.now() + 30_000).toISOString() } };
    });
    await renderWithProviders(<PinDialog participant={awa} onClose={() => {}} onRefused={() => {}} />);
    const field = screen.getByLabelText('Votre code secret (4 à 6 chiffres)');
    await user.type(field, '0000{Enter}');
    expect(await screen.findByText('Code incorrect. Encore 1 essai avant le blocage.')).toBeTruthy();
    await user.type(field, '1111{Enter}');
    expect(await screen.findByText(/Trop d’essais\. Attendez (29|30) secondes\./)).toBeTruthy();
    expect((field as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '5' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('accepts digits only, at most six', async () => {
    const user = userEvent.setup();
    fakeApi(() => ({ ok: true, value: null }));
    await renderWithProviders(<PinDialog participant={awa} onClose={() => {}} onRefused={() => {}} />);
    const field = screen.getByLabelText('Votre code secret (4 à 6 chiffres)') as HTMLInputElement;
    await user.type(field, '12a3456789');
    expect(field.value).toBe('123456');
  });
});
