import { describe, expect, it } from 'vitest';
import { matchesSearch } from './store';

describe('name search on the sign-in screen', () => {
  it('ignores case and accents, and matches first or last name', () => {
    expect(matchesSearch('Aminata', 'Traoré', 'traore')).toBe(true);
    expect(matchesSearch('Aminata', 'Traoré', 'AMI')).toBe(true);
    expect(matchesSearch('Aminata', 'Traoré', 'traoré ami')).toBe(true);
    expect(matchesSearch('Aminata', 'Traoré', 'moussa')).toBe(false);
    expect(matchesSearch('Aminata', 'Traoré', '   ')).toBe(true);
  });

  it('finds names written in other scripts', () => {
    expect(matchesSearch('ߊߡߊߘߎ', 'محمد', 'محمد')).toBe(true);
  });
});
