import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`)));

describe('translations', () => {
  it('English has exactly the French keys, plurals included', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('has a message for every error code and no empty text', async () => {
    const { ERROR_CODES } = await import('../../shared/api/result');
    for (const code of ERROR_CODES) {
      expect(fr.errors[code as keyof typeof fr.errors], code).toBeTruthy();
      expect(en.errors[code as keyof typeof en.errors], code).toBeTruthy();
    }
    // Walks the tree itself: some keys hold a dot (audit actions like 'signin.failed'), which i18next reads as flat keys.
    const texts = (tree: object): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value as object)));
    for (const text of [...texts(en), ...texts(fr)]) expect(text).not.toBe('');
  });
});
