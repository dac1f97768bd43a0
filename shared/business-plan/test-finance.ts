import type { PlanFinance } from './model';

export const everyMonth = (units: number) => Array<number>(12).fill(units);

/**
 * A cold-drinks shop in Bamako (XOF) for the finance tests: start-up 550 000,
 * fully funded (200 000 own, 50 000 in kind, a 300 000 loan repaid 26 655 a
 * month), a gross margin of 210 000 and 135 000 of costs a month; the tests
 * work their expected figures out by hand from these.
 */
export function bamakoShop(): PlanFinance {
  return {
    startMonth: '2027-03',
    equipment: [
      { id: 'fridge', name: 'Réfrigérateur', quantity: 2, unitPrice: 150_000 },
      { id: 'counter', name: 'Comptoir', quantity: 1, unitPrice: 50_000 },
    ],
    workingCapital: { firstStock: 100_000, rent: 50_000, wages: 0, marketing: 20_000, other: 30_000 },
    funding: { own: 200_000, inKind: 50_000, loans: [{ id: 'bank', lender: 'Kafo Jiginew', amount: 300_000, yearlyRateBp: 1_200, months: 12 }] },
    products: [
      { id: 'drink', name: 'Boisson fraîche', unit: 'bouteille', materials: 300, labour: 0, other: 50, price: 500, monthlyUnits: everyMonth(1_000) },
      { id: 'ice', name: 'Sachet de glace', unit: 'sachet', materials: 60, labour: 20, other: 20, price: 200, monthlyUnits: everyMonth(600) },
    ],
    operatingCosts: [
      { id: 'rent', label: 'Loyer', monthly: 50_000 },
      { id: 'power', label: 'Électricité', monthly: 25_000 },
      { id: 'seller', label: 'Vendeur', monthly: 60_000 },
    ],
  };
}
