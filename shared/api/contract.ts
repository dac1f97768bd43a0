import { z } from 'zod';
import {
  cohortFieldsSchema,
  facilitatorCreateSchema,
  languageSchema,
  organisationSettingsSchema,
  participantCreateSchema,
  participantUpdateSchema,
  passwordSchema,
  pinSchema,
  setupInputSchema,
  uuid,
} from '../domain/schemas';
import { answerSchema } from '../content/answers';
import { MODULE_IDS, type Lesson } from '../content/schema';
import { businessPlanSchema, PLAN_SECTION_IDS } from '../business-plan/model';
import { certificateSettingsSchema, type CertificateSettings } from '../certificates/settings';
import { cvSchema } from '../cv/model';
import { sessionFieldsSchema } from '../workshop/sessions';
import { reportExportSchema, reportFilterSchema } from '../reports/filter';
import type { ReportDto } from '../reports/types';
import { transferExportSchema, transferImportStartSchema, transferImportStepSchema } from '../transfer/schemas';
import type { TransferImportPlanDto, TransferImportStepDto } from '../transfer/types';
import { consentChangeSchema, staffConsentChangeSchema } from '../consents/schemas';
import type { ParticipantConsentsDto } from '../consents/types';
import { ERASURE_REASONS, type ErasureListDto, type ErasureResultDto } from '../privacy/types';
import { RETENTION_MONTHS_MAX } from '../privacy/retention';
import { backupFileNameSchema, backupPassphraseSchema, confirmSchema, MAX_BACKUP_BASE64_CHARS } from '../backup/schemas';
import type { BackupDto, RecoveryStatusDto, RestoreResultDto } from '../backup/types';
import { auditFilterSchema } from '../audit/filter';
import type { AuditPageDto } from '../audit/types';
import { countryPageFieldsSchema, orientationSessionFieldsSchema, returnCountrySchema } from '../orientation/schemas';
import { freeText } from '../domain/free-text';
import { ratingSchema } from '../interview/rubric';
import { newQuestionSchema, type InterviewQuestion, type QuestionBank } from '../interview/schema';
import { MAX_RECORDING_MS } from '../interview/timer';
import type { Role } from '../domain/roles';
import type { MethodName } from './methods';
import type {
  AppStatus,
  AttemptDto,
  AttendanceMarkDto,
  CatalogDto,
  CertificateDto,
  CohortBoardDto,
  EligibilityRowDto,
  VerifyDto,
  CountryPageDto,
  HandoverRowDto,
  MyHandoverDto,
  OrientationCandidateDto,
  OrientationSessionDto,
  WorkshopSessionDto,
  CohortPlanSummary,
  CohortDto,
  ConsentsDto,
  CvDto,
  CvSummary,
  DraftDto,
  ExportedFile,
  LessonProgressSummary,
  LessonStateDto,
  MeDto,
  MyProgressDto,
  ParticipantDto,
  PlanCommentDto,
  PlanDto,
  PlanSummary,
  SessionUser,
  SettingsDto,
  SignInOptions,
  StaffDto,
} from './dto';

/**
 * The one contract between the renderer and the Node side. The handler table
 * (electron/core) and the client (shared/api/client.ts) are both derived from
 * it; the dispatcher enforces `roles` and `target` for every call.
 */

/** The record a call touches; the dispatcher checks the caller may see it. */
export type Target = { participantId: string } | { cohortId: string } | { cvId: string } | { attemptId: string } | { planId: string };

export type Access = 'public' | readonly Role[];

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** The record the call touches; null when the input names none (e.g. "all cohorts"). */
  target?: (input: z.output<I>) => Target | null;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}

const define =
  <O>() =>
  <I extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> =>
    def;

const STAFF = ['facilitator', 'coordinator'] as const;
const COORDINATOR = ['coordinator'] as const;
const ANYONE_SIGNED_IN = ['participant', 'facilitator', 'coordinator'] as const;
const none = z.object({}).strict();
const draftKey = z.string().regex(/^[a-z0-9.:-]{1,100}$/);
const cvTitle = z.string().trim().min(1).max(80);
const planTitle = z.string().trim().min(1).max(80);
const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/);

export const contract = {
  'app.status': define<AppStatus>()({ input: none, access: 'public' }),
  'app.setLanguage': define<null>()({ input: z.object({ language: languageSchema }), access: 'public' }),
  'setup.complete': define<SessionUser>()({ input: setupInputSchema, access: 'public' }),

  'auth.signInOptions': define<SignInOptions>()({ input: none, access: 'public' }),
  'auth.signInParticipant': define<SessionUser>()({
    input: z.object({ participantId: uuid, pin: z.string().max(20) }),
    access: 'public',
  }),
  'auth.signInStaff': define<SessionUser>()({
    input: z.object({ staffId: uuid, password: z.string().max(200) }),
    access: 'public',
  }),
  'auth.current': define<SessionUser | null>()({ input: none, access: 'public' }),
  'auth.heartbeat': define<null>()({ input: none, access: ANYONE_SIGNED_IN }),
  'auth.lock': define<null>()({ input: none, access: 'public' }),

  'me.profile': define<MeDto>()({ input: none, access: ['participant'] }),

  'drafts.get': define<DraftDto | null>()({ input: z.object({ key: draftKey }), access: ANYONE_SIGNED_IN }),
  'drafts.save': define<DraftDto>()({
    input: z.object({ key: draftKey, value: z.string().max(200_000) }),
    access: ANYONE_SIGNED_IN,
  }),
  'drafts.clear': define<null>()({ input: z.object({ key: draftKey }), access: ANYONE_SIGNED_IN }),

  'cohorts.list': define<CohortDto[]>()({ input: none, access: STAFF }),
  'cohorts.create': define<CohortDto>()({ input: cohortFieldsSchema, access: COORDINATOR }),
  'cohorts.update': define<CohortDto>()({
    input: z.object({ cohortId: uuid, fields: cohortFieldsSchema }),
    access: COORDINATOR,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'cohorts.setActive': define<null>()({
    input: z.object({ cohortId: uuid }),
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),

  'participants.list': define<ParticipantDto[]>()({
    input: z.object({ cohortId: uuid }),
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'participants.get': define<ParticipantDto>()({
    input: z.object({ participantId: uuid }),
    access: ANYONE_SIGNED_IN,
    target: (input) => ({ participantId: input.participantId }),
  }),
  'participants.create': define<ParticipantDto>()({
    input: participantCreateSchema,
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'participants.update': define<ParticipantDto>()({
    input: participantUpdateSchema,
    access: STAFF,
    target: (input) => ({ participantId: input.participantId }),
  }),
  'participants.resetPin': define<ParticipantDto>()({
    input: z.object({ participantId: uuid, pin: pinSchema }),
    access: STAFF,
    target: (input) => ({ participantId: input.participantId }),
  }),

  'staff.list': define<StaffDto[]>()({ input: none, access: STAFF }),
  'staff.createFacilitator': define<StaffDto>()({ input: facilitatorCreateSchema, access: COORDINATOR }),
  'staff.changeOwnPassword': define<null>()({
    input: z.object({ currentPassword: z.string().max(200), newPassword: passwordSchema }),
    access: STAFF,
  }),

  'settings.get': define<SettingsDto>()({ input: none, access: COORDINATOR }),
  'settings.update': define<SettingsDto>()({ input: organisationSettingsSchema, access: COORDINATOR }),

  'sample.remove': define<null>()({ input: none, access: COORDINATOR }),

  'lessons.catalog': define<CatalogDto>()({ input: none, access: ANYONE_SIGNED_IN }),
  'lessons.get': define<Lesson>()({ input: z.object({ lessonId: contentId }), access: ANYONE_SIGNED_IN }),
  'progress.mine': define<MyProgressDto>()({ input: none, access: ['participant'] }),
  'progress.lesson': define<LessonStateDto>()({ input: z.object({ lessonId: contentId }), access: ['participant'] }),
  'progress.saveAnswer': define<{ score: 0 | 1 | null }>()({
    input: z.object({ lessonId: contentId, stepId: contentId, answer: answerSchema }),
    access: ['participant'],
  }),
  'progress.setPosition': define<null>()({
    input: z.object({ lessonId: contentId, position: z.number().int().min(0).max(100) }),
    access: ['participant'],
  }),
  'progress.complete': define<LessonProgressSummary>()({ input: z.object({ lessonId: contentId }), access: ['participant'] }),
  'content.importPack': define<{ lessons: number; modules: number }>()({
    input: z.union([
      z.strictObject({ zipBase64: z.string().min(1).max(30_000_000) }),
      z.strictObject({ files: z.array(z.strictObject({ path: z.string().max(300), text: z.string().max(2_000_000) })).min(1).max(300) }),
    ]),
    access: COORDINATOR,
  }),
  'cvs.list': define<CvSummary[]>()({ input: none, access: ['participant'] }),
  'cvs.create': define<CvDto>()({ input: z.object({ title: cvTitle, language: languageSchema }), access: ['participant'] }),
  'cvs.get': define<CvDto>()({ input: z.object({ cvId: uuid }), access: ['participant'], target: (input) => ({ cvId: input.cvId }) }),
  'cvs.save': define<{ updatedAt: string }>()({
    input: z.object({ cvId: uuid, title: cvTitle, document: cvSchema }),
    access: ['participant'],
    target: (input) => ({ cvId: input.cvId }),
  }),
  'cvs.duplicate': define<CvDto>()({ input: z.object({ cvId: uuid }), access: ['participant'], target: (input) => ({ cvId: input.cvId }) }),
  'cvs.delete': define<null>()({ input: z.object({ cvId: uuid }), access: ['participant'], target: (input) => ({ cvId: input.cvId }) }),
  'cvs.exportPdf': define<ExportedFile>()({ input: z.object({ cvId: uuid }), access: ['participant'], target: (input) => ({ cvId: input.cvId }) }),
  'cvs.exportJsonResume': define<ExportedFile>()({ input: z.object({ cvId: uuid }), access: ['participant'], target: (input) => ({ cvId: input.cvId }) }),
  'cvs.importJsonResume': define<CvDto>()({ input: z.object({ json: z.string().max(2_000_000), title: cvTitle }), access: ['participant'] }),
  'consents.mine': define<ConsentsDto>()({ input: none, access: ['participant'] }),
  /** Giving needs the version and language of the text shown (refused when it is not today's text). */
  'consents.set': define<ConsentsDto>()({ input: consentChangeSchema, access: ['participant'] }),
  'consents.details': define<ParticipantConsentsDto>()({
    input: z.strictObject({ participantId: uuid }),
    access: ANYONE_SIGNED_IN,
    target: (input) => ({ participantId: input.participantId }),
  }),
  /** Staff: a consent the participant signed on paper, or a withdrawal on their behalf. */
  'consents.record': define<ParticipantConsentsDto>()({
    input: staffConsentChangeSchema,
    access: STAFF,
    target: (input) => ({ participantId: input.participantId }),
  }),
  /** A ZIP with everything kept about one participant (data.json) and their PDFs and recordings. */
  'privacy.exportParticipant': define<ExportedFile>()({
    input: z.strictObject({ participantId: uuid }),
    access: COORDINATOR,
    target: (input) => ({ participantId: input.participantId }),
  }),
  /** Erases for good every row about these participants (see electron/core/privacy), here and in the backups kept on this laptop. */
  'privacy.erase': define<ErasureResultDto>()({
    input: z.strictObject({ participantIds: z.array(uuid).min(1).max(500), reason: z.enum(ERASURE_REASONS) }),
    access: COORDINATOR,
  }),
  'privacy.erasureList': define<ErasureListDto>()({ input: none, access: COORDINATOR }),
  /** Months after a cohort ends before its participants are listed for erasure; null or 0: never. */
  'privacy.setRetention': define<ErasureListDto>()({
    input: z.strictObject({ months: z.number().int().min(0).max(RETENTION_MONTHS_MAX).nullable() }),
    access: COORDINATOR,
  }),

  'interview.bank': define<QuestionBank>()({ input: none, access: ANYONE_SIGNED_IN }),
  'interview.attempts': define<AttemptDto[]>()({ input: none, access: ['participant'] }),
  'interview.saveAttempt': define<AttemptDto>()({
    input: z.object({
      questionId: contentId,
      typedAnswer: z.string().max(5000),
      recording: z.strictObject({
        base64: z.string().max(8_000_000),
        mime: z.string().regex(/^audio\/[a-z0-9.+-]+(;\s*codecs=[a-z0-9.,"-]+)?$/i),
        ms: z.number().int().min(0).max(MAX_RECORDING_MS),
      }).nullable(),
      selfRating: ratingSchema.nullable(),
    }),
    access: ['participant'],
  }),
  'interview.addQuestion': define<InterviewQuestion>()({ input: newQuestionSchema, access: COORDINATOR }),
  'interview.mockAttempt': define<AttemptDto>()({
    input: z.object({ participantId: uuid, questionId: contentId, rating: ratingSchema }),
    access: STAFF,
    target: (input) => ({ participantId: input.participantId }),
  }),
  'interview.rateSelf': define<AttemptDto>()({
    input: z.object({ attemptId: uuid, rating: ratingSchema }),
    access: ['participant'],
    target: (input) => ({ attemptId: input.attemptId }),
  }),
  'interview.recording': define<{ mime: string; base64: string }>()({
    input: z.object({ attemptId: uuid }),
    access: ['participant'],
    target: (input) => ({ attemptId: input.attemptId }),
  }),
  'interview.deleteRecording': define<AttemptDto>()({
    input: z.object({ attemptId: uuid }),
    access: ['participant'],
    target: (input) => ({ attemptId: input.attemptId }),
  }),

  'plans.list': define<PlanSummary[]>()({ input: none, access: ['participant'] }),
  'plans.create': define<PlanDto>()({ input: z.object({ title: planTitle, language: languageSchema }), access: ['participant'] }),
  /** Staff read a plan only once it is submitted (checked by the handler): drafts stay private. */
  'plans.get': define<PlanDto>()({ input: z.object({ planId: uuid }), access: ANYONE_SIGNED_IN, target: (input) => ({ planId: input.planId }) }),
  'plans.save': define<{ updatedAt: string; status: PlanDto['status'] }>()({
    input: z.object({ planId: uuid, title: planTitle, document: businessPlanSchema }),
    access: ['participant'],
    target: (input) => ({ planId: input.planId }),
  }),
  'plans.delete': define<null>()({ input: z.object({ planId: uuid }), access: ['participant'], target: (input) => ({ planId: input.planId }) }),
  'plans.submit': define<PlanDto>()({ input: z.object({ planId: uuid }), access: ['participant'], target: (input) => ({ planId: input.planId }) }),
  'plans.reopen': define<PlanDto>()({ input: z.object({ planId: uuid }), access: ['participant'], target: (input) => ({ planId: input.planId }) }),
  'plans.exportPdf': define<ExportedFile>()({ input: z.object({ planId: uuid }), access: ANYONE_SIGNED_IN, target: (input) => ({ planId: input.planId }) }),
  'plans.forCohort': define<CohortPlanSummary[]>()({
    input: z.object({ cohortId: uuid }),
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'plans.comment': define<PlanCommentDto>()({
    input: z.object({
      planId: uuid,
      section: z.enum([...PLAN_SECTION_IDS, 'finance', 'general']),
      text: z.string().trim().min(1).pipe(freeText(2000)),
    }),
    access: STAFF,
    target: (input) => ({ planId: input.planId }),
  }),
  'plans.markReviewed': define<PlanDto>()({ input: z.object({ planId: uuid }), access: STAFF, target: (input) => ({ planId: input.planId }) }),

  'sessions.list': define<WorkshopSessionDto[]>()({ input: z.object({ cohortId: uuid }), access: STAFF, target: (input) => ({ cohortId: input.cohortId }) }),
  'sessions.save': define<WorkshopSessionDto>()({
    input: z.object({ cohortId: uuid, sessionId: uuid.nullable(), fields: sessionFieldsSchema }),
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'sessions.delete': define<null>()({ input: z.object({ cohortId: uuid, sessionId: uuid }), access: STAFF, target: (input) => ({ cohortId: input.cohortId }) }),
  'attendance.get': define<AttendanceMarkDto[]>()({ input: z.object({ cohortId: uuid, sessionId: uuid }), access: STAFF, target: (input) => ({ cohortId: input.cohortId }) }),
  'attendance.mark': define<AttendanceMarkDto[]>()({
    input: z.object({
      cohortId: uuid,
      sessionId: uuid,
      participantId: uuid,
      status: z.enum(['present', 'late', 'absent']).nullable(),
      minutesMissed: z.number().int().min(0).max(24 * 60).nullable(),
    }),
    access: STAFF,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'board.cohort': define<CohortBoardDto>()({ input: z.object({ cohortId: uuid }), access: STAFF, target: (input) => ({ cohortId: input.cohortId }) }),

  'certificates.settings': define<CertificateSettings>()({ input: none, access: COORDINATOR }),
  'certificates.saveSettings': define<CertificateSettings>()({ input: certificateSettingsSchema, access: COORDINATOR }),
  'certificates.eligibility': define<EligibilityRowDto[]>()({ input: z.object({ cohortId: uuid }), access: STAFF, target: (input) => ({ cohortId: input.cohortId }) }),
  /** Issued in small batches so the screen can show progress and stop; an ineligible participant needs a written reason. */
  'certificates.issue': define<CertificateDto[]>()({
    input: z.object({ cohortId: uuid, participantIds: z.array(uuid).min(1).max(50), reason: z.string().trim().min(3).pipe(freeText(500)).nullable() }),
    access: COORDINATOR,
    target: (input) => ({ cohortId: input.cohortId }),
  }),
  'certificates.list': define<CertificateDto[]>()({
    input: z.object({ cohortId: uuid.nullable() }),
    access: COORDINATOR,
    target: (input) => (input.cohortId ? { cohortId: input.cohortId } : null),
  }),
  'certificates.pdf': define<ExportedFile>()({ input: z.object({ certificateIds: z.array(uuid).min(1).max(2000) }), access: COORDINATOR }),
  'certificates.zip': define<ExportedFile>()({ input: z.object({ certificateIds: z.array(uuid).min(1).max(2000) }), access: COORDINATOR }),
  'certificates.revoke': define<CertificateDto>()({
    input: z.object({ certificateId: uuid, reason: z.string().trim().min(3).pipe(freeText(500)) }),
    access: COORDINATOR,
  }),
  'certificates.verify': define<VerifyDto>()({ input: z.object({ text: z.string().max(4000) }), access: STAFF }),
  'certificates.publicKey': define<ExportedFile>()({ input: none, access: COORDINATOR }),

  /** Staff: a facilitator sees and records only the participants of their cohorts (checked by the handlers); the coordinator everyone. */
  'orientation.sessions': define<OrientationSessionDto[]>()({ input: z.strictObject({ country: returnCountrySchema.nullable() }), access: STAFF }),
  'orientation.candidates': define<OrientationCandidateDto[]>()({ input: z.strictObject({ country: returnCountrySchema }), access: STAFF }),
  'orientation.saveSession': define<OrientationSessionDto>()({
    input: z.strictObject({ sessionId: uuid.nullable(), fields: orientationSessionFieldsSchema }),
    access: STAFF,
  }),
  'orientation.deleteSession': define<null>()({ input: z.strictObject({ sessionId: uuid }), access: STAFF }),
  'orientation.countryPages': define<CountryPageDto[]>()({ input: none, access: STAFF }),
  'orientation.saveCountryPage': define<CountryPageDto>()({ input: countryPageFieldsSchema, access: COORDINATOR }),
  /** Hand-over packs for the home-country office: only with the participant's consent to share. */
  'handover.list': define<HandoverRowDto[]>()({ input: z.strictObject({ cohortId: uuid }), access: COORDINATOR, target: (input) => ({ cohortId: input.cohortId }) }),
  'handover.export': define<ExportedFile>()({
    input: z.strictObject({ participantId: uuid }),
    access: COORDINATOR,
    target: (input) => ({ participantId: input.participantId }),
  }),
  'handover.mine': define<MyHandoverDto>()({ input: none, access: ['participant'] }),

  /** Counts for funders over a period (cohorts overlapping it) or one cohort (checked like any record when given). */
  'reports.dashboard': define<ReportDto>()({ input: reportFilterSchema, access: COORDINATOR, target: (input) => (input.cohortId ? { cohortId: input.cohortId } : null) }),
  'reports.csv': define<ExportedFile>()({ input: reportExportSchema, access: COORDINATOR, target: (input) => (input.cohortId ? { cohortId: input.cohortId } : null) }),
  'reports.pdf': define<ExportedFile>()({ input: reportExportSchema, access: COORDINATOR, target: (input) => (input.cohortId ? { cohortId: input.cohortId } : null) }),
  /** Moving a cohort (or some of its participants) to another laptop: one file locked with a passphrase. */
  'transfer.export': define<ExportedFile>()({ input: transferExportSchema, access: COORDINATOR, target: (input) => ({ cohortId: input.cohortId }) }),
  /** Reads and checks the whole file and says what importing it will do; nothing is written yet. */
  'transfer.importStart': define<TransferImportPlanDto>()({ input: transferImportStartSchema, access: COORDINATOR }),
  /** Applies the next batch of a checked import (one transaction each), for a real progress bar. */
  'transfer.importNext': define<TransferImportStepDto>()({ input: transferImportStepSchema, access: COORDINATOR }),
  'transfer.importCancel': define<null>()({ input: transferImportStepSchema, access: COORDINATOR }),
  /** The append-only audit log, newest first; names are looked up when read. */
  'audit.list': define<AuditPageDto>()({ input: auditFilterSchema, access: COORDINATOR }),
  /** Backups in the data folder (encrypted under the laptop's key) and to a file taken away (under a passphrase). */
  'backups.list': define<BackupDto[]>()({ input: none, access: COORDINATOR }),
  'backups.create': define<BackupDto>()({ input: none, access: COORDINATOR }),
  'backups.exportToFile': define<ExportedFile>()({ input: z.strictObject({ passphrase: backupPassphraseSchema }), access: COORDINATOR }),
  /** Replaces the data; the current data is backed up first and every session is signed out. */
  'backups.restore': define<RestoreResultDto>()({ input: z.strictObject({ fileName: backupFileNameSchema, confirm: confirmSchema }), access: COORDINATOR }),
  'backups.restoreFromFile': define<RestoreResultDto>()({
    input: z.strictObject({ base64: z.base64().min(1).max(MAX_BACKUP_BASE64_CHARS), passphrase: z.string().min(1).max(200), confirm: confirmSchema }),
    access: COORDINATOR,
  }),
  /** Only while the database cannot be opened (nobody can sign in then); refused otherwise. */
  'recovery.status': define<RecoveryStatusDto>()({ input: none, access: 'public' }),
  /** fileName null: the newest backup that passes its checks. The damaged file is set aside, never deleted. */
  'recovery.restore': define<RestoreResultDto>()({ input: z.strictObject({ fileName: backupFileNameSchema.nullable(), confirm: confirmSchema }), access: 'public' }),
  'recovery.quit': define<null>()({ input: none, access: 'public' }),
  /** Opens the database again, e.g. once the other program that held it has let go. */
  'recovery.retry': define<{ recovered: boolean }>()({ input: none, access: 'public' }),

  'selfAssessment.save': define<null>()({
    input: z.object({
      moduleId: z.enum(MODULE_IDS),
      phase: z.enum(['before', 'after']),
      ratings: z.record(contentId, z.number().int().min(1).max(5)),
    }),
    access: ['participant'],
  }),
} as const satisfies Record<MethodName, MethodDef<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type { MethodName };
export { METHOD_NAMES, isMethodName } from './methods';
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;
