import type { CohortDto, ParticipantDto, StaffDto } from '../../../shared/api/dto';
import { avatarSchema, type Avatar } from '../../../shared/domain/avatar';
import type { ReturnCountry } from '../../../shared/domain/countries';
import type { Language, StaffRole } from '../../../shared/domain/roles';

/** Column shapes as SQLite returns them, and their mapping to the contract's DTOs. */

export interface ParticipantRow {
  id: string;
  cohort_id: string;
  first_name: string;
  last_name: string;
  sex: 'F' | 'M' | null;
  country: ReturnCountry;
  city: string | null;
  phone: string | null;
  language: Language;
  avatar_json: string;
  pin_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  pin_reset_required: number;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

export interface StaffRow {
  id: string;
  name: string;
  role: StaffRole;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

export interface CohortRow {
  id: string;
  name: string;
  place: string;
  start_date: string;
  end_date: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
  participant_count: number;
  facilitator_ids: string | null;
}

const FALLBACK_AVATAR: Avatar = { color: 'teal', picture: null };

export function parseAvatar(json: string): Avatar {
  try {
    const parsed = avatarSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : FALLBACK_AVATAR;
  } catch {
    return FALLBACK_AVATAR;
  }
}

export function toParticipantDto(row: ParticipantRow): ParticipantDto {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    firstName: row.first_name,
    lastName: row.last_name,
    sex: row.sex,
    country: row.country,
    city: row.city,
    phone: row.phone,
    language: row.language,
    avatar: parseAvatar(row.avatar_json),
    isSample: row.is_sample === 1,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    pinResetRequired: row.pin_reset_required === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStaffDto(row: StaffRow): StaffDto {
  return { id: row.id, name: row.name, role: row.role, isSample: row.is_sample === 1, createdAt: row.created_at };
}

export function toCohortDto(row: CohortRow, activeCohortId: string | null): CohortDto {
  return {
    id: row.id,
    name: row.name,
    place: row.place,
    startDate: row.start_date,
    endDate: row.end_date,
    facilitatorIds: row.facilitator_ids ? row.facilitator_ids.split(',') : [],
    participantCount: row.participant_count,
    isSample: row.is_sample === 1,
    isActive: row.id === activeCohortId,
  };
}

export const COHORT_SELECT = `
  SELECT c.*,
    (SELECT COUNT(*) FROM participants p WHERE p.cohort_id = c.id) AS participant_count,
    (SELECT group_concat(cs.staff_id) FROM cohort_staff cs WHERE cs.cohort_id = c.id) AS facilitator_ids
  FROM cohorts c`;
