import { zipSync, type Zippable } from 'fflate';
import { businessPlanSchema } from '../../../shared/business-plan/model';
import { certificateFileNames, safeFileNamePart } from '../../../shared/certificates/file-names';
import { cvSchema } from '../../../shared/cv/model';
import { questionSchema } from '../../../shared/interview/schema';
import { renderBusinessPlanPdf } from '../business-plan/pdf/render-plan-pdf';
import { renderCertificatesPdf } from '../certificates';
import type { CoreDeps } from '../context';
import { renderCvPdf } from '../cv/pdf/render-cv-pdf';
import { AppError } from '../errors';
import { printable } from '../services/certificates';
import { consentDetails } from '../services/consents';
import { deletionPlan, quoteIdentifier } from './schema-walk';

/** The tables data.json sets out by name; any other table that holds their rows goes under `otherRecords`, as stored. */
const DESCRIBED_TABLES = new Set([
  'participants', 'consents', 'consent_events', 'lesson_progress', 'step_answers', 'module_self_assessments', 'cvs', 'business_plans',
  'business_plan_comments', 'interview_attempts', 'attendance', 'orientation_attendees', 'certificates', 'handovers', 'drafts',
]);

export const PARTICIPANT_EXPORT_FORMAT = 'foras-atelier.participant-data';

export interface ParticipantExport {
  fileName: string;
  zip: Uint8Array;
  counts: { cvs: number; plans: number; recordings: number; certificates: number };
}

type Row = Record<string, unknown>;
const json = (text: unknown) => (typeof text === 'string' ? (JSON.parse(text) as unknown) : null);

/** Audio files get the extension their type names; anything unknown is still kept, as ".audio". */
function audioExtension(mime: string | null): string {
  const type = (mime ?? '').split(';')[0]!.trim().toLowerCase();
  return ({ 'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a', 'audio/mpeg': 'mp3', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/aac': 'aac' } as Record<string, string>)[type] ?? 'audio';
}

/** Paths inside the ZIP: "cv/01 Coiffeuse.pdf"… safe on every file system, never twice the same (letter case aside). */
function createPathNamer(): (folder: string, title: string, extension: string) => string {
  const taken = new Set<string>();
  const counters = new Map<string, number>();
  return (folder, title, extension) => {
    const counter = (counters.get(folder) ?? 0) + 1;
    counters.set(folder, counter);
    const base = `${folder}/${String(counter).padStart(2, '0')} ${safeFileNamePart(title, 90) || 'document'}`;
    let path = `${base}.${extension}`;
    for (let copy = 2; taken.has(path.toLowerCase()); copy++) path = `${base} (${copy}).${extension}`;
    taken.add(path.toLowerCase());
    return path;
  };
}

/**
 * Everything kept about one participant, for them: data.json (their profile,
 * consents and their history, lessons, answers, self-assessments, CVs and
 * plans as JSON, interview attempts, attendance, orientation, certificates,
 * hand-overs, drafts, and the rows of any other table that refers to them),
 * their CVs, plans and certificates as PDF, and each recording as an audio
 * file. The PIN's hash is left out: it is a secret, not information about them.
 */
export async function buildParticipantExport(deps: CoreDeps, participantId: string, language: 'fr' | 'en'): Promise<ParticipantExport> {
  const { db } = deps;
  const one = (sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as Row | undefined;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const person = one('SELECT * FROM participants WHERE id = ?', participantId);
  if (!person) throw new AppError('NOT_FOUND', 'No such participant');
  const participantName = `${String(person.first_name)} ${String(person.last_name)}`;
  const settings = deps.settings.read();
  const today = deps.now().toISOString().slice(0, 10);
  const name = createPathNamer();
  const files: Zippable = {};
  const stored = (bytes: Uint8Array) => [bytes, { level: 0 }] as [Uint8Array, { level: 0 }];

  const cvs = [];
  for (const row of all('SELECT * FROM cvs WHERE participant_id = ? ORDER BY created_at, rowid', participantId)) {
    const document = cvSchema.parse(json(row.document_json));
    const pdf = name('cv', String(row.title), 'pdf');
    files[pdf] = stored(await renderCvPdf(document, { fontsDir: deps.fontsDir }));
    cvs.push({ id: row.id, title: row.title, language: row.language, createdAt: row.created_at, updatedAt: row.updated_at, pdf, document });
  }

  const plans = [];
  for (const row of all('SELECT p.*, s.name AS reviewed_by_name FROM business_plans p LEFT JOIN staff s ON s.id = p.reviewed_by WHERE p.participant_id = ? ORDER BY p.created_at, p.rowid', participantId)) {
    const document = businessPlanSchema.parse(json(row.document_json));
    const pdf = name('business-plans', String(row.title), 'pdf');
    files[pdf] = stored(await renderBusinessPlanPdf(document,
      { participantName, organisationName: settings.organisationName, programmeName: settings.programmeName, issuedOn: today }, { fontsDir: deps.fontsDir }));
    const comments = all('SELECT section, author_name, text, created_at FROM business_plan_comments WHERE plan_id = ? ORDER BY created_at, rowid', row.id)
      .map((comment) => ({ section: comment.section, author: comment.author_name, text: comment.text, createdAt: comment.created_at }));
    plans.push({
      id: row.id, title: row.title, language: row.language, status: row.status, submittedAt: row.submitted_at, reviewedAt: row.reviewed_at,
      reviewedBy: row.reviewed_by_name ?? null, createdAt: row.created_at, updatedAt: row.updated_at, pdf, document, comments,
    });
  }

  const questions = new Map(deps.interviewBank.questions.map((question) => [question.id, question.question]));
  for (const text of db.prepare('SELECT question_json FROM interview_questions').pluck().all() as string[]) {
    const parsed = questionSchema.safeParse(json(text));
    if (parsed.success) questions.set(parsed.data.id, parsed.data.question);
  }
  let recordings = 0;
  const attempts = all('SELECT a.*, s.name AS facilitator_name FROM interview_attempts a LEFT JOIN staff s ON s.id = a.facilitator_id WHERE a.participant_id = ? ORDER BY a.created_at, a.rowid', participantId)
    .map((row) => {
      let recording = null;
      if (row.recording instanceof Uint8Array) {
        const file = name('recordings', `${String(row.created_at).slice(0, 10)} ${String(row.question_id)}`, audioExtension(row.recording_mime as string | null));
        files[file] = stored(row.recording);
        recordings += 1;
        recording = { file, mime: row.recording_mime, durationMs: row.recording_ms };
      }
      return {
        id: row.id, questionId: row.question_id, question: questions.get(String(row.question_id)) ?? null, mode: row.mode, typedAnswer: row.typed_answer,
        selfRating: json(row.self_rating_json), facilitatorRating: json(row.facilitator_rating_json), facilitator: row.facilitator_name ?? null,
        createdAt: row.created_at, updatedAt: row.updated_at, recording,
      };
    });

  const certificateRows = all('SELECT * FROM certificates WHERE participant_id = ? ORDER BY issued_at, number', participantId);
  const certificateNames = certificateFileNames(certificateRows.map((row) => ({ participantName: String(row.participant_name), number: String(row.number) })));
  const certificates = [];
  for (const [index, row] of certificateRows.entries()) {
    const pdf = `certificates/${certificateNames[index]!}`;
    files[pdf] = stored(await renderCertificatesPdf(printable(deps, [String(row.id)]), { fontsDir: deps.fontsDir }));
    certificates.push({
      number: row.number, kind: row.kind, language: row.language, nameAsPrinted: row.participant_name, issuedAt: row.issued_at, forcedReason: row.forced_reason,
      revokedAt: row.revoked_at, revokedReason: row.revoked_reason, content: json(row.data_json), pdf,
    });
  }

  const data = {
    format: PARTICIPANT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: deps.now().toISOString(),
    appVersion: deps.appVersion,
    participant: {
      id: person.id, firstName: person.first_name, lastName: person.last_name, sex: person.sex, country: person.country, city: person.city,
      phone: person.phone, language: person.language, avatar: json(person.avatar_json), isSample: person.is_sample === 1,
      createdAt: person.created_at, updatedAt: person.updated_at,
      signIn: { failedAttempts: person.failed_attempts, lockedUntil: person.locked_until, pinResetRequired: person.pin_reset_required === 1 },
    },
    cohort: one('SELECT id, name, place, start_date AS startDate, end_date AS endDate FROM cohorts WHERE id = ?', person.cohort_id) ?? null,
    consents: consentDetails(deps, participantId),
    lessons: {
      progress: all('SELECT lesson_id AS lessonId, position, completed_at AS completedAt, created_at AS createdAt, updated_at AS updatedAt FROM lesson_progress WHERE participant_id = ? ORDER BY created_at', participantId),
      answers: all('SELECT lesson_id, step_id, answer_json, score, created_at, updated_at FROM step_answers WHERE participant_id = ? ORDER BY created_at, rowid', participantId)
        .map((row) => ({ lessonId: row.lesson_id, stepId: row.step_id, answer: json(row.answer_json), score: row.score, createdAt: row.created_at, updatedAt: row.updated_at })),
    },
    selfAssessments: all('SELECT module_id, phase, ratings_json, created_at, updated_at FROM module_self_assessments WHERE participant_id = ? ORDER BY created_at', participantId)
      .map((row) => ({ moduleId: row.module_id, phase: row.phase, ratings: json(row.ratings_json), createdAt: row.created_at, updatedAt: row.updated_at })),
    cvs,
    businessPlans: plans,
    interviewAttempts: attempts,
    attendance: all(
      `SELECT s.id AS sessionId, s.date, s.start_time AS startTime, s.end_time AS endTime, s.module_id AS moduleId, s.place, a.status, a.minutes_missed AS minutesMissed
       FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id WHERE a.participant_id = ? ORDER BY s.date, s.start_time`, participantId),
    orientationSessions: all(
      `SELECT o.id AS sessionId, o.date, o.country, o.topics_json FROM orientation_attendees a JOIN orientation_sessions o ON o.id = a.session_id
       WHERE a.participant_id = ? ORDER BY o.date`, participantId).map(({ topics_json: topics, ...row }) => ({ ...row, topics: json(topics) })),
    certificates,
    handovers: all('SELECT h.created_at, s.name AS created_by, h.contents_json FROM handovers h LEFT JOIN staff s ON s.id = h.created_by WHERE h.participant_id = ? ORDER BY h.created_at', participantId)
      .map((row) => ({ createdAt: row.created_at, createdBy: row.created_by ?? null, contents: json(row.contents_json) })),
    drafts: all('SELECT key, value, updated_at AS updatedAt FROM drafts WHERE owner_id = ? ORDER BY updated_at', participantId),
    otherRecords: otherRecords(deps, participantId),
  };
  files['data.json'] = new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);

  const now = deps.now();
  const label = language === 'fr' ? 'Données' : 'Data';
  return {
    fileName: `${[safeFileNamePart(participantName, 100), label, today].filter(Boolean).join(' - ')}.zip`,
    zip: zipSync(files, { level: 6, mtime: now }),
    counts: { cvs: cvs.length, plans: plans.length, recordings, certificates: certificates.length },
  };
}

/** Rows of tables that refer to the participant but are not set out above (added by a later version): as stored, binary as base64. */
function otherRecords(deps: CoreDeps, participantId: string): Record<string, Row[]> {
  const result: Record<string, Row[]> = {};
  for (const step of deletionPlan(deps.db)) {
    if (DESCRIBED_TABLES.has(step.table)) continue;
    const rows = (deps.db.prepare(`SELECT * FROM ${quoteIdentifier(step.table)} WHERE ${step.where}`).all(JSON.stringify([participantId])) as Row[])
      .map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Uint8Array ? { base64: Buffer.from(value).toString('base64') } : value])));
    result[step.table] = [...(result[step.table] ?? []), ...rows];
  }
  return result;
}
