import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { COUNTRY_FACTS, type ReturnCountry } from './countries';

export type PhoneCheck =
  | { ok: true; e164: string }
  | { ok: false; reason: 'invalid' | 'wrongCountry' };

/**
 * A participant's phone must be a valid number of their country of return
 * (so the home-country office can reach them), or a Moroccan number while
 * they are still here. Local numbers without a prefix are read as numbers
 * of the country of return.
 */
export function checkPhone(raw: string, country: ReturnCountry): PhoneCheck {
  const parsed = parsePhoneNumberFromString(raw.trim(), country);
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const prefix = `+${parsed.countryCallingCode}`;
  if (prefix !== COUNTRY_FACTS[country].phonePrefix && prefix !== COUNTRY_FACTS.MA.phonePrefix) {
    return { ok: false, reason: 'wrongCountry' };
  }
  return { ok: true, e164: parsed.number };
}

/** "+221771234567" → "+221 77 123 45 67", for reading aloud and dialling; anything unparsable is shown as stored. */
export function formatPhone(stored: string): string {
  return parsePhoneNumberFromString(stored)?.formatInternational() ?? stored;
}
