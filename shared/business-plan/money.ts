/**
 * Integer arithmetic for money in whole units. Every result is checked to be
 * a safe integer: past 2^53 a JavaScript number silently loses units, so a
 * plan whose totals would get there is refused as "too large" instead.
 */

export class AmountTooLargeError extends RangeError {
  constructor() {
    super('An amount is too large to be counted exactly');
    this.name = 'AmountTooLargeError';
  }
}

function checked(value: number): number {
  if (!Number.isSafeInteger(value)) throw new AmountTooLargeError();
  return value;
}

export const add = (a: number, b: number): number => checked(a + b);
export const sub = (a: number, b: number): number => checked(a - b);
export const mul = (a: number, b: number): number => checked(a * b);

export function sum(values: readonly number[]): number {
  return values.reduce(add, 0);
}

/** a ÷ b rounded up, for whole units that must cover a need (b > 0). */
export function divCeil(a: number, b: number): number {
  let quotient = Math.floor(a / b);
  while (quotient * b > a) quotient -= 1;
  while (quotient * b < a) quotient += 1;
  return checked(quotient);
}

/** a ÷ b rounded to the nearest whole unit, halves away from zero (b > 0). */
export function divRound(a: number, b: number): number {
  const magnitude = Math.abs(a);
  let quotient = Math.floor(magnitude / b);
  // Float division can be one off for very large values: correct it exactly.
  while (quotient * b > magnitude) quotient -= 1;
  while ((quotient + 1) * b <= magnitude) quotient += 1;
  const remainder = magnitude - quotient * b;
  if (remainder * 2 >= b) quotient += 1;
  // Not −quotient when it is 0: −0 would print as "-0".
  return checked(a < 0 && quotient > 0 ? -quotient : quotient);
}

/**
 * a × b ÷ c rounded up (c > 0), exact even when a × b alone is past 2^53:
 * only the result has to be a safe integer. Break-even needs it, as fixed
 * costs × yearly sales overflows for ordinary plans in francs guinéens.
 */
export function mulDivCeil(a: number, b: number, c: number): number {
  const product = BigInt(checked(a)) * BigInt(checked(b));
  const divisor = BigInt(checked(c));
  const truncated = product / divisor; // BigInt division truncates toward zero
  const quotient = product > 0n && product % divisor !== 0n ? truncated + 1n : truncated;
  return checked(Number(quotient));
}
