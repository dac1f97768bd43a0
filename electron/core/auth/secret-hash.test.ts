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

  it('hashes with scrypt N=2^15, r=8, p=1, the parameters stored with the hash', async () => {
    expect(await hashSecret('1234')).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('salts each hash', async () => {
    expect(await hashSecret('1234')).not.toBe(await hashSecret('1234'));
  });
});
