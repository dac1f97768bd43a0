import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase';

describe('passphrase strength hint', () => {
  it('calls short, repetitive or common passphrases weak', () => {
    for (const value of ['', 'abc', 'abcdefg', 'aaaaaaaaaaaa', 'ababababab', 'motdepasse1', 'Azerty2026', '12345678']) expect(passphraseStrength(value), value).toBe('weak');
  });

  it('calls longer or more varied ones fair', () => {
    for (const value of ['chameaudunes', 'Kora#2026x', 'maison bleue']) expect(passphraseStrength(value), value).toBe('fair');
  });

  it('calls phrases of several words strong, in any script', () => {
    for (const value of ['le bus part à 6 heures', 'mangue, sable et thé', 'correct horse battery staple', 'ߒߞߏ ߞߊ߲ ߓߍ ߞߎ߲߬ߓߊ߬ ߟߊ߫']) {
      expect(passphraseStrength(value), value).toBe('strong');
    }
  });
});
