import { afterEach, describe, expect, it } from 'vitest';
import type { AttendanceMarkDto } from '../../../shared/api/dto';
import { ok } from '../../../shared/api/result';
import { fakeApi } from '../../test-utils';
import { closeAttendance, markAttendance, markRestPresent, openAttendance, useAttendance } from './store';

const COHORT = '11111111-1111-4111-8111-111111111111';
const SESSION = '22222222-2222-4222-8222-222222222222';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake Node side keeping the marks of one session, answering each call in order. */
function fakeSide(fail: (participantId: string) => boolean = () => false) {
  const marks = new Map<string, AttendanceMarkDto>();
  return fakeApi((method, input) => {
    if (method === 'attendance.get') return ok([...marks.values()]);
    if (method === 'sessions.list' || method === 'board.cohort') return { ok: false, error: { code: 'NOT_FOUND', message: '' } };
    const mark = input as { participantId: string; status: AttendanceMarkDto['status'] | null; minutesMissed: number | null };
    if (fail(mark.participantId)) return { ok: false, error: { code: 'TRANSPORT', message: 'down' } };
    if (mark.status === null) marks.delete(mark.participantId);
    else marks.set(mark.participantId, { participantId: mark.participantId, status: mark.status, minutesMissed: mark.minutesMissed });
    return ok([...marks.values()]);
  });
}

afterEach(closeAttendance);

describe('attendance store', () => {
  it('shows each tap at once, saves them in order, and a later tap is never undone by an earlier answer', async () => {
    const { calls } = fakeSide();
    await openAttendance(COHORT, SESSION);
    markAttendance(COHORT, SESSION, 'a', 'present');
    markAttendance(COHORT, SESSION, 'a', 'late', 10);
    markAttendance(COHORT, SESSION, 'b', 'absent');
    expect(useAttendance.getState().marks).toMatchObject({ a: { status: 'late', minutesMissed: 10 }, b: { status: 'absent' } });
    expect(useAttendance.getState().save).toBe('saving');
    await settle();
    await settle();
    expect(useAttendance.getState().save).toBe('saved');
    expect(useAttendance.getState().marks).toEqual({ a: { participantId: 'a', status: 'late', minutesMissed: 10 }, b: { participantId: 'b', status: 'absent', minutesMissed: null } });
    expect(calls.filter((call) => call.method === 'attendance.mark').map((call) => (call.input as { status: string }).status)).toEqual(['present', 'late', 'absent']);
  });

  it('marks only the people not marked yet as present, and clears a mark', async () => {
    fakeSide();
    await openAttendance(COHORT, SESSION);
    markAttendance(COHORT, SESSION, 'a', 'absent');
    markRestPresent(COHORT, SESSION, ['a', 'b', 'c']);
    markAttendance(COHORT, SESSION, 'c', null);
    for (let i = 0; i < 5; i++) await settle();
    expect(useAttendance.getState().marks).toEqual({
      a: { participantId: 'a', status: 'absent', minutesMissed: null },
      b: { participantId: 'b', status: 'present', minutesMissed: null },
    });
  });

  it('shows a refused tap as not saved and goes back to what is saved', async () => {
    fakeSide((id) => id === 'b');
    await openAttendance(COHORT, SESSION);
    markAttendance(COHORT, SESSION, 'a', 'present');
    markAttendance(COHORT, SESSION, 'b', 'present');
    for (let i = 0; i < 4; i++) await settle();
    const state = useAttendance.getState();
    expect(state.save).toBe('error');
    expect(state.markErrors).toEqual({ b: 'TRANSPORT' });
    expect(Object.keys(state.marks ?? {})).toEqual(['a']);
  });
});
