import { z } from 'zod';
import { RETURN_COUNTRIES } from '../domain/countries';
import { freeText } from '../domain/free-text';

/**
 * The virtual orientation session with the migration office of the home
 * country, as staff record it, and the page the coordinator writes for each
 * country of return. Shared by the forms (instant feedback) and the Node
 * side (the authority).
 */

/** What was talked about: health and entry rules, resuming studies, community projects, funding for an individual project, other. */
export const ORIENTATION_TOPICS = ['health-entry', 'studies', 'community', 'funding', 'other'] as const;
export type OrientationTopic = (typeof ORIENTATION_TOPICS)[number];

export const NOTES_MAX = 4000;
export const MAX_ATTENDEES = 200;
export const COUNTRY_PAGE_MAX = { contacts: 1000, support: 3000, notes: 3000 } as const;

const noDuplicates = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const returnCountrySchema = z.enum(RETURN_COUNTRIES);

export const orientationSessionFieldsSchema = z.strictObject({
  date: z.iso.date(),
  country: returnCountrySchema,
  participantIds: z
    .array(z.uuid())
    .max(MAX_ATTENDEES)
    .refine((ids) => ids.length > 0, { message: 'orientation.form.attendeesRequired' })
    .refine(noDuplicates, { message: 'validation.invalid' }),
  topics: z
    .array(z.enum(ORIENTATION_TOPICS))
    .max(ORIENTATION_TOPICS.length)
    .refine((topics) => topics.length > 0, { message: 'orientation.form.topicsRequired' })
    .refine(noDuplicates, { message: 'validation.invalid' }),
  notes: freeText(NOTES_MAX),
  followUp: freeText(NOTES_MAX),
});

export type OrientationSessionFields = z.infer<typeof orientationSessionFieldsSchema>;

export const countryPageFieldsSchema = z.strictObject({
  country: returnCountrySchema,
  contacts: freeText(COUNTRY_PAGE_MAX.contacts),
  support: freeText(COUNTRY_PAGE_MAX.support),
  notes: freeText(COUNTRY_PAGE_MAX.notes),
});

export type CountryPageFields = z.infer<typeof countryPageFieldsSchema>;
