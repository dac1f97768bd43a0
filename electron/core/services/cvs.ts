import { randomUUID } from 'node:crypto';
import type { CvDto } from '../../../shared/api/dto';
import { fromJsonResume, toJsonResume, type JsonResume } from '../../../shared/cv/json-resume';
import { cvSchema, emptyCv, type Cv } from '../../../shared/cv/model';
import { jsonResumeProblems } from '../cv/json-resume-validate';
import { renderCvPdf } from '../cv/pdf/render-cv-pdf';
import { nowIso, requireUser, type CoreDeps } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { hasConsent, requireDataConsent } from './consents';
import { exportedFile, safeFileName } from './exported-file';

type CvHandlers = Pick<
  Handlers,
  | 'cvs.list'
  | 'cvs.create'
  | 'cvs.get'
  | 'cvs.save'
  | 'cvs.duplicate'
  | 'cvs.delete'
  | 'cvs.exportPdf'
  | 'cvs.exportJsonResume'
  | 'cvs.importJsonResume'
>;

interface CvRow {
  id: string;
  participant_id: string;
  title: string;
  language: 'fr' | 'en';
  document_json: string;
  updated_at: string;
}

export function createCvHandlers(): CvHandlers {
  return {
    'cvs.list': (_input, ctx) =>
      (ctx.deps.db.prepare('SELECT * FROM cvs WHERE participant_id = ? ORDER BY updated_at DESC').all(requireUser(ctx).id) as CvRow[]).map((row) => ({
        id: row.id,
        title: row.title,
        language: row.language,
        template: parseDocument(row).template,
        updatedAt: row.updated_at,
      })),

    'cvs.create': ({ title, language }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      const profile = ctx.deps.db.prepare('SELECT first_name, last_name, country, city, phone FROM participants WHERE id = ?').get(user.id) as {
        first_name: string; last_name: string; country: Cv['contact']['country']; city: string | null; phone: string | null;
      };
      const cv = emptyCv(language, { firstName: profile.first_name, lastName: profile.last_name, country: profile.country });
      cv.contact.city = profile.city ?? '';
      cv.contact.phone = profile.phone ?? '';
      return insertCv(ctx.deps, user.id, title, cv);
    },

    'cvs.get': ({ cvId }, { deps }) => toDto(cvRow(deps, cvId)),

    'cvs.save': ({ cvId, title, document }, ctx) => {
      requireDataConsent(ctx.deps, requireUser(ctx).id);
      if (document.identity.photo && !hasConsent(ctx.deps, requireUser(ctx).id, 'photo')) {
        throw new AppError('INVALID_INPUT', 'A photo needs the participant’s consent', { fields: { 'identity.photo': { key: 'cv.photoNeedsConsent' } } });
      }
      const updatedAt = nowIso(ctx.deps);
      ctx.deps.db
        .prepare('UPDATE cvs SET title = ?, language = ?, document_json = ?, updated_at = ? WHERE id = ?')
        .run(title, document.language, JSON.stringify(document), updatedAt, cvId);
      return { updatedAt };
    },

    'cvs.duplicate': ({ cvId }, ctx) => {
      requireDataConsent(ctx.deps, requireUser(ctx).id);
      const row = cvRow(ctx.deps, cvId);
      return insertCv(ctx.deps, row.participant_id, `${row.title} (2)`.slice(0, 80), parseDocument(row));
    },

    'cvs.delete': ({ cvId }, { deps }) => {
      deps.db.prepare('DELETE FROM cvs WHERE id = ?').run(cvId);
      return null;
    },

    'cvs.exportPdf': async ({ cvId }, { deps }) => {
      const row = cvRow(deps, cvId);
      const pdf = await renderCvPdf(parseDocument(row), { fontsDir: deps.fontsDir });
      return exportedFile(`${safeFileName(row.title, 'CV')}.pdf`, pdf.toString('base64'), 'base64', 'application/pdf');
    },

    'cvs.exportJsonResume': ({ cvId }, { deps }) => {
      const row = cvRow(deps, cvId);
      return exportedFile(`${safeFileName(row.title, 'CV')}.json`, JSON.stringify(toJsonResume(parseDocument(row)), null, 2), 'utf8', 'application/json');
    },

    'cvs.importJsonResume': ({ json, title }, ctx) => {
      const user = requireUser(ctx);
      requireDataConsent(ctx.deps, user.id);
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch {
        throw importError(['the file is not JSON']);
      }
      const problems = jsonResumeProblems(raw);
      if (problems.length > 0) throw importError(problems);
      let cv: Cv;
      try {
        cv = fromJsonResume(raw as JsonResume, user.language);
      } catch (error) {
        throw importError([error instanceof Error ? error.message.slice(0, 300) : 'unreadable CV']);
      }
      if (cv.identity.photo && !hasConsent(ctx.deps, user.id, 'photo')) cv.identity.photo = null;
      return insertCv(ctx.deps, user.id, title, cv);
    },
  };
}

function importError(problems: string[]): AppError {
  return new AppError('INVALID_INPUT', 'This file is not a JSON Resume we can read; nothing was changed', { problems });
}

function insertCv(deps: CoreDeps, participantId: string, title: string, cv: Cv): CvDto {
  const id = randomUUID();
  const now = nowIso(deps);
  deps.db
    .prepare('INSERT INTO cvs (id, participant_id, title, language, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, participantId, title, cv.language, JSON.stringify(cv), now, now);
  return { id, title, document: cv, updatedAt: now };
}

function cvRow(deps: CoreDeps, cvId: string): CvRow {
  const row = deps.db.prepare('SELECT * FROM cvs WHERE id = ?').get(cvId) as CvRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such CV');
  return row;
}

function parseDocument(row: CvRow): Cv {
  return cvSchema.parse(JSON.parse(row.document_json));
}

function toDto(row: CvRow): CvDto {
  return { id: row.id, title: row.title, document: parseDocument(row), updatedAt: row.updated_at };
}
