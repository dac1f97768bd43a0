import { z } from 'zod';
import type { Step } from './schema';

/** What a participant answers at a step. The Node side checks it against the step and scores questions. */
export const REFLECTION_MAX = 5000;
const stepItemId = z.string().max(80);

export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('singleChoice'), optionId: stepItemId }),
  z.strictObject({ type: z.literal('multipleChoice'), optionIds: z.array(stepItemId).max(8) }),
  z.strictObject({ type: z.literal('reflection'), text: z.string().max(REFLECTION_MAX) }),
  z.strictObject({ type: z.literal('scenario'), choiceId: stepItemId }),
  z.strictObject({ type: z.literal('scale'), value: z.number().int().min(1).max(5) }),
  z.strictObject({ type: z.literal('checklist'), checked: z.array(stepItemId).max(12) }),
  z.strictObject({ type: z.literal('groupActivity'), done: z.boolean() }),
  z.strictObject({ type: z.literal('openTool'), opened: z.boolean() }),
]);
export type Answer = z.infer<typeof answerSchema>;

export type AnswerCheck = { valid: false; reason: string } | { valid: true; score: 0 | 1 | null };

/** Checks that an answer fits its step (type and ids) and scores it: 1 or 0 for questions, null otherwise. */
export function checkAnswer(step: Step, answer: Answer): AnswerCheck {
  if (step.type !== answer.type) return { valid: false, reason: `step is ${step.type}, answer is ${answer.type}` };
  switch (answer.type) {
    case 'singleChoice': {
      const options = (step as Extract<Step, { type: 'singleChoice' }>).options;
      const chosen = options.find((o) => o.id === answer.optionId);
      return chosen ? { valid: true, score: chosen.correct ? 1 : 0 } : { valid: false, reason: 'unknown option' };
    }
    case 'multipleChoice': {
      const options = (step as Extract<Step, { type: 'multipleChoice' }>).options;
      const chosen = new Set(answer.optionIds);
      if ([...chosen].some((id) => !options.some((o) => o.id === id))) return { valid: false, reason: 'unknown option' };
      const right = options.every((o) => o.correct === chosen.has(o.id));
      return { valid: true, score: right ? 1 : 0 };
    }
    case 'scenario': {
      const choices = (step as Extract<Step, { type: 'scenario' }>).choices;
      return choices.some((c) => c.id === answer.choiceId) ? { valid: true, score: null } : { valid: false, reason: 'unknown choice' };
    }
    case 'checklist': {
      const items = (step as Extract<Step, { type: 'checklist' }>).items;
      return answer.checked.every((id) => items.some((item) => item.id === id)) ? { valid: true, score: null } : { valid: false, reason: 'unknown item' };
    }
    default:
      return { valid: true, score: null };
  }
}

/** Steps a participant sees: those for everyone and those for their country of return. */
export function stepsFor<T extends { countries?: readonly string[] }>(steps: readonly T[], country: string | null): T[] {
  return steps.filter((step) => !step.countries || country === null || step.countries.includes(country));
}
