/**
 * Base64url without padding (RFC 4648 §5), in plain TypeScript so shared/
 * stays free of Node's Buffer. Decoding is strict: only the canonical form
 * is accepted, so a changed last character (whose low bits a lenient
 * decoder ignores) can never decode to the same bytes as the original.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63);
  }
  return out;
}

/** The bytes of a canonical unpadded base64url string, or null when it is not one. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    values[i] = value;
  }
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let j = 0;
  let i = 0;
  for (; i + 3 < values.length; i += 4) {
    const n = ((values[i] ?? 0) << 18) | ((values[i + 1] ?? 0) << 12) | ((values[i + 2] ?? 0) << 6) | (values[i + 3] ?? 0);
    bytes[j++] = n >> 16;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  const rest = values.length - i;
  if (rest === 2) {
    const n = ((values[i] ?? 0) << 18) | ((values[i + 1] ?? 0) << 12);
    if (n & 0xffff) return null; // non-canonical: unused bits set
    bytes[j++] = n >> 16;
  } else if (rest === 3) {
    const n = ((values[i] ?? 0) << 18) | ((values[i + 1] ?? 0) << 12) | ((values[i + 2] ?? 0) << 6);
    if (n & 0xff) return null;
    bytes[j++] = n >> 16;
    bytes[j++] = (n >> 8) & 255;
  }
  return bytes;
}
