import { z } from 'zod';
import type { Language } from '../domain/roles';
import { CV_LABELS } from './labels';
import { cvSchema, emptyCv, LANGUAGE_LEVELS, SECTION_IDS, type Cv, type LanguageLevel } from './model';

/**
 * JSON Resume (schema 1.0.0) ⇄ our CV. Standard fields carry everything both
 * formats have; what JSON Resume lacks (self-employed, "still there", simple
 * language levels, template, section order, driving licence…) travels in an
 * "x-foras" extension, which the schema allows, so our own exports round-trip
 * exactly and other tools' files still import.
 */
export interface JsonResume {
  basics?: {
    name?: string;
    label?: string;
    image?: string;
    email?: string;
    phone?: string;
    summary?: string;
    location?: { city?: string; countryCode?: string };
  };
  work?: { name?: string; position?: string; location?: string; startDate?: string; endDate?: string; highlights?: string[]; summary?: string }[];
  education?: { institution?: string; area?: string; studyType?: string; startDate?: string; endDate?: string; courses?: string[] }[];
  skills?: { name?: string; keywords?: string[] }[];
  languages?: { language?: string; fluency?: string }[];
  interests?: { name?: string }[];
  references?: { name?: string; reference?: string }[];
  'x-foras'?: unknown;
  [key: string]: unknown;
}

const extensionSchema = z.object({
  version: z.literal(1),
  language: z.enum(['fr', 'en']),
  template: z.enum(['sober', 'modern']),
  firstName: z.string(),
  lastName: z.string(),
  sectionOrder: z.array(z.enum(SECTION_IDS)),
  hiddenSections: z.array(z.enum(SECTION_IDS)),
  drivingLicence: z.string(),
  country: z.string(),
  work: z.array(z.object({ id: z.string(), selfEmployed: z.boolean(), current: z.boolean() })),
  education: z.array(z.object({ id: z.string(), place: z.string() })),
  languages: z.array(z.object({ id: z.string(), level: z.enum(LANGUAGE_LEVELS), showCefr: z.boolean() })),
  references: z.array(z.object({ id: z.string(), relation: z.string(), phone: z.string() })),
});
type Extension = z.infer<typeof extensionSchema>;

const drop = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

export function toJsonResume(cv: Cv): JsonResume {
  const labels = CV_LABELS[cv.language];
  const extension: Extension = {
    version: 1,
    language: cv.language,
    template: cv.template,
    firstName: cv.identity.firstName,
    lastName: cv.identity.lastName,
    sectionOrder: cv.sectionOrder,
    hiddenSections: cv.hiddenSections,
    drivingLicence: cv.drivingLicence,
    country: cv.contact.country,
    work: cv.experience.map((e) => ({ id: e.id, selfEmployed: e.selfEmployed, current: e.current })),
    education: cv.education.map((e) => ({ id: e.id, place: e.place })),
    languages: cv.languages.map((l) => ({ id: l.id, level: l.level, showCefr: l.showCefr })),
    references: cv.references.map((r) => ({ id: r.id, relation: r.relation, phone: r.phone })),
  };
  return {
    basics: drop({
      name: `${cv.identity.firstName} ${cv.identity.lastName}`.trim(),
      label: cv.targetJob,
      image: cv.identity.photo ?? '',
      email: cv.contact.email,
      phone: cv.contact.phone,
      summary: cv.summary,
      location: drop({ city: cv.contact.city, countryCode: cv.contact.country }),
    }),
    work: cv.experience.map((e) =>
      drop({
        name: e.selfEmployed && !e.employer ? labels.selfEmployed : e.employer,
        position: e.role,
        location: e.place,
        startDate: e.start,
        endDate: e.current ? '' : e.end,
        highlights: e.tasks,
      }),
    ),
    education: cv.education.map((e) => drop({ institution: e.institution, studyType: e.title, startDate: e.start, endDate: e.end, courses: e.details ? e.details.split('\n') : [] })),
    skills: cv.skills.map((name) => ({ name })),
    languages: cv.languages.map((l) => ({ language: l.name, fluency: labels.levels[l.level] })),
    interests: cv.interests.map((name) => ({ name })),
    references: cv.references.map((r) => drop({ name: r.name, reference: r.relation })),
    'x-foras': extension,
  };
}

const MONTH = /^(\d{4})-(\d{2})/;
const toMonth = (date: string | undefined) => (date && MONTH.test(date) ? date.slice(0, 7) : date && /^\d{4}$/.test(date) ? `${date}-01` : '');
const cut = (value: string | undefined, max: number) => (value ?? '').slice(0, max);

/** Reads a JSON Resume (ours or another tool's) into a CV; the result is then checked against `cvSchema`. */
export function fromJsonResume(resume: JsonResume, fallbackLanguage: Language): Cv {
  const parsedExtension = extensionSchema.safeParse(resume['x-foras']);
  const ext = parsedExtension.success ? parsedExtension.data : null;
  const language = ext?.language ?? fallbackLanguage;
  const basics = resume.basics ?? {};
  const [first = '', ...rest] = (basics.name ?? '').trim().split(/\s+/);
  const country = ext?.country ?? basics.location?.countryCode ?? '';
  const cv = emptyCv(language, { firstName: ext?.firstName ?? first, lastName: ext?.lastName ?? rest.join(' '), country: '' });
  const selfEmployedNames = new Set([CV_LABELS.fr.selfEmployed, CV_LABELS.en.selfEmployed]);
  const id = (prefix: string, index: number, known?: string) => known ?? `${prefix}-${index + 1}`;

  const result: Cv = {
    ...cv,
    template: ext?.template ?? 'sober',
    sectionOrder: ext?.sectionOrder.length === SECTION_IDS.length ? ext.sectionOrder : cv.sectionOrder,
    hiddenSections: ext?.hiddenSections ?? [],
    identity: { ...cv.identity, photo: basics.image?.startsWith('data:image/jpeg;base64,') ? basics.image : null },
    contact: {
      phone: cut(basics.phone, 40),
      email: cut(basics.email, 120),
      city: cut(basics.location?.city, 80),
      country: (['BF', 'CM', 'CI', 'GN', 'ML', 'CD', 'SN', 'TG', 'MA'].includes(country) ? country : '') as Cv['contact']['country'],
    },
    targetJob: cut(basics.label, 160),
    summary: cut(basics.summary, 1200),
    experience: (resume.work ?? []).slice(0, 30).map((w, index) => {
      const extra = ext?.work[index];
      const selfEmployed = extra?.selfEmployed ?? selfEmployedNames.has(w.name ?? '');
      return {
        id: id('exp', index, extra?.id),
        role: cut(w.position, 160),
        employer: selfEmployed && selfEmployedNames.has(w.name ?? '') ? '' : cut(w.name, 160),
        selfEmployed,
        place: cut(w.location, 160),
        start: toMonth(w.startDate),
        end: toMonth(w.endDate),
        current: extra?.current ?? (Boolean(w.startDate) && !w.endDate),
        tasks: (w.highlights ?? (w.summary ? [w.summary] : [])).slice(0, 12).map((task) => cut(task, 300)),
      };
    }),
    education: (resume.education ?? []).slice(0, 20).map((e, index) => ({
      id: id('edu', index, ext?.education[index]?.id),
      title: cut(e.studyType ?? e.area, 160),
      institution: cut(e.institution, 160),
      place: ext?.education[index]?.place ?? '',
      start: toMonth(e.startDate),
      end: toMonth(e.endDate),
      details: cut((e.courses ?? []).join('\n'), 400),
    })),
    skills: (resume.skills ?? []).slice(0, 30).map((s) => cut(s.name, 120)).filter(Boolean),
    languages: (resume.languages ?? []).slice(0, 10).map((l, index) => ({
      id: id('lang', index, ext?.languages[index]?.id),
      name: cut(l.language, 60),
      level: ext?.languages[index]?.level ?? levelFromFluency(l.fluency ?? ''),
      showCefr: ext?.languages[index]?.showCefr ?? false,
    })),
    drivingLicence: ext?.drivingLicence ?? '',
    interests: (resume.interests ?? []).slice(0, 15).map((i) => cut(i.name, 120)).filter(Boolean),
    references: (resume.references ?? []).slice(0, 6).map((r, index) => ({
      id: id('ref', index, ext?.references[index]?.id),
      name: cut(r.name, 160),
      relation: cut(r.reference, 160),
      phone: ext?.references[index]?.phone ?? '',
    })),
  };
  return cvSchema.parse(result);
}

/** Free-text fluency from other tools, mapped to our four simple levels. */
export function levelFromFluency(fluency: string): LanguageLevel {
  const text = fluency.toLowerCase();
  if (/native|maternelle|mother/.test(text)) return 'native';
  if (/fluent|courant|c1|c2|bilingual|bilingue|professional/.test(text)) return 'fluent';
  if (/intermedia|interméd|b1|b2|conversational/.test(text)) return 'intermediate';
  return 'notions';
}
