import type { TFunction } from 'i18next';
import type { ApiErrorBody } from '../../shared/api/result';

/** A message for any refused call, in the interface language (zod-free, for screens loaded at start). */
export function errorMessage(error: ApiErrorBody, t: TFunction): string {
  return t(`errors.${error.code}`);
}
