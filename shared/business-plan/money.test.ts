import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MAX_QUANTITY, businessPlanSchema, emptyBusinessPlan, type BusinessPlan } from './model';
import { AmountTooLargeError, add, divCeil, divRound, mul, mulDivCeil, sub, sum } from './money';

const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53 − 1
const TWO_POW_52 = 2 ** 52;

/** Exact references in BigInt, for b > 0. */
function referenceCeil(a: number, b: number): number {
  const [big, divisor] = [BigInt(a), BigInt(b)];
  const truncated = big / divisor; // BigInt division truncates toward zero
  return Number(big > 0n && big % divisor !== 0n ? truncated + 1n : truncated);
}
function referenceRound(a: number, b: number): number {
  const magnitude = BigInt(Math.abs(a));
  const divisor = BigInt(b);
  const quotient = magnitude / divisor + (2n * (magnitude % divisor) >= divisor ? 1n : 0n);
  return a < 0 ? -Number(quotient) : Number(quotient);
}

const safeInteger = fc.integer({ min: -MAX_SAFE, max: MAX_SAFE });
const positiveSafeInteger = fc.integer({ min: 1, max: MAX_SAFE });

describe('add, sub, mul, sum', () => {
  it('count exactly up to the largest safe integer', () => {
    expect(add(MAX_SAFE - 1, 1)).toBe(MAX_SAFE);
    expect(sub(-MAX_SAFE + 1, 1)).toBe(-MAX_SAFE);
    expect(mul(94_906_265, 94_906_265)).toBe(9_007_199_136_250_225); // just below 2^53
    expect(sum([])).toBe(0);
    expect(sum([150_000, 150_000, 50_000])).toBe(350_000);
  });

  it('refuse a result past 2^53 instead of silently losing units', () => {
    expect(() => add(MAX_SAFE, 1)).toThrow(AmountTooLargeError);
    expect(() => sub(-MAX_SAFE, 1)).toThrow(AmountTooLargeError);
    expect(() => mul(94_906_266, 94_906_266)).toThrow(AmountTooLargeError); // just above 2^53
    expect(() => mul(2 ** 27, 2 ** 26)).toThrow(AmountTooLargeError); // exactly 2^53
    expect(() => sum([MAX_AMOUNT, MAX_SAFE])).toThrow(AmountTooLargeError);
  });

  it('throw an error the finance code can recognise', () => {
    const error = (() => {
      try {
        mul(MAX_AMOUNT, MAX_AMOUNT);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ name: 'AmountTooLargeError' });
  });
});

describe('divCeil', () => {
  it.each([
    [7, 2, 4],
    [6, 2, 3],
    [0, 5, 0],
    [1, MAX_SAFE, 1],
    [-7, 2, -3],
    [MAX_SAFE, 1, MAX_SAFE],
    [MAX_SAFE, 2, TWO_POW_52], // 2^52 − ½ rounded up
    [MAX_SAFE - 1, 3, 3_002_399_751_580_330], // 2^53 − 2 is a multiple of 3
    [MAX_SAFE, 3, 3_002_399_751_580_331], // float division says …330.5
    [MAX_SAFE, MAX_SAFE - 1, 2], // float division says exactly 1
  ])('divCeil(%d, %d) = %d', (a, b, expected) => {
    expect(divCeil(a, b)).toBe(expected);
  });

  it('equals the exact ceiling for any safe integers', () => {
    fc.assert(fc.property(safeInteger, positiveSafeInteger, (a, b) => divCeil(a, b) === referenceCeil(a, b)));
  });
});

describe('divRound', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3], // halves away from zero
    [4, 3, 1],
    [-1, 2, -1],
    [1, 3, 0],
    [MAX_SAFE, 2, TWO_POW_52],
    [-MAX_SAFE, 2, -TWO_POW_52],
    [MAX_SAFE, MAX_SAFE - 1, 1],
    [MAX_SAFE - 1, MAX_SAFE, 1],
    [MAX_SAFE, 3, 3_002_399_751_580_330],
  ])('divRound(%d, %d) = %d', (a, b, expected) => {
    expect(divRound(a, b)).toBe(expected);
  });

  it('gives a plain zero, not −0, for a small negative quotient (−0 prints as "-0")', () => {
    expect(Object.is(divRound(-1, 3), 0)).toBe(true);
  });

  it('equals the exact rounding for any safe integers', () => {
    fc.assert(fc.property(safeInteger, positiveSafeInteger, (a, b) => Object.is(divRound(a, b), referenceRound(a, b) + 0)));
  });
});

describe('mulDivCeil', () => {
  it('stays exact when the product alone is past 2^53', () => {
    expect(mulDivCeil(MAX_AMOUNT, 20_000, 30_000)).toBe(666_666_666_666); // 2 × 10^16 before the division
    expect(mulDivCeil(MAX_SAFE, MAX_SAFE, MAX_SAFE)).toBe(MAX_SAFE);
    expect(mulDivCeil(7, 1, 2)).toBe(4);
    expect(mulDivCeil(0, MAX_SAFE, 3)).toBe(0);
  });

  it('refuses a result past 2^53, or an input that is not a safe integer', () => {
    expect(() => mulDivCeil(MAX_SAFE, 2, 1)).toThrow(AmountTooLargeError);
    expect(() => mulDivCeil(0.5, 2, 1)).toThrow(AmountTooLargeError);
  });

  it('equals the exact ceiling of a × b ÷ c', () => {
    const nonNegative = fc.integer({ min: 0, max: MAX_SAFE });
    fc.assert(fc.property(nonNegative, nonNegative, positiveSafeInteger, (a, b, c) => {
      const exact = (BigInt(a) * BigInt(b) + BigInt(c) - 1n) / BigInt(c);
      if (exact > BigInt(MAX_SAFE)) expect(() => mulDivCeil(a, b, c)).toThrow(AmountTooLargeError);
      else expect(mulDivCeil(a, b, c)).toBe(Number(exact));
    }));
  });
});

/** A plan the participant could type, with one field of the finance replaced. */
function planWith(edit: (finance: BusinessPlan['finance']) => void): unknown {
  const plan = emptyBusinessPlan('fr', 'ML', 'Bamako');
  plan.finance.equipment.push({ id: 'fridge', name: 'Réfrigérateur', quantity: 2, unitPrice: 150_000 });
  plan.finance.products.push({
    id: 'drink', name: 'Boisson fraîche', unit: 'bouteille', materials: 300, labour: 0, other: 50, price: 500,
    monthlyUnits: Array<number>(12).fill(1_000),
  });
  plan.finance.funding.loans.push({ id: 'bank', lender: 'Banque', amount: 300_000, yearlyRateBp: 1_200, months: 12 });
  edit(plan.finance);
  return plan;
}

describe('businessPlanSchema, for the numbers', () => {
  it('accepts whole amounts up to MAX_AMOUNT and quantities up to MAX_QUANTITY', () => {
    expect(businessPlanSchema.safeParse(planWith(() => undefined)).success).toBe(true);
    const atTheLimits = planWith((finance) => {
      finance.equipment[0]!.unitPrice = MAX_AMOUNT;
      finance.equipment[0]!.quantity = MAX_QUANTITY;
    });
    expect(businessPlanSchema.safeParse(atTheLimits).success).toBe(true);
  });

  it.each<[string, (finance: BusinessPlan['finance']) => void]>([
    ['a negative quantity', (finance) => void (finance.equipment[0]!.quantity = -1)],
    ['a negative price', (finance) => void (finance.products[0]!.price = -500)],
    ['a fraction of a unit of money', (finance) => void (finance.equipment[0]!.unitPrice = 149_999.5)],
    ['a fraction of a unit sold', (finance) => void (finance.products[0]!.monthlyUnits[3] = 2.5)],
    ['text in a number field', (finance) => void Object.assign(finance.funding, { own: '150000' })],
    ['an amount above MAX_AMOUNT', (finance) => void (finance.funding.own = MAX_AMOUNT + 1)],
    ['a quantity above MAX_QUANTITY', (finance) => void (finance.equipment[0]!.quantity = MAX_QUANTITY + 1)],
    ['Infinity', (finance) => void (finance.workingCapital.rent = Number.POSITIVE_INFINITY)],
    ['NaN', (finance) => void (finance.operatingCosts = [{ id: 'rent', label: 'Loyer', monthly: Number.NaN }])],
    ['11 months of sales', (finance) => void finance.products[0]!.monthlyUnits.pop()],
    ['a rate above 100 %', (finance) => void (finance.funding.loans[0]!.yearlyRateBp = 10_001)],
    ['a loan over 0 months', (finance) => void (finance.funding.loans[0]!.months = 0)],
  ])('refuses %s', (_, edit) => {
    expect(businessPlanSchema.safeParse(planWith(edit)).success).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        businessPlanSchema.safeParse(value);
        // Also deep inside an otherwise valid plan, where more of the schema runs.
        businessPlanSchema.safeParse(planWith((finance) => Object.assign(finance, { products: [value], funding: { ...finance.funding, loans: value } })));
      }),
    );
  });
});
