import { z } from 'zod';
import { RETURN_COUNTRIES } from '../domain/countries';
import { freeText } from '../domain/free-text';
import { LANGUAGES } from '../domain/roles';

/**
 * A CV as the participant builds it. Drafts are always saved, even
 * incomplete: every text may be empty and only lengths are bounded here;
 * what is missing or odd is reported by `cvWarnings` (never blocking a save).
 */

const text = freeText;
const line = text(160);
const itemId = z.string().regex(/^[a-z0-9-]{1,40}$/);
/** "2024-03", or "" when not known yet. */
export const monthSchema = z.union([z.literal(''), z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)]);

export const SECTION_IDS = ['summary', 'experience', 'education', 'skills', 'languages', 'drivingLicence', 'interests', 'references'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const LANGUAGE_LEVELS = ['notions', 'intermediate', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** The CEFR grid's levels matching each simple level (shown only when the participant wants). */
export const CEFR_FOR_LEVEL: Record<LanguageLevel, string | null> = { notions: 'A1–A2', intermediate: 'B1–B2', fluent: 'C1', native: null };

export const experienceSchema = z.strictObject({
  id: itemId,
  role: line,
  employer: line,
  /** "À mon compte" / "Self-employed": informal work counts. */
  selfEmployed: z.boolean(),
  place: line,
  start: monthSchema,
  end: monthSchema,
  current: z.boolean(),
  tasks: z.array(text(300)).max(12),
});

export const educationSchema = z.strictObject({
  id: itemId,
  title: line,
  institution: line,
  place: line,
  start: monthSchema,
  end: monthSchema,
  details: text(400),
});

export const cvLanguageSchema = z.strictObject({ id: itemId, name: text(60), level: z.enum(LANGUAGE_LEVELS), showCefr: z.boolean() });
export const referenceSchema = z.strictObject({ id: itemId, name: line, relation: line, phone: text(40) });

export const cvSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  template: z.enum(['sober', 'modern']),
  sectionOrder: z.array(z.enum(SECTION_IDS)).length(SECTION_IDS.length),
  hiddenSections: z.array(z.enum(SECTION_IDS)).max(SECTION_IDS.length),
  identity: z.strictObject({
    firstName: text(80),
    lastName: text(80),
    /** A JPEG data URL, only with the participant's photo consent. */
    photo: z.string().max(700_000).regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/).nullable(),
  }),
  contact: z.strictObject({
    phone: text(40),
    email: text(120),
    city: text(80),
    country: z.union([z.enum(RETURN_COUNTRIES), z.literal('MA'), z.literal('')]),
  }),
  targetJob: line,
  summary: text(1200),
  experience: z.array(experienceSchema).max(30),
  education: z.array(educationSchema).max(20),
  skills: z.array(text(120)).max(30),
  languages: z.array(cvLanguageSchema).max(10),
  drivingLicence: text(60),
  interests: z.array(text(120)).max(15),
  references: z.array(referenceSchema).max(6),
});

export type Cv = z.infer<typeof cvSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type CvLanguage = z.infer<typeof cvLanguageSchema>;

export function emptyCv(language: Cv['language'], identity: { firstName: string; lastName: string; country: Cv['contact']['country'] }): Cv {
  return {
    version: 1,
    language,
    template: 'sober',
    sectionOrder: [...SECTION_IDS],
    hiddenSections: [],
    identity: { firstName: identity.firstName, lastName: identity.lastName, photo: null },
    contact: { phone: '', email: '', city: '', country: identity.country },
    targetJob: '',
    summary: '',
    experience: [],
    education: [],
    skills: [],
    languages: [],
    drivingLicence: '',
    interests: [],
    references: [],
  };
}

/** The sections shown, in the participant's order. */
export function visibleSections(cv: Cv): SectionId[] {
  return cv.sectionOrder.filter((id) => !cv.hiddenSections.includes(id));
}
