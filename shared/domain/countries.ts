/** Countries of return served by the workshops, plus Morocco where they run (see product brief). */
export const RETURN_COUNTRIES = ['BF', 'CM', 'CI', 'GN', 'ML', 'CD', 'SN', 'TG'] as const;
export type ReturnCountry = (typeof RETURN_COUNTRIES)[number];

export interface CountryFacts {
  readonly iso: ReturnCountry | 'MA';
  readonly nameFr: string;
  readonly nameEn: string;
  readonly currency: string;
  readonly phonePrefix: string;
}

export const COUNTRY_FACTS: Readonly<Record<ReturnCountry | 'MA', CountryFacts>> = {
  BF: { iso: 'BF', nameFr: 'Burkina Faso', nameEn: 'Burkina Faso', currency: 'XOF', phonePrefix: '+226' },
  CM: { iso: 'CM', nameFr: 'Cameroun', nameEn: 'Cameroon', currency: 'XAF', phonePrefix: '+237' },
  CI: { iso: 'CI', nameFr: "Côte d'Ivoire", nameEn: "Côte d'Ivoire", currency: 'XOF', phonePrefix: '+225' },
  GN: { iso: 'GN', nameFr: 'Guinée', nameEn: 'Guinea', currency: 'GNF', phonePrefix: '+224' },
  ML: { iso: 'ML', nameFr: 'Mali', nameEn: 'Mali', currency: 'XOF', phonePrefix: '+223' },
  CD: { iso: 'CD', nameFr: 'RD Congo', nameEn: 'DR Congo', currency: 'CDF', phonePrefix: '+243' },
  SN: { iso: 'SN', nameFr: 'Sénégal', nameEn: 'Senegal', currency: 'XOF', phonePrefix: '+221' },
  TG: { iso: 'TG', nameFr: 'Togo', nameEn: 'Togo', currency: 'XOF', phonePrefix: '+228' },
  MA: { iso: 'MA', nameFr: 'Maroc', nameEn: 'Morocco', currency: 'MAD', phonePrefix: '+212' },
};

export function countryName(iso: ReturnCountry | 'MA', language: 'fr' | 'en'): string {
  const facts = COUNTRY_FACTS[iso];
  return language === 'fr' ? facts.nameFr : facts.nameEn;
}
