import type { MeDto } from '../../../shared/api/dto';
import type { Education } from '../../../shared/cv/model';
import type { Language } from '../../../shared/domain/roles';
import { newId } from './fields';

const MODULE_TITLES: Record<Language, [string, string]> = {
  fr: ['Atelier « Life skills – soft skills » (confiance en soi, émotions, prise de parole, recherche d’emploi)', 'Atelier « Entrepreneuriat et commercialisation » (idée de projet, comptabilité de base, plan d’affaires, marketing)'],
  en: ['Workshop “Life skills – soft skills” (self-confidence, emotions, public speaking, job search)', 'Workshop “Entrepreneurship and marketing” (project idea, basic bookkeeping, business plan, marketing)'],
};

/** The two workshop modules as training entries, with the cohort's dates, in the CV's language. */
export function workshopEducation(me: MeDto, organisation: string, language: Language): Education[] {
  return MODULE_TITLES[language].map((title) => ({
    id: newId('edu'),
    title,
    institution: organisation,
    place: me.cohort.place,
    start: me.cohort.startDate.slice(0, 7),
    end: me.cohort.endDate.slice(0, 7),
    details: '',
  }));
}
