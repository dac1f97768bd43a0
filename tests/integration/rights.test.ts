import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api/contract';
import { ROLES } from '../../shared/domain/roles';
import { caller, databaseSnapshot, seededLaptop } from './helpers';

describe('the dispatcher enforces rights for every method', () => {
  it('refuses every non-public method to a caller who is not signed in, and writes nothing', async () => {
    const laptop = await seededLaptop();
    const before = databaseSnapshot(laptop.core);
    const anonymous = caller(laptop.core);
    for (const method of METHOD_NAMES.filter((name) => contract[name].access !== 'public')) {
      const result = await anonymous.call(method, {} as never);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('refuses every method to the roles it is not open to, and writes nothing', async () => {
    const laptop = await seededLaptop();
    const callers = { participant: laptop.asParticipantA, facilitator: laptop.asFacilitatorA, coordinator: laptop.coordinator };
    const before = databaseSnapshot(laptop.core);
    let refusals = 0;
    for (const method of METHOD_NAMES) {
      const access = contract[method].access;
      if (access === 'public') continue;
      for (const role of ROLES.filter((r) => !access.includes(r))) {
        const result = await callers[role].call(method, {} as never);
        expect(result, `${method} as ${role}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(10);
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('answers malformed input to every method with INVALID_INPUT and no change', async () => {
    const laptop = await seededLaptop();
    const callers = { participant: laptop.asParticipantA, facilitator: laptop.asFacilitatorA, coordinator: laptop.coordinator };
    const before = databaseSnapshot(laptop.core);
    for (const method of METHOD_NAMES) {
      const access = contract[method].access;
      const role = access === 'public' ? 'coordinator' : access[access.length - 1]!;
      for (const bad of [42, 'text', [], { unexpected: 'x'.repeat(10_000) }]) {
        const result = await callers[role].call(method, bad as never);
        if (method === 'auth.lock' || method === 'auth.current') continue; // checked below: they take no input
        expect(result, `${method} with ${JSON.stringify(bad).slice(0, 20)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
    }
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('refuses unknown and inherited method names', async () => {
    const laptop = await seededLaptop();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      const result = await laptop.coordinator.call(name as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});

describe('record-level rights', () => {
  it('lets participant A read their own record but not B’s, by id', async () => {
    const laptop = await seededLaptop();
    const own = await laptop.asParticipantA.call('participants.get', { participantId: laptop.participantA.id });
    expect(own).toMatchObject({ ok: true, value: { firstName: 'Awa' } });
    const other = await laptop.asParticipantA.call('participants.get', { participantId: laptop.participantB.id });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(other)).not.toContain('Binta');
    const profile = await laptop.asParticipantA.must('me.profile', {});
    expect(profile.id).toBe(laptop.participantA.id);
  });

  it('keeps drafts per person: B never sees A’s draft under the same key', async () => {
    const laptop = await seededLaptop();
    await laptop.asParticipantA.must('drafts.save', { key: 'cv.summary', value: 'Je suis couturière' });
    expect(await laptop.asParticipantB.must('drafts.get', { key: 'cv.summary' })).toBeNull();
    expect(await laptop.asParticipantA.must('drafts.get', { key: 'cv.summary' })).toMatchObject({ value: 'Je suis couturière' });
  });

  it('keeps at most 50 drafts per person, dropping the oldest', async () => {
    const laptop = await seededLaptop();
    for (let i = 0; i < 55; i += 1) {
      laptop.clock.advance(1000);
      await laptop.asParticipantA.must('drafts.save', { key: `form-${i}`, value: String(i) });
    }
    const count = laptop.core.deps.db.prepare('SELECT COUNT(*) FROM drafts WHERE owner_id = ?').pluck().get(laptop.participantA.id);
    expect(count).toBe(50);
    expect(await laptop.asParticipantA.must('drafts.get', { key: 'form-0' })).toBeNull();
    expect(await laptop.asParticipantA.must('drafts.get', { key: 'form-54' })).toMatchObject({ value: '54' });
  });

  it('shows facilitators only the cohorts they are assigned to', async () => {
    const laptop = await seededLaptop();
    const cohorts = await laptop.asFacilitatorA.must('cohorts.list', {});
    expect(cohorts.map((c) => c.name)).toEqual(['Cohorte A']);
    expect(await laptop.asFacilitatorA.call('participants.list', { cohortId: laptop.cohortB.id })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    expect(await laptop.asFacilitatorA.call('participants.get', { participantId: laptop.participantB.id })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    expect(await laptop.asFacilitatorA.call('participants.resetPin', { participantId: laptop.participantB.id, pin: '9999' })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    const own = await laptop.asFacilitatorA.must('participants.list', { cohortId: laptop.cohortA.id });
    expect(own.map((p) => p.firstName)).toEqual(['Awa']);
  });

  it('lets the coordinator see everything and answers NOT_FOUND for a missing record', async () => {
    const laptop = await seededLaptop();
    expect((await laptop.coordinator.must('cohorts.list', {})).length).toBe(2);
    const missing = await laptop.coordinator.call('participants.get', { participantId: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
