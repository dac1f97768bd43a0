import { z } from 'zod';
import { avatarSchema } from './avatar';
import { RETURN_COUNTRIES } from './countries';
import { checkPhone } from './phone';
import { LANGUAGES } from './roles';

/**
 * Input schemas shared by the forms (instant feedback) and the Node side
 * (the authority). Custom issues carry an i18n key as their message; the
 * rest are mapped to keys by `fieldErrorsOf`.
 */

// Names may be written in any script (Latin, Arabic, N'Ko…); only control characters are refused.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !CONTROL_CHARS.test(value), { message: 'validation.controlChars' });
const requiredText = (max: number) => text(max).pipe(z.string().min(1));
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));

export const NAME_MAX = 80;
export const uuid = z.uuid();
export const languageSchema = z.enum(LANGUAGES);
export const pinSchema = z.string().regex(/^\d{4,6}$/, { message: 'validation.pin' });
export const passwordSchema = z.string().min(8).max(200);
const isoDate = z.iso.date();

export const setupInputSchema = z.object({
  coordinatorName: requiredText(NAME_MAX),
  password: passwordSchema,
  organisationName: requiredText(120),
  workshopPlace: requiredText(120),
  language: languageSchema,
  withSampleData: z.boolean(),
});

export const cohortFieldsSchema = z
  .object({
    name: requiredText(NAME_MAX),
    place: requiredText(120),
    startDate: isoDate,
    endDate: isoDate,
    facilitatorIds: z.array(uuid).max(50),
  })
  .refine((cohort) => cohort.endDate >= cohort.startDate, {
    message: 'validation.endBeforeStart',
    path: ['endDate'],
  });

const participantFieldsObject = z.object({
  firstName: requiredText(NAME_MAX),
  lastName: requiredText(NAME_MAX),
  sex: z.enum(['F', 'M']).nullable(),
  country: z.enum(RETURN_COUNTRIES),
  city: optionalText(NAME_MAX),
  phone: optionalText(40),
  language: languageSchema,
  avatar: avatarSchema,
});

type ParticipantFieldsShape = z.infer<typeof participantFieldsObject>;
function phoneMatchesCountry(fields: ParticipantFieldsShape, ctx: z.RefinementCtx): void {
  if (fields.phone === null) return;
  const check = checkPhone(fields.phone, fields.country);
  if (!check.ok) {
    ctx.addIssue({
      code: 'custom',
      path: ['phone'],
      message: check.reason === 'wrongCountry' ? 'validation.phoneCountry' : 'validation.phone',
    });
  }
}

export const participantFieldsSchema = participantFieldsObject.superRefine(phoneMatchesCountry);
export const participantCreateSchema = participantFieldsObject
  .extend({ cohortId: uuid, pin: pinSchema })
  .superRefine(phoneMatchesCountry);
export const participantUpdateSchema = participantFieldsObject
  .extend({ participantId: uuid })
  .superRefine(phoneMatchesCountry);

export const facilitatorCreateSchema = z.object({
  name: requiredText(NAME_MAX),
  password: passwordSchema,
});

export const IDLE_MINUTES_MAX = 120;
export const organisationSettingsSchema = z.object({
  organisationName: requiredText(120),
  workshopPlace: requiredText(120),
  programmeName: text(160),
  language: languageSchema,
  idleMinutesParticipant: z.number().int().min(1).max(IDLE_MINUTES_MAX),
  idleMinutesStaff: z.number().int().min(1).max(IDLE_MINUTES_MAX),
  /** Per country of return: who runs the orientation session and how to reach them, as the coordinator writes it. */
  orientationContacts: z.partialRecord(z.enum(RETURN_COUNTRIES), text(500)),
});

export type SetupInput = z.infer<typeof setupInputSchema>;
export type CohortFields = z.infer<typeof cohortFieldsSchema>;
export type ParticipantFields = z.infer<typeof participantFieldsSchema>;
export type ParticipantCreateInput = z.infer<typeof participantCreateSchema>;
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

/** One field's problem, as an i18n key plus the values its message needs. */
export interface FieldError {
  key: string;
  params?: Record<string, number>;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError> {
  const result: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (result[path]) continue;
    result[path] = issueToFieldError(issue);
  }
  return result;
}

function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case 'custom':
      return { key: issue.message };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'validation.required' };
      if (issue.origin === 'string') return { key: 'validation.tooShort', params: { count: Number(issue.minimum) } };
      return { key: 'validation.tooSmall', params: { count: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { count: Number(issue.maximum) } };
      return { key: 'validation.tooBig', params: { count: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: issue.message.startsWith('validation.') ? issue.message : 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.type' };
    default:
      return { key: 'validation.invalid' };
  }
}
