import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { moduleAttendance, moduleCompletion, peopleBreakdown, selfAssessmentSummary, certificateCounts, type CompletionBucket, type PeopleRow, type ScheduledRow } from '../../../shared/reports/aggregate';
import { REPORT_MODULES, type ReportFilter, type ReportModuleId } from '../../../shared/reports/filter';
import { REPORT_LABELS } from '../../../shared/reports/labels';
import type { ReportCohortRow, ReportDto } from '../../../shared/reports/types';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CallContext, type CoreDeps } from '../context';
import type { Database } from '../db/database';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { participantsCsv, type ParticipantReportRow } from '../reports/csv';
import { renderReportPdf } from '../reports/pdf/render';
import { exportedFile, safeFileName } from './exported-file';

type ReportHandlers = Pick<Handlers, 'reports.dashboard' | 'reports.csv' | 'reports.pdf'>;

/**
 * Coordinators' reports for funders: counts over the cohorts of a period
 * (or one cohort), as a dashboard, a CSV with one row per participant, and
 * an A4 PDF summary.
 *
 * Each figure is one grouped query driven from the selected cohorts
 * (cohorts → participants_by_cohort → each table's primary key), whatever
 * the number of participants: no query per participant or per cohort. The
 * SQL only groups; the rules (who counts, rounding) are the pure functions
 * of shared/reports/aggregate.ts.
 */
export function createReportHandlers(): ReportHandlers {
  return {
    'reports.dashboard': (filter, { deps }) => dashboard(deps, filter),

    'reports.csv': ({ language, ...filter }, ctx) => {
      const { deps } = ctx;
      const report = dashboardCohorts(deps, filter);
      const rows = participantRows(deps, filter);
      const text = participantsCsv(rows, reportModules(deps), language);
      auditReportExport(ctx, filter, { format: 'csv', rows: rows.length });
      const bytes = Buffer.from(text, 'utf8');
      return exportedFile(`${fileTitle(filter, report.cohortName, language)}.csv`, bytes.toString('base64'), 'base64', 'text/csv;charset=utf-8');
    },

    'reports.pdf': async ({ language, ...filter }, ctx) => {
      const { deps } = ctx;
      const report = dashboard(deps, filter);
      const settings = deps.settings.read();
      const pdf = await renderReportPdf(
        report,
        { language, organisation: settings.organisationName, programme: settings.programmeName, madeOn: nowIso(deps).slice(0, 10) },
        { fontsDir: deps.fontsDir },
      );
      auditReportExport(ctx, filter, { format: 'pdf' });
      return exportedFile(`${fileTitle(filter, report.cohortName, language)}.pdf`, pdf.toString('base64'), 'base64', 'application/pdf');
    },
  };
}

/** A report leaves the laptop: the period and cohort it covers, never its contents. */
function auditReportExport(ctx: CallContext, filter: ReportFilter, what: { format: 'csv' | 'pdf'; rows?: number }): void {
  const user = requireUser(ctx);
  recordAudit(ctx.deps.db, {
    at: nowIso(ctx.deps),
    actor: { id: user.id, role: user.role },
    action: 'export.report',
    subjectId: filter.cohortId,
    details: { ...what, from: filter.from, to: filter.to },
  });
}

/** The selected cohorts, for every query: overlapping the period, or the one asked for. */
const IN_COHORTS = '(@from IS NULL OR c.end_date >= @from) AND (@to IS NULL OR c.start_date <= @to) AND (@cohortId IS NULL OR c.id = @cohortId)';
/** A session's length in minutes, as sessionMinutes() counts it ('HH:MM' times; the table refuses an end before the start). */
const SESSION_MINUTES = `MAX(0, (CAST(substr(s.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.end_time, 4, 2) AS INTEGER))
  - (CAST(substr(s.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.start_time, 4, 2) AS INTEGER)))`;
/** The selected cohorts' sessions with their length, computed once per session rather than once per mark. */
const SELECTED_SESSIONS = `selected AS MATERIALIZED (
  SELECT s.id, s.module_id, ${SESSION_MINUTES} AS minutes FROM cohorts c CROSS JOIN workshop_sessions s ON s.cohort_id = c.id WHERE ${IN_COHORTS})`;
/** The minutes a mark counts for, as minutesCounted() does: a late mark without minutes missed counts in full. */
const MINUTES_COUNTED = `CASE a.status WHEN 'present' THEN selected.minutes
  WHEN 'late' THEN selected.minutes - MIN(selected.minutes, MAX(0, COALESCE(a.minutes_missed, 0))) ELSE 0 END`;
/** Per participant and report module, the lessons completed (`@lessons0`, `@lessons1`: JSON arrays of the module's lesson ids). */
const LESSONS_COMPLETED = REPORT_MODULES.map(
  (_, i) => `(SELECT COUNT(*) FROM lesson_progress lp WHERE lp.participant_id = p.id AND lp.completed_at IS NOT NULL
    AND lp.lesson_id IN (SELECT value FROM json_each(@lessons${i}))) AS m${i}`,
).join(',\n');
const MODULE_COLUMNS = REPORT_MODULES.map((_, i) => `m${i}`).join(', ');

const SQL = {
  cohortName: 'SELECT name FROM cohorts WHERE id = ?',
  cohorts: `SELECT c.id, c.name, c.place, c.start_date, c.end_date, c.is_sample,
      (SELECT COUNT(*) FROM participants p WHERE p.cohort_id = c.id) AS participants
    FROM cohorts c WHERE ${IN_COHORTS} ORDER BY c.start_date, c.name, c.id`,
  people: `SELECT p.country, p.sex, COUNT(*) AS count FROM cohorts c CROSS JOIN participants p ON p.cohort_id = c.id
    WHERE ${IN_COHORTS} GROUP BY p.country, p.sex`,
  completion: `WITH per AS (SELECT ${LESSONS_COMPLETED} FROM cohorts c CROSS JOIN participants p ON p.cohort_id = c.id WHERE ${IN_COHORTS})
    SELECT ${MODULE_COLUMNS}, COUNT(*) AS people FROM per GROUP BY ${MODULE_COLUMNS}`,
  scheduled: `SELECT s.cohort_id AS cohortId, s.module_id AS moduleId, SUM(${SESSION_MINUTES}) AS minutes
    FROM cohorts c CROSS JOIN workshop_sessions s ON s.cohort_id = c.id WHERE ${IN_COHORTS} GROUP BY s.cohort_id, s.module_id`,
  attended: `WITH ${SELECTED_SESSIONS}
    SELECT selected.module_id AS moduleId, SUM(${MINUTES_COUNTED}) AS minutes
    FROM selected CROSS JOIN attendance a ON a.session_id = selected.id GROUP BY selected.module_id`,
  selfAssessments: `SELECT sa.participant_id, sa.module_id, sa.phase, sa.ratings_json
    FROM cohorts c CROSS JOIN participants p ON p.cohort_id = c.id CROSS JOIN module_self_assessments sa ON sa.participant_id = p.id
    WHERE ${IN_COHORTS} AND sa.module_id IN (SELECT value FROM json_each(@modules))`,
  // Issued within the period (ISO times compared as text, so the issue-date index serves), of the cohort when one is asked for.
  certificates: `SELECT kind, revoked_at IS NOT NULL AS revoked, COUNT(*) AS count FROM certificates
    WHERE (@from IS NULL OR issued_at >= @from) AND (@to IS NULL OR issued_at < date(@to, '+1 day'))
      AND (@cohortId IS NULL OR cohort_id = @cohortId)
    GROUP BY kind, revoked`,
  participants: `SELECT p.id, p.cohort_id, c.name AS cohort_name, p.first_name, p.last_name, p.sex, p.country, ${LESSONS_COMPLETED}
    FROM cohorts c CROSS JOIN participants p ON p.cohort_id = c.id WHERE ${IN_COHORTS}
    ORDER BY c.start_date, c.name, c.id, p.last_name, p.first_name, p.id`,
  participantMinutes: `WITH ${SELECTED_SESSIONS}
    SELECT a.participant_id, selected.module_id, SUM(${MINUTES_COUNTED}) AS minutes
    FROM selected CROSS JOIN attendance a ON a.session_id = selected.id GROUP BY a.participant_id, selected.module_id`,
  participantCertificates: `SELECT k.participant_id, k.number FROM cohorts c CROSS JOIN participants p ON p.cohort_id = c.id
    CROSS JOIN certificates k ON k.participant_id = p.id WHERE ${IN_COHORTS} AND k.revoked_at IS NULL ORDER BY k.issued_at, k.number`,
} as const;

const statements = new WeakMap<Database, Map<string, Statement>>();

/** Prepared once per database: the dashboard runs the same statements each time. */
function statement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

interface CohortRow {
  id: string;
  name: string;
  place: string;
  start_date: string;
  end_date: string;
  is_sample: number;
  participants: number;
}

interface ModuleInfo {
  id: ReportModuleId;
  title: { fr: string; en: string };
  lessonIds: string[];
}

/** The report modules with their lessons as the content has them today. */
function reportModules(deps: CoreDeps): ModuleInfo[] {
  const lessons = deps.content.lessons();
  return REPORT_MODULES.map((id) => ({
    id,
    title: deps.content.module(id)?.title ?? { fr: id, en: id },
    lessonIds: lessons.filter((lesson) => lesson.module === id).map((lesson) => lesson.id),
  }));
}

function lessonParams(modules: readonly ModuleInfo[]): Record<string, string> {
  return Object.fromEntries(modules.map((module, i) => [`lessons${i}`, JSON.stringify(module.lessonIds)]));
}

/** The selected cohorts (refusing an unknown one), with what the dashboard says about them. */
function dashboardCohorts(deps: CoreDeps, filter: ReportFilter): { cohorts: ReportCohortRow[]; cohortName: string | null } {
  const { db } = deps;
  const named = filter.cohortId === null ? null : (statement(db, SQL.cohortName).get(filter.cohortId) as { name: string } | undefined);
  if (named === undefined) throw new AppError('NOT_FOUND', 'No such cohort');
  const cohorts = (statement(db, SQL.cohorts).all(filter) as CohortRow[]).map((row) => ({
    cohortId: row.id,
    name: row.name,
    place: row.place,
    startDate: row.start_date,
    endDate: row.end_date,
    participants: row.participants,
    isSample: row.is_sample === 1,
  }));
  // Named even when the cohort falls outside the period (and so counts nobody).
  return { cohorts, cohortName: named?.name ?? null };
}

export function dashboard(deps: CoreDeps, filter: ReportFilter): ReportDto {
  const { db } = deps;
  const { cohorts, cohortName } = dashboardCohorts(deps, filter);
  const modules = reportModules(deps);

  const people = peopleBreakdown(statement(db, SQL.people).all(filter) as PeopleRow[]);

  const completionRows = statement(db, SQL.completion).raw().all({ ...filter, ...lessonParams(modules) }) as number[][];
  const buckets = modules.map((_, i): CompletionBucket[] => completionRows.map((row) => ({ completed: row[i]!, people: row[modules.length]! })));

  const participantsByCohort = new Map(cohorts.map((cohort) => [cohort.cohortId, cohort.participants]));
  const attended = Object.fromEntries((statement(db, SQL.attended).all(filter) as { moduleId: string; minutes: number }[]).map((row) => [row.moduleId, row.minutes]));
  const attendance = moduleAttendance(statement(db, SQL.scheduled).all(filter) as ScheduledRow[], participantsByCohort, attended);

  const selfAssessments = selfAssessmentSummary(
    (statement(db, SQL.selfAssessments).raw().all({ ...filter, modules: JSON.stringify(REPORT_MODULES) }) as [string, string, 'before' | 'after', string][]).map(
      ([participantId, moduleId, phase, ratingsJson]) => ({ participantId, moduleId, phase, ratingsJson }),
    ),
  );

  return {
    filter,
    cohortName,
    participants: people.participants,
    includesSample: cohorts.some((cohort) => cohort.isSample),
    byCountry: people.byCountry,
    bySex: people.bySex,
    cohorts,
    modules: modules.map((module, i) => ({
      moduleId: module.id,
      title: module.title,
      completion: moduleCompletion(buckets[i]!, people.participants, module.lessonIds.length),
      attendance: attendance[module.id],
      selfAssessment: selfAssessments[module.id],
    })),
    certificates: certificateCounts(statement(db, SQL.certificates).all(filter) as { kind: string; revoked: number; count: number }[]),
  };
}

/** One row per participant of the selected cohorts, in cohort then name order: five grouped queries. */
function participantRows(deps: CoreDeps, filter: ReportFilter): ParticipantReportRow[] {
  const { db } = deps;
  const modules = reportModules(deps);
  const scheduled = new Map<string, number>();
  for (const row of statement(db, SQL.scheduled).all(filter) as ScheduledRow[]) {
    if ((REPORT_MODULES as readonly string[]).includes(row.moduleId)) scheduled.set(row.cohortId, (scheduled.get(row.cohortId) ?? 0) + row.minutes);
  }
  const minutes = new Map<string, Partial<Record<string, number>>>();
  for (const [participantId, moduleId, value] of statement(db, SQL.participantMinutes).raw().all(filter) as [string, string, number][]) {
    const entry = minutes.get(participantId) ?? {};
    entry[moduleId] = value;
    minutes.set(participantId, entry);
  }
  // Ordered by date of issue: a participant's latest certificate wins.
  const certificates = new Map((statement(db, SQL.participantCertificates).raw().all(filter) as [string, string][]).map(([participantId, number]) => [participantId, number]));

  const rows = statement(db, SQL.participants).all({ ...filter, ...lessonParams(modules) }) as ({
    id: string; cohort_id: string; cohort_name: string; first_name: string; last_name: string; sex: 'F' | 'M' | null; country: string;
  } & Record<string, number>)[];
  return rows.map((row) => ({
    cohortName: row.cohort_name,
    firstName: row.first_name,
    lastName: row.last_name,
    sex: row.sex,
    country: row.country,
    lessonsCompleted: Object.fromEntries(modules.map((module, i) => [module.id, row[`m${i}`] ?? 0])) as Record<ReportModuleId, number>,
    minutesAttended: Object.fromEntries(modules.map((module) => [module.id, minutes.get(row.id)?.[module.id] ?? 0])) as Record<ReportModuleId, number>,
    minutesScheduled: scheduled.get(row.cohort_id) ?? 0,
    certificateNumber: certificates.get(row.id) ?? null,
  }));
}

/** 'Rapport Cohorte A', 'Rapport 2026-01-01 – 2026-06-30', 'Report' … (no extension). */
function fileTitle(filter: ReportFilter, cohortName: string | null, language: 'fr' | 'en'): string {
  const period = filter.from || filter.to ? `${filter.from ?? '…'} – ${filter.to ?? '…'}` : '';
  const label = REPORT_LABELS[language].fileName;
  return safeFileName([label, cohortName ?? '', period].filter(Boolean).join(' '), label);
}
