import { PASSPHRASE_MIN } from '../../../shared/transfer/schemas';

export type Strength = 'weak' | 'fair' | 'strong';

// Beginnings people reach for first; a passphrase built on one is guessed early.
const COMMON = ['password', 'motdepasse', 'azerty', 'qwerty', '123456', 'abcdef', 'foras', 'atelier', 'bonjour', 'soleil'];

/**
 * A rough strength hint for a passphrase, for the person typing it: long
 * phrases of several words are strong, short ones or common ones are weak.
 * Only a hint: the Node side enforces the minimum length.
 */
export function passphraseStrength(value: string): Strength {
  const chars = [...value.normalize('NFC')];
  if (chars.length < PASSPHRASE_MIN || new Set(chars).size <= 3) return 'weak';
  const lower = value.toLowerCase().replace(/\s+/g, '');
  if (chars.length < 16 && COMMON.some((word) => lower.includes(word))) return 'weak';
  const words = value.trim().split(/[\s\-_.,;]+/).filter((word) => word.length >= 2).length;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((pattern) => pattern.test(value)).length;
  if (chars.length >= 20 || (words >= 4 && chars.length >= 16) || (chars.length >= 14 && (words >= 3 || classes >= 3))) return 'strong';
  if (chars.length >= 12 || classes >= 3) return 'fair';
  return 'weak';
}
