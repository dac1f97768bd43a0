import { z } from 'zod';
import { CERTIFIED_MODULES } from '../certificates/settings';
import { languageSchema } from '../domain/schemas';

/**
 * What a report covers. The period selects the cohorts that overlap it (a
 * cohort from 15 March to 30 May is in a report for April) and the
 * certificates issued within it; `cohortId` narrows to one cohort. A missing
 * bound leaves that side open; no bounds and no cohort: everything.
 */
export const reportFilterSchema = z
  .strictObject({
    from: z.iso.date().nullable(),
    to: z.iso.date().nullable(),
    cohortId: z.uuid().nullable(),
  })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, { message: 'validation.endBeforeStart', path: ['to'] });

/** The same, plus the language the file is written in (the interface's). */
export const reportExportSchema = z
  .strictObject({
    from: z.iso.date().nullable(),
    to: z.iso.date().nullable(),
    cohortId: z.uuid().nullable(),
    language: languageSchema,
  })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, { message: 'validation.endBeforeStart', path: ['to'] });

export type ReportFilter = z.infer<typeof reportFilterSchema>;
export type ReportExportInput = z.infer<typeof reportExportSchema>;

/** The two modules of the programme that reports count (the orientation lesson is not one of them). */
export const REPORT_MODULES = CERTIFIED_MODULES;
export type ReportModuleId = (typeof REPORT_MODULES)[number];
