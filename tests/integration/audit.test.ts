import { describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../shared/audit/types';
import { currentConsentVersion } from '../../shared/consents/texts';
import { caller, COORDINATOR_PASSWORD, seededLaptop } from './helpers';

type Laptop = Awaited<ReturnType<typeof seededLaptop>>;

/** Every entry of one family, newest first, as the coordinator's screen reads them. */
async function entries(laptop: Laptop, filter: { action?: string; from?: string; to?: string } = {}): Promise<AuditEntryDto[]> {
  return (await laptop.coordinator.must('audit.list', { ...filter, limit: 200 } as never)).entries;
}

describe('the audit log', () => {
  it('records each wrong PIN and the lockout, with the profile and never the PIN typed', async () => {
    const laptop = await seededLaptop();
    const door = caller(laptop.core);
    const participantId = laptop.participantA.id;
    for (let attempt = 1; attempt <= 5; attempt += 1) await door.call('auth.signInParticipant', { participantId, pin: '9876' });
    // Refused while locked: the secret is not checked, but the attempt is recorded as such.
    await door.call('auth.signInParticipant', { participantId, pin: '9876' });

    const signins = await entries(laptop, { action: 'signin' });
    expect(signins.filter((entry) => entry.action === 'signin.failed')).toHaveLength(6);
    expect(signins[0]).toMatchObject({ action: 'signin.failed', details: { profile: 'participant', failedAttempts: 5, whileLocked: true } });
    const lockouts = signins.filter((entry) => entry.action === 'signin.lockout');
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]).toMatchObject({
      actor: null,
      subject: { id: participantId, kind: 'participant', name: 'Awa Test' },
      details: { profile: 'participant', failedAttempts: 5, lockedUntil: '2026-03-02T09:00:30.000Z', resetRequired: false },
    });
    expect(signins.map((entry) => entry.details.failedAttempts)).toEqual([5, 5, 5, 4, 3, 2, 1]);
    const raw = laptop.core.deps.db.prepare('SELECT details_json || subject_id FROM audit_log').pluck().all().join();
    expect(raw).not.toContain('9876');
  });

  it('records a wrong staff password against the staff profile', async () => {
    const laptop = await seededLaptop();
    await caller(laptop.core).call('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: 'pas-le-bon' });
    expect(await entries(laptop, { action: 'signin.failed' })).toEqual([
      expect.objectContaining({ subject: { id: laptop.coordinatorUser.id, kind: 'staff', name: 'Khadija Benali' }, details: { profile: 'staff', failedAttempts: 1 } }),
    ]);
    const ok = await caller(laptop.core).call('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: COORDINATOR_PASSWORD });
    expect(ok.ok).toBe(true);
    expect(await entries(laptop, { action: 'signin' })).toHaveLength(1);
  });

  it('records staff created, a password changed, a PIN reset and consents, by whom', async () => {
    const laptop = await seededLaptop();
    const coordinatorId = laptop.coordinatorUser.id;
    const created = await entries(laptop, { action: 'staff.create' });
    expect(created.map((entry) => [entry.actor?.id, entry.subject?.id, entry.details.role])).toEqual([
      [coordinatorId, laptop.facilitatorB.id, 'facilitator'],
      [coordinatorId, laptop.facilitatorA.id, 'facilitator'],
      [coordinatorId, coordinatorId, 'coordinator'],
    ]);
    await laptop.asFacilitatorA.must('participants.resetPin', { participantId: laptop.participantA.id, pin: '4321' });
    await laptop.asFacilitatorA.must('staff.changeOwnPassword', { currentPassword: 'animateur-A-123', newPassword: 'nouveau-mot-de-passe' });
    await laptop.asParticipantA.must('consents.set', { purpose: 'share', given: true, textVersion: currentConsentVersion('share'), language: 'fr' });
    await laptop.asParticipantA.must('consents.set', { purpose: 'share', given: false });
    const [withdraw] = await entries(laptop, { action: 'consent.withdraw' });
    const [give] = (await entries(laptop, { action: 'consent.give' })).filter((entry) => entry.details.purpose === 'share');
    const [update, reset] = (await entries(laptop, { action: 'staff' })).filter((entry) => entry.action !== 'staff.create');
    expect(withdraw).toMatchObject({ action: 'consent.withdraw', actor: { id: laptop.participantA.id, role: 'participant' }, details: { purpose: 'share' } });
    expect(give).toMatchObject({ action: 'consent.give', subject: { id: laptop.participantA.id } });
    expect(update).toMatchObject({ action: 'staff.update', actor: { id: laptop.facilitatorA.id, name: 'Youssef' }, details: { change: 'password' } });
    expect(reset).toMatchObject({ action: 'participant.pin-reset', actor: { id: laptop.facilitatorA.id, role: 'facilitator' }, subject: { id: laptop.participantA.id, name: 'Awa Test' } });
  });

  it('records certificates issued, revoked and printed, and report exports', async () => {
    const laptop = await seededLaptop();
    const [certificate] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id], reason: 'Présente à chaque séance' });
    await laptop.coordinator.must('certificates.zip', { certificateIds: [certificate!.id] });
    await laptop.coordinator.must('certificates.revoke', { certificateId: certificate!.id, reason: 'Erreur de nom' });
    await laptop.coordinator.must('certificates.revoke', { certificateId: certificate!.id, reason: 'Deuxième fois' });
    await laptop.coordinator.must('reports.csv', { from: '2026-01-01', to: null, cohortId: laptop.cohortA.id, language: 'fr' });

    const certificates = await entries(laptop, { action: 'certificate' });
    expect(certificates.map((entry) => entry.action)).toEqual(['certificate.revoke', 'certificate.issue']);
    expect(certificates[1]).toMatchObject({
      actor: { id: laptop.coordinatorUser.id },
      subject: { id: laptop.participantA.id },
      details: { certificateId: certificate!.id, number: certificate!.number, cohortId: laptop.cohortA.id, forced: true },
    });
    const exports = await entries(laptop, { action: 'export' });
    expect(exports.map((entry) => [entry.action, entry.subject?.id, entry.details])).toEqual([
      ['export.report', laptop.cohortA.id, { format: 'csv', rows: 1, from: '2026-01-01', to: null }],
      ['export.certificates', laptop.participantA.id, { format: 'zip', count: 1 }],
    ]);
    // The reasons typed are free text: they stay in the register, not in the log.
    expect(laptop.core.deps.db.prepare('SELECT details_json FROM audit_log').pluck().all().join()).not.toMatch(/Erreur|Présente/);
  });

  it('records a hand-over pack made for the home-country office', async () => {
    const laptop = await seededLaptop();
    await laptop.asParticipantA.must('consents.set', { purpose: 'share', given: true, textVersion: currentConsentVersion('share'), language: 'fr' });
    await laptop.coordinator.must('handover.export', { participantId: laptop.participantA.id });
    const handoverId = laptop.core.deps.db.prepare('SELECT id FROM handovers').pluck().get();
    expect(await entries(laptop, { action: 'export.handover' })).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: laptop.coordinatorUser.id }), subject: expect.objectContaining({ id: laptop.participantA.id }), details: { handoverId, files: 1 } }),
    ]);
  });

  it('is open to coordinators only', async () => {
    const laptop = await seededLaptop();
    expect(await laptop.asFacilitatorA.call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.asParticipantA.call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await caller(laptop.core).call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await laptop.coordinator.call('audit.list', { from: '2026-03-05', to: '2026-03-01' })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', fields: { to: { key: 'validation.endBeforeStart' } } },
    });
    expect(await laptop.coordinator.call('audit.list', { action: 'everything' as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('filters by action and by period', async () => {
    const laptop = await seededLaptop();
    const door = caller(laptop.core);
    await door.call('auth.signInParticipant', { participantId: laptop.participantA.id, pin: '0000' });
    laptop.clock.advance(3 * 24 * 3600_000);
    await door.call('auth.signInParticipant', { participantId: laptop.participantB.id, pin: '0000' });
    // Three days later the coordinator's session has long expired: they sign in again.
    await laptop.coordinator.must('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: COORDINATOR_PASSWORD });
    const day = (offsetDays: number) => {
      const date = new Date(Date.parse('2026-03-02T09:00:00Z') + offsetDays * 24 * 3600_000);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    const subjects = async (filter: { action?: string; from?: string; to?: string }) => (await entries(laptop, filter)).map((entry) => entry.subject?.id);
    expect(await subjects({ action: 'signin.failed' })).toEqual([laptop.participantB.id, laptop.participantA.id]);
    expect(await subjects({ action: 'signin.failed', from: day(1) })).toEqual([laptop.participantB.id]);
    expect(await subjects({ action: 'signin.failed', to: day(2) })).toEqual([laptop.participantA.id]);
    expect(await subjects({ action: 'signin.failed', from: day(0), to: day(0) })).toEqual([laptop.participantA.id]);
    expect(await subjects({ action: 'signin.lockout' })).toEqual([]);
    expect((await entries(laptop, { from: day(1) })).map((entry) => entry.action)).toEqual(['signin.failed']);
  });
});
