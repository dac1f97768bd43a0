import { z } from 'zod';

/**
 * Text a participant writes in a document (a CV, a business plan): any
 * script, line breaks and tabs allowed, other control characters refused.
 * Drafts are saved incomplete, so only the length is bounded.
 */
export const freeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), { message: 'validation.controlChars' });
