import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { NumberField } from './NumberField';

function Harness({ saved }: { saved: number[] }) {
  const [value, setValue] = useState(0);
  return <NumberField label="Loyer" value={value} max={999_999} onChange={(next) => { saved.push(next); setValue(next); }} />;
}

describe('NumberField', () => {
  it('keeps whole amounts, ignores letters and minus signs, and counts an emptied field as zero', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    await renderWithProviders(<Harness saved={saved} />);
    const input = screen.getByLabelText<HTMLInputElement>('Loyer');
    await user.type(input, '-5a0x00');
    expect(saved.at(-1)).toBe(5000);
    expect(input.value).toBe('5 000');
    await user.clear(input);
    expect(saved.at(-1)).toBe(0);
  });

  it('refuses an amount beyond its maximum with a message, keeping the last good value', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    await renderWithProviders(<Harness saved={saved} />);
    const input = screen.getByLabelText<HTMLInputElement>('Loyer');
    await user.type(input, '1234567');
    expect(screen.getByText('Trop grand : au plus 999 999.')).toBeTruthy();
    expect(saved.at(-1)).toBe(123_456);
    expect(Math.max(...saved)).toBeLessThanOrEqual(999_999);
  });
});
