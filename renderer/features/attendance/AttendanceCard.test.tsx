import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AttendanceMarkDto } from '../../../shared/api/dto';
import { renderWithProviders } from '../../test-utils';
import { AttendanceCard } from './AttendanceCard';

const FATOU = { id: 'p1', firstName: 'Fatou', lastName: 'Ndiaye', avatar: { color: 'green' as const, picture: 'leaf' as const } };

function Harness({ saved }: { saved: [string | null, number | null][] }) {
  const [mark, setMark] = useState<AttendanceMarkDto | undefined>(undefined);
  return (
    <AttendanceCard
      participant={FATOU}
      mark={mark}
      error={undefined}
      onMark={(status, minutes) => {
        saved.push([status, minutes]);
        setMark(status ? { participantId: FATOU.id, status, minutesMissed: minutes } : undefined);
      }}
    />
  );
}

describe('AttendanceCard', () => {
  it('has three named toggle buttons; a second tap clears; "late" asks for optional minutes', async () => {
    const user = userEvent.setup();
    const saved: [string | null, number | null][] = [];
    await renderWithProviders(<Harness saved={saved} />);
    const group = screen.getByRole('group', { name: 'Présence de Fatou Ndiaye' });
    const present = within(group).getByRole('button', { name: 'Présent' });
    expect(screen.getByText('Pas marqué')).toBeTruthy();

    await user.click(present);
    expect(present.getAttribute('aria-pressed')).toBe('true');
    await user.click(present);
    expect(present.getAttribute('aria-pressed')).toBe('false');

    await user.click(within(group).getByRole('button', { name: 'En retard' }));
    const minutes = screen.getByRole('textbox', { name: 'Minutes manquées — Fatou Ndiaye' });
    await user.type(minutes, '20');
    await user.tab();
    expect(saved).toEqual([['present', null], [null, null], ['late', null], ['late', 20]]);

    await user.click(within(group).getByRole('button', { name: 'Absent' }));
    expect(screen.queryByRole('textbox', { name: /Minutes manquées/ })).toBeNull();
    expect(saved.at(-1)).toEqual(['absent', null]);
  });
});
