/** One person the coordinator may erase, and why they are listed. */
export interface ErasureCandidateDto {
  participantId: string;
  firstName: string;
  lastName: string;
  cohortId: string;
  cohortName: string;
  /** The cohort's last day (YYYY-MM-DD). */
  cohortEnd: string;
  isSample: boolean;
  /** 'withdrawn': they withdrew the consent to keep their data; 'retention': the retention period after their cohort is over. */
  reason: 'withdrawn' | 'retention';
  /** When they withdrew (ISO time), or the day the retention period ended (YYYY-MM-DD). */
  since: string;
}

export interface ErasureListDto {
  /** Months after the end of a cohort after which its participants are listed for erasure; null: never. */
  retentionMonths: number | null;
  /** The day the list was made for (YYYY-MM-DD). */
  today: string;
  withdrawn: ErasureCandidateDto[];
  due: ErasureCandidateDto[];
}

export interface ErasureResultDto {
  erased: number;
  /** Backups (and databases set aside by a restore) on this laptop from which they were erased too. */
  copiesCleaned: number;
  /** Copies that could not be opened or checked, left as they were. */
  copiesNotCleaned: number;
}

export const ERASURE_REASONS = ['request', 'withdrawn', 'retention'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];
