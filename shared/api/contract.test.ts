import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { METHOD_NAMES, isMethodName } from './methods';

describe('the contract', () => {
  it('defines exactly the listed methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('recognises listed names only, not inherited properties', () => {
    expect(isMethodName('auth.lock')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'auth.lock ', 'AUTH.LOCK', 1, null]) expect(isMethodName(name)).toBe(false);
  });

  it('gives every record-level method a target, so the dispatcher can check ownership', () => {
    const withIdInput = METHOD_NAMES.filter((name) => {
      if (contract[name].access === 'public') return false; // sign-in: anyone at the laptop may try a profile
      const shape = (contract[name].input as { shape?: Record<string, unknown> }).shape;
      return shape && ('participantId' in shape || 'cohortId' in shape);
    });
    expect(withIdInput.length).toBeGreaterThan(5);
    for (const name of withIdInput) expect('target' in contract[name], name).toBe(true);
  });
});
