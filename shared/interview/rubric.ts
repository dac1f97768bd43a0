import { z } from 'zod';

/**
 * The one rubric used both for a participant's self-assessment and for the
 * facilitator's rating: five criteria, each rated 1–4 with a one-line
 * descriptor per level (French and English).
 */
export const RUBRIC_CRITERIA = ['clarity', 'structure', 'example', 'attitude', 'relevance'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

type Levels = readonly [string, string, string, string];

export const RUBRIC: Record<'fr' | 'en', Record<RubricCriterion, { name: string; levels: Levels }>> = {
  fr: {
    clarity: { name: 'Clarté', levels: ['Difficile à comprendre.', 'Compréhensible, mais hésitant.', 'Clair, avec quelques hésitations.', 'Très clair, bon rythme.'] },
    structure: { name: 'Structure', levels: ['Pas d’ordre dans la réponse.', 'Un début d’ordre.', 'Un début, un milieu, une fin.', 'Bien construit, va droit au but.'] },
    example: { name: 'Exemple concret', levels: ['Aucun exemple.', 'Un exemple vague.', 'Un exemple précis.', 'Un exemple précis avec un résultat.'] },
    attitude: { name: 'Attitude et confiance', levels: ['Très stressé, regard fuyant.', 'Un peu stressé.', 'Calme et poli.', 'Confiant, souriant, regarde la personne.'] },
    relevance: { name: 'Lien avec le poste', levels: ['Pas de lien avec le poste.', 'Un lien faible.', 'Un lien clair.', 'Montre bien ce qu’il apporte au poste.'] },
  },
  en: {
    clarity: { name: 'Clarity', levels: ['Hard to understand.', 'Understandable but hesitant.', 'Clear, with a few hesitations.', 'Very clear, good pace.'] },
    structure: { name: 'Structure', levels: ['No order in the answer.', 'Some order.', 'A beginning, a middle, an end.', 'Well built, straight to the point.'] },
    example: { name: 'Concrete example', levels: ['No example.', 'A vague example.', 'A precise example.', 'A precise example with a result.'] },
    attitude: { name: 'Attitude and confidence', levels: ['Very stressed, avoids eye contact.', 'A little stressed.', 'Calm and polite.', 'Confident, smiling, looks at the person.'] },
    relevance: { name: 'Relevance to the job', levels: ['No link with the job.', 'A weak link.', 'A clear link.', 'Shows well what they bring to the job.'] },
  },
};

export const ratingSchema = z.strictObject(
  Object.fromEntries(RUBRIC_CRITERIA.map((criterion) => [criterion, z.number().int().min(1).max(4)])) as Record<RubricCriterion, z.ZodNumber>,
);
export type Rating = z.infer<typeof ratingSchema>;

/** The average of the five criteria, to one decimal (for the history chart). */
export function ratingAverage(rating: Rating): number {
  const sum = RUBRIC_CRITERIA.reduce((total, criterion) => total + rating[criterion], 0);
  return Math.round((sum / RUBRIC_CRITERIA.length) * 10) / 10;
}
