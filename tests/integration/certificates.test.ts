import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { databaseSnapshot, seededLaptop } from './helpers';

async function pdfPages(base64: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Cohort A with Awa and Mariam, two sessions (3 h each), Awa at both, Mariam at one; rules: 80 % of the hours, lessons not required. */
async function cohortWithAttendance() {
  const laptop = await seededLaptop();
  const mariam = await laptop.coordinator.must('participants.create', {
    cohortId: laptop.cohortA.id, firstName: 'Mariam', lastName: 'Koné', sex: 'F', country: 'CI', city: null, phone: null,
    language: 'fr', avatar: { color: 'orange', picture: null }, pin: '3333',
  });
  const settings = await laptop.coordinator.must('certificates.settings', {});
  await laptop.coordinator.must('certificates.saveSettings', {
    ...settings,
    programme: 'Programme de réintégration',
    rules: { 'life-skills': { minAttendancePercent: 80, requireAllLessons: false }, entrepreneurship: { minAttendancePercent: 80, requireAllLessons: false } },
  });
  const facilitator = laptop.asFacilitatorA;
  const session = (moduleId: 'life-skills' | 'entrepreneurship', date: string) =>
    facilitator.must('sessions.save', { cohortId: laptop.cohortA.id, sessionId: null, fields: { moduleId, date, start: '09:00', end: '12:00', facilitatorId: laptop.facilitatorA.id, place: 'Salle 2' } });
  const lifeSkills = await session('life-skills', '2026-03-10');
  const business = await session('entrepreneurship', '2026-03-17');
  const mark = (sessionId: string, participantId: string, status: 'present' | 'late' | 'absent') =>
    facilitator.must('attendance.mark', { cohortId: laptop.cohortA.id, sessionId, participantId, status, minutesMissed: null });
  await mark(lifeSkills.id, laptop.participantA.id, 'present');
  await mark(business.id, laptop.participantA.id, 'late');
  await mark(lifeSkills.id, mariam.id, 'present');
  await mark(business.id, mariam.id, 'absent');
  return { laptop, mariam, lifeSkills, business };
}

describe('sessions, attendance and certificates', () => {
  it('takes attendance per session and counts the hours per module', async () => {
    const { laptop, business } = await cohortWithAttendance();
    const sessions = await laptop.asFacilitatorA.must('sessions.list', { cohortId: laptop.cohortA.id });
    expect(sessions.map((s) => [s.moduleId, s.marked, s.attended])).toEqual([['life-skills', 2, 2], ['entrepreneurship', 2, 1]]);
    const marks = await laptop.asFacilitatorA.must('attendance.get', { cohortId: laptop.cohortA.id, sessionId: business.id });
    expect(marks).toHaveLength(2);
    const board = await laptop.asFacilitatorA.must('board.cohort', { cohortId: laptop.cohortA.id });
    expect(board.minutesScheduled).toMatchObject({ 'life-skills': 180, entrepreneurship: 180 });
    expect(board.rows.find((row) => row.firstName === 'Mariam')?.minutesAttended).toMatchObject({ 'life-skills': 180, entrepreneurship: 0 });
  });

  it('keeps attendance inside the cohort: other cohorts’ facilitators, sessions and participants are refused', async () => {
    const { laptop, lifeSkills } = await cohortWithAttendance();
    const before = databaseSnapshot(laptop.core);
    // Participant B belongs to cohort B.
    expect(await laptop.asFacilitatorA.call('attendance.mark', { cohortId: laptop.cohortA.id, sessionId: lifeSkills.id, participantId: laptop.participantB.id, status: 'present', minutesMissed: null }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Facilitator A is not assigned to cohort B.
    expect(await laptop.asFacilitatorA.call('sessions.list', { cohortId: laptop.cohortB.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A session of cohort A is not reachable through cohort B, even for the coordinator.
    expect(await laptop.coordinator.call('attendance.get', { cohortId: laptop.cohortB.id, sessionId: lifeSkills.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await laptop.asFacilitatorA.call('sessions.save', { cohortId: laptop.cohortA.id, sessionId: null, fields: { moduleId: 'life-skills', date: '2026-03-10', start: '12:00', end: '09:00', facilitatorId: null, place: 'Salle' } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'fields.end': { key: 'validation.endBeforeStart' } } } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('shows who is eligible and why not, issues certificates, and asks a written reason to issue anyway', async () => {
    const { laptop, mariam } = await cohortWithAttendance();
    const rows = await laptop.coordinator.must('certificates.eligibility', { cohortId: laptop.cohortA.id });
    expect(rows.find((row) => row.participantId === laptop.participantA.id)).toMatchObject({ eligible: true });
    expect(rows.find((row) => row.participantId === mariam.id)).toMatchObject({
      eligible: false,
      modules: expect.arrayContaining([expect.objectContaining({ moduleId: 'entrepreneurship', reasons: [{ kind: 'attendance', percent: 0, required: 80 }] })]),
    });

    const before = databaseSnapshot(laptop.core);
    const refused = await laptop.coordinator.call('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id, mariam.id], reason: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: ['Mariam Koné'] } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    const [awa] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id], reason: null });
    expect(awa).toMatchObject({ number: 'FA-2026-000001', participantName: 'Awa Test', forcedReason: null });
    const [forced] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [mariam.id], reason: 'Absente pour raison médicale, certificat fourni.' });
    expect(forced).toMatchObject({ number: 'FA-2026-000002', forcedReason: 'Absente pour raison médicale, certificat fourni.' });
    // Issuing again gives back the same certificates (a cancelled batch can be resumed).
    const again = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id, mariam.id], reason: null });
    expect(again.map((c) => c.number)).toEqual(['FA-2026-000001', 'FA-2026-000002']);
    expect(await laptop.asFacilitatorA.call('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [mariam.id], reason: 'x'.repeat(10) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('prints a cohort as one merged PDF (a page each) and as a ZIP of one valid PDF each', async () => {
    const { laptop, mariam } = await cohortWithAttendance();
    const issued = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id, mariam.id], reason: 'Présente à toutes les séances de rattrapage.' });
    const merged = await laptop.coordinator.must('certificates.pdf', { certificateIds: issued.map((c) => c.id) });
    const pages = await pdfPages(merged.content);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Awa Test');
    expect(pages[1]).toContain('Mariam Koné');
    expect(pages[0]).toContain('FA-2026-000001');

    const zip = await laptop.coordinator.must('certificates.zip', { certificateIds: issued.map((c) => c.id) });
    const files = unzipSync(new Uint8Array(Buffer.from(zip.content, 'base64')));
    const names = Object.keys(files);
    expect(names).toHaveLength(2);
    expect(names.some((name) => name.includes('Mariam') && name.endsWith('.pdf'))).toBe(true);
    for (const name of names) {
      expect(Buffer.from(files[name]!).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await pdfPages(Buffer.from(files[name]!).toString('base64'))).toHaveLength(1);
    }
  });

  it('verifies a true QR payload offline, refuses a tampered one, and reports a revocation', async () => {
    const { laptop } = await cohortWithAttendance();
    const [certificate] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id], reason: null });
    const qr = laptop.core.deps.db.prepare('SELECT qr_text FROM certificates WHERE id = ?').pluck().get(certificate!.id) as string;

    const genuine = await laptop.asFacilitatorA.must('certificates.verify', { text: qr });
    expect(genuine).toMatchObject({ valid: true, payload: { number: 'FA-2026-000001', participantName: 'Awa Test' }, register: { revokedAt: null } });

    const [prefix, payload, signature] = qr.split('.') as [string, string, string];
    const flipped = payload.slice(0, 5) + (payload[5] === 'A' ? 'B' : 'A') + payload.slice(6);
    expect(await laptop.asFacilitatorA.must('certificates.verify', { text: `${prefix}.${flipped}.${signature}` })).toMatchObject({ valid: false });
    expect(await laptop.asFacilitatorA.must('certificates.verify', { text: 'not a certificate' })).toMatchObject({ valid: false, reason: 'malformed' });

    await laptop.coordinator.must('certificates.revoke', { certificateId: certificate!.id, reason: 'Erreur sur le nom.' });
    expect(await laptop.asFacilitatorA.must('certificates.verify', { text: qr })).toMatchObject({ valid: true, register: { revokedReason: 'Erreur sur le nom.' } });
    const key = await laptop.coordinator.must('certificates.publicKey', {});
    expect(key.content).toContain('BEGIN PUBLIC KEY');
  });
});
