import { readFileSync } from 'node:fs';
import { questionBankSchema, type QuestionBank } from '../../../shared/interview/schema';

/** The shipped question bank; a broken file stops the start with its problems named (it ships with the app and is checked by the tests). */
export function loadQuestionBank(file: string): QuestionBank {
  const parsed = questionBankSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} is not a valid question bank: ${problems.join('; ')}`);
  }
  return parsed.data;
}
