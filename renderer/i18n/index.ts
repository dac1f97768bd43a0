import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/roles';
import { en } from './en';
import { fr } from './fr';

/** French first; English complete (the `Translation` type makes a missing English key a compile error). */
export async function initI18n(language: Language = 'fr'): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };

/** i18next's current language as one of ours (French for anything else). */
export function asLanguage(code: string): Language {
  return code === 'en' ? 'en' : 'fr';
}
