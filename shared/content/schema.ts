import { z } from 'zod';
import { RETURN_COUNTRIES } from '../domain/countries';
import { STEP_ICONS } from './icons';

/**
 * The format of lesson content (resources/content/<module>/module.json and
 * resources/content/<module>/<lesson>/lesson.json). French and English sit
 * side by side in every text, so a translation cannot drift out of step.
 */

const TEXT_MAX = 700;
/** A text in both languages. */
export const localized = z.strictObject({
  fr: z.string().trim().min(1).max(TEXT_MAX),
  en: z.string().trim().min(1).max(TEXT_MAX),
});
export type Localized = z.infer<typeof localized>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, { message: 'lowercase letters, digits and dashes' });
const icon = z.enum(STEP_ICONS);

const stepBase = {
  id,
  icon: icon.optional(),
  /** Shown only in the presenter view. */
  notes: localized.optional(),
  /** Shown to participants returning to these countries only (the facilitator sees all). */
  countries: z.array(z.enum(RETURN_COUNTRIES)).min(1).optional(),
};

const option = z.strictObject({ id, text: localized, correct: z.boolean(), feedback: localized });

export const stepSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...stepBase, type: z.literal('explanation'), title: localized, text: localized }),
  z.strictObject({
    ...stepBase,
    type: z.literal('singleChoice'),
    question: localized,
    options: z.array(option).min(2).max(6),
  }).refine((step) => step.options.filter((o) => o.correct).length === 1, { message: 'a single-choice question needs exactly one correct option' }),
  z.strictObject({
    ...stepBase,
    type: z.literal('multipleChoice'),
    question: localized,
    options: z.array(option).min(2).max(8),
  }).refine((step) => step.options.some((o) => o.correct), { message: 'a multiple-choice question needs at least one correct option' }),
  z.strictObject({ ...stepBase, type: z.literal('reflection'), prompt: localized, hint: localized.optional() }),
  z.strictObject({
    ...stepBase,
    type: z.literal('scenario'),
    situation: localized,
    choices: z.array(z.strictObject({ id, text: localized, outcome: localized, recommended: z.boolean() })).min(2).max(5),
  }),
  z.strictObject({
    ...stepBase,
    type: z.literal('scale'),
    statement: localized,
    minLabel: localized,
    maxLabel: localized,
  }),
  z.strictObject({ ...stepBase, type: z.literal('checklist'), title: localized, items: z.array(z.strictObject({ id, text: localized })).min(2).max(12) }),
  z.strictObject({
    ...stepBase,
    type: z.literal('groupActivity'),
    title: localized,
    instructions: localized,
    durationMinutes: z.number().int().min(1).max(120),
  }),
  z.strictObject({
    ...stepBase,
    type: z.literal('openTool'),
    tool: z.enum(['cv', 'interview', 'businessPlan']),
    title: localized,
    text: localized,
  }),
]);
export type Step = z.infer<typeof stepSchema>;
export type StepType = Step['type'];

/** Steps where the participant does something; there must be one at least every three steps. */
export const INTERACTIVE_TYPES: readonly StepType[] = ['singleChoice', 'multipleChoice', 'reflection', 'scenario', 'scale', 'checklist', 'groupActivity', 'openTool'];

export const MODULE_IDS = ['life-skills', 'entrepreneurship', 'orientation'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const lessonSchema = z
  .strictObject({
    id,
    module: z.enum(MODULE_IDS),
    order: z.number().int().min(1).max(99),
    title: localized,
    summary: localized,
    icon,
    durationMinutes: z.number().int().min(5).max(240),
    /** What the participant has learnt, shown at the end. */
    objectives: z.array(localized).min(2).max(6),
    steps: z.array(stepSchema).min(8).max(15),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Set<string>();
    lesson.steps.forEach((step, index) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `step id "${step.id}" is used twice` });
      seen.add(step.id);
    });
    let run = 0;
    lesson.steps.forEach((step, index) => {
      run = INTERACTIVE_TYPES.includes(step.type) ? 0 : run + 1;
      if (run === 3) ctx.addIssue({ code: 'custom', path: ['steps', index], message: 'three explanation steps in a row: add an interactive step' });
    });
  });
export type Lesson = z.infer<typeof lessonSchema>;

export const moduleSchema = z.strictObject({
  id: z.enum(MODULE_IDS),
  order: z.number().int().min(1).max(9),
  title: localized,
  summary: localized,
  icon,
  /** Asked at the start and the end of the module (1–5), so facilitators see what changed. */
  selfAssessment: z.array(z.strictObject({ id, statement: localized })).min(0).max(8),
});
export type Module = z.infer<typeof moduleSchema>;
