import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CONSENT_TEXTS, currentConsentVersion } from '../../shared/consents/texts';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { bamakoShopPlan } from '../fixtures/business-plan/bamako-shop';
import { agreeTo, caller, COORDINATOR_PASSWORD, databaseSnapshot, openTestCore, seededLaptop } from './helpers';

/** Seeded laptop plus Chloé in cohort A, signed in, who has agreed to nothing yet. */
async function laptopWithNewcomer() {
  const laptop = await seededLaptop();
  const chloe = await laptop.coordinator.must('participants.create', {
    cohortId: laptop.cohortA.id, firstName: 'Chloé', lastName: 'Mbemba', sex: 'F', country: 'CM', city: 'Douala', phone: null, language: 'fr',
    avatar: { color: 'pink', picture: null }, pin: '4444',
  });
  const asChloe = caller(laptop.core);
  await asChloe.must('auth.signInParticipant', { participantId: chloe.id, pin: '4444' });
  return { ...laptop, chloe, asChloe };
}

const auditOf = (laptop: { core: { deps: { db: { prepare: (sql: string) => { all: () => unknown[] } } } } }) =>
  laptop.core.deps.db.prepare('SELECT actor_id, action, subject_id, details_json FROM audit_log ORDER BY id').all() as
    { actor_id: string; action: string; subject_id: string | null; details_json: string }[];

describe('the consent to keep a participant’s data', () => {
  it('without it, lessons can be read but nothing personal is saved: each save answers CONSENT_REQUIRED and writes nothing', async () => {
    const laptop = await laptopWithNewcomer();
    const me = laptop.asChloe;
    expect(await me.must('consents.mine', {})).toEqual({ data: false, photo: false, audio: false, share: false });
    expect((await me.must('lessons.get', { lessonId: 'demo-lesson' })).id).toBe('demo-lesson');
    expect(await me.must('progress.lesson', { lessonId: 'demo-lesson' })).toMatchObject({ position: 0, answers: {} });

    const before = databaseSnapshot(laptop.core);
    const ratings = Object.fromEntries(laptop.core.deps.content.module('life-skills')!.selfAssessment.map((item) => [item.id, 3]));
    const refused = [
      await me.call('cvs.create', { title: 'Mon CV', language: 'fr' }),
      await me.call('plans.create', { title: 'Mon plan', language: 'fr' }),
      await me.call('interview.saveAttempt', { questionId: laptop.core.deps.interviewBank.questions[0]!.id, typedAnswer: 'Bonjour', recording: null, selfRating: null }),
      await me.call('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings }),
      await me.call('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'Ma force' } }),
      await me.call('progress.setPosition', { lessonId: 'demo-lesson', position: 2 }),
      await me.call('progress.complete', { lessonId: 'demo-lesson' }),
      await me.call('drafts.save', { key: 'notes', value: 'x' }),
      await laptop.asFacilitatorA.call('interview.mockAttempt', { participantId: laptop.chloe.id, questionId: laptop.core.deps.interviewBank.questions[0]!.id,
        rating: { clarity: 3, structure: 3, example: 3, attitude: 3, relevance: 3 } }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('is recorded with the version and language of the text shown; an old or missing text is refused; the history says who did what', async () => {
    const laptop = await laptopWithNewcomer();
    const me = laptop.asChloe;
    const before = databaseSnapshot(laptop.core);
    expect(await me.call('consents.set', { purpose: 'data', given: true, textVersion: 'data-2020-01-v0', language: 'fr' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await me.call('consents.set', { purpose: 'data', given: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    laptop.clock.advance(60_000);
    expect(await me.must('consents.set', { purpose: 'data', given: true, textVersion: currentConsentVersion('data'), language: 'en' })).toMatchObject({ data: true });
    // Agreeing again to the same text changes nothing.
    await me.must('consents.set', { purpose: 'data', given: true, textVersion: currentConsentVersion('data'), language: 'en' });
    expect((await me.must('cvs.create', { title: 'Mon CV', language: 'fr' })).title).toBe('Mon CV');

    const details = await laptop.coordinator.must('consents.details', { participantId: laptop.chloe.id });
    expect(details.current.find((c) => c.purpose === 'data')).toEqual({
      purpose: 'data', given: true, givenAt: '2026-03-02T09:01:00.000Z', withdrawnAt: null, textVersion: CONSENT_TEXTS.data.version, language: 'en',
    });
    expect(details.history).toEqual([expect.objectContaining({ purpose: 'data', action: 'given', textVersion: CONSENT_TEXTS.data.version, language: 'en', source: 'participant', recordedBy: null })]);
    expect(details.erasureRequested).toBe(false);
    // A participant reads their own, never someone else's.
    expect((await me.must('consents.details', { participantId: laptop.chloe.id })).history).toHaveLength(1);
    expect(await me.call('consents.details', { participantId: laptop.participantA.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(auditOf(laptop).filter((row) => row.action.startsWith('consent.') && row.subject_id === laptop.chloe.id)).toEqual([
      { actor_id: laptop.chloe.id, action: 'consent.give', subject_id: laptop.chloe.id, details_json: JSON.stringify({ purpose: 'data', textVersion: CONSENT_TEXTS.data.version, source: 'participant' }) },
    ]);
  });

  it('can be recorded by staff from a paper form and withdrawn on the participant’s behalf; withdrawing lists them for erasure and removes nothing', async () => {
    const laptop = await laptopWithNewcomer();
    // Facilitator B does not run cohort A.
    const asFacilitatorB = caller(laptop.core);
    await asFacilitatorB.must('auth.signInStaff', { staffId: laptop.facilitatorB.id, password: 'animatrice-B-123' });
    expect(await asFacilitatorB.call('consents.record', { participantId: laptop.chloe.id, ...agreeTo('data') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const onPaper = await laptop.asFacilitatorA.must('consents.record', { participantId: laptop.chloe.id, ...agreeTo('data') });
    expect(onPaper.history[0]).toMatchObject({ action: 'given', source: 'paper', recordedBy: { id: laptop.facilitatorA.id, name: 'Youssef' }, textVersion: CONSENT_TEXTS.data.version });
    await laptop.asChloe.must('consents.set', agreeTo('audio'));
    const cv = await laptop.asChloe.must('cvs.create', { title: 'Mon CV', language: 'fr' });
    await laptop.asChloe.must('interview.saveAttempt', {
      questionId: laptop.core.deps.interviewBank.questions[0]!.id, typedAnswer: '', recording: { base64: Buffer.from('voice').toString('base64'), mime: 'audio/webm', ms: 1000 }, selfRating: null,
    });

    // Withdrawing audio on her behalf removes the recordings, as when she does it herself.
    laptop.clock.advance(60_000);
    const audioWithdrawn = await laptop.coordinator.must('consents.record', { participantId: laptop.chloe.id, purpose: 'audio', given: false });
    expect(audioWithdrawn.history[0]).toMatchObject({ purpose: 'audio', action: 'withdrawn', source: 'staff', recordedBy: { id: laptop.coordinatorUser.id } });
    expect((await laptop.asChloe.must('interview.attempts', {}))[0]).toMatchObject({ hasRecording: false });

    laptop.clock.advance(60_000);
    await laptop.asChloe.must('consents.set', { purpose: 'data', given: false });
    expect(await laptop.asChloe.call('cvs.save', { cvId: cv.id, title: 'x', document: FULL_CV })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    // Nothing is deleted: the coordinator decides, from the list.
    expect(await laptop.asChloe.must('cvs.get', { cvId: cv.id })).toMatchObject({ title: 'Mon CV' });
    const details = await laptop.coordinator.must('consents.details', { participantId: laptop.chloe.id });
    expect(details.erasureRequested).toBe(true);
    expect(details.current.find((c) => c.purpose === 'data')).toMatchObject({ given: false, withdrawnAt: '2026-03-02T09:02:00.000Z', textVersion: null });
    const list = await laptop.coordinator.must('privacy.erasureList', {});
    expect(list.withdrawn).toEqual([expect.objectContaining({ participantId: laptop.chloe.id, reason: 'withdrawn', since: '2026-03-02T09:02:00.000Z', cohortName: 'Cohorte A' })]);
    expect(await laptop.coordinator.must('privacy.erase', { participantIds: [laptop.chloe.id], reason: 'withdrawn' })).toMatchObject({ erased: 1 });
    expect((await laptop.coordinator.must('privacy.erasureList', {})).withdrawn).toEqual([]);
    expect(auditOf(laptop).map((row) => row.action)).toEqual(expect.arrayContaining(['consent.give', 'consent.withdraw', 'participant.erase']));
  });

  it('sample participants come with a data consent marked as sample data', async () => {
    const { core } = openTestCore();
    const coordinator = caller(core);
    await coordinator.must('setup.complete', { coordinatorName: 'K', password: 'motdepasse-solide', organisationName: 'O', workshopPlace: 'Rabat', language: 'fr', withSampleData: true });
    const cohort = (await coordinator.must('cohorts.list', {}))[0]!;
    for (const person of await coordinator.must('participants.list', { cohortId: cohort.id })) {
      const details = await coordinator.must('consents.details', { participantId: person.id });
      expect(details.history).toEqual([expect.objectContaining({ purpose: 'data', action: 'given', source: 'sample', textVersion: CONSENT_TEXTS.data.version })]);
    }
  });
});

describe('a participant’s data export', () => {
  it('gives the coordinator one ZIP with data.json and their PDFs and recordings, and records it', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    await awa.must('consents.set', agreeTo('audio'));
    const cv = await awa.must('cvs.create', { title: 'CV: couture / retouches', language: 'fr' });
    await awa.must('cvs.save', { cvId: cv.id, title: 'CV: couture / retouches', document: { ...FULL_CV, identity: { ...FULL_CV.identity, photo: null } } });
    const plan = await awa.must('plans.create', { title: 'Atelier de couture', language: 'fr' });
    await awa.must('plans.save', { planId: plan.id, title: 'Atelier de couture', document: bamakoShopPlan() });
    const questionId = laptop.core.deps.interviewBank.questions[0]!.id;
    await awa.must('interview.saveAttempt', { questionId, typedAnswer: 'Je couds depuis dix ans.', recording: { base64: Buffer.from('OggS voice').toString('base64'), mime: 'audio/ogg;codecs=opus', ms: 2000 }, selfRating: null });
    await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'Je suis patiente.' } });
    await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.participantA.id], reason: 'Présente à toutes les séances.' });

    const before = databaseSnapshot(laptop.core);
    expect(await laptop.asFacilitatorA.call('privacy.exportParticipant', { participantId: laptop.participantA.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await awa.call('privacy.exportParticipant', { participantId: laptop.participantA.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    const file = await laptop.coordinator.must('privacy.exportParticipant', { participantId: laptop.participantA.id });
    expect(file).toMatchObject({ fileName: 'Awa Test - Données - 2026-03-02.zip', encoding: 'base64', mimeType: 'application/zip' });
    const zip = unzipSync(new Uint8Array(Buffer.from(file.content, 'base64')));
    const names = Object.keys(zip).sort();
    expect(names).toEqual([
      'business-plans/01 Atelier de couture.pdf', expect.stringMatching(/^certificates\/Awa Test - FA-2026-\d{6}\.pdf$/), 'cv/01 CV couture retouches.pdf',
      'data.json', expect.stringMatching(/^recordings\/01 2026-03-02 [a-z0-9-]+\.ogg$/),
    ]);
    for (const name of names.filter((n) => n.endsWith('.pdf'))) expect(strFromU8(zip[name]!.subarray(0, 5)), name).toBe('%PDF-');
    expect(strFromU8(zip[names.find((n) => n.startsWith('recordings/'))!]!)).toBe('OggS voice');

    const data = JSON.parse(strFromU8(zip['data.json']!)) as Record<string, unknown> & { participant: Record<string, unknown> };
    expect(data).toMatchObject({
      format: 'foras-atelier.participant-data',
      participant: { id: laptop.participantA.id, firstName: 'Awa', lastName: 'Test', country: 'SN' },
      cohort: { name: 'Cohorte A', startDate: '2026-03-01', endDate: '2026-05-30' },
      cvs: [{ title: 'CV: couture / retouches', pdf: 'cv/01 CV couture retouches.pdf', document: { summary: FULL_CV.summary } }],
      businessPlans: [{ title: 'Atelier de couture', status: 'draft' }],
      interviewAttempts: [{ questionId, typedAnswer: 'Je couds depuis dix ans.', recording: { mime: 'audio/ogg;codecs=opus', durationMs: 2000 } }],
      lessons: { answers: [{ lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'Je suis patiente.' } }] },
      certificates: [{ kind: expect.any(String), forcedReason: 'Présente à toutes les séances.' }],
      otherRecords: {},
    });
    // The PIN's hash is a secret, not information about her.
    const pinHash = laptop.core.deps.db.prepare('SELECT pin_hash FROM participants WHERE id = ?').pluck().get(laptop.participantA.id) as string;
    expect(strFromU8(zip['data.json']!)).not.toContain(pinHash);
    expect((data.consents as { history: unknown[] }).history.length).toBeGreaterThanOrEqual(2);

    const last = auditOf(laptop).at(-1)!;
    expect(last).toMatchObject({ action: 'export.participant-data', subject_id: laptop.participantA.id, actor_id: laptop.coordinatorUser.id });
    expect(JSON.parse(last.details_json)).toEqual({ cvs: 1, plans: 1, recordings: 1, certificates: 1 });
  });

  it('also carries the rows of a table added later that refers to the participant (found through the schema)', async () => {
    const laptop = await seededLaptop();
    laptop.core.deps.db.exec('CREATE TABLE mentoring_notes (id TEXT PRIMARY KEY, participant_id TEXT REFERENCES participants(id), note TEXT, photo BLOB)');
    laptop.core.deps.db.prepare("INSERT INTO mentoring_notes VALUES ('m1', ?, 'Veut ouvrir un salon', x'cafe')").run(laptop.participantA.id);
    laptop.core.deps.db.prepare("INSERT INTO mentoring_notes VALUES ('m2', ?, 'Autre personne', NULL)").run(laptop.participantB.id);
    const file = await laptop.coordinator.must('privacy.exportParticipant', { participantId: laptop.participantA.id });
    const data = JSON.parse(strFromU8(unzipSync(new Uint8Array(Buffer.from(file.content, 'base64')))['data.json']!)) as { otherRecords: Record<string, unknown[]> };
    expect(data.otherRecords).toEqual({ mentoring_notes: [{ id: 'm1', participant_id: laptop.participantA.id, note: 'Veut ouvrir un salon', photo: { base64: 'yv4=' } }] });
    // The erasure finds them the same way, and leaves the other person's.
    await laptop.coordinator.must('privacy.erase', { participantIds: [laptop.participantA.id], reason: 'request' });
    expect(laptop.core.deps.db.prepare('SELECT id FROM mentoring_notes').pluck().all()).toEqual(['m2']);
  });
});

describe('retention', () => {
  it('lists a cohort’s participants only once N months have passed since it ended, and erases them when the coordinator confirms', async () => {
    const laptop = await seededLaptop();
    // Cohorts A and B end on 2026-05-30; the clock starts on 2026-03-02.
    expect(await laptop.coordinator.must('privacy.erasureList', {})).toEqual({ retentionMonths: null, today: '2026-03-02', withdrawn: [], due: [] });
    expect(await laptop.asFacilitatorA.call('privacy.setRetention', { months: 6 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await laptop.coordinator.must('privacy.setRetention', { months: 6 })).due).toEqual([]);
    expect(laptop.core.deps.settings.read().retentionMonths).toBe(6);

    // Months later: sessions have locked long ago, the coordinator signs in again.
    const coordinator = caller(laptop.core);
    const later = async (ms: number) => {
      laptop.clock.advance(ms);
      await coordinator.must('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: COORDINATOR_PASSWORD });
    };
    await later(Date.parse('2026-11-29T12:00:00Z') - Date.parse('2026-03-02T09:00:00Z'));
    expect((await coordinator.must('privacy.erasureList', {})).due).toEqual([]);
    expect(await coordinator.call('privacy.erase', { participantIds: [laptop.participantA.id], reason: 'retention' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await later(24 * 3_600_000);
    const list = await coordinator.must('privacy.erasureList', {});
    expect(list.today).toBe('2026-11-30');
    expect(list.due.map((c) => [c.firstName, c.cohortName, c.cohortEnd, c.since, c.reason])).toEqual([
      ['Awa', 'Cohorte A', '2026-05-30', '2026-11-30', 'retention'],
      ['Binta', 'Cohorte B', '2026-05-30', '2026-11-30', 'retention'],
    ]);
    // Listing erased nobody.
    expect((await coordinator.must('participants.list', { cohortId: laptop.cohortA.id })).map((p) => p.firstName)).toEqual(['Awa']);

    expect(await coordinator.must('privacy.erase', { participantIds: list.due.map((c) => c.participantId), reason: 'retention' })).toMatchObject({ erased: 2 });
    expect((await coordinator.must('privacy.erasureList', {})).due).toEqual([]);
    expect(await coordinator.must('participants.list', { cohortId: laptop.cohortA.id })).toEqual([]);

    // Off again: 0 means never.
    expect((await coordinator.must('privacy.setRetention', { months: 0 })).retentionMonths).toBeNull();
    const changes = auditOf(laptop).filter((row) => row.action === 'settings.retention').map((row) => JSON.parse(row.details_json) as unknown);
    expect(changes).toEqual([{ from: null, to: 6 }, { from: 6, to: null }]);
  });
});
