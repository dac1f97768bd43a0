import type { Answer } from '../content/answers';
import type { StepIcon } from '../content/icons';
import type { Localized, Module, ModuleId } from '../content/schema';
import type { BusinessPlan, PlanCurrency, PlanStatus } from '../business-plan/model';
import type { ParticipantEligibility } from '../certificates/eligibility';
import type { CertificatePayload } from '../certificates/payload';
import type { Cv } from '../cv/model';
import type { Rating } from '../interview/rubric';
import type { Avatar } from '../domain/avatar';
import type { ReturnCountry } from '../domain/countries';
import type { Language, Role, StaffRole } from '../domain/roles';
import type { OrganisationSettings } from '../domain/schemas';
import type { OrientationTopic } from '../orientation/schemas';

/** Shapes that cross the contract. Plain JSON: strings, numbers, booleans, null. */

export interface SessionUser {
  id: string;
  role: Role;
  displayName: string;
  avatar: Avatar | null;
  language: Language;
  idleMinutes: number;
}

export interface AppStatus {
  setupRequired: boolean;
  language: Language;
  organisationName: string;
  workshopPlace: string;
  sampleDataPresent: boolean;
  version: string;
  /** Set when the database cannot be opened: the renderer shows the recovery screen and nothing else. */
  recovery: { kind: 'corrupt' | 'unreadable' | 'newer-version' } | null;
}

export interface ParticipantCard {
  id: string;
  firstName: string;
  lastName: string;
  avatar: Avatar;
  isSample: boolean;
  /** ISO time until which PIN entry is refused, or null. */
  lockedUntil: string | null;
  pinResetRequired: boolean;
}

export interface StaffCard {
  id: string;
  name: string;
  role: StaffRole;
}

export interface SignInOptions {
  cohort: { id: string; name: string; isSample: boolean } | null;
  participants: ParticipantCard[];
  staff: StaffCard[];
}

export interface CohortDto {
  id: string;
  name: string;
  place: string;
  startDate: string;
  endDate: string;
  facilitatorIds: string[];
  participantCount: number;
  isSample: boolean;
  isActive: boolean;
}

export interface ParticipantDto {
  id: string;
  cohortId: string;
  firstName: string;
  lastName: string;
  sex: 'F' | 'M' | null;
  country: ReturnCountry;
  city: string | null;
  phone: string | null;
  language: Language;
  avatar: Avatar;
  isSample: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  pinResetRequired: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffDto extends StaffCard {
  isSample: boolean;
  createdAt: string;
}

export type SettingsDto = OrganisationSettings;

export interface DraftDto {
  key: string;
  value: string;
  updatedAt: string;
}

export interface LessonSummary {
  id: string;
  module: ModuleId;
  order: number;
  title: Localized;
  summary: Localized;
  icon: StepIcon;
  durationMinutes: number;
  /** Steps this person sees (country-specific steps counted only for their country). */
  stepCount: number;
}

export interface CatalogDto {
  modules: Module[];
  lessons: LessonSummary[];
}

export interface LessonProgressSummary {
  lessonId: string;
  position: number;
  answered: number;
  questions: number;
  correct: number;
  completedAt: string | null;
}

export interface SelfAssessmentDto {
  moduleId: ModuleId;
  phase: 'before' | 'after';
  ratings: Record<string, number>;
}

export interface MyProgressDto {
  lessons: LessonProgressSummary[];
  selfAssessments: SelfAssessmentDto[];
}

export interface LessonStateDto {
  position: number;
  completedAt: string | null;
  answers: Record<string, { answer: Answer; score: 0 | 1 | null }>;
}

export interface CvSummary {
  id: string;
  title: string;
  language: Language;
  template: Cv['template'];
  updatedAt: string;
}

export interface CvDto {
  id: string;
  title: string;
  document: Cv;
  updatedAt: string;
}

export interface ExportedFile {
  fileName: string;
  /** PDF bytes in base64, or the JSON text. */
  content: string;
  encoding: 'base64' | 'utf8';
  mimeType: string;
}

export interface ConsentsDto {
  /** The workshop may keep their data (their work is saved only with it). */
  data: boolean;
  photo: boolean;
  audio: boolean;
  /** Their documents may be sent to the migration office of their country (the hand-over pack). */
  share: boolean;
}

/** A participant's own profile, with their cohort (for the workshop modules on a CV). */
export interface MeDto extends ParticipantDto {
  cohort: { name: string; place: string; startDate: string; endDate: string };
  /** The orientation contacts the coordinator wrote for this participant's country ("" when none yet). */
  orientationContact: string;
  /** The page the coordinator writes for this participant's country (contacts, support, notes; '' when not written). */
  countryPage: CountryPageDto;
}

export interface AttemptDto {
  id: string;
  questionId: string;
  mode: 'practice' | 'mock';
  typedAnswer: string;
  hasRecording: boolean;
  recordingMs: number | null;
  selfRating: Rating | null;
  facilitatorRating: Rating | null;
  createdAt: string;
}

export interface PlanSummary {
  id: string;
  title: string;
  language: Language;
  status: PlanStatus;
  currency: PlanCurrency;
  commentCount: number;
  updatedAt: string;
}

export interface PlanCommentDto {
  id: string;
  /** A section id, or "finance" for the figures, or "general". */
  section: string;
  authorName: string;
  text: string;
  createdAt: string;
}

export interface PlanDto {
  id: string;
  participantId: string;
  participantName: string;
  cohortId: string;
  title: string;
  status: PlanStatus;
  document: BusinessPlan;
  comments: PlanCommentDto[];
  submittedAt: string | null;
  reviewedAt: string | null;
  updatedAt: string;
}

/** A plan a facilitator may read: submitted or reviewed, never a draft. */
export interface CohortPlanSummary extends PlanSummary {
  participantId: string;
  participantName: string;
  submittedAt: string | null;
}

export interface WorkshopSessionDto {
  id: string;
  cohortId: string;
  moduleId: ModuleId;
  date: string;
  start: string;
  end: string;
  facilitatorId: string | null;
  place: string;
  /** How many participants have a mark, and how many were there (present or late). */
  marked: number;
  attended: number;
}

export interface AttendanceMarkDto {
  participantId: string;
  status: 'present' | 'absent' | 'late';
  minutesMissed: number | null;
}

export interface BoardLessonCell {
  position: number;
  completed: boolean;
  correct: number;
  answered: number;
}

export interface BoardRow {
  participantId: string;
  firstName: string;
  lastName: string;
  avatar: Avatar;
  country: ReturnCountry;
  lessons: Record<string, BoardLessonCell>;
  /** Average self-rating (1–5) before and after each module, null when not given. */
  selfAssessments: Partial<Record<ModuleId, { before: number | null; after: number | null }>>;
  minutesAttended: Record<ModuleId, number>;
  cvCount: number;
  plans: { id: string; title: string; status: PlanStatus }[];
}

export interface CohortBoardDto {
  lessons: { id: string; moduleId: ModuleId; title: Localized; questions: number }[];
  minutesScheduled: Record<ModuleId, number>;
  rows: BoardRow[];
}

export interface CertificateDto {
  id: string;
  number: string;
  participantId: string | null;
  participantName: string;
  cohortId: string | null;
  kind: 'participation' | 'completion';
  language: Language;
  issuedAt: string;
  forcedReason: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface EligibilityRowDto {
  participantId: string;
  firstName: string;
  lastName: string;
  eligible: boolean;
  modules: ParticipantEligibility[];
  /** The latest certificate not revoked, if any. */
  certificate: CertificateDto | null;
}

export interface VerifyDto {
  valid: boolean;
  reason: 'malformed' | 'badSignature' | null;
  payload: CertificatePayload | null;
  /** What the register of this laptop says, when it holds this number. */
  register: { revokedAt: string | null; revokedReason: string | null } | null;
}

/** What the coordinator writes for one country of return; participants of that country read it in the orientation lesson. */
export interface CountryPageDto {
  country: ReturnCountry;
  contacts: string;
  support: string;
  notes: string;
  /** null while nothing has been written for this country. */
  updatedAt: string | null;
}

export interface OrientationAttendeeDto {
  participantId: string;
  firstName: string;
  lastName: string;
  cohortId: string;
  cohortName: string;
}

/** A participant who may be marked present at an orientation session: returning to that country, in a cohort the caller sees. */
export interface OrientationCandidateDto extends OrientationAttendeeDto {
  city: string | null;
}

/** A virtual orientation session with the migration office of one country. */
export interface OrientationSessionDto {
  id: string;
  date: string;
  country: ReturnCountry;
  topics: OrientationTopic[];
  notes: string;
  followUp: string;
  /** The attendees this caller may see (for a facilitator, those of their cohorts). */
  attendees: OrientationAttendeeDto[];
  /** Attendees from cohorts this caller does not see: counted, never named. */
  otherAttendees: number;
  recordedBy: string | null;
  /** Whether this caller may change or delete it (the coordinator, or the facilitator who recorded it). */
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface HandoverItemDto {
  kind: 'cover' | 'certificate' | 'cv' | 'plan';
  /** The file's name inside the ZIP. */
  fileName: string;
  /** The CV or plan title, or the certificate number ('' for the cover). */
  title: string;
}

/** One hand-over pack, as recorded in the register. */
export interface HandoverDto {
  id: string;
  participantId: string;
  createdAt: string;
  /** The coordinator who made it (null once their account is gone). */
  createdBy: string | null;
  items: HandoverItemDto[];
}

/** A participant as the coordinator sees them before making a hand-over pack. */
export interface HandoverRowDto {
  participantId: string;
  firstName: string;
  lastName: string;
  country: ReturnCountry;
  city: string | null;
  /** The participant's consent to share: when given (null when not given or withdrawn). */
  consentGivenAt: string | null;
  /** What a pack would hold today. */
  contents: { certificate: string | null; cvs: number; plans: number; orientationSessions: number };
  handovers: HandoverDto[];
}

/** For the participant: their consent to share, and what has already been sent. */
export interface MyHandoverDto {
  country: ReturnCountry;
  consentGivenAt: string | null;
  handovers: HandoverDto[];
}

// Reports: the types live with their calculations (shared/reports).
export type { ReportDto, ReportCohortRow, CountryCount, SexCounts, ModuleReport, ModuleCompletion, ModuleAttendance, ModuleSelfAssessment, CertificateCounts } from '../reports/types';
