import type { Language } from '../domain/roles';
import type { PlanCurrency, PlanSectionId, PlanStatus, WorkingCapitalItem } from './model';

/**
 * The words of a business plan in the plan's own language, whatever the
 * interface language: the worksheet's tables, the PDF and its warnings use
 * these. Placeholders in braces are filled by `fillLabel`.
 */
export interface PlanLabels {
  documentTitle: string;
  sections: Record<PlanSectionId, string>;
  fields: Record<string, string>;
  statuses: Record<PlanStatus, string>;
  currencies: Record<PlanCurrency, string>;
  months: readonly string[];
  monthShort: string;
  cover: {
    presentedBy: string;
    returnTo: string;
    date: string;
    organisation: string;
    programme: string;
  };
  finance: {
    startup: string;
    equipment: string;
    item: string;
    quantity: string;
    unitPrice: string;
    total: string;
    workingCapital: string;
    workingCapitalItems: Record<WorkingCapitalItem, string>;
    startupTotal: string;
    funding: string;
    own: string;
    inKind: string;
    loans: string;
    lender: string;
    amount: string;
    yearlyRate: string;
    months: string;
    monthlyRepayment: string;
    fundingTotal: string;
    fundingBalance: string;
    products: string;
    product: string;
    unit: string;
    materials: string;
    labour: string;
    other: string;
    unitCost: string;
    price: string;
    unitMargin: string;
    salesForecast: string;
    operatingCosts: string;
    costLabel: string;
    perMonth: string;
    profitAndLoss: string;
    sales: string;
    variableCosts: string;
    grossMargin: string;
    loanInterest: string;
    profit: string;
    cashFlow: string;
    opening: string;
    moneyIn: string;
    moneyOut: string;
    startupSpending: string;
    loanRepayments: string;
    closing: string;
    year: string;
    indicators: string;
    breakEvenUnits: string;
    breakEvenSales: string;
    monthlyFixedCosts: string;
    grossMarginPercent: string;
    paybackMonths: string;
    notReached: string;
    chartSalesCosts: string;
    chartCash: string;
    costs: string;
  };
  warnings: {
    title: string;
    cashNegative: string;
    priceBelowCost: string;
    repaymentAboveProfit: string;
    fundingGap: string;
  };
  signatures: { title: string; participant: string; facilitator: string; office: string; dateAndSignature: string };
  comments: string;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const PLAN_LABELS: Record<Language, PlanLabels> = {
  fr: {
    documentTitle: 'Plan d’affaires',
    sections: {
      summary: 'Résumé du projet',
      entrepreneur: 'L’entrepreneur·e',
      idea: 'L’idée',
      customers: 'Les clients',
      competitors: 'Les concurrents',
      marketing: 'Le marketing',
      staff: 'Le personnel',
      legal: 'Forme juridique, autorisations, impôts',
      risks: 'Les risques et comment y faire face',
      support: 'L’appui demandé',
    },
    fields: {
      summary: 'Résumé',
      skills: 'Compétences',
      experience: 'Expérience',
      motivation: 'Motivation',
      offer: 'Produit ou service',
      forWhom: 'Pour qui',
      where: 'Où, dans la ville de retour',
      who: 'Qui',
      needs: 'Leurs besoins',
      howMany: 'Combien',
      strengths: 'Leurs points forts',
      difference: 'Ce qui me rend différent·e',
      product: 'Produit',
      price: 'Prix',
      place: 'Lieu de vente',
      promotion: 'Promotion',
      staff: 'Personnel',
      form: 'Forme juridique',
      licences: 'Autorisations',
      taxes: 'Impôts et taxes',
      risks: 'Risques',
      support: 'Appui demandé',
    },
    statuses: { draft: 'Brouillon', submitted: 'Envoyé à l’animateur·rice', reviewed: 'Relu' },
    currencies: {
      XOF: 'franc CFA (BCEAO)',
      XAF: 'franc CFA (BEAC)',
      GNF: 'franc guinéen',
      CDF: 'franc congolais',
      USD: 'dollar américain',
      MAD: 'dirham marocain',
      EUR: 'euro',
    },
    months: MONTHS_FR,
    monthShort: 'M{n}',
    cover: {
      presentedBy: 'Présenté par',
      returnTo: 'Pays et ville de retour',
      date: 'Date',
      organisation: 'Organisation',
      programme: 'Programme',
    },
    finance: {
      startup: 'Besoins de démarrage',
      equipment: 'Équipement',
      item: 'Article',
      quantity: 'Quantité',
      unitPrice: 'Prix unitaire',
      total: 'Total',
      workingCapital: 'Fonds de roulement (avant l’ouverture)',
      workingCapitalItems: { firstStock: 'Premier stock', rent: 'Loyer', wages: 'Salaires', marketing: 'Publicité', other: 'Autres frais avant l’ouverture' },
      startupTotal: 'Total des besoins de démarrage',
      funding: 'Sources de financement',
      own: 'Apport personnel',
      inKind: 'Appui en nature demandé',
      loans: 'Prêts',
      lender: 'Prêteur',
      amount: 'Montant',
      yearlyRate: 'Taux annuel',
      months: 'Durée (mois)',
      monthlyRepayment: 'Remboursement mensuel',
      fundingTotal: 'Total des financements',
      fundingBalance: 'Financements moins besoins',
      products: 'Produits ou services : coût et prix',
      product: 'Produit ou service',
      unit: 'Unité',
      materials: 'Matières',
      labour: 'Main-d’œuvre',
      other: 'Autres',
      unitCost: 'Coût unitaire',
      price: 'Prix de vente',
      unitMargin: 'Marge par unité',
      salesForecast: 'Prévision des ventes sur 12 mois (unités)',
      operatingCosts: 'Charges mensuelles',
      costLabel: 'Charge',
      perMonth: 'Par mois',
      profitAndLoss: 'Compte de résultat sur 12 mois',
      sales: 'Ventes',
      variableCosts: 'Coût des ventes',
      grossMargin: 'Marge brute',
      loanInterest: 'Intérêts',
      profit: 'Bénéfice',
      cashFlow: 'Plan de trésorerie sur 12 mois',
      opening: 'Trésorerie au début du mois',
      moneyIn: 'Entrées',
      moneyOut: 'Sorties',
      startupSpending: 'Démarrage',
      loanRepayments: 'Remboursements',
      closing: 'Trésorerie en fin de mois',
      year: 'Année',
      indicators: 'Indicateurs',
      breakEvenUnits: 'Seuil de rentabilité (unités par mois)',
      breakEvenSales: 'Seuil de rentabilité (ventes par mois)',
      monthlyFixedCosts: 'Charges fixes par mois',
      grossMarginPercent: 'Taux de marge brute',
      paybackMonths: 'Mois pour rembourser le démarrage',
      notReached: 'Non atteint',
      chartSalesCosts: 'Ventes et coûts par mois',
      chartCash: 'Trésorerie en fin de mois',
      costs: 'Coûts',
    },
    warnings: {
      title: 'Points à revoir',
      cashNegative: 'La trésorerie passe sous zéro ({month}) : il manque de l’argent pour payer.',
      priceBelowCost: 'Le prix de « {name} » est plus bas que son coût : chaque vente fait perdre de l’argent.',
      repaymentAboveProfit: 'Le remboursement des prêts ({repayment} par mois) est plus grand que le bénéfice du mois ({profit}).',
      fundingGap: 'Les financements ne couvrent pas les besoins de démarrage : il manque {missing}.',
    },
    signatures: {
      title: 'Signatures',
      participant: 'Le ou la participant·e',
      facilitator: 'L’animateur·rice',
      office: 'Le bureau du pays de retour',
      dateAndSignature: 'Date et signature',
    },
    comments: 'Commentaires de l’animateur·rice',
  },
  en: {
    documentTitle: 'Business plan',
    sections: {
      summary: 'Project summary',
      entrepreneur: 'The entrepreneur',
      idea: 'The idea',
      customers: 'Customers',
      competitors: 'Competitors',
      marketing: 'Marketing',
      staff: 'Staff',
      legal: 'Legal form, licences, taxes',
      risks: 'Risks and how to face them',
      support: 'Support requested',
    },
    fields: {
      summary: 'Summary',
      skills: 'Skills',
      experience: 'Experience',
      motivation: 'Motivation',
      offer: 'Product or service',
      forWhom: 'For whom',
      where: 'Where, in the home town',
      who: 'Who',
      needs: 'What they need',
      howMany: 'How many',
      strengths: 'Their strengths',
      difference: 'What makes me different',
      product: 'Product',
      price: 'Price',
      place: 'Place of sale',
      promotion: 'Promotion',
      staff: 'Staff',
      form: 'Legal form',
      licences: 'Licences',
      taxes: 'Taxes',
      risks: 'Risks',
      support: 'Support requested',
    },
    statuses: { draft: 'Draft', submitted: 'Sent to the facilitator', reviewed: 'Reviewed' },
    currencies: {
      XOF: 'CFA franc (BCEAO)',
      XAF: 'CFA franc (BEAC)',
      GNF: 'Guinean franc',
      CDF: 'Congolese franc',
      USD: 'US dollar',
      MAD: 'Moroccan dirham',
      EUR: 'euro',
    },
    months: MONTHS_EN,
    monthShort: 'M{n}',
    cover: {
      presentedBy: 'Presented by',
      returnTo: 'Country and town of return',
      date: 'Date',
      organisation: 'Organisation',
      programme: 'Programme',
    },
    finance: {
      startup: 'Start-up needs',
      equipment: 'Equipment',
      item: 'Item',
      quantity: 'Quantity',
      unitPrice: 'Unit price',
      total: 'Total',
      workingCapital: 'Working capital (before opening)',
      workingCapitalItems: { firstStock: 'First stock', rent: 'Rent', wages: 'Wages', marketing: 'Marketing', other: 'Other pre-opening costs' },
      startupTotal: 'Total start-up needs',
      funding: 'Sources of funds',
      own: 'Own contribution',
      inKind: 'In-kind support requested',
      loans: 'Loans',
      lender: 'Lender',
      amount: 'Amount',
      yearlyRate: 'Yearly rate',
      months: 'Term (months)',
      monthlyRepayment: 'Monthly repayment',
      fundingTotal: 'Total funds',
      fundingBalance: 'Funds minus needs',
      products: 'Products or services: cost and price',
      product: 'Product or service',
      unit: 'Unit',
      materials: 'Materials',
      labour: 'Labour',
      other: 'Other',
      unitCost: 'Unit cost',
      price: 'Selling price',
      unitMargin: 'Margin per unit',
      salesForecast: '12-month sales forecast (units)',
      operatingCosts: 'Monthly operating costs',
      costLabel: 'Cost',
      perMonth: 'Per month',
      profitAndLoss: '12-month profit and loss',
      sales: 'Sales',
      variableCosts: 'Cost of sales',
      grossMargin: 'Gross margin',
      loanInterest: 'Interest',
      profit: 'Profit',
      cashFlow: '12-month cash flow',
      opening: 'Cash at start of month',
      moneyIn: 'Money in',
      moneyOut: 'Money out',
      startupSpending: 'Start-up',
      loanRepayments: 'Repayments',
      closing: 'Cash at end of month',
      year: 'Year',
      indicators: 'Key figures',
      breakEvenUnits: 'Break-even (units per month)',
      breakEvenSales: 'Break-even (sales per month)',
      monthlyFixedCosts: 'Fixed costs per month',
      grossMarginPercent: 'Gross margin rate',
      paybackMonths: 'Months to pay back the start-up',
      notReached: 'Not reached',
      chartSalesCosts: 'Sales and costs per month',
      chartCash: 'Cash at the end of each month',
      costs: 'Costs',
    },
    warnings: {
      title: 'To look at again',
      cashNegative: 'Cash goes below zero ({month}): there is not enough money to pay.',
      priceBelowCost: 'The price of “{name}” is below its cost: every sale loses money.',
      repaymentAboveProfit: 'The loan repayments ({repayment} a month) are larger than the monthly profit ({profit}).',
      fundingGap: 'The funds do not cover the start-up needs: {missing} is missing.',
    },
    signatures: {
      title: 'Signatures',
      participant: 'The participant',
      facilitator: 'The facilitator',
      office: 'The home-country office',
      dateAndSignature: 'Date and signature',
    },
    comments: 'Facilitator’s comments',
  },
};

export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Whole units in the plan's language and currency: "1 250 000 F CFA", "XOF 1,250,000". */
export function formatMoney(amount: number, currency: PlanCurrency, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** A percentage with one decimal, as the language writes it ("25,5 %", "25.5%"). */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** "mars 2027" when the plan knows its first month, otherwise "Mois 3" / "Month 3". */
export function monthName(startMonth: string, index: number, language: Language): string {
  if (!startMonth) return language === 'fr' ? `Mois ${index + 1}` : `Month ${index + 1}`;
  const [year, month] = startMonth.split('-').map(Number) as [number, number];
  const zeroBased = month - 1 + index;
  return `${PLAN_LABELS[language].months[zeroBased % 12]} ${year + Math.floor(zeroBased / 12)}`;
}
