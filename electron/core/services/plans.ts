import { randomUUID } from 'node:crypto';
import type { CohortPlanSummary, PlanCommentDto, PlanDto, PlanSummary } from '../../../shared/api/dto';
import { computeFinancials } from '../../../shared/business-plan/finance';
import { businessPlanSchema, emptyBusinessPlan, type BusinessPlan, type PlanStatus } from '../../../shared/business-plan/model';
import type { ReturnCountry } from '../../../shared/domain/countries';
import { renderBusinessPlanPdf } from '../business-plan/pdf/render-plan-pdf';
import { nowIso, requireUser, type CallContext, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { requireDataConsent } from './consents';
import { exportedFile, safeFileName } from './exported-file';

type PlanHandlers = Pick<
  Handlers,
  | 'plans.list'
  | 'plans.create'
  | 'plans.get'
  | 'plans.save'
  | 'plans.delete'
  | 'plans.submit'
  | 'plans.reopen'
  | 'plans.exportPdf'
  | 'plans.forCohort'
  | 'plans.comment'
  | 'plans.markReviewed'
>;

interface PlanRow {
  id: string;
  participant_id: string;
  title: string;
  language: 'fr' | 'en';
  status: PlanStatus;
  document_json: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  updated_at: string;
}

/**
 * Business plans. A participant writes and edits their drafts; once they
 * submit one it is locked for them and readable by the facilitators of their
 * cohort, who comment per section and mark it reviewed. Editing a reviewed
 * plan makes it a draft again (the comments stay). Drafts are never shown to
 * staff: the dispatcher checks the cohort, these handlers the status.
 */
export function createPlanHandlers(): PlanHandlers {
  return {
    'plans.list': (_input, ctx) => {
      const rows = ctx.deps.db
        .prepare(
          `SELECT p.*, (SELECT COUNT(*) FROM business_plan_comments c WHERE c.plan_id = p.id) AS comment_count
           FROM business_plans p WHERE p.participant_id = ? ORDER BY p.updated_at DESC`,
        )
        .all(requireUser(ctx).id) as (PlanRow & { comment_count: number })[];
      return rows.map((row) => summaryOf(row, row.comment_count));
    },

    'plans.create': ({ title, language }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const profile = ctx.deps.db.prepare('SELECT country, city FROM participants WHERE id = ?').get(user.id) as { country: ReturnCountry; city: string | null };
      const plan = emptyBusinessPlan(language, profile.country, profile.city ?? '');
      const id = randomUUID();
      const now = nowIso(ctx.deps);
      ctx.deps.db
        .prepare('INSERT INTO business_plans (id, participant_id, title, language, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, user.id, title, language, JSON.stringify(plan), now, now);
      return planDto(ctx.deps, planRow(ctx.deps, id));
    },

    'plans.get': ({ planId }, ctx) => planDto(ctx.deps, readablePlan(ctx, planId)),

    'plans.save': ({ planId, title, document }, ctx) => {
      requireDataConsent(ctx.deps, requireUser(ctx).id);
      const row = planRow(ctx.deps, planId);
      if (row.status === 'submitted') throw new AppError('CONFLICT', 'A submitted plan is locked until the participant takes it back');
      if (!computeFinancials(document.finance).ok) {
        throw new AppError('INVALID_INPUT', 'Some totals are too large to be counted exactly', { fields: { finance: { key: 'plan.tooLarge' } } });
      }
      const updatedAt = nowIso(ctx.deps);
      ctx.deps.db
        .prepare("UPDATE business_plans SET title = ?, language = ?, document_json = ?, status = 'draft', updated_at = ? WHERE id = ?")
        .run(title, document.language, JSON.stringify(document), updatedAt, planId);
      return { updatedAt, status: 'draft' as const };
    },

    'plans.delete': ({ planId }, { deps }) => {
      deps.db.prepare('DELETE FROM business_plans WHERE id = ?').run(planId);
      return null;
    },

    'plans.submit': ({ planId }, ctx) => {
      requireDataConsent(ctx.deps, requireUser(ctx).id);
      const now = nowIso(ctx.deps);
      ctx.deps.db.prepare("UPDATE business_plans SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?").run(now, now, planId);
      return planDto(ctx.deps, planRow(ctx.deps, planId));
    },

    'plans.reopen': ({ planId }, ctx) => {
      requireDataConsent(ctx.deps, requireUser(ctx).id);
      const now = nowIso(ctx.deps);
      ctx.deps.db.prepare("UPDATE business_plans SET status = 'draft', updated_at = ? WHERE id = ? AND status = 'submitted'").run(now, planId);
      return planDto(ctx.deps, planRow(ctx.deps, planId));
    },

    'plans.exportPdf': async ({ planId }, ctx) => {
      const row = readablePlan(ctx, planId);
      const settings = ctx.deps.settings.read();
      const pdf = await renderBusinessPlanPdf(
        parseDocument(row),
        {
          participantName: participantOf(ctx.deps, row.participant_id).name,
          organisationName: settings.organisationName,
          programmeName: settings.programmeName,
          issuedOn: nowIso(ctx.deps).slice(0, 10),
        },
        { fontsDir: ctx.deps.fontsDir },
      );
      return exportedFile(`${safeFileName(row.title, 'Plan')}.pdf`, pdf.toString('base64'), 'base64', 'application/pdf');
    },

    'plans.forCohort': ({ cohortId }, { deps }) => {
      const rows = deps.db
        .prepare(
          `SELECT p.*, s.first_name, s.last_name, (SELECT COUNT(*) FROM business_plan_comments c WHERE c.plan_id = p.id) AS comment_count
           FROM business_plans p JOIN participants s ON s.id = p.participant_id
           WHERE s.cohort_id = ? AND p.status <> 'draft'
           ORDER BY p.status = 'reviewed', p.submitted_at`,
        )
        .all(cohortId) as (PlanRow & { first_name: string; last_name: string; comment_count: number })[];
      return rows.map(
        (row): CohortPlanSummary => ({
          ...summaryOf(row, row.comment_count),
          participantId: row.participant_id,
          participantName: `${row.first_name} ${row.last_name}`,
          submittedAt: row.submitted_at,
        }),
      );
    },

    'plans.comment': ({ planId, section, text }, ctx) => {
      const user = requireUser(ctx);
      readablePlan(ctx, planId);
      const comment: PlanCommentDto = { id: randomUUID(), section, authorName: user.displayName, text, createdAt: nowIso(ctx.deps) };
      ctx.deps.db
        .prepare('INSERT INTO business_plan_comments (id, plan_id, section, author_id, author_name, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(comment.id, planId, section, user.id, comment.authorName, text, comment.createdAt);
      return comment;
    },

    'plans.markReviewed': ({ planId }, ctx) => {
      const user = requireUser(ctx);
      const row = readablePlan(ctx, planId);
      if (row.status === 'submitted') {
        const now = nowIso(ctx.deps);
        ctx.deps.db.prepare("UPDATE business_plans SET status = 'reviewed', reviewed_at = ?, reviewed_by = ? WHERE id = ?").run(now, user.id, planId);
      }
      return planDto(ctx.deps, planRow(ctx.deps, planId));
    },
  };
}

/** The plan, if this caller may read it: its owner always, staff only once it is submitted. */
function readablePlan(ctx: CallContext, planId: string): PlanRow {
  const row = planRow(ctx.deps, planId);
  if (requireUser(ctx).role !== 'participant' && row.status === 'draft') throw new AppError('NOT_FOUND', 'This plan has not been submitted');
  return row;
}

function planRow(deps: CoreDeps, planId: string): PlanRow {
  const row = deps.db.prepare('SELECT * FROM business_plans WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such plan');
  return row;
}

function parseDocument(row: PlanRow): BusinessPlan {
  return businessPlanSchema.parse(JSON.parse(row.document_json));
}

function participantOf(deps: CoreDeps, participantId: string): { name: string; cohortId: string } {
  const person = deps.db.prepare('SELECT first_name, last_name, cohort_id FROM participants WHERE id = ?').get(participantId) as { first_name: string; last_name: string; cohort_id: string };
  return { name: `${person.first_name} ${person.last_name}`, cohortId: person.cohort_id };
}

function summaryOf(row: PlanRow, commentCount: number): PlanSummary {
  // Only the currency is needed for a list line: read it without validating the whole document.
  const currency = (JSON.parse(row.document_json) as Pick<BusinessPlan, 'currency'>).currency;
  return { id: row.id, title: row.title, language: row.language, status: row.status, currency, commentCount, updatedAt: row.updated_at };
}

function planDto(deps: CoreDeps, row: PlanRow): PlanDto {
  const comments = deps.db
    .prepare('SELECT id, section, author_name AS authorName, text, created_at AS createdAt FROM business_plan_comments WHERE plan_id = ? ORDER BY created_at')
    .all(row.id) as PlanCommentDto[];
  const participant = participantOf(deps, row.participant_id);
  return {
    id: row.id,
    participantId: row.participant_id,
    participantName: participant.name,
    cohortId: participant.cohortId,
    title: row.title,
    status: row.status,
    document: parseDocument(row),
    comments,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    updatedAt: row.updated_at,
  };
}
