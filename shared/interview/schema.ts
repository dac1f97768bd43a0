import { z } from 'zod';
import { localized } from '../content/schema';

/**
 * The format of the interview question bank (resources/interview/questions.json),
 * used by the interview-practice tool. French and English sit side by side in
 * every text, as in lesson content.
 */

export const INTERVIEW_CATEGORIES = ['introduction', 'motivation', 'experience', 'difficult', 'project', 'askEmployer'] as const;
export type InterviewCategory = (typeof INTERVIEW_CATEGORIES)[number];

/** 'all' marks a general question; the others tag trade-specific ones. */
export const JOB_FIELDS = ['all', 'commerce', 'craft', 'construction', 'mechanics', 'food', 'transport', 'agriculture', 'care', 'office'] as const;
export type JobField = (typeof JOB_FIELDS)[number];

/** Texts are kept short so participants who read with difficulty can follow. */
const TEXT_MAX = 600;
const TIP_MAX = 200;
/** Minimum number of questions in each category. */
export const MIN_QUESTIONS_PER_CATEGORY = 6;

const limited = (max: number) =>
  localized.refine((text) => text.fr.length <= max && text.en.length <= max, { message: `at most ${max} characters in each language` });
const text = limited(TEXT_MAX);

export const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, { message: 'lowercase letters, digits and dashes' }),
  category: z.enum(INTERVIEW_CATEGORIES),
  question: text,
  /** One or two short sentences: how to answer well. */
  tip: limited(TIP_MAX),
  /** A good example answer; STAR-structured when the question asks about a past situation. */
  modelAnswer: text,
  /** The same model answer split into Situation / Task / Action / Result, for questions about past situations. */
  star: z.strictObject({ situation: text, task: text, action: text, result: text }).optional(),
  fields: z.array(z.enum(JOB_FIELDS)).min(1),
});
export type InterviewQuestion = z.infer<typeof questionSchema>;

export const questionBankSchema = z
  .strictObject({
    version: z.literal(1),
    /** Category names. */
    categories: z.record(z.enum(INTERVIEW_CATEGORIES), localized),
    questions: z.array(questionSchema).min(40),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${question.id}" is used twice` });
      seen.add(question.id);
    });
    for (const category of INTERVIEW_CATEGORIES) {
      const count = bank.questions.filter((question) => question.category === category).length;
      if (count < MIN_QUESTIONS_PER_CATEGORY) {
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `category "${category}" has ${count} questions, at least ${MIN_QUESTIONS_PER_CATEGORY} are needed` });
      }
    }
  });
export type QuestionBank = z.infer<typeof questionBankSchema>;

/** A question a coordinator adds from the app: French required, English optional (French is shown when it is missing). */
const coordinatorText = (max: number) =>
  z.strictObject({ fr: z.string().trim().min(1).max(max), en: z.string().trim().max(max) }).transform((value) => ({ fr: value.fr, en: value.en || value.fr }));

export const newQuestionSchema = z.strictObject({
  category: z.enum(INTERVIEW_CATEGORIES),
  question: coordinatorText(TEXT_MAX),
  tip: coordinatorText(TIP_MAX),
  modelAnswer: coordinatorText(TEXT_MAX),
  fields: z.array(z.enum(JOB_FIELDS)).min(1).max(JOB_FIELDS.length),
});
