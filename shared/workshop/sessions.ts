import { z } from 'zod';
import { MODULE_IDS } from '../content/schema';

/** A workshop session as a facilitator records it; the end must come after the start. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' });

export const sessionFieldsSchema = z
  .strictObject({
    moduleId: z.enum(MODULE_IDS),
    date: z.iso.date(),
    start: time,
    end: time,
    facilitatorId: z.uuid().nullable(),
    place: z.string().trim().min(1).max(120).refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: 'validation.controlChars' }),
  })
  .refine((session) => session.end > session.start, { message: 'validation.endBeforeStart', path: ['end'] });

export type SessionFields = z.infer<typeof sessionFieldsSchema>;

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent'] as const;
