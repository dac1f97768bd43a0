import { z } from 'zod';
import { RETURN_COUNTRIES, COUNTRY_FACTS, type ReturnCountry } from '../domain/countries';
import { freeText } from '../domain/free-text';
import { LANGUAGES, type Language } from '../domain/roles';

/**
 * A business plan as the participant builds it, following the structure of
 * small-business training (the entrepreneur, customers, competitors, the four
 * P of marketing, staff, legal form, start-up capital, 12-month forecasts).
 *
 * Money is counted in whole units of the plan's currency (integers only);
 * every figure is derived by `computeFinancials` (finance.ts), never stored.
 * Drafts are always saved, even incomplete: only lengths and number ranges
 * are bounded here.
 */

export const PLAN_CURRENCIES = ['XOF', 'XAF', 'GNF', 'CDF', 'USD', 'MAD', 'EUR'] as const;
export type PlanCurrency = (typeof PLAN_CURRENCIES)[number];

/** The currency a plan starts with: the country of return's (see product brief). */
export function defaultCurrency(country: ReturnCountry | 'MA' | ''): PlanCurrency {
  if (country === '') return 'XOF';
  const currency = COUNTRY_FACTS[country].currency;
  return (PLAN_CURRENCIES as readonly string[]).includes(currency) ? (currency as PlanCurrency) : 'XOF';
}

/** Largest amount a participant may type (999 999 999 999): beyond it, the arithmetic could not stay exact. */
export const MAX_AMOUNT = 999_999_999_999;
/** Largest quantity (units, items) a participant may type. */
export const MAX_QUANTITY = 1_000_000;
/** Yearly interest rates are kept in basis points: 1250 = 12.50 %. Capped at 100 %. */
export const MAX_RATE_BP = 10_000;
export const MAX_LOAN_MONTHS = 120;
export const MONTHS = 12;

const amount = z.number().int().min(0).max(MAX_AMOUNT);
const quantity = z.number().int().min(0).max(MAX_QUANTITY);
const itemId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const line = freeText(120);
const paragraph = freeText(2000);

/** The written sections, in order, each with its fields (one screen each in the worksheet). */
export const PLAN_SECTIONS = {
  summary: ['summary'],
  entrepreneur: ['skills', 'experience', 'motivation'],
  idea: ['offer', 'forWhom', 'where'],
  customers: ['who', 'needs', 'howMany'],
  competitors: ['who', 'strengths', 'difference'],
  marketing: ['product', 'price', 'place', 'promotion'],
  staff: ['staff'],
  legal: ['form', 'licences', 'taxes'],
  risks: ['risks'],
  support: ['support'],
} as const satisfies Record<string, readonly string[]>;

export type PlanSectionId = keyof typeof PLAN_SECTIONS;
export const PLAN_SECTION_IDS = Object.keys(PLAN_SECTIONS) as PlanSectionId[];
export type SectionFieldId<S extends PlanSectionId> = (typeof PLAN_SECTIONS)[S][number];

const sectionSchema = <S extends PlanSectionId>(section: S) =>
  z.strictObject(Object.fromEntries(PLAN_SECTIONS[section].map((field) => [field, paragraph])) as Record<SectionFieldId<S>, typeof paragraph>);

export const sectionsSchema = z.strictObject({
  summary: sectionSchema('summary'),
  entrepreneur: sectionSchema('entrepreneur'),
  idea: sectionSchema('idea'),
  customers: sectionSchema('customers'),
  competitors: sectionSchema('competitors'),
  marketing: sectionSchema('marketing'),
  staff: sectionSchema('staff'),
  legal: sectionSchema('legal'),
  risks: sectionSchema('risks'),
  support: sectionSchema('support'),
});

export const equipmentItemSchema = z.strictObject({ id: itemId, name: line, quantity, unitPrice: amount });

/** Money needed before the first sale, beside the equipment. */
export const WORKING_CAPITAL_ITEMS = ['firstStock', 'rent', 'wages', 'marketing', 'other'] as const;
export type WorkingCapitalItem = (typeof WORKING_CAPITAL_ITEMS)[number];

export const loanSchema = z.strictObject({
  id: itemId,
  lender: line,
  amount,
  /** Yearly rate in basis points (1250 = 12.50 %). */
  yearlyRateBp: z.number().int().min(0).max(MAX_RATE_BP),
  /** Repaid in equal monthly instalments over this many months, from the first month. */
  months: z.number().int().min(1).max(MAX_LOAN_MONTHS),
});

export const productSchema = z.strictObject({
  id: itemId,
  name: line,
  /** "plate", "kg", "haircut"… */
  unit: freeText(40),
  /** Cost of one unit: materials, labour, other. */
  materials: amount,
  labour: amount,
  other: amount,
  price: amount,
  /** Units sold in each of the 12 months. */
  monthlyUnits: z.array(quantity).length(MONTHS),
});

export const operatingCostSchema = z.strictObject({ id: itemId, label: line, monthly: amount });

export const financeSchema = z.strictObject({
  /** First month of activity ("2027-03"), or "" when not known yet: only used to name the months. */
  startMonth: z.union([z.literal(''), z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/)]),
  equipment: z.array(equipmentItemSchema).max(30),
  workingCapital: z.strictObject({ firstStock: amount, rent: amount, wages: amount, marketing: amount, other: amount }),
  funding: z.strictObject({
    own: amount,
    /** Value of the support asked for in kind (equipment, stock): no cash comes in. */
    inKind: amount,
    loans: z.array(loanSchema).max(5),
  }),
  products: z.array(productSchema).max(20),
  operatingCosts: z.array(operatingCostSchema).max(20),
});

export const businessPlanSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  currency: z.enum(PLAN_CURRENCIES),
  projectTitle: line,
  country: z.union([z.enum(RETURN_COUNTRIES), z.literal('')]),
  town: freeText(80),
  sections: sectionsSchema,
  finance: financeSchema,
});

export type BusinessPlan = z.infer<typeof businessPlanSchema>;
export type PlanFinance = BusinessPlan['finance'];
export type EquipmentItem = z.infer<typeof equipmentItemSchema>;
export type Loan = z.infer<typeof loanSchema>;
export type Product = z.infer<typeof productSchema>;
export type OperatingCost = z.infer<typeof operatingCostSchema>;

export const PLAN_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

function emptySections(): BusinessPlan['sections'] {
  return Object.fromEntries(
    PLAN_SECTION_IDS.map((section) => [section, Object.fromEntries(PLAN_SECTIONS[section].map((field) => [field, '']))]),
  ) as BusinessPlan['sections'];
}

export function emptyBusinessPlan(language: Language, country: ReturnCountry | '', town = ''): BusinessPlan {
  return {
    version: 1,
    language,
    currency: defaultCurrency(country),
    projectTitle: '',
    country,
    town,
    sections: emptySections(),
    finance: {
      startMonth: '',
      equipment: [],
      workingCapital: { firstStock: 0, rent: 0, wages: 0, marketing: 0, other: 0 },
      funding: { own: 0, inKind: 0, loans: [] },
      products: [],
      operatingCosts: [],
    },
  };
}
