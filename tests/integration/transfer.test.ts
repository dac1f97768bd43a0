import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentConsentVersion, type ConsentPurpose } from '../../shared/consents/texts';
import type { TransferImportPlanDto, TransferImportStepDto, TransferReportDto } from '../../shared/transfer/types';
import type { Core } from '../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index';
import { readTransferFile, writeTransferFile } from '../../electron/core/transfer/format';
import type { TransferRow } from '../../electron/core/transfer/payload';
import { LOCAL_COLUMNS } from '../../electron/core/transfer/rules';
import { readSchema } from '../../electron/core/transfer/schema-graph';
import { bamakoShopPlan } from '../fixtures/business-plan/bamako-shop';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { startWebHost, TOKEN_HEADER } from '../../electron/host-web/server';
import { BATCH_BLOB_BYTES } from '../../electron/core/transfer/staging';
import { caller, databaseSnapshot, openTestCore, seededLaptop, tempDataDir } from './helpers';

const PASSPHRASE = 'le bus part à 6 heures';
const RATING = { clarity: 3, structure: 2, example: 4, attitude: 3, relevance: 3 };
const SOUND = Buffer.from('OggS fake opus bytes for the transfer test').toString('base64');

type Laptop = Awaited<ReturnType<typeof seededLaptop>>;
type Caller = Laptop['coordinator'];

const consent = (who: Caller, purpose: ConsentPurpose, given: boolean) =>
  who.must('consents.set', given ? { purpose, given, textVersion: currentConsentVersion(purpose), language: 'fr' } : { purpose, given });

/**
 * Laptop 1: cohort A with Awa and Mariam and a bit of everything — a CV, a
 * plan sent, commented and reviewed, lesson answers, self-assessments,
 * interview attempts (one recorded, one on a coordinator's own question, one
 * mock), consents, a session with attendance, a certificate, an orientation
 * session and (when asked) a hand-over. Cohort B's participant must never travel.
 */
async function busyLaptop({ withHandover = false } = {}) {
  const laptop = await seededLaptop();
  const { coordinator, asParticipantA: awa, asFacilitatorA: facilitator, cohortA, participantA } = laptop;
  const mariam = await coordinator.must('participants.create', {
    cohortId: cohortA.id, firstName: 'Mariam', lastName: 'Koné', sex: 'F', country: 'CI', city: null, phone: null, language: 'fr', avatar: { color: 'orange', picture: null }, pin: '3333',
  });
  await consent(awa, 'audio', true);
  await consent(awa, 'share', true);
  const cv = await awa.must('cvs.create', { title: 'CV couture', language: 'fr' });
  await awa.must('cvs.save', { cvId: cv.id, title: 'CV couture', document: FULL_CV });
  const plan = await awa.must('plans.create', { title: 'Ma boutique', language: 'fr' });
  await awa.must('plans.save', { planId: plan.id, title: 'Ma boutique', document: bamakoShopPlan() });
  await awa.must('plans.submit', { planId: plan.id });
  await facilitator.must('plans.comment', { planId: plan.id, section: 'general', text: 'Très clair.' });
  await facilitator.must('plans.markReviewed', { planId: plan.id });
  await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'q1', answer: { type: 'singleChoice', optionId: 'a' } });
  await awa.must('progress.setPosition', { lessonId: 'demo-lesson', position: 2 });
  await awa.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 2, parler: 1 } });
  const questionId = (await awa.must('interview.bank', {})).questions[0]!.id;
  await awa.must('interview.saveAttempt', { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'audio/ogg', ms: 4000 }, selfRating: RATING });
  const custom = await coordinator.must('interview.addQuestion', {
    category: 'project', fields: ['all'], question: { fr: 'Que ferez-vous la première semaine à Dakar ?', en: '' },
    tip: { fr: 'Des actions simples.', en: '' }, modelAnswer: { fr: 'Je verrai ma famille.', en: '' },
  });
  await awa.must('interview.saveAttempt', { questionId: custom.id, typedAnswer: 'Voir ma famille.', recording: null, selfRating: null });
  await facilitator.must('interview.mockAttempt', { participantId: participantA.id, questionId, rating: RATING });
  const session = await facilitator.must('sessions.save', {
    cohortId: cohortA.id, sessionId: null, fields: { moduleId: 'life-skills', date: '2026-03-10', start: '09:00', end: '12:00', facilitatorId: laptop.facilitatorA.id, place: 'Salle 2' },
  });
  await facilitator.must('attendance.mark', { cohortId: cohortA.id, sessionId: session.id, participantId: participantA.id, status: 'present', minutesMissed: null });
  await facilitator.must('attendance.mark', { cohortId: cohortA.id, sessionId: session.id, participantId: mariam.id, status: 'late', minutesMissed: 20 });
  const [certificate] = await coordinator.must('certificates.issue', { cohortId: cohortA.id, participantIds: [participantA.id], reason: 'Présente à toutes les séances prévues.' });
  await facilitator.must('orientation.saveSession', {
    sessionId: null, fields: { date: '2026-04-02', country: 'SN', participantIds: [participantA.id], topics: ['funding'], notes: 'Présentation du bureau.', followUp: 'Rappeler en mai.' },
  });
  // A hand-over renders PDFs (slow): only where it is looked at.
  if (withHandover) await coordinator.must('handover.export', { participantId: participantA.id });
  return { ...laptop, mariam, cv, plan, session, certificate: certificate! };
}

async function exportCohort(laptop: Laptop, participantIds: string[] | null = null, passphrase = PASSPHRASE): Promise<string> {
  const file = await laptop.coordinator.must('transfer.export', { cohortId: laptop.cohortA.id, participantIds, passphrase });
  expect(file).toMatchObject({ encoding: 'base64', fileName: expect.stringMatching(/^Foras - Cohorte A - \d{4}-\d{2}-\d{2}\.foras$/) });
  return file.content;
}

async function importFile(laptop: Laptop, fileBase64: string, passphrase = PASSPHRASE): Promise<{ plan: TransferImportPlanDto; steps: TransferImportStepDto[]; report: TransferReportDto }> {
  const plan = await laptop.coordinator.must('transfer.importStart', { fileBase64, passphrase });
  const steps: TransferImportStepDto[] = [];
  for (;;) {
    const step = await laptop.coordinator.must('transfer.importNext', { importId: plan.importId });
    steps.push(step);
    if (step.report) return { plan, steps, report: step.report };
    expect(steps.length).toBeLessThan(1000);
  }
}

/** The report without kinds where nothing happened in a column, for short expectations. */
const sum = (report: TransferReportDto, key: 'added' | 'updated' | 'leftAlone' | 'skipped') => Object.values(report.kinds).reduce((total, counts) => total + counts[key], 0);

function rowByKey(core: Core, table: string, row: TransferRow): TransferRow | undefined {
  const info = readSchema(core.deps.db).get(table)!;
  return core.deps.db.prepare(`SELECT * FROM "${table}" WHERE ${info.primaryKey.map((c) => `"${c}" = ?`).join(' AND ')}`).get(...info.primaryKey.map((c) => row[c])) as TransferRow | undefined;
}

/** Everything but the audit log and its AUTOINCREMENT counter. */
const withoutAudit = (snapshot: Record<string, unknown[]>) =>
  Object.fromEntries(
    Object.entries(snapshot)
      .filter(([table]) => table !== 'audit_log')
      .map(([table, rows]) => [table, table === 'sqlite_sequence' ? rows.filter((row) => (row as { name: string }).name !== 'audit_log') : rows]),
  );
const auditActions = (core: Core) => core.deps.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[];

describe('moving a cohort between laptops', () => {
  it('brings every record of the cohort to the other laptop, equal, and nothing else', async () => {
    const one = await busyLaptop({ withHandover: true });
    const two = await seededLaptop();
    const file = await exportCohort(one);
    const { payload } = await readTransferFile(Buffer.from(file, 'base64'), PASSPHRASE, LATEST_SCHEMA_VERSION);

    // What the file holds: cohort A's people and their records, the facilitator they worked with; never cohort B, never a coordinator.
    expect(payload.tables.participants!.map((row) => row.first_name).sort()).toEqual(['Awa', 'Mariam']);
    expect(payload.tables.staff!.map((row) => row.id)).toEqual([one.facilitatorA.id]);
    for (const table of ['cvs', 'business_plans', 'business_plan_comments', 'step_answers', 'lesson_progress', 'module_self_assessments', 'interview_attempts',
      'interview_questions', 'consents', 'workshop_sessions', 'attendance', 'certificates', 'orientation_sessions', 'orientation_attendees', 'handovers', 'cohort_staff']) {
      expect(payload.tables[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
    for (const table of ['audit_log', 'drafts', 'certificate_settings', 'country_pages']) expect(payload.tables[table], table).toBeUndefined();
    const everything = JSON.stringify(payload);
    expect(everything).not.toContain(one.participantB.id);
    expect(everything).not.toContain(one.cohortB.id);
    expect(everything).not.toContain(one.coordinatorUser.id);
    expect(everything).not.toContain('failed_attempts');

    const { plan, steps, report } = await importFile(two, file);
    expect(plan.total).toBe(Object.values(payload.tables).reduce((n, rows) => n + rows.length, 0));
    expect(plan.plan).toEqual(report);
    expect(steps.at(-1)).toMatchObject({ done: plan.total, total: plan.total });
    expect(report.kinds.participants).toEqual({ added: 2, updated: 0, leftAlone: 0, skipped: 0 });
    expect(report.kinds.cvs).toEqual({ added: 1, updated: 0, leftAlone: 0, skipped: 0 });
    expect(sum(report, 'added')).toBe(plan.total);

    // Every row is on laptop 2 as it was on laptop 1, but for the lockout counters (per laptop) and references to laptop 1's coordinator (emptied).
    for (const [table, rows] of Object.entries(payload.tables)) {
      for (const row of rows) {
        const there = rowByKey(two.core, table, row)!;
        const here = rowByKey(one.core, table, row)!;
        const local = Object.fromEntries((LOCAL_COLUMNS[table] ?? []).map((column) => [column, there[column]]));
        expect(there, table).toEqual({ ...row, ...local });
        for (const column of (LOCAL_COLUMNS[table] ?? [])) expect([0, null]).toContain(there[column]);
        const emptied = Object.keys(row).filter((column) => row[column] === null && here[column] === one.coordinatorUser.id);
        expect({ ...here, ...local, ...Object.fromEntries(emptied.map((column) => [column, null])) }, table).toEqual(there);
      }
    }
    expect(rowByKey(two.core, 'handovers', payload.tables.handovers![0]!)!.created_by).toBeNull();

    // Awa signs in on laptop 2 with her PIN and finds her recording; the facilitator with his password.
    const awa = caller(two.core);
    await awa.must('auth.signInParticipant', { participantId: one.participantA.id, pin: '1111' });
    const attempts = await awa.must('interview.attempts', {});
    const recorded = attempts.find((attempt) => attempt.hasRecording)!;
    expect(await awa.must('interview.recording', { attemptId: recorded.id })).toEqual({ mime: 'audio/ogg', base64: SOUND });
    expect((await awa.must('cvs.get', { cvId: one.cv.id })).document).toEqual(FULL_CV);
    const facilitator = caller(two.core);
    await facilitator.must('auth.signInStaff', { staffId: one.facilitatorA.id, password: 'animateur-A-123' });
    expect((await facilitator.must('cohorts.list', {})).map((cohort) => cohort.name)).toEqual(['Cohorte A']);
    expect(auditActions(one.core)).toContain('export.transfer');
    expect(auditActions(two.core).at(-1)).toBe('transfer.import');
  });

  it('updates what changed since, keeps the newer copy, and changes nothing the second time', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    const first = await exportCohort(one);
    await importFile(two, first);

    // Later, Awa edits her CV on laptop 1.
    one.clock.advance(60_000);
    await one.asParticipantA.must('cvs.save', { cvId: one.cv.id, title: 'CV couture et retouches', document: { ...FULL_CV, targetJob: 'Couturière – retouches' } });
    const second = await exportCohort(one);
    const { report } = await importFile(two, second);
    expect(report.kinds.cvs).toEqual({ added: 0, updated: 1, leftAlone: 0, skipped: 0 });
    expect(sum(report, 'updated')).toBe(1);
    expect(sum(report, 'added')).toBe(0);
    const awa = caller(two.core);
    await awa.must('auth.signInParticipant', { participantId: one.participantA.id, pin: '1111' });
    expect(await awa.must('cvs.get', { cvId: one.cv.id })).toMatchObject({ title: 'CV couture et retouches', document: { targetJob: 'Couturière – retouches' } });

    // The same file again: everything left alone, the database as it was (the audit log says an import happened).
    const before = databaseSnapshot(two.core);
    const again = await importFile(two, second);
    expect(sum(again.report, 'added') + sum(again.report, 'updated') + sum(again.report, 'skipped')).toBe(0);
    expect(sum(again.report, 'leftAlone')).toBe(again.plan.total);
    const after = databaseSnapshot(two.core);
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
    expect(after.audit_log).toHaveLength(before.audit_log!.length + 1);

    // An older copy never overwrites a newer one: Awa edits on laptop 2, then the first (older) file comes in.
    two.clock.advance(60_000);
    await awa.must('cvs.save', { cvId: one.cv.id, title: 'Version du portable 2', document: FULL_CV });
    const older = await importFile(two, first);
    expect(older.report.kinds.cvs).toEqual({ added: 0, updated: 0, leftAlone: 1, skipped: 0 });
    expect(await awa.must('cvs.get', { cvId: one.cv.id })).toMatchObject({ title: 'Version du portable 2' });
  });

  it('merges consents by participant and purpose: the newer decision wins', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    await importFile(two, await exportCohort(one));
    one.clock.advance(60_000);
    await consent(one.asParticipantA, 'share', false);
    const { report } = await importFile(two, await exportCohort(one));
    expect(report.kinds.consents).toMatchObject({ updated: 1, added: 0 });
    const row = two.core.deps.db.prepare("SELECT withdrawn_at FROM consents WHERE participant_id = ? AND purpose = 'share'").pluck().get(one.participantA.id);
    expect(row).toBe(one.clock.now().toISOString());
  });

  it('brings a revocation over: a certificate revoked later is newer', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    await importFile(two, await exportCohort(one));
    one.clock.advance(60_000);
    await one.coordinator.must('certificates.revoke', { certificateId: one.certificate.id, reason: 'Erreur de nom.' });
    const { report } = await importFile(two, await exportCohort(one));
    expect(report.kinds.certificates).toEqual({ added: 0, updated: 1, leftAlone: 0, skipped: 0 });
    expect(two.core.deps.db.prepare('SELECT revoked_reason FROM certificates WHERE id = ?').pluck().get(one.certificate.id)).toBe('Erreur de nom.');
  });

  it('leaves out a certificate whose number is already used here by another certificate, and keeps that one', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    // Laptop 2 numbers its own certificates from 1 too.
    const [own] = await two.coordinator.must('certificates.issue', { cohortId: two.cohortA.id, participantIds: [two.participantA.id], reason: 'Présente à tout.' });
    expect(own!.number).toBe(one.certificate.number);
    const ownRow = rowByKey(two.core, 'certificates', { id: own!.id });
    const { plan, report } = await importFile(two, await exportCohort(one));
    expect(plan.plan.kinds.certificates).toEqual({ added: 0, updated: 0, leftAlone: 0, skipped: 1 });
    expect(report.kinds.certificates).toEqual({ added: 0, updated: 0, leftAlone: 0, skipped: 1 });
    expect(report.kinds.participants).toMatchObject({ added: 2 });
    expect(rowByKey(two.core, 'certificates', { id: one.certificate.id })).toBeUndefined();
    expect(rowByKey(two.core, 'certificates', { id: own!.id })).toEqual(ownRow);
  });

  it('exports chosen participants only: their records and the cohort’s sessions, no one else’s', async () => {
    const one = await busyLaptop();
    const file = await exportCohort(one, [one.mariam.id]);
    const { payload } = await readTransferFile(Buffer.from(file, 'base64'), PASSPHRASE, LATEST_SCHEMA_VERSION);
    expect(payload.tables.participants!.map((row) => row.id)).toEqual([one.mariam.id]);
    expect(payload.tables.workshop_sessions!.map((row) => row.id)).toEqual([one.session.id]);
    expect(payload.tables.attendance!.map((row) => row.participant_id)).toEqual([one.mariam.id]);
    for (const table of ['cvs', 'business_plans', 'certificates', 'handovers', 'interview_attempts', 'orientation_sessions']) expect(payload.tables[table], table).toBeUndefined();
    expect(JSON.stringify(payload)).not.toContain(one.participantA.id);

    expect(await one.coordinator.call('transfer.export', { cohortId: one.cohortA.id, participantIds: [one.participantB.id], passphrase: PASSPHRASE }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('never brings back someone erased on this laptop', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    const file = await exportCohort(one);
    await importFile(two, file);
    await two.coordinator.must('privacy.erase', { participantIds: [one.participantA.id], reason: 'request' });
    const { report } = await importFile(two, file);
    expect(report.erasedLeftOut).toBe(1);
    // Her CV, answers, plan and its comments…: left out with her, none counted as a clash.
    expect(report.kinds.cvs).toEqual({ added: 0, updated: 0, leftAlone: 0, skipped: 1 });
    expect(report.kinds.business_plan_comments).toMatchObject({ skipped: 1 });
    expect(report.erasedRecords).toBe(sum(report, 'skipped'));
    expect(rowByKey(two.core, 'participants', { id: one.participantA.id })).toBeUndefined();
    expect(rowByKey(two.core, 'cvs', { id: one.cv.id })).toBeUndefined();
    expect(report.kinds.participants).toMatchObject({ skipped: 1, leftAlone: 1 });
  });

  it('refuses a wrong passphrase, a damaged, cut, foreign or newer file, and changes nothing', async () => {
    const one = await busyLaptop();
    const two = await seededLaptop();
    const file = await exportCohort(one);
    const bytes = Buffer.from(file, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 40]! ^= 0xff;
    const newer = await writeTransferFile({ tables: {} }, PASSPHRASE, { schemaVersion: LATEST_SCHEMA_VERSION + 1, appVersion: '9.9.9', createdAt: '2026-03-02T09:00:00.000Z', kdf: { N: 1024, r: 8, p: 1 } });
    const before = databaseSnapshot(two.core);
    const cases: [string, string, string][] = [
      ['WRONG_PASSPHRASE', file, 'le bus part à 7 heures'],
      ['DAMAGED_FILE', bytes.subarray(0, bytes.length - 1).toString('base64'), PASSPHRASE],
      ['DAMAGED_FILE', bytes.subarray(0, 100).toString('base64'), PASSPHRASE],
      ['DAMAGED_FILE', flipped.toString('base64'), PASSPHRASE],
      ['NEWER_VERSION', Buffer.from(newer).toString('base64'), PASSPHRASE],
      ['NOT_A_TRANSFER_FILE', Buffer.from('%PDF-1.7 not ours').toString('base64'), PASSPHRASE],
    ];
    for (const [code, fileBase64, passphrase] of cases) {
      expect(await two.coordinator.call('transfer.importStart', { fileBase64, passphrase }), code).toMatchObject({ ok: false, error: { code } });
    }
    expect(await two.coordinator.call('transfer.importStart', { fileBase64: file, passphrase: 'court' })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', fields: { passphrase: { key: 'transfer.errors.passphraseShort' } } },
    });
    expect(await two.coordinator.call('transfer.importNext', { importId: '11111111-1111-4111-8111-111111111111' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(databaseSnapshot(two.core)).toEqual(before);
  });

  it('refuses a file whose contents do not fit this laptop, before writing anything', async () => {
    const two = await seededLaptop();
    const fast = { N: 1024, r: 8, p: 1 };
    const options = { schemaVersion: LATEST_SCHEMA_VERSION, appVersion: 't', createdAt: '2026-03-02T09:00:00.000Z', kdf: fast };
    const now = '2026-03-02T09:00:00.000Z';
    const cohort = { id: '22222222-2222-4222-8222-222222222222', name: 'X', place: 'Y', start_date: '2026-01-01', end_date: '2026-02-01', is_sample: 0, created_at: now, updated_at: now };
    const bad = [
      { audit_log: [{ id: 1, at: now, action: 'transfer.import' }] },
      { cohorts: [{ ...cohort, secret_column: 1 }] },
      { staff: [{ id: '33333333-3333-4333-8333-333333333333', name: 'Boss', role: 'coordinator', password_hash: 'x', is_sample: 0, created_at: now, updated_at: now }] },
      // A valid first record, then one breaking a rule of the schema: the dry run finds it, nothing stays.
      { cohorts: [cohort, { ...cohort, id: '44444444-4444-4444-8444-444444444444', end_date: '2025-01-01' }] },
    ];
    const before = databaseSnapshot(two.core);
    for (const tables of bad) {
      const file = Buffer.from(await writeTransferFile({ tables } as never, PASSPHRASE, options)).toString('base64');
      expect(await two.coordinator.call('transfer.importStart', { fileBase64: file, passphrase: PASSPHRASE }), Object.keys(tables)[0]).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
    }
    expect(databaseSnapshot(two.core)).toEqual(before);
  });

  it('carries a long recording through the browser host, in several batches', async () => {
    const one = await seededLaptop();
    await consent(one.asParticipantA, 'audio', true);
    // Noise does not compress: the file is as large as the recording (over the old 1 MiB limit on a request).
    const recording = randomBytes(BATCH_BLOB_BYTES + 1024 * 1024);
    await one.asParticipantA.must('interview.saveAttempt', {
      questionId: (await one.asParticipantA.must('interview.bank', {})).questions[0]!.id, typedAnswer: '',
      recording: { base64: recording.toString('base64'), mime: 'audio/webm', ms: 280_000 }, selfRating: null,
    });
    await one.asParticipantA.must('interview.saveAttempt', {
      questionId: (await one.asParticipantA.must('interview.bank', {})).questions[1]!.id, typedAnswer: '',
      recording: { base64: recording.subarray(0, 1000).toString('base64'), mime: 'audio/webm', ms: 1000 }, selfRating: null,
    });
    const file = await exportCohort(one);
    expect(file.length).toBeGreaterThan(recording.length);

    const rendererDir = tempDataDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const { core } = openTestCore();
    const host = await startWebHost({ dispatch: core.dispatch, rendererDir, port: 0 });
    try {
      const post = async (method: string, input: unknown) => {
        const response = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: JSON.stringify(input) });
        expect(response.status, method).toBe(200);
        return (await response.json()) as { ok: boolean; value: unknown };
      };
      await post('setup.complete', { coordinatorName: 'Samir', password: 'motdepasse-solide', organisationName: 'Org', workshopPlace: 'Oujda', language: 'fr', withSampleData: false });
      const started = await post('transfer.importStart', { fileBase64: file, passphrase: PASSPHRASE });
      expect(started.ok).toBe(true);
      const plan = started.value as TransferImportPlanDto;
      const steps: TransferImportStepDto[] = [];
      do steps.push((await post('transfer.importNext', { importId: plan.importId })).value as TransferImportStepDto);
      while (!steps.at(-1)!.report);
      expect(steps.length).toBeGreaterThan(1);
      expect(steps.at(-1)!.report!.kinds.interview_attempts).toMatchObject({ added: 2 });
      const stored = core.deps.db.prepare('SELECT recording FROM interview_attempts WHERE length(recording) > 1000').pluck().get() as Buffer;
      expect(stored.equals(recording)).toBe(true);
    } finally {
      await host.close();
    }
  });

  it('is for coordinators only; an import belongs to whoever started it', async () => {
    const one = await busyLaptop();
    const file = await exportCohort(one);
    const before = databaseSnapshot(one.core);
    for (const who of [one.asFacilitatorA, one.asParticipantA]) {
      expect(await who.call('transfer.export', { cohortId: one.cohortA.id, participantIds: null, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await who.call('transfer.importStart', { fileBase64: file, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await who.call('transfer.importNext', { importId: '11111111-1111-4111-8111-111111111111' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await who.call('transfer.importCancel', { importId: '11111111-1111-4111-8111-111111111111' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(databaseSnapshot(one.core)).toEqual(before);

    const started = await one.coordinator.must('transfer.importStart', { fileBase64: file, passphrase: PASSPHRASE });
    await one.coordinator.must('transfer.importCancel', { importId: started.importId });
    expect(await one.coordinator.call('transfer.importNext', { importId: started.importId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(databaseSnapshot(one.core)).toEqual(before);
  });
});
