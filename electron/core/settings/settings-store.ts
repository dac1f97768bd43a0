import { z } from 'zod';
import { IDLE_MINUTES_MAX, languageSchema } from '../../../shared/domain/schemas';

/**
 * Device settings: in Electron kept by electron-store, in the browser host by
 * a JSON file. Every field falls back to its default on its own, so one bad
 * value in a hand-edited file does not reset the others.
 */
const minutes = (fallback: number) => z.number().int().min(1).max(IDLE_MINUTES_MAX).catch(fallback);

export const settingsSchema = z.object({
  language: languageSchema.catch('fr'),
  organisationName: z.string().max(120).catch(''),
  workshopPlace: z.string().max(120).catch(''),
  /** The programme line printed on business plans and certificates (may stay empty). */
  programmeName: z.string().max(160).catch(''),
  idleMinutesParticipant: minutes(5),
  idleMinutesStaff: minutes(10),
  activeCohortId: z.string().nullable().catch(null),
  orientationContacts: z.record(z.string(), z.string().max(500)).catch({}),
  /** Months after a cohort ends before its participants are listed for erasure (the coordinator confirms); null: never. */
  retentionMonths: z.number().int().min(1).max(120).nullable().catch(null),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsStore {
  read(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export function normaliseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? raw : {};
  return settingsSchema.parse(record);
}

/** For tests and for hosts that keep nothing between launches. */
export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let current = normaliseSettings(initial);
  return {
    read: () => current,
    update(patch) {
      current = normaliseSettings({ ...current, ...patch });
      return current;
    },
  };
}
