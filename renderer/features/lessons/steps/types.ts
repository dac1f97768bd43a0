import type { Answer } from '../../../../shared/content/answers';
import type { Step } from '../../../../shared/content/schema';
import type { Language } from '../../../../shared/domain/roles';

export interface StepProps<S extends Step = Step> {
  step: S;
  language: Language;
  answer: Answer | undefined;
  score: 0 | 1 | null | undefined;
  onAnswer: (answer: Answer) => void;
}

export type StepOf<T extends Step['type']> = Extract<Step, { type: T }>;
