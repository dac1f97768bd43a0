import { z } from 'zod';
import { LANGUAGES } from '../domain/roles';
import { CONSENT_PURPOSES } from './texts';

const consentChangeFields = {
  purpose: z.enum(CONSENT_PURPOSES),
  given: z.boolean(),
  textVersion: z.string().regex(/^[a-z0-9.-]{1,60}$/).optional(),
  language: z.enum(LANGUAGES).optional(),
};

const namesTheText = (change: { given: boolean; textVersion?: string | undefined; language?: string | undefined }) =>
  !change.given || (change.textVersion !== undefined && change.language !== undefined);
const textRequired = { message: 'validation.required', path: ['textVersion'] };

/**
 * A consent given or withdrawn. Giving names the version and language of the
 * text that was shown, so what was agreed to can be traced.
 */
export const consentChangeSchema = z.strictObject(consentChangeFields).refine(namesTheText, textRequired);

/** The same, recorded by staff for a participant (a paper form, or a withdrawal on their behalf). */
export const staffConsentChangeSchema = z.strictObject({ participantId: z.uuid(), ...consentChangeFields }).refine(namesTheText, textRequired);
