import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionSlot } from '../../electron/core/context';
import { createCore, type Core } from '../../electron/core/core';
import { deleteParticipantRows } from '../../electron/core/privacy/erase';
import { deletionPlan, quoteIdentifier, userTables } from '../../electron/core/privacy/schema-walk';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { bamakoShopPlan } from '../fixtures/business-plan/bamako-shop';
import { agreeTo, caller, TEST_CONTENT_DIR, TestClock, tempDataDir } from './helpers';

const CANARY = 'CANARY-Zx9q7';
const KEEP = 'KEEP-Bt4w2';
/** Typed by Awa, then replaced: no row holds it any more, only free space inside the file. */
const EARLIER = 'EARLIER-Qm3k8';

/** Every file under `folder`, at any depth. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files in which `text` can be read, as UTF-8 or UTF-16 (SQLite may store either). */
function filesHolding(folder: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()];
  return filesUnder(folder).filter((file) => needles.some((needle) => readFileSync(file).includes(needle)));
}

/** "table.column" for every value of every column of every table that holds `text` (text, or blob bytes in UTF-8 or UTF-16). */
function cellsHolding(core: Core, text: string): string[] {
  const found = new Set<string>();
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  for (const table of userTables(core.deps.db)) {
    for (const row of core.deps.db.prepare(`SELECT * FROM ${quoteIdentifier(table)}`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const hit = typeof value === 'string' ? value.includes(text) : value instanceof Uint8Array ? needles.some((needle) => Buffer.from(value).includes(needle)) : false;
        if (hit) found.add(`${table}.${column}`);
      }
    }
  }
  return [...found].sort();
}

/** The rows about one participant, table by table, found the way the erasure finds them. */
function rowsAbout(core: Core, participantId: string): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const step of deletionPlan(core.deps.db)) {
    const rows = core.deps.db.prepare(`SELECT * FROM ${quoteIdentifier(step.table)} WHERE ${step.where} ORDER BY rowid`).all(JSON.stringify([participantId]));
    result[`${step.table} via ${step.path.join('>')}`] = rows;
  }
  return result;
}

function rowsOf(core: Core, tables: string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((table) => [table, core.deps.db.prepare(`SELECT * FROM ${quoteIdentifier(table)} ORDER BY rowid`).all()]));
}

/**
 * A laptop whose database is NOT encrypted, so that looking for the canary in
 * the files means something (encrypted pages would hide it anyway). Awa has
 * the canary everywhere a participant leaves a trace; Binta, in the same
 * cohort, has her own data, which must come through untouched.
 */
async function plainLaptopWithCanary() {
  const dataDir = tempDataDir();
  const clock = new TestClock();
  const core = createCore({
    dataDir,
    settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
    resourcesDir: join(import.meta.dirname, '..', '..', 'resources'),
    contentDir: TEST_CONTENT_DIR,
    appVersion: 'test',
    databaseKey: { key: null },
    now: clock.now,
    log: () => undefined,
  });
  const coordinator = caller(core, createSessionSlot());
  await coordinator.must('setup.complete', {
    coordinatorName: 'Khadija Benali', password: 'motdepasse-solide', organisationName: 'Association Foras', workshopPlace: 'Rabat', language: 'fr', withSampleData: false,
  });
  const facilitator = await coordinator.must('staff.createFacilitator', { name: 'Youssef', password: 'animateur-A-123' });
  const cohort = await coordinator.must('cohorts.create', { name: 'Cohorte A', place: 'Rabat', startDate: '2026-03-01', endDate: '2026-05-30', facilitatorIds: [facilitator.id] });
  const person = (firstName: string, lastName: string, pin: string) => coordinator.must('participants.create', {
    cohortId: cohort.id, firstName, lastName, sex: 'F', country: 'ML', city: 'Bamako', phone: null, language: 'fr', avatar: { color: 'teal', picture: null }, pin,
  });
  const awa = await person('Awa', `${CANARY} Diop`, '1111');
  const binta = await person('Binta', `${KEEP} Sow`, '2222');
  const asStaff = caller(core);
  await asStaff.must('auth.signInStaff', { staffId: facilitator.id, password: 'animateur-A-123' });
  const session = await asStaff.must('sessions.save', { cohortId: cohort.id, sessionId: null, fields: { moduleId: 'life-skills', date: '2026-03-10', start: '09:00', end: '12:00', facilitatorId: facilitator.id, place: 'Salle 2' } });
  const questionId = core.deps.interviewBank.questions[0]!.id;
  const ratings = Object.fromEntries(core.deps.content.module('life-skills')!.selfAssessment.map((item) => [item.id, 3]));

  const leaveTraces = async (participantId: string, pin: string, mark: string) => {
    const me = caller(core);
    await me.must('auth.signInParticipant', { participantId, pin });
    for (const purpose of ['data', 'audio', 'share'] as const) await me.must('consents.set', agreeTo(purpose));
    const cv = await me.must('cvs.create', { title: `CV ${mark}`, language: 'fr' });
    // Saved twice: the first version is left behind in free space, which only VACUUM clears.
    await me.must('cvs.save', { cvId: cv.id, title: `CV ${mark}`, document: { ...FULL_CV, identity: { ...FULL_CV.identity, photo: null }, summary: `Couturière ${mark} v1` } });
    await me.must('cvs.save', { cvId: cv.id, title: `CV ${mark}`, document: { ...FULL_CV, identity: { ...FULL_CV.identity, photo: null }, summary: `Couturière ${mark} v2` } });
    const plan = await me.must('plans.create', { title: `Plan ${mark}`, language: 'fr' });
    const document = bamakoShopPlan();
    await me.must('plans.save', { planId: plan.id, title: `Plan ${mark}`, document: { ...document, sections: { ...document.sections, summary: { ...document.sections.summary, summary: `Boutique ${mark}` } } } });
    await me.must('plans.submit', { planId: plan.id });
    await asStaff.must('plans.comment', { planId: plan.id, section: 'general', text: `Bravo ${mark}` });
    const recording = Buffer.concat([Buffer.from('\u001aE\u00df\u00a3 webm '), Buffer.from(`voice of ${mark}`, 'utf8'), Buffer.alloc(64, 7)]);
    await me.must('interview.saveAttempt', { questionId, typedAnswer: `Je suis ${mark}`, recording: { base64: recording.toString('base64'), mime: 'audio/webm', ms: 4000 }, selfRating: null });
    await asStaff.must('interview.mockAttempt', { participantId, questionId, rating: { clarity: 3, structure: 3, example: 2, attitude: 4, relevance: 3 } });
    await me.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: `Ma force : ${mark}` } });
    await me.must('progress.complete', { lessonId: 'demo-lesson' });
    await me.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings });
    await me.must('drafts.save', { key: 'notes', value: `brouillon ${mark}` });
    if (mark === CANARY) {
      await me.must('drafts.save', { key: 'earlier', value: `ancien ${EARLIER} ${'et une longue suite '.repeat(20)}` });
      await me.must('drafts.save', { key: 'earlier', value: 'court' });
    }
    await asStaff.must('attendance.mark', { cohortId: cohort.id, sessionId: session.id, participantId, status: 'present', minutesMissed: null });
    return me;
  };
  await leaveTraces(awa.id, '1111', CANARY);
  await leaveTraces(binta.id, '2222', KEEP);
  await coordinator.must('certificates.issue', { cohortId: cohort.id, participantIds: [awa.id, binta.id], reason: 'Présentes à toutes les séances.' });
  await asStaff.must('orientation.saveSession', {
    sessionId: null, fields: { date: '2026-04-02', country: 'ML', participantIds: [awa.id, binta.id], topics: ['funding'], notes: 'Présentation du bureau.', followUp: '' },
  });
  await coordinator.must('handover.export', { participantId: awa.id });
  await coordinator.must('handover.export', { participantId: binta.id });
  return { core, dataDir, coordinator, awa, binta, cohort };
}

describe('erasing a participant', () => {
  it('leaves the canary in no row and in no file under the data folder, and changes nobody else’s data', async () => {
    const laptop = await plainLaptopWithCanary();
    const { core, dataDir } = laptop;
    try {
      // The canary is really there before: in the rows, and readable in the files (the database is not encrypted here).
      expect(cellsHolding(core, CANARY)).toEqual(expect.arrayContaining(['participants.last_name', 'cvs.document_json', 'business_plans.document_json',
        'business_plan_comments.text', 'interview_attempts.typed_answer', 'interview_attempts.recording', 'step_answers.answer_json', 'drafts.value',
        'certificates.participant_name', 'handovers.contents_json']));
      expect(filesHolding(dataDir, CANARY).length).toBeGreaterThan(0);
      expect(cellsHolding(core, EARLIER)).toEqual([]);

      const bintaBefore = rowsAbout(core, laptop.binta.id);
      const shared = ['cohorts', 'staff', 'workshop_sessions', 'orientation_sessions', 'country_pages', 'interview_questions', 'certificate_settings'];
      const sharedBefore = rowsOf(core, shared);
      const auditBefore = core.deps.db.prepare('SELECT * FROM audit_log ORDER BY id').all();
      const certificateNumber = core.deps.db.prepare('SELECT number FROM certificates WHERE participant_id = ?').pluck().get(laptop.awa.id) as string;
      // A backup kept on the laptop (not encrypted either, like the database here) holds her too.
      const backup = await laptop.coordinator.must('backups.create', {});
      expect(filesHolding(dataDir, CANARY)).toContain(join(core.deps.database.backupsDir, backup.fileName));

      expect(await laptop.coordinator.must('privacy.erase', { participantIds: [laptop.awa.id], reason: 'request' })).toEqual({ erased: 1, copiesCleaned: 1, copiesNotCleaned: 0 });

      expect(cellsHolding(core, CANARY)).toEqual([]);
      // Their id survives only in the audit log, which holds ids only and is append-only.
      expect(cellsHolding(core, laptop.awa.id)).toEqual(['audit_log.actor_id', 'audit_log.subject_id']);
      expect(filesHolding(dataDir, CANARY)).toEqual([]);
      expect(filesHolding(dataDir, EARLIER)).toEqual([]);
      expect(core.deps.db.pragma('secure_delete', { simple: true })).toBe(0);

      expect(rowsAbout(core, laptop.binta.id)).toEqual(bintaBefore);
      expect(cellsHolding(core, KEEP).length).toBeGreaterThan(5);
      expect(rowsOf(core, shared)).toEqual(sharedBefore);
      // The log kept every line and gained one, with ids and counts only.
      const audit = core.deps.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as { action: string; subject_id: string; details_json: string }[];
      expect(audit.slice(0, auditBefore.length)).toEqual(auditBefore);
      expect(audit.slice(auditBefore.length)).toMatchObject([{ action: 'participant.erase', subject_id: laptop.awa.id }]);
      expect(JSON.parse(audit.at(-1)!.details_json)).toMatchObject({ reason: 'request', people: 1, rows: expect.any(Number) });
      // The number printed on their certificate is never given to anyone else.
      expect(core.deps.db.prepare('SELECT number FROM erased_certificate_numbers').pluck().all()).toEqual([certificateNumber]);
      const newcomer = await laptop.coordinator.must('participants.create', {
        cohortId: laptop.cohort.id, firstName: 'Coumba', lastName: 'Ba', sex: 'F', country: 'SN', city: null, phone: null, language: 'fr', avatar: { color: 'blue', picture: null }, pin: '3333',
      });
      const [issued] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohort.id, participantIds: [newcomer.id], reason: 'Présente à toutes les séances.' });
      expect(issued!.number > certificateNumber).toBe(true);

      // Gone from the lists and from sign-in.
      expect((await laptop.coordinator.must('participants.list', { cohortId: laptop.cohort.id })).map((p) => p.firstName)).toEqual(['Binta', 'Coumba']);
      expect((await laptop.coordinator.must('auth.signInOptions', {})).participants.map((p) => p.firstName)).toEqual(['Binta', 'Coumba']);
      expect(await caller(core).call('auth.signInParticipant', { participantId: laptop.awa.id, pin: '1111' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      core.close();
    }
    expect(filesHolding(dataDir, CANARY)).toEqual([]);
  });

  it('the same search finds the canary in the file when rows are deleted without secure_delete and VACUUM (so the test above can fail)', async () => {
    const { core, dataDir, awa } = await plainLaptopWithCanary();
    try {
      const { db } = core.deps;
      db.transaction(() => deleteParticipantRows(db, [awa.id]))();
      db.pragma('wal_checkpoint(TRUNCATE)');
      // The rows are gone...
      expect(cellsHolding(core, CANARY)).toEqual([]);
      // ...but their bytes are still in the file.
      expect(filesHolding(dataDir, CANARY)).toEqual([join(dataDir, 'foras-atelier.sqlite')]);
    } finally {
      core.close();
    }
  });

  it('secure_delete clears what it deletes, but what earlier saves left in free space stays until VACUUM', async () => {
    const { core, dataDir, awa } = await plainLaptopWithCanary();
    try {
      const { db } = core.deps;
      db.pragma('secure_delete = ON');
      db.transaction(() => deleteParticipantRows(db, [awa.id]))();
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(filesHolding(dataDir, CANARY)).toEqual([]);
      // No row held this since Awa replaced it, yet its bytes were still in the file.
      expect(filesHolding(dataDir, EARLIER)).toEqual([join(dataDir, 'foras-atelier.sqlite')]);
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(filesHolding(dataDir, EARLIER)).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('is for the coordinator only, refuses an unknown person, and changes nothing when refused', async () => {
    const laptop = await plainLaptopWithCanary();
    try {
      const before = rowsOf(laptop.core, userTables(laptop.core.deps.db));
      const facilitator = caller(laptop.core);
      const staff = await laptop.coordinator.must('staff.list', {});
      await facilitator.must('auth.signInStaff', { staffId: staff.find((s) => s.role === 'facilitator')!.id, password: 'animateur-A-123' });
      expect(await facilitator.call('privacy.erase', { participantIds: [laptop.awa.id], reason: 'request' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await laptop.coordinator.call('privacy.erase', { participantIds: [laptop.awa.id, '00000000-0000-4000-8000-000000000000'], reason: 'request' }))
        .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      // Not on the withdrawn list (Awa never withdrew): refused as out of date.
      expect(await laptop.coordinator.call('privacy.erase', { participantIds: [laptop.awa.id], reason: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(rowsOf(laptop.core, userTables(laptop.core.deps.db))).toEqual(before);
    } finally {
      laptop.core.close();
    }
  });
});
