import { emptyBusinessPlan, MAX_AMOUNT, type BusinessPlan, type Product } from '../../../../shared/business-plan/model';
import type { Language } from '../../../../shared/domain/roles';
import type { PlanPdfContext } from './cover';

/** Business plans for the PDF tests (and for looking at the output by hand). */

export const CONTEXT: PlanPdfContext = {
  participantName: 'Aminata Traoré',
  organisationName: 'Association Foras',
  programmeName: 'Retour et réintégration 2026',
  issuedOn: '2026-11-29',
};

/** Units sold per month: a slow first month, busier months before the feasts. */
export const RICE_UNITS = [300, 500, 600, 600, 650, 700, 600, 600, 650, 700, 800, 900];
export const OIL_UNITS = [100, 160, 200, 200, 220, 240, 200, 200, 220, 240, 280, 320];
export const SUGAR_UNITS = [150, 250, 300, 300, 320, 350, 300, 300, 320, 350, 400, 450];

/**
 * A small grocery shop in Bamako, in francs CFA. The tests work its totals
 * out by hand from these inputs: equipment 800 000 + working capital
 * 450 000 = 1 250 000; funds 450 000 + 200 000 in kind + a loan of 600 000
 * at 12 % over 12 months.
 */
export function bamakoGroceryPlan(language: Language = 'fr'): BusinessPlan {
  const plan = emptyBusinessPlan(language, 'ML', 'Bamako');
  const fr = language === 'fr';
  plan.projectTitle = fr ? 'Alimentation générale « Chez Aminata » à Bamako' : 'Aminata’s grocery shop in Bamako';
  plan.sections.summary.summary = fr
    ? 'Une petite boutique d’alimentation générale dans le quartier de Lafiabougou : riz, huile et sucre au détail, ouverte tous les jours de 7 h à 22 h.\nJ’ai tenu une épicerie à Casablanca pendant quatre ans.'
    : 'A small grocery shop in the Lafiabougou neighbourhood: rice, oil and sugar sold loose, open every day from 7 am to 10 pm.\nI ran a grocery in Casablanca for four years.';
  plan.sections.entrepreneur.skills = fr ? 'Gestion de stock, caisse, accueil des clients.' : 'Stock keeping, cash desk, customer care.';
  plan.sections.entrepreneur.experience = fr ? 'Quatre ans de vente dans une épicerie de quartier à Casablanca.' : 'Four years selling in a neighbourhood grocery in Casablanca.';
  plan.sections.idea.offer = fr ? 'Produits de base vendus au détail, au kilo ou au litre.' : 'Staple foods sold loose, by the kilo or the litre.';
  plan.sections.customers.who = fr ? 'Les familles du quartier de Lafiabougou.' : 'Families of the Lafiabougou neighbourhood.';
  plan.sections.competitors.who = fr ? 'Deux boutiques à 300 mètres, et le marché le samedi.' : 'Two shops 300 metres away, and the Saturday market.';
  plan.sections.marketing.price = fr ? 'Les prix du marché, avec la livraison gratuite pour les commandes de plus de 10 kg.' : 'Market prices, with free delivery for orders over 10 kg.';
  plan.sections.risks.risks = fr ? 'Hausse du prix du riz : acheter par sacs de 50 kg quand les prix sont bas.' : 'Rice prices going up: buy 50 kg sacks when prices are low.';
  plan.finance = {
    startMonth: '2027-03',
    equipment: [
      { id: 'shelves', name: fr ? 'Étagères métalliques' : 'Metal shelves', quantity: 4, unitPrice: 75_000 },
      { id: 'fridge', name: fr ? 'Réfrigérateur' : 'Fridge', quantity: 1, unitPrice: 350_000 },
      { id: 'scale', name: fr ? 'Balance électronique' : 'Electronic scale', quantity: 1, unitPrice: 50_000 },
      { id: 'counter', name: fr ? 'Comptoir' : 'Counter', quantity: 1, unitPrice: 100_000 },
    ],
    workingCapital: { firstStock: 300_000, rent: 60_000, wages: 0, marketing: 15_000, other: 75_000 },
    funding: { own: 450_000, inKind: 200_000, loans: [{ id: 'kafo', lender: 'Kafo Jiginew', amount: 600_000, yearlyRateBp: 1200, months: 12 }] },
    products: [
      { id: 'rice', name: fr ? 'Riz' : 'Rice', unit: 'kg', materials: 450, labour: 0, other: 25, price: 550, monthlyUnits: RICE_UNITS },
      { id: 'oil', name: fr ? 'Huile' : 'Oil', unit: fr ? 'litre' : 'litre', materials: 1_000, labour: 0, other: 50, price: 1_250, monthlyUnits: OIL_UNITS },
      { id: 'sugar', name: fr ? 'Sucre' : 'Sugar', unit: 'kg', materials: 600, labour: 0, other: 25, price: 700, monthlyUnits: SUGAR_UNITS },
    ],
    operatingCosts: [
      { id: 'rent', label: fr ? 'Loyer' : 'Rent', monthly: 25_000 },
      { id: 'power', label: fr ? 'Électricité' : 'Electricity', monthly: 10_000 },
      { id: 'transport', label: fr ? 'Transport des marchandises' : 'Goods transport', monthly: 7_500 },
      { id: 'phone', label: fr ? 'Téléphone' : 'Phone', monthly: 2_500 },
    ],
  };
  return plan;
}

export const ARABIC_PRODUCT = 'تمر مجدول';
/** "N'Ko bread" in N'Ko script. */
export const NKO_PRODUCT = 'ߒߞߏ ߓߎߙߎ';
/** 200 characters with accents and ligatures (beyond the 120 the form allows: the PDF must still cope). */
export const LONG_PRODUCT_NAME = 'Pâte d’arachide grillée, sucrée et épicée « façon grand-mère » pour sauces — ŒUVRE ÇA ET LÀ '.repeat(4).slice(0, 200);

/** 20 products with long names (accents, Arabic, N'Ko), sold at up to hundreds of millions of Guinean francs. */
export function manyProductsPlan(): BusinessPlan {
  const plan = bamakoGroceryPlan('fr');
  plan.currency = 'GNF';
  plan.country = 'GN';
  plan.town = 'Kankan';
  plan.finance.startMonth = '2027-09';
  plan.finance.products = Array.from({ length: 20 }, (_, index): Product => ({
    id: `product-${index}`,
    name: index === 3 ? ARABIC_PRODUCT : index === 4 ? NKO_PRODUCT : `${index + 1}. ${LONG_PRODUCT_NAME}`.slice(0, 200),
    unit: index % 2 === 0 ? 'kg' : 'bidon de vingt litres réutilisable',
    materials: 9_000 * (index + 1),
    labour: 1_500,
    other: 500,
    // One product sold below its cost, for a warning.
    price: index === 7 ? 5_000 : 15_000 * (index + 1),
    monthlyUnits: Array.from({ length: 12 }, (_, month) => 900 + 37 * month + 11 * index),
  }));
  plan.finance.funding.loans.push({ id: 'family', lender: 'Famille et amis de Kankan, tontine du quartier', amount: 2_500_000, yearlyRateBp: 0, months: 24 });
  return plan;
}

/** Amounts whose totals cannot be counted exactly: computeFinancials answers tooLarge. */
export function tooLargePlan(language: Language = 'fr'): BusinessPlan {
  const plan = bamakoGroceryPlan(language);
  plan.finance.products = plan.finance.products.map((product) => ({ ...product, price: MAX_AMOUNT, monthlyUnits: product.monthlyUnits.map(() => 1_000_000) }));
  return plan;
}
