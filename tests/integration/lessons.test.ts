import { describe, expect, it } from 'vitest';
import { caller, databaseSnapshot, seededLaptop } from './helpers';

describe('lessons and progress', () => {
  it('lists the modules and lessons for everyone signed in, with steps counted for the participant’s country', async () => {
    const laptop = await seededLaptop();
    const catalog = await laptop.asParticipantA.must('lessons.catalog', {});
    expect(catalog.modules.map((m) => m.id)).toEqual(['life-skills', 'orientation']);
    // Awa returns to Senegal: she sees the Senegal step and not the Mali one.
    expect(catalog.lessons.find((l) => l.id === 'demo-return')?.stepCount).toBe(7);
    const lesson = await laptop.asParticipantA.must('lessons.get', { lessonId: 'demo-return' });
    expect(lesson.steps.map((s) => s.id)).toContain('sn');
    expect(lesson.steps.map((s) => s.id)).not.toContain('ml');
    // Facilitators project every step.
    const projected = await laptop.asFacilitatorA.must('lessons.get', { lessonId: 'demo-return' });
    expect(projected.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['sn', 'ml']));
    expect(await laptop.asParticipantA.call('lessons.get', { lessonId: 'no-such-lesson' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves answers as they come, scores questions on the Node side, and resumes where the participant stopped', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    expect(await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'q1', answer: { type: 'singleChoice', optionId: 'b' } })).toEqual({ score: 0 });
    expect(await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'q1', answer: { type: 'singleChoice', optionId: 'a' } })).toEqual({ score: 1 });
    await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'Je suis patiente et je couds bien.' } });
    await awa.must('progress.setPosition', { lessonId: 'demo-lesson', position: 4 });

    // Sign out and back in: the answers and the position are still there.
    await awa.must('auth.lock', {});
    const again = caller(laptop.core);
    await again.must('auth.signInParticipant', { participantId: laptop.participantA.id, pin: '1111' });
    const state = await again.must('progress.lesson', { lessonId: 'demo-lesson' });
    expect(state.position).toBe(4);
    expect(state.answers.r1?.answer).toEqual({ type: 'reflection', text: 'Je suis patiente et je couds bien.' });
    expect(state.answers.q1?.score).toBe(1);

    const summary = await again.must('progress.complete', { lessonId: 'demo-lesson' });
    expect(summary).toMatchObject({ answered: 2, questions: 2, correct: 1, completedAt: '2026-03-02T09:00:00.000Z' });
    const mine = await again.must('progress.mine', {});
    expect(mine.lessons.map((l) => l.lessonId)).toEqual(['demo-lesson']);
  });

  it('keeps each participant’s answers to themselves', async () => {
    const laptop = await seededLaptop();
    await laptop.asParticipantA.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'secret' } });
    const other = await laptop.asParticipantB.must('progress.lesson', { lessonId: 'demo-lesson' });
    expect(other.answers).toEqual({});
  });

  it('refuses answers that do not fit the step, and writes nothing', async () => {
    const laptop = await seededLaptop();
    const before = databaseSnapshot(laptop.core);
    const awa = laptop.asParticipantA;
    const refusals = [
      { lessonId: 'demo-lesson', stepId: 'q1', answer: { type: 'singleChoice', optionId: 'zzz' } },
      { lessonId: 'demo-lesson', stepId: 'q1', answer: { type: 'reflection', text: 'x' } },
      { lessonId: 'demo-lesson', stepId: 'nope', answer: { type: 'reflection', text: 'x' } },
      { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'x'.repeat(5001) } },
      { lessonId: 'demo-return', stepId: 'ml', answer: { type: 'reflection', text: 'x' } },
      { lessonId: 'demo-lesson', stepId: 'e1', answer: { type: 'scale', value: 9 } },
    ];
    for (const input of refusals) {
      expect(await awa.call('progress.saveAnswer', input as never), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await awa.call('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 3 } })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT' },
    });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('records the module self-assessment before and after', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    await awa.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 2, parler: 1 } });
    await awa.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'after', ratings: { confiance: 4, parler: 3 } });
    const mine = await awa.must('progress.mine', {});
    expect(mine.selfAssessments).toEqual(
      expect.arrayContaining([
        { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 2, parler: 1 } },
        { moduleId: 'life-skills', phase: 'after', ratings: { confiance: 4, parler: 3 } },
      ]),
    );
  });
});
