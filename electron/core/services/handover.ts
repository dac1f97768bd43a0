import { randomUUID } from 'node:crypto';
import type { HandoverDto, HandoverItemDto, HandoverRowDto } from '../../../shared/api/dto';
import { businessPlanSchema, type PlanStatus } from '../../../shared/business-plan/model';
import { certificateFileNames } from '../../../shared/certificates/file-names';
import { cvSchema } from '../../../shared/cv/model';
import type { ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { renderBusinessPlanPdf } from '../business-plan/pdf/render-plan-pdf';
import { renderCertificatesPdf } from '../certificates';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CoreDeps } from '../context';
import { renderCvPdf } from '../cv/pdf/render-cv-pdf';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { HANDOVER_LABELS, createFileNamer, packFileName, renderHandoverCover, zipPack, type HandoverEntry, type PackFile } from '../handover';
import { printable } from './certificates';
import { exportedFile } from './exported-file';
import { sessionsAttendedBy } from './orientation';
import { getParticipant } from './participants';

type HandoverHandlers = Pick<Handlers, 'handover.list' | 'handover.export' | 'handover.mine'>;

interface HandoverRecordRow {
  id: string;
  participant_id: string;
  created_at: string;
  created_by_name: string | null;
  contents_json: string;
}

/** What the register keeps of a pack: its files, and the consent it rested on. */
interface HandoverContents {
  items: HandoverItemDto[];
  consentGivenAt: string;
  language: Language;
}

/**
 * The hand-over pack for the migration office of the participant's country:
 * one ZIP with a cover PDF (who, where to, when, by whom, what is inside,
 * the orientation notes), their latest certificate not revoked, their CVs
 * and their business plans sent for review. Only with the participant's
 * consent to share ('share'): without it nothing is made and nothing is
 * written. Each pack made is kept in the register (who, when, what).
 */
export function createHandoverHandlers(): HandoverHandlers {
  return {
    'handover.list': ({ cohortId }, { deps }) => {
      const people = deps.db
        .prepare('SELECT id, first_name, last_name, country, city FROM participants WHERE cohort_id = ? ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE')
        .all(cohortId) as { id: string; first_name: string; last_name: string; country: ReturnCountry; city: string | null }[];
      return people.map((person): HandoverRowDto => {
        const sources = sourcesOf(deps, person.id);
        return {
          participantId: person.id,
          firstName: person.first_name,
          lastName: person.last_name,
          country: person.country,
          city: person.city,
          consentGivenAt: shareConsentGivenAt(deps, person.id),
          contents: {
            certificate: sources.certificate?.number ?? null,
            cvs: sources.cvs.length,
            plans: sources.plans.length,
            orientationSessions: sessionsAttendedBy(deps, person.id).length,
          },
          handovers: handoversOf(deps, person.id),
        };
      });
    },

    'handover.export': async ({ participantId }, ctx) => {
      const { deps } = ctx;
      const user = requireUser(ctx);
      const consentGivenAt = shareConsentGivenAt(deps, participantId);
      if (consentGivenAt === null) {
        throw new AppError('FORBIDDEN', 'This participant has not agreed to share their documents with the office of their country; no pack was made', {
          fields: { participantId: { key: 'orientation.handover.noConsent' } },
        });
      }
      const participant = getParticipant(deps, participantId);
      const participantName = `${participant.firstName} ${participant.lastName}`;
      const settings = deps.settings.read();
      const now = deps.now();
      const issuedOn = nowIso(deps).slice(0, 10);
      const language = participant.language;
      const labels = HANDOVER_LABELS[language];
      const sources = sourcesOf(deps, participantId);
      const name = createFileNamer();
      const coverFileName = name(labels.files.cover, participantName);
      const files: PackFile[] = [];
      const entries: HandoverEntry[] = [];

      if (sources.certificate) {
        const data = printable(deps, [sources.certificate.id]);
        const fileName = name(labels.files.certificate, certificateFileNames([{ participantName, number: sources.certificate.number }])[0]!.replace(/\.pdf$/, ''));
        files.push({ name: fileName, bytes: await renderCertificatesPdf(data, { fontsDir: deps.fontsDir }) });
        entries.push({ kind: 'certificate', fileName, number: sources.certificate.number, certificateKind: sources.certificate.kind });
      }
      for (const cv of sources.cvs) {
        const document = cvSchema.parse(JSON.parse(cv.document_json));
        const fileName = name(labels.files.cv, cv.title);
        files.push({ name: fileName, bytes: await renderCvPdf(document, { fontsDir: deps.fontsDir }) });
        entries.push({ kind: 'cv', fileName, title: cv.title, language: document.language });
      }
      for (const plan of sources.plans) {
        const document = businessPlanSchema.parse(JSON.parse(plan.document_json));
        const fileName = name(labels.files.plan, plan.title);
        const pdf = await renderBusinessPlanPdf(
          document,
          { participantName, organisationName: settings.organisationName, programmeName: settings.programmeName, issuedOn },
          { fontsDir: deps.fontsDir },
        );
        files.push({ name: fileName, bytes: pdf });
        entries.push({ kind: 'plan', fileName, title: plan.title, status: plan.status });
      }

      const cohort = deps.db.prepare('SELECT name, place, start_date AS startDate, end_date AS endDate FROM cohorts WHERE id = ?').get(participant.cohortId) as
        | { name: string; place: string; startDate: string; endDate: string }
        | undefined;
      const cover = await renderHandoverCover(
        {
          language,
          participantName,
          country: participant.country,
          city: participant.city,
          workshop: cohort ?? null,
          issuedOn,
          organisation: settings.organisationName,
          programme: settings.programmeName,
          consentGivenAt,
          coverFileName,
          entries,
          sessions: sessionsAttendedBy(deps, participantId),
        },
        { fontsDir: deps.fontsDir },
      );
      const zip = zipPack([{ name: coverFileName, bytes: cover }, ...files], now);

      // Recorded once the pack exists: a failure above leaves the register as it was.
      const items: HandoverItemDto[] = [
        { kind: 'cover', fileName: coverFileName, title: '' },
        ...entries.map((entry): HandoverItemDto => ({ kind: entry.kind, fileName: entry.fileName, title: entry.kind === 'certificate' ? entry.number : entry.title })),
      ];
      const contents: HandoverContents = { items, consentGivenAt, language };
      const handoverId = randomUUID();
      const at = nowIso(deps);
      deps.db.transaction(() => {
        deps.db
          .prepare('INSERT INTO handovers (id, participant_id, created_at, created_by, contents_json) VALUES (?, ?, ?, ?, ?)')
          .run(handoverId, participantId, at, user.id, JSON.stringify(contents));
        recordAudit(deps.db, { at, actor: { id: user.id, role: user.role }, action: 'export.handover', subjectId: participantId, details: { handoverId, files: items.length } });
      })();
      return exportedFile(packFileName(labels.files.pack, participantName, issuedOn), Buffer.from(zip).toString('base64'), 'base64', 'application/zip');
    },

    'handover.mine': (_input, ctx) => {
      const participantId = requireUser(ctx).id;
      const participant = getParticipant(ctx.deps, participantId);
      return { country: participant.country, consentGivenAt: shareConsentGivenAt(ctx.deps, participantId), handovers: handoversOf(ctx.deps, participantId) };
    },
  };
}

/** When the participant agreed to share, or null when they have not (or withdrew). */
function shareConsentGivenAt(deps: CoreDeps, participantId: string): string | null {
  return (
    (deps.db
      .prepare("SELECT given_at FROM consents WHERE participant_id = ? AND purpose = 'share' AND given_at IS NOT NULL AND withdrawn_at IS NULL")
      .pluck()
      .get(participantId) as string | undefined) ?? null
  );
}

/** The documents a pack would hold today: the latest certificate not revoked, every CV, the plans sent or reviewed (never a draft). */
function sourcesOf(deps: CoreDeps, participantId: string) {
  const certificate = deps.db
    .prepare('SELECT id, number, kind FROM certificates WHERE participant_id = ? AND revoked_at IS NULL ORDER BY issued_at DESC, number DESC LIMIT 1')
    .get(participantId) as { id: string; number: string; kind: 'participation' | 'completion' } | undefined;
  const cvs = deps.db.prepare('SELECT id, title, document_json FROM cvs WHERE participant_id = ? ORDER BY updated_at DESC').all(participantId) as {
    id: string; title: string; document_json: string;
  }[];
  const plans = deps.db
    .prepare("SELECT id, title, status, document_json FROM business_plans WHERE participant_id = ? AND status IN ('submitted', 'reviewed') ORDER BY updated_at DESC")
    .all(participantId) as { id: string; title: string; status: Exclude<PlanStatus, 'draft'>; document_json: string }[];
  return { certificate, cvs, plans };
}

function handoversOf(deps: CoreDeps, participantId: string): HandoverDto[] {
  const rows = deps.db
    .prepare(
      `SELECT h.id, h.participant_id, h.created_at, s.name AS created_by_name, h.contents_json
       FROM handovers h LEFT JOIN staff s ON s.id = h.created_by WHERE h.participant_id = ? ORDER BY h.created_at DESC`,
    )
    .all(participantId) as HandoverRecordRow[];
  return rows.map((row) => ({
    id: row.id,
    participantId: row.participant_id,
    createdAt: row.created_at,
    createdBy: row.created_by_name,
    items: (JSON.parse(row.contents_json) as Partial<HandoverContents>).items ?? [],
  }));
}
