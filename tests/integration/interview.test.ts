import { describe, expect, it } from 'vitest';
import { agreeTo, databaseSnapshot, seededLaptop } from './helpers';

const RATING = { clarity: 3, structure: 2, example: 4, attitude: 3, relevance: 3 };
const SOUND = Buffer.from('OggS fake opus bytes for the test').toString('base64');

describe('interview practice', () => {
  it('serves the question bank to participants and staff', async () => {
    const laptop = await seededLaptop();
    const bank = await laptop.asParticipantA.must('interview.bank', {});
    expect(bank.questions.length).toBeGreaterThanOrEqual(40);
    expect((await laptop.asFacilitatorA.must('interview.bank', {})).questions.length).toBe(bank.questions.length);
  });

  it('stores a recording only with audio consent, lists it for its owner only, plays it back and deletes it', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const questionId = (await awa.must('interview.bank', {})).questions[0]!.id;
    const before = databaseSnapshot(laptop.core);
    const refused = await awa.call('interview.saveAttempt', { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'audio/ogg', ms: 4000 }, selfRating: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { recording: { key: 'interview.audioNeedsConsent' } } } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    await awa.must('consents.set', agreeTo('audio'));
    const attempt = await awa.must('interview.saveAttempt', { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'audio/ogg', ms: 4000 }, selfRating: RATING });
    expect(attempt).toMatchObject({ hasRecording: true, recordingMs: 4000, selfRating: RATING, mode: 'practice' });
    expect(await awa.must('interview.recording', { attemptId: attempt.id })).toEqual({ mime: 'audio/ogg', base64: SOUND });

    expect(await laptop.asParticipantB.must('interview.attempts', {})).toEqual([]);
    for (const method of ['interview.recording', 'interview.deleteRecording'] as const) {
      expect(await laptop.asParticipantB.call(method, { attemptId: attempt.id }), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await laptop.asParticipantB.call('interview.rateSelf', { attemptId: attempt.id, rating: RATING })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await awa.must('interview.deleteRecording', { attemptId: attempt.id })).toMatchObject({ hasRecording: false });
    expect(await awa.call('interview.recording', { attemptId: attempt.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await awa.must('interview.attempts', {})).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('keeps typed answers without consent, and withdrawing consent deletes the recordings', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const questionId = (await awa.must('interview.bank', {})).questions[1]!.id;
    const typed = await awa.must('interview.saveAttempt', { questionId, typedAnswer: 'Je suis couturière depuis six ans.', recording: null, selfRating: null });
    expect(typed).toMatchObject({ hasRecording: false, typedAnswer: 'Je suis couturière depuis six ans.' });
    await awa.must('consents.set', agreeTo('audio'));
    await awa.must('interview.saveAttempt', { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'audio/webm', ms: 1000 }, selfRating: null });
    await awa.must('consents.set', { purpose: 'audio', given: false });
    expect((await awa.must('interview.attempts', {})).every((a) => !a.hasRecording)).toBe(true);
  });

  it('refuses unknown questions, bad ratings and over-long recordings', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    await awa.must('consents.set', agreeTo('audio'));
    const questionId = (await awa.must('interview.bank', {})).questions[0]!.id;
    for (const input of [
      { questionId: 'no-such-question', typedAnswer: '', recording: null, selfRating: null },
      { questionId, typedAnswer: '', recording: null, selfRating: { ...RATING, clarity: 5 } },
      { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'audio/webm', ms: 300_001 }, selfRating: null },
      { questionId, typedAnswer: '', recording: { base64: SOUND, mime: 'text/html', ms: 10 }, selfRating: null },
    ]) {
      expect(await awa.call('interview.saveAttempt', input as never), JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe('mock interview', () => {
  it('records the facilitator’s rating for their own cohort only, and the participant adds theirs beside it', async () => {
    const laptop = await seededLaptop();
    const questionId = (await laptop.asFacilitatorA.must('interview.bank', {})).questions[2]!.id;
    const mock = await laptop.asFacilitatorA.must('interview.mockAttempt', { participantId: laptop.participantA.id, questionId, rating: RATING });
    expect(mock).toMatchObject({ mode: 'mock', facilitatorRating: RATING, selfRating: null });
    expect(await laptop.asFacilitatorA.call('interview.mockAttempt', { participantId: laptop.participantB.id, questionId, rating: RATING })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
    const self = { ...RATING, clarity: 2 };
    expect(await laptop.asParticipantA.must('interview.rateSelf', { attemptId: mock.id, rating: self })).toMatchObject({ selfRating: self, facilitatorRating: RATING });
    expect(await laptop.asParticipantA.call('interview.mockAttempt', { participantId: laptop.participantA.id, questionId, rating: RATING })).toMatchObject({
      ok: false, error: { code: 'FORBIDDEN' },
    });
  });
});

describe('questions added by coordinators', () => {
  it('join the bank for everyone, French required and English falling back to it; others may not add', async () => {
    const laptop = await seededLaptop();
    const added = await laptop.coordinator.must('interview.addQuestion', {
      category: 'project', fields: ['all'],
      question: { fr: 'Que ferez-vous la première semaine à Kankan ?', en: '' },
      tip: { fr: 'Parlez d’actions simples et concrètes.', en: 'Talk about simple, concrete actions.' },
      modelAnswer: { fr: 'Je verrai ma famille, puis je visiterai trois ateliers.', en: '' },
    });
    expect(added.question).toEqual({ fr: 'Que ferez-vous la première semaine à Kankan ?', en: 'Que ferez-vous la première semaine à Kankan ?' });
    const bank = await laptop.asParticipantA.must('interview.bank', {});
    expect(bank.questions.at(-1)?.id).toBe(added.id);
    const attempt = await laptop.asParticipantA.must('interview.saveAttempt', { questionId: added.id, typedAnswer: 'Voir ma famille.', recording: null, selfRating: null });
    expect(attempt.questionId).toBe(added.id);
    const input = { category: 'project' as const, fields: ['all' as const], question: { fr: 'x', en: '' }, tip: { fr: 'x', en: '' }, modelAnswer: { fr: 'x', en: '' } };
    expect(await laptop.asFacilitatorA.call('interview.addQuestion', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.coordinator.call('interview.addQuestion', { ...input, question: { fr: '  ', en: 'only English' } })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', fields: { 'question.fr': { key: 'validation.required' } } },
    });
  });
});
