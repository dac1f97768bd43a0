import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/roles';
import { fr, type Translation } from './fr';

/**
 * French first; English complete (the `Translation` type makes a missing
 * English key a compile error). French is in the first bundle (the sign-in
 * screen needs it at once); English arrives when someone switches.
 */
const BUNDLES: Record<Language, () => Promise<Translation>> = {
  fr: () => Promise.resolve(fr),
  en: () => import('./en').then((module) => module.en),
};

/** Loads a language's texts if they are not there yet (a CV or plan in the other language needs them). */
export async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await BUNDLES[language]());
}

export async function initI18n(language: Language = 'fr'): Promise<void> {
  const translation = await BUNDLES[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };

/** i18next's current language as one of ours (French for anything else). */
export function asLanguage(code: string): Language {
  return code === 'en' ? 'en' : 'fr';
}
