import { describe, expect, it } from 'vitest';
import { hashSecret, verifySecret } from './secret-hash';

describe('secret hashing', () => {
  it('verifies the right secret, refuses others and malformed hashes', async () => {
    const hash = await hashSecret('1234');
    expect(await verifySecret('1234', hash)).toBe(true);
    expect(await verifySecret('1235', hash)).toBe(false);
    expect(await verifySecret('1234', 'scrypt$1$1$1$AAAA$AAAA')).toBe(false);
    expect(await verifySecret('1234', 'plain')).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashSecret('1234')).not.toBe(await hashSecret('1234'));
  });
});
