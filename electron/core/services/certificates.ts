import { randomUUID } from 'node:crypto';
import type { CertificateDto, EligibilityRowDto } from '../../../shared/api/dto';
import { eligibilityByModule, hoursAttended, minutesToHours } from '../../../shared/certificates/eligibility';
import { formatCertificateNumber, type CertificatePayload } from '../../../shared/certificates/payload';
import { certificateSettingsSchema, defaultCertificateSettings, type CertificateSettings } from '../../../shared/certificates/settings';
import { certificateFileNames } from '../../../shared/certificates/file-names';
import type { ModuleId } from '../../../shared/content/schema';
import { exportPublicKeyPem, renderCertificatesPdf, renderCertificatesZip, signPayload, verifyCertificateText, warmUpCertificateRenderer, type CertificateData } from '../certificates';
import { recordAudit } from '../audit/audit-log';
import { nowIso, requireUser, type CallContext, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { exportedFile } from './exported-file';
import { cohortAttendance } from './sessions';
import { signingKeys } from './signing-keys';

type CertificateHandlers = Pick<
  Handlers,
  | 'certificates.settings'
  | 'certificates.saveSettings'
  | 'certificates.eligibility'
  | 'certificates.issue'
  | 'certificates.list'
  | 'certificates.pdf'
  | 'certificates.zip'
  | 'certificates.revoke'
  | 'certificates.verify'
  | 'certificates.publicKey'
>;

interface CertificateRow {
  id: string;
  number: string;
  participant_id: string | null;
  participant_name: string;
  cohort_id: string | null;
  kind: CertificateDto['kind'];
  language: CertificateDto['language'];
  data_json: string;
  qr_text: string;
  forced_reason: string | null;
  issued_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
}

/** What is printed besides the settings' images, frozen when the certificate is issued. */
interface IssuedContent {
  modules: CertificateData['modules'];
  place: string;
  issuedOn: string;
  organisation: string;
  programme: string;
}

/**
 * Certificates: eligibility per module from attendance and lessons, issuing
 * (a unique number, a payload signed with the laptop's Ed25519 key, kept in
 * a register), printing one or a whole cohort as one PDF or a ZIP, revoking
 * with a reason, and verifying a scanned payload offline.
 */
export function createCertificateHandlers(): CertificateHandlers {
  return {
    'certificates.settings': (_input, { deps }) => readSettings(deps),

    'certificates.saveSettings': (settings, { deps }) => {
      deps.db
        .prepare('INSERT INTO certificate_settings (id, settings_json, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at')
        .run(JSON.stringify(settings), nowIso(deps));
      return readSettings(deps);
    },

    'certificates.eligibility': ({ cohortId }, { deps }) => {
      warmUpOnce(deps);
      return eligibilityRows(deps, cohortId);
    },

    'certificates.issue': async ({ cohortId, participantIds, reason }, ctx) => {
      const { deps } = ctx;
      const rows = new Map(eligibilityRows(deps, cohortId).map((row) => [row.participantId, row]));
      const unknown = participantIds.filter((id) => !rows.has(id));
      if (unknown.length > 0) throw new AppError('NOT_FOUND', 'Some participants are not in this cohort');
      const notEligible = participantIds.filter((id) => !rows.get(id)!.eligible && !rows.get(id)!.certificate);
      if (notEligible.length > 0 && reason === null) {
        throw new AppError('INVALID_INPUT', 'Some participants are not eligible: a written reason is needed to issue anyway', {
          fields: { reason: { key: 'certificates.reasonNeeded' } },
          problems: notEligible.map((id) => `${rows.get(id)!.firstName} ${rows.get(id)!.lastName}`),
        });
      }
      const settings = readSettings(deps);
      const keys = await signingKeys(deps);
      const issuedOn = nowIso(deps).slice(0, 10);
      const user = requireUser(ctx);
      const issuedBy = user.id;
      const insert = deps.db.prepare(
        `INSERT INTO certificates (id, number, participant_id, participant_name, cohort_id, kind, language, data_json, qr_text, forced_reason, issued_at, issued_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const issued: CertificateDto[] = [];
      // The cohort's sessions, marks and dates are read once per batch, not once per certificate.
      const cohort = { ...cohortAttendance(deps, cohortId), dates: deps.db.prepare('SELECT start_date, end_date FROM cohorts WHERE id = ?').get(cohortId) as CohortDates };
      deps.db.transaction(() => {
        for (const participantId of participantIds) {
          const row = rows.get(participantId)!;
          // Issuing twice gives back the certificate already issued (a batch can be resumed after a cancel).
          if (row.certificate) {
            issued.push(row.certificate);
            continue;
          }
          const content = issuedContent(deps, cohort, participantId, settings, issuedOn);
          const participantName = `${row.firstName} ${row.lastName}`;
          const payload: CertificatePayload = {
            version: 1,
            number: nextNumber(deps, issuedOn),
            participantName,
            modules: settings.modules.map((id, index) => ({ id, hours: content.modules[index]!.hours })),
            issuedOn,
            kind: settings.kind,
            organisation: content.organisation,
          };
          const id = randomUUID();
          const issuedAt = nowIso(deps);
          insert.run(id, payload.number, participantId, participantName, cohortId, settings.kind, settings.language, JSON.stringify(content),
            signPayload(payload, keys.privateKey), row.eligible ? null : reason, issuedAt, issuedBy);
          recordAudit(deps.db, { at: issuedAt, actor: { id: user.id, role: user.role }, action: 'certificate.issue', subjectId: participantId, details: { certificateId: id, number: payload.number, cohortId, forced: !row.eligible } });
          issued.push(certificateDto(certificateRow(deps, id)));
        }
      })();
      return issued;
    },

    'certificates.list': ({ cohortId }, { deps }) =>
      (cohortId === null
        ? (deps.db.prepare('SELECT * FROM certificates ORDER BY issued_at DESC, number DESC').all() as CertificateRow[])
        : (deps.db.prepare('SELECT * FROM certificates WHERE cohort_id = ? ORDER BY issued_at DESC, number DESC').all(cohortId) as CertificateRow[])
      ).map(certificateDto),

    'certificates.pdf': async ({ certificateIds }, ctx) => {
      const { deps } = ctx;
      const data = printable(deps, certificateIds);
      const pdf = await renderCertificatesPdf(data, { fontsDir: deps.fontsDir });
      auditCertificateExport(ctx, certificateIds, 'pdf');
      const name = data.length === 1 ? certificateFileNames([{ participantName: data[0]!.participantName, number: data[0]!.number }])[0]! : `Certificates-${data.length}.pdf`;
      return exportedFile(name, pdf.toString('base64'), 'base64', 'application/pdf');
    },

    'certificates.zip': async ({ certificateIds }, ctx) => {
      const { deps } = ctx;
      const zip = await renderCertificatesZip(printable(deps, certificateIds), { fontsDir: deps.fontsDir });
      auditCertificateExport(ctx, certificateIds, 'zip');
      return exportedFile(`Certificates-${certificateIds.length}.zip`, Buffer.from(zip).toString('base64'), 'base64', 'application/zip');
    },

    'certificates.revoke': ({ certificateId, reason }, ctx) => {
      const row = certificateRow(ctx.deps, certificateId);
      if (row.revoked_at === null) {
        const user = requireUser(ctx);
        const now = nowIso(ctx.deps);
        ctx.deps.db.transaction(() => {
          ctx.deps.db.prepare('UPDATE certificates SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE id = ?').run(now, reason, user.id, certificateId);
          // The reason is free text and may name people: the log keeps only IDs and the number.
          recordAudit(ctx.deps.db, { at: now, actor: { id: user.id, role: user.role }, action: 'certificate.revoke', subjectId: row.participant_id, details: { certificateId, number: row.number } });
        })();
      }
      return certificateDto(certificateRow(ctx.deps, certificateId));
    },

    'certificates.verify': async ({ text }, { deps }) => {
      const keys = await signingKeys(deps);
      const result = verifyCertificateText(text.trim(), exportPublicKeyPem(keys));
      if (!result.valid) return { valid: false, reason: result.reason, payload: null, register: null };
      const registered = deps.db.prepare('SELECT revoked_at, revoked_reason FROM certificates WHERE number = ?').get(result.payload.number) as
        | { revoked_at: string | null; revoked_reason: string | null }
        | undefined;
      return {
        valid: true,
        reason: null,
        payload: result.payload,
        register: registered ? { revokedAt: registered.revoked_at, revokedReason: registered.revoked_reason } : null,
      };
    },

    'certificates.publicKey': async (_input, { deps }) => {
      const keys = await signingKeys(deps);
      return exportedFile('foras-atelier-certificates-public-key.pem', exportPublicKeyPem(keys), 'utf8', 'application/x-pem-file');
    },
  };
}

/** One line per printed batch: who, how many, and whose (one person, or the cohort they share). */
function auditCertificateExport(ctx: CallContext, ids: readonly string[], format: 'pdf' | 'zip'): void {
  const user = requireUser(ctx);
  const owners = ids.map((id) => certificateRow(ctx.deps, id));
  const people = new Set(owners.map((row) => row.participant_id));
  const cohorts = new Set(owners.map((row) => row.cohort_id));
  const subjectId = people.size === 1 ? owners[0]!.participant_id : cohorts.size === 1 ? owners[0]!.cohort_id : null;
  recordAudit(ctx.deps.db, { at: nowIso(ctx.deps), actor: { id: user.id, role: user.role }, action: 'export.certificates', subjectId, details: { format, count: ids.length } });
}

const warmedUp = new WeakSet<CoreDeps>();

/** The first print pays for reading the fonts' tables; done in the background when the certificates screen opens. */
function warmUpOnce(deps: CoreDeps): void {
  if (warmedUp.has(deps)) return;
  warmedUp.add(deps);
  void warmUpCertificateRenderer(deps.fontsDir).catch(() => warmedUp.delete(deps));
}

export function readSettings(deps: CoreDeps): CertificateSettings {
  const stored = deps.db.prepare('SELECT settings_json FROM certificate_settings WHERE id = 1').pluck().get() as string | undefined;
  const parsed = stored === undefined ? null : certificateSettingsSchema.safeParse(JSON.parse(stored));
  if (parsed?.success) return parsed.data;
  const app = deps.settings.read();
  return defaultCertificateSettings(app.organisationName, app.workshopPlace, app.programmeName);
}

function eligibilityRows(deps: CoreDeps, cohortId: string): EligibilityRowDto[] {
  const settings = readSettings(deps);
  const rules = Object.fromEntries(settings.modules.map((id) => [id, settings.rules[id] ?? { minAttendancePercent: 0, requireAllLessons: false }]));
  const { sessions, marks } = cohortAttendance(deps, cohortId);
  const lessonsByModule = new Map<ModuleId, string[]>();
  for (const lesson of deps.content.lessons()) lessonsByModule.set(lesson.module, [...(lessonsByModule.get(lesson.module) ?? []), lesson.id]);
  const people = deps.db.prepare('SELECT id, first_name, last_name FROM participants WHERE cohort_id = ? ORDER BY first_name, last_name').all(cohortId) as {
    id: string; first_name: string; last_name: string;
  }[];
  const completed = deps.db
    .prepare('SELECT lp.participant_id, lp.lesson_id FROM lesson_progress lp JOIN participants p ON p.id = lp.participant_id WHERE p.cohort_id = ? AND lp.completed_at IS NOT NULL')
    .all(cohortId) as { participant_id: string; lesson_id: string }[];
  const completedBy = new Map<string, Set<string>>();
  for (const row of completed) completedBy.set(row.participant_id, (completedBy.get(row.participant_id) ?? new Set()).add(row.lesson_id));
  const certificates = deps.db
    .prepare('SELECT * FROM certificates WHERE cohort_id = ? AND revoked_at IS NULL ORDER BY issued_at')
    .all(cohortId) as CertificateRow[];

  return people.map((person) => {
    const done = completedBy.get(person.id) ?? new Set<string>();
    const lessons = Object.fromEntries(
      settings.modules.map((id) => {
        const ids = lessonsByModule.get(id) ?? [];
        return [id, { completed: ids.filter((lessonId) => done.has(lessonId)).length, total: ids.length }];
      }),
    );
    const modules = eligibilityByModule(sessions, marks, person.id, rules, lessons);
    const certificate = certificates.filter((row) => row.participant_id === person.id).at(-1);
    return {
      participantId: person.id,
      firstName: person.first_name,
      lastName: person.last_name,
      eligible: modules.every((module) => module.eligible),
      modules,
      certificate: certificate ? certificateDto(certificate) : null,
    };
  });
}

/** Modules with their dates (the cohort's sessions of that module, or the cohort's dates) and hours attended, in the certificate's language. */
interface CohortDates {
  start_date: string;
  end_date: string;
}

function issuedContent(
  deps: CoreDeps,
  { sessions, marks, dates: cohort }: ReturnType<typeof cohortAttendance> & { dates: CohortDates },
  participantId: string,
  settings: CertificateSettings,
  issuedOn: string,
): IssuedContent {
  const attended = hoursAttended(sessions, marks, participantId);
  return {
    modules: settings.modules.map((id) => {
      const dates = sessions.filter((session) => session.moduleId === id).map((session) => session.date).sort();
      return {
        title: deps.content.module(id)?.title[settings.language] ?? id,
        from: dates[0] ?? cohort.start_date,
        to: dates.at(-1) ?? cohort.end_date,
        hours: minutesToHours(attended[id]),
      };
    }),
    place: settings.place,
    issuedOn,
    organisation: settings.organisation,
    programme: settings.programme,
  };
}

function nextNumber(deps: CoreDeps, issuedOn: string): string {
  const year = Number(issuedOn.slice(0, 4));
  // Numbers of erased people's certificates are never given again: they are printed on paper somewhere.
  const last = deps.db
    .prepare('SELECT number FROM (SELECT number FROM certificates UNION ALL SELECT number FROM erased_certificate_numbers) WHERE number LIKE ? ORDER BY number DESC LIMIT 1')
    .pluck()
    .get(`FA-${year}-%`) as string | undefined;
  return formatCertificateNumber(year, last ? Number(last.slice(-6)) + 1 : 1);
}

export function printable(deps: CoreDeps, ids: readonly string[]): CertificateData[] {
  const settings = readSettings(deps);
  const image = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  // Decoded once for the whole batch: the renderer embeds an image once per document when it is the same buffer.
  const signatories = settings.signatories.map((person) => ({ name: person.name, title: person.title, ...(person.signature ? { signature: image(person.signature) } : {}) }));
  const logos = settings.logos.map(image);
  return ids.map((id) => {
    const row = certificateRow(deps, id);
    const content = JSON.parse(row.data_json) as IssuedContent;
    return {
      language: row.language,
      kind: row.kind,
      number: row.number,
      participantName: row.participant_name,
      modules: content.modules,
      place: content.place,
      issuedOn: content.issuedOn,
      organisation: content.organisation,
      programme: content.programme,
      signatories,
      logos,
      qrText: row.qr_text,
    };
  });
}

function certificateRow(deps: CoreDeps, id: string): CertificateRow {
  const row = deps.db.prepare('SELECT * FROM certificates WHERE id = ?').get(id) as CertificateRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such certificate');
  return row;
}

function certificateDto(row: CertificateRow): CertificateDto {
  return {
    id: row.id,
    number: row.number,
    participantId: row.participant_id,
    participantName: row.participant_name,
    cohortId: row.cohort_id,
    kind: row.kind,
    language: row.language,
    issuedAt: row.issued_at,
    forcedReason: row.forced_reason,
    revokedAt: row.revoked_at,
    revokedReason: row.revoked_reason,
  };
}
