import { describe, expect, it } from 'vitest';
import { caller, closeCore, COORDINATOR_PASSWORD, openTestCore, seededLaptop } from './helpers';

describe('PIN sign-in and lockout', () => {
  it('locks after 5 wrong PINs for 30 s, doubles, and keeps the counter across a restart', async () => {
    const laptop = await seededLaptop();
    const door = caller(laptop.core);
    const participantId = laptop.participantA.id;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const result = await door.call('auth.signInParticipant', { participantId, pin: '0000' });
      expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS', attemptsLeftBeforeLock: 5 - attempt } });
    }
    const fifth = await door.call('auth.signInParticipant', { participantId, pin: '0000' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'PROFILE_LOCKED', lockedUntil: '2026-03-02T09:00:30.000Z' } });
    // Even the right PIN is refused while locked.
    expect(await door.call('auth.signInParticipant', { participantId, pin: '1111' })).toMatchObject({
      ok: false, error: { code: 'PROFILE_LOCKED' },
    });

    closeCore(laptop.core);
    const reopened = openTestCore(laptop.dataDir, laptop.clock);
    const afterRestart = caller(reopened.core);
    expect(await afterRestart.call('auth.signInParticipant', { participantId, pin: '1111' })).toMatchObject({
      ok: false, error: { code: 'PROFILE_LOCKED' },
    });
    laptop.clock.advance(30_001);
    const sixth = await afterRestart.call('auth.signInParticipant', { participantId, pin: '0000' });
    expect(sixth).toMatchObject({ ok: false, error: { code: 'PROFILE_LOCKED', lockedUntil: '2026-03-02T09:01:30.001Z' } });
    laptop.clock.advance(60_001);
    expect(await afterRestart.call('auth.signInParticipant', { participantId, pin: '1111' })).toMatchObject({ ok: true });
    const options = await afterRestart.must('auth.signInOptions', {});
    expect(options.participants.find((p) => p.id === participantId)).toMatchObject({ lockedUntil: null });
  });

  it('after 10 failures requires a facilitator to reset the PIN', async () => {
    const laptop = await seededLaptop();
    const door = caller(laptop.core);
    const participantId = laptop.participantA.id;
    let last;
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      laptop.clock.advance(16 * 60_000);
      last = await door.call('auth.signInParticipant', { participantId, pin: '0000' });
    }
    expect(last).toMatchObject({ ok: false, error: { code: 'PIN_RESET_REQUIRED' } });
    laptop.clock.advance(60 * 60_000);
    expect(await door.call('auth.signInParticipant', { participantId, pin: '1111' })).toMatchObject({
      ok: false, error: { code: 'PIN_RESET_REQUIRED' },
    });
    const facilitator = caller(laptop.core);
    await facilitator.must('auth.signInStaff', { staffId: laptop.facilitatorA.id, password: 'animateur-A-123' });
    const reset = await facilitator.must('participants.resetPin', { participantId, pin: '5678' });
    expect(reset).toMatchObject({ failedAttempts: 0, pinResetRequired: false, lockedUntil: null });
    expect(await door.call('auth.signInParticipant', { participantId, pin: '5678' })).toMatchObject({ ok: true });
  });

  it('never stores a PIN or password in clear', async () => {
    const laptop = await seededLaptop();
    const hashes = laptop.core.deps.db.prepare('SELECT pin_hash FROM participants UNION ALL SELECT password_hash FROM staff').pluck().all() as string[];
    // scrypt with its parameters stored (the integration tests use a cheap N; the real one is checked in secret-hash.test.ts).
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(hashes.join()).not.toContain('1111');
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('locks staff too, without requiring a reset', async () => {
    const laptop = await seededLaptop();
    const door = caller(laptop.core);
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      laptop.clock.advance(16 * 60_000);
      await door.call('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: 'wrong-password' });
    }
    laptop.clock.advance(16 * 60_000);
    expect(await door.call('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: COORDINATOR_PASSWORD })).toMatchObject({ ok: true });
  });
});

describe('sessions', () => {
  it('locks by itself on the Node side after the idle time, and lock ends the session', async () => {
    const laptop = await seededLaptop();
    const session = laptop.asParticipantA;
    laptop.clock.advance(4 * 60_000);
    expect(await session.call('auth.heartbeat', {})).toMatchObject({ ok: true });
    laptop.clock.advance(4 * 60_000);
    expect(await session.call('me.profile', {})).toMatchObject({ ok: true });
    laptop.clock.advance(5 * 60_000 + 1);
    expect(await session.call('me.profile', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const staff = laptop.asFacilitatorA;
    await staff.must('auth.lock', {});
    expect(await staff.must('auth.current', {})).toBeNull();
  });

  it('first start with sample data shows a sample cohort, removable in one step', async () => {
    const { core } = openTestCore();
    const c = caller(core);
    expect(await c.must('app.status', {})).toMatchObject({ setupRequired: true, language: 'fr' });
    await c.must('setup.complete', {
      coordinatorName: 'Coordination', password: COORDINATOR_PASSWORD, organisationName: 'Org', workshopPlace: 'Tanger',
      language: 'en', withSampleData: true,
    });
    const status = await c.must('app.status', {});
    expect(status).toMatchObject({ setupRequired: false, sampleDataPresent: true, language: 'en' });
    const options = await c.must('auth.signInOptions', {});
    expect(options.cohort).toMatchObject({ isSample: true });
    expect(options.participants.length).toBeGreaterThanOrEqual(5);
    expect(options.participants.every((p) => p.isSample)).toBe(true);
    // Some work is done already (a sample CV), and it goes with the samples.
    expect(core.deps.db.prepare('SELECT COUNT(*) FROM cvs').pluck().get()).toBe(1);

    const real = await c.must('cohorts.create', { name: 'Vraie cohorte', place: 'Tanger', startDate: '2026-04-01', endDate: '2026-06-30', facilitatorIds: [] });
    await c.must('sample.remove', {});
    for (const table of ['participants', 'cvs', 'lesson_progress', 'module_self_assessments']) {
      expect(core.deps.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect((await c.must('app.status', {})).sampleDataPresent).toBe(false);
    const cohorts = await c.must('cohorts.list', {});
    expect(cohorts.map((x) => x.id)).toEqual([real.id]);
    expect((await c.must('auth.signInOptions', {})).cohort?.id).toBe(real.id);
  });
});

describe('the cohort shown at sign-in', () => {
  it('is the first cohort created until a coordinator chooses another, even when a later one starts after it', async () => {
    const laptop = await seededLaptop();
    // seededLaptop creates cohort A, then cohort B with the same dates; a third starts later.
    await laptop.coordinator.must('cohorts.create', { name: 'Cohorte C', place: 'Rabat', startDate: '2026-09-01', endDate: '2026-11-30', facilitatorIds: [] });
    expect((await caller(laptop.core).must('auth.signInOptions', {})).cohort?.id).toBe(laptop.cohortA.id);
    await laptop.coordinator.must('cohorts.setActive', { cohortId: laptop.cohortB.id });
    expect((await caller(laptop.core).must('auth.signInOptions', {})).cohort?.id).toBe(laptop.cohortB.id);
  });
});
