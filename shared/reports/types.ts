import type { Localized } from '../content/schema';
import type { ReportFilter, ReportModuleId } from './filter';

/** A cohort counted in a report. */
export interface ReportCohortRow {
  cohortId: string;
  name: string;
  place: string;
  /** 'YYYY-MM-DD' */
  startDate: string;
  endDate: string;
  participants: number;
  isSample: boolean;
}

/** Participants by country of return (ISO code, as stored), largest first. */
export interface CountryCount {
  country: string;
  participants: number;
}

export interface SexCounts {
  F: number;
  M: number;
  /** Sex not given (the field is optional). */
  notGiven: number;
}

export interface ModuleCompletion {
  /** Lessons the module has today. */
  lessons: number;
  /** Participants who completed every lesson of the module (0 when it has none). */
  completedAll: number;
  /** completedAll of all the report's participants, in percent (one decimal); null without participants. */
  percent: number | null;
  /** Lessons completed per participant, on average (two decimals); null without participants. */
  averageLessons: number | null;
}

export interface ModuleAttendance {
  /** The sessions' scheduled minutes times the participants of their cohort. */
  minutesScheduled: number;
  /** Minutes the participants attended (late arrivals count what they attended). */
  minutesAttended: number;
  /** Attended of scheduled, in percent, rounded down to a tenth; null when nothing was scheduled. */
  percent: number | null;
}

export interface ModuleSelfAssessment {
  answeredBefore: number;
  answeredAfter: number;
  /** People who answered both before and after: the averages are theirs, so they compare like with like. */
  pairs: number;
  /** Averages on the 1–5 scale (two decimals); null when nobody answered both. */
  averageBefore: number | null;
  averageAfter: number | null;
}

export interface ModuleReport {
  moduleId: ReportModuleId;
  title: Localized;
  completion: ModuleCompletion;
  attendance: ModuleAttendance;
  selfAssessment: ModuleSelfAssessment;
}

export interface CertificateCounts {
  /** Issued in the period and not revoked, by kind. */
  participation: number;
  completion: number;
  /** participation + completion */
  issued: number;
  /** Issued in the period, since revoked. */
  revoked: number;
}

/** A coordinator's report for funders: counts only, no names. */
export interface ReportDto {
  filter: ReportFilter;
  /** The cohort's name when the report is for one cohort. */
  cohortName: string | null;
  participants: number;
  /** Some of the cohorts counted are sample data. */
  includesSample: boolean;
  byCountry: CountryCount[];
  bySex: SexCounts;
  cohorts: ReportCohortRow[];
  modules: ModuleReport[];
  certificates: CertificateCounts;
}
