import { checkPhone } from '../domain/phone';
import { RETURN_COUNTRIES, type ReturnCountry } from '../domain/countries';
import type { Cv } from './model';

/** Something worth fixing in a CV, as an i18n key under `cvWarnings.` — shown in the CV's language, never blocking a save. */
export interface CvWarning {
  path: string;
  key: 'name' | 'targetJob' | 'phone' | 'email' | 'role' | 'start' | 'endBeforeStart' | 'noExperience';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function cvWarnings(cv: Cv): CvWarning[] {
  const warnings: CvWarning[] = [];
  if (!cv.identity.firstName.trim() || !cv.identity.lastName.trim()) warnings.push({ path: 'identity', key: 'name' });
  if (!cv.targetJob.trim()) warnings.push({ path: 'targetJob', key: 'targetJob' });
  if (cv.contact.phone.trim()) {
    const country = (RETURN_COUNTRIES as readonly string[]).includes(cv.contact.country) ? (cv.contact.country as ReturnCountry) : 'SN';
    if (!checkPhone(cv.contact.phone, country).ok) warnings.push({ path: 'contact.phone', key: 'phone' });
  }
  if (cv.contact.email.trim() && !EMAIL.test(cv.contact.email.trim())) warnings.push({ path: 'contact.email', key: 'email' });
  if (cv.experience.length === 0 && !cv.hiddenSections.includes('experience')) warnings.push({ path: 'experience', key: 'noExperience' });
  cv.experience.forEach((e, index) => {
    if (!e.role.trim()) warnings.push({ path: `experience.${index}.role`, key: 'role' });
    if (!e.start) warnings.push({ path: `experience.${index}.start`, key: 'start' });
    if (e.start && e.end && !e.current && e.end < e.start) warnings.push({ path: `experience.${index}.end`, key: 'endBeforeStart' });
  });
  return warnings;
}
