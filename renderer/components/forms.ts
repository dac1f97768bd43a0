import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldErrorsOf, type FieldError } from '../../shared/domain/schemas';

/** Turns the shared zod schema into @mantine/form errors, translated in the interface language. */
export function zodValidator<T>(schema: z.ZodType, t: TFunction, toInput: (values: T) => unknown = (v) => v) {
  return (values: T): Record<string, string> => {
    const parsed = schema.safeParse(toInput(values));
    return parsed.success ? {} : translateFields(fieldErrorsOf(parsed.error), t);
  };
}

export function translateFields(fields: Record<string, FieldError>, t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, error]) => [path, t(error.key, error.params)]));
}

export { errorMessage } from './error-message';
