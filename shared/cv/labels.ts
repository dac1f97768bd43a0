import type { Language } from '../domain/roles';
import type { LanguageLevel, SectionId } from './model';

/**
 * The words printed on a CV, in the CV's own language whatever the
 * interface language (the PDF and the preview both use these).
 */
export interface CvLabels {
  sections: Record<SectionId, string>;
  levels: Record<LanguageLevel, string>;
  months: readonly string[];
  present: string;
  selfEmployed: string;
  phone: string;
  email: string;
  drivingLicence: string;
  reference: string;
}

export const CV_LABELS: Record<Language, CvLabels> = {
  fr: {
    sections: {
      summary: 'Profil',
      experience: 'Expérience professionnelle',
      education: 'Formation',
      skills: 'Compétences',
      languages: 'Langues',
      drivingLicence: 'Permis de conduire',
      interests: 'Centres d’intérêt',
      references: 'Références',
    },
    levels: { notions: 'Notions', intermediate: 'Intermédiaire', fluent: 'Courant', native: 'Langue maternelle' },
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    present: 'aujourd’hui',
    selfEmployed: 'À mon compte',
    phone: 'Téléphone',
    email: 'E-mail',
    drivingLicence: 'Permis',
    reference: 'Référence',
  },
  en: {
    sections: {
      summary: 'Profile',
      experience: 'Work experience',
      education: 'Education and training',
      skills: 'Skills',
      languages: 'Languages',
      drivingLicence: 'Driving licence',
      interests: 'Interests',
      references: 'References',
    },
    levels: { notions: 'Basic', intermediate: 'Intermediate', fluent: 'Fluent', native: 'Native speaker' },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    present: 'present',
    selfEmployed: 'Self-employed',
    phone: 'Phone',
    email: 'Email',
    drivingLicence: 'Licence',
    reference: 'Reference',
  },
};

/** "2024-03" → "mars 2024" / "March 2024"; "" → "". */
export function formatMonth(month: string, language: Language): string {
  if (!month) return '';
  const [year, number] = month.split('-');
  return `${CV_LABELS[language].months[Number(number) - 1]} ${year}`;
}

/** "mars 2022 – aujourd’hui", "2019 – 2021"-like ranges for experiences and training. */
export function formatPeriod(start: string, end: string, current: boolean, language: Language): string {
  const from = formatMonth(start, language);
  const to = current ? CV_LABELS[language].present : formatMonth(end, language);
  if (from && to) return `${from} – ${to}`;
  return from || to;
}
