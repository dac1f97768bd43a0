import { createRequire } from 'node:module';

// The official JSON Resume schema and its validator, as published (CommonJS).
const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate: (resume: unknown, callback: (errors: { property: string; message: string }[] | null, valid: boolean) => void) => void;
};

/** Problems the official JSON Resume schema finds in a file, one line each ("basics.name: is not of a type(s) string"). */
export function jsonResumeProblems(resume: unknown): string[] {
  let problems: string[] = [];
  validate(resume, (errors) => {
    problems = (errors ?? []).map((error) => `${error.property.replace(/^instance\.?/, '') || 'file'}: ${error.message}`);
  });
  return problems;
}
