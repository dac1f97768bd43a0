import { describe, expect, it } from 'vitest';
import { confirmationWord, sameWords } from './erase-words';

describe('the erasure confirmation', () => {
  it('asks for the name of one person, or the word for several', () => {
    expect(confirmationWord([{ name: 'Awa Diop' }], 'EFFACER')).toBe('Awa Diop');
    expect(confirmationWord([{ name: 'Awa Diop' }, { name: 'Binta Sow' }], 'EFFACER')).toBe('EFFACER');
  });

  it('matches whatever the case, spaces and accent encoding, and nothing else', () => {
    expect(sameWords('  awa   diop ', 'Awa Diop')).toBe(true);
    expect(sameWords('Chloe\u0301', 'Chloé')).toBe(true);
    expect(sameWords('effacer', 'EFFACER')).toBe(true);
    expect(sameWords('Awa', 'Awa Diop')).toBe(false);
    expect(sameWords('Chloe', 'Chloé')).toBe(false);
    expect(sameWords('', '')).toBe(false);
  });
});
