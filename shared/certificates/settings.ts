import { z } from 'zod';
import { MODULE_IDS } from '../content/schema';
import { freeText } from '../domain/free-text';
import { LANGUAGES } from '../domain/roles';
import { CERTIFICATE_KINDS } from './payload';

/**
 * What a coordinator sets for certificates: who issues them, the wording,
 * signatories and logos (images they choose; none are shipped), which
 * modules they cover, and each module's eligibility rule.
 */
export const imageDataUrl = z.string().max(1_500_000).regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'validation.image' });
const line = (max: number) => freeText(max).refine((value) => !/[\n\r\t]/.test(value), { message: 'validation.controlChars' });

export const CERTIFIED_MODULES = ['life-skills', 'entrepreneurship'] as const;

export const eligibilityRuleSchema = z.strictObject({
  minAttendancePercent: z.number().int().min(0).max(100),
  requireAllLessons: z.boolean(),
});

export const certificateSettingsSchema = z.strictObject({
  organisation: line(120),
  programme: line(160),
  place: line(120),
  language: z.enum(LANGUAGES),
  kind: z.enum(CERTIFICATE_KINDS),
  modules: z.array(z.enum(CERTIFIED_MODULES)).min(1).max(CERTIFIED_MODULES.length),
  rules: z.partialRecord(z.enum(MODULE_IDS), eligibilityRuleSchema),
  signatories: z.array(z.strictObject({ name: line(80), title: line(120), signature: imageDataUrl.nullable() })).max(3),
  logos: z.array(imageDataUrl).max(2),
});

export type CertificateSettings = z.infer<typeof certificateSettingsSchema>;

export function defaultCertificateSettings(organisation: string, place: string, programme: string): CertificateSettings {
  return {
    organisation,
    programme,
    place,
    language: 'fr',
    kind: 'participation',
    modules: ['life-skills', 'entrepreneurship'],
    rules: {
      'life-skills': { minAttendancePercent: 80, requireAllLessons: true },
      entrepreneurship: { minAttendancePercent: 80, requireAllLessons: true },
    },
    signatories: [],
    logos: [],
  };
}
