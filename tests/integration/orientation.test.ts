import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ParticipantDto } from '../../shared/api/dto';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { bamakoShopPlan } from '../fixtures/business-plan/bamako-shop';
import { agreeTo, caller, databaseSnapshot, giveDataConsent, seededLaptop } from './helpers';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
    }
    // pdf.js leaves out some full stops from the extracted text; the words are what is checked.
    return text.replace(/\s+/g, ' ');
  } finally {
    await document.destroy();
  }
}

/** The seeded laptop plus two participants returning to Mali, one in each cohort, each signed in. */
async function laptopWithMali() {
  const laptop = await seededLaptop();
  const person = (cohortId: string, firstName: string, lastName: string, pin: string) =>
    laptop.coordinator.must('participants.create', {
      cohortId, firstName, lastName, sex: 'F', country: 'ML', city: 'Bamako', phone: null, language: 'fr', avatar: { color: 'grape', picture: null }, pin,
    });
  const aminata = await person(laptop.cohortA.id, 'Aminata', 'Traoré', '4444');
  const kadi = await person(laptop.cohortB.id, 'Kadiatou', 'Keïta', '5555');
  const signIn = async (participant: ParticipantDto, pin: string) => {
    const c = caller(laptop.core);
    await c.must('auth.signInParticipant', { participantId: participant.id, pin });
    return giveDataConsent(c);
  };
  const asFacilitatorB = caller(laptop.core);
  await asFacilitatorB.must('auth.signInStaff', { staffId: laptop.facilitatorB.id, password: 'animatrice-B-123' });
  return { ...laptop, aminata, kadi, asAminata: await signIn(aminata, '4444'), asKadi: await signIn(kadi, '5555'), asFacilitatorB };
}

const fields = (participantIds: string[], notes = 'Présentation du bureau.') => ({
  date: '2026-04-02', country: 'ML' as const, participantIds, topics: ['funding' as const, 'health-entry' as const], notes, followUp: 'Envoyer le plan au bureau.',
});

describe('orientation sessions', () => {
  it('lets a facilitator choose, record and see only the participants of their cohorts', async () => {
    const laptop = await laptopWithMali();
    const candidates = await laptop.asFacilitatorA.must('orientation.candidates', { country: 'ML' });
    expect(candidates.map((c) => c.firstName)).toEqual(['Aminata']);
    expect((await laptop.coordinator.must('orientation.candidates', { country: 'ML' })).map((c) => c.firstName).sort()).toEqual(['Aminata', 'Kadiatou']);

    const before = databaseSnapshot(laptop.core);
    expect(await laptop.asFacilitatorA.call('orientation.saveSession', { sessionId: null, fields: fields([laptop.aminata.id, laptop.kadi.id]) }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Awa returns to Sénégal: not at a session for Mali.
    expect(await laptop.asFacilitatorA.call('orientation.saveSession', { sessionId: null, fields: fields([laptop.participantA.id]) }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'fields.participantIds': { key: 'orientation.form.wrongCountry' } } } });
    expect(await laptop.asFacilitatorA.call('orientation.saveSession', { sessionId: null, fields: { ...fields([]), topics: [] } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'fields.participantIds': { key: 'orientation.form.attendeesRequired' }, 'fields.topics': { key: 'orientation.form.topicsRequired' } } } });
    expect(await laptop.asAminata.call('orientation.sessions', { country: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    // The coordinator records one session for both cohorts: each facilitator sees their own participant, and a count of the others.
    const shared = await laptop.coordinator.must('orientation.saveSession', { sessionId: null, fields: fields([laptop.aminata.id, laptop.kadi.id]) });
    expect(shared).toMatchObject({ topics: ['health-entry', 'funding'], otherAttendees: 0, canEdit: true, recordedBy: 'Khadija Benali' });
    const seenByA = await laptop.asFacilitatorA.must('orientation.sessions', { country: 'ML' });
    expect(seenByA).toEqual([expect.objectContaining({ id: shared.id, otherAttendees: 1, canEdit: false })]);
    expect(seenByA[0]!.attendees.map((a) => a.firstName)).toEqual(['Aminata']);
    expect(JSON.stringify(seenByA)).not.toContain('Kadiatou');
    expect(await laptop.asFacilitatorA.call('orientation.saveSession', { sessionId: shared.id, fields: fields([laptop.aminata.id], 'Changé') }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.asFacilitatorA.call('orientation.deleteSession', { sessionId: shared.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Facilitator A records their own; the coordinator adds a participant of cohort B; A's later edit keeps her, unnamed, and A may no longer delete it.
    const own = await laptop.asFacilitatorA.must('orientation.saveSession', { sessionId: null, fields: fields([laptop.aminata.id], 'Séance de rattrapage') });
    expect(own).toMatchObject({ canEdit: true, recordedBy: 'Youssef' });
    expect((await laptop.asFacilitatorB.must('orientation.sessions', { country: null })).map((s) => s.id)).toEqual([shared.id]);
    await laptop.coordinator.must('orientation.saveSession', { sessionId: own.id, fields: fields([laptop.aminata.id, laptop.kadi.id], 'Séance de rattrapage') });
    const edited = await laptop.asFacilitatorA.must('orientation.saveSession', { sessionId: own.id, fields: fields([laptop.aminata.id], 'Séance de rattrapage, notes complétées') });
    expect(edited).toMatchObject({ notes: 'Séance de rattrapage, notes complétées', otherAttendees: 1 });
    const full = (await laptop.coordinator.must('orientation.sessions', { country: 'ML' })).find((s) => s.id === own.id)!;
    expect(full.attendees.map((a) => a.firstName)).toEqual(['Aminata', 'Kadiatou']);
    expect(await laptop.asFacilitatorA.call('orientation.deleteSession', { sessionId: own.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await laptop.coordinator.must('orientation.deleteSession', { sessionId: own.id });
    expect((await laptop.coordinator.must('orientation.sessions', { country: null })).map((s) => s.id)).toEqual([shared.id]);
    expect(await laptop.coordinator.call('orientation.deleteSession', { sessionId: own.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('country pages', () => {
  it('start from the contacts typed in the settings, are written by the coordinator and shown to that country’s participants only', async () => {
    const laptop = await laptopWithMali();
    const settings = await laptop.coordinator.must('settings.get', {});
    await laptop.coordinator.must('settings.update', { ...settings, orientationContacts: { ML: 'Bureau des migrations, Bamako : M. Coulibaly.' } });

    const pages = await laptop.coordinator.must('orientation.countryPages', {});
    expect(pages.map((page) => page.country)).toEqual(['BF', 'CM', 'CI', 'GN', 'ML', 'CD', 'SN', 'TG']);
    expect(pages.find((page) => page.country === 'ML')).toMatchObject({ contacts: 'Bureau des migrations, Bamako : M. Coulibaly.', support: '', updatedAt: expect.any(String) });
    expect(pages.find((page) => page.country === 'SN')).toMatchObject({ contacts: '', updatedAt: null });

    const before = databaseSnapshot(laptop.core);
    expect(await laptop.asFacilitatorA.call('orientation.saveCountryPage', { country: 'ML', contacts: 'x', support: '', notes: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.coordinator.call('orientation.saveCountryPage', { country: 'MA' as never, contacts: 'x', support: '', notes: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);

    const saved = await laptop.coordinator.must('orientation.saveCountryPage', {
      country: 'ML', contacts: 'Bureau des migrations, Bamako : +223 20 00 00 00', support: 'Aide au projet individuel : jusqu’à 1 000 000 F CFA.', notes: 'Apporter le certificat.',
    });
    expect(saved).toMatchObject({ country: 'ML', updatedAt: '2026-03-02T09:00:00.000Z' });
    expect(await laptop.asFacilitatorA.must('orientation.countryPages', {})).toContainEqual(saved);

    for (const participant of [laptop.asAminata, laptop.asKadi]) {
      const me = await participant.must('me.profile', {});
      expect(me.countryPage).toEqual(saved);
      expect(me.orientationContact).toBe(saved.contacts);
    }
    const awa = await laptop.asParticipantA.must('me.profile', {});
    expect(awa.countryPage).toMatchObject({ country: 'SN', contacts: '', support: '', notes: '' });
    expect(JSON.stringify(awa)).not.toContain('Bamako');
    expect(await laptop.asAminata.call('orientation.countryPages', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('hand-over pack', () => {
  /** Aminata (cohort A, Mali) with a certificate, a CV, a plan sent for review, a draft plan, and an orientation session. */
  async function aminataWithDocuments() {
    const laptop = await laptopWithMali();
    const cv = await laptop.asAminata.must('cvs.create', { title: 'CV commerce', language: 'fr' });
    await laptop.asAminata.must('cvs.save', { cvId: cv.id, title: 'CV commerce', document: { ...FULL_CV, identity: { ...FULL_CV.identity, photo: null } } });
    const plan = await laptop.asAminata.must('plans.create', { title: 'Boutique Bamako', language: 'fr' });
    await laptop.asAminata.must('plans.save', { planId: plan.id, title: 'Boutique Bamako', document: bamakoShopPlan() });
    await laptop.asAminata.must('plans.submit', { planId: plan.id });
    await laptop.asAminata.must('plans.create', { title: 'Brouillon secret', language: 'fr' });
    const [certificate] = await laptop.coordinator.must('certificates.issue', { cohortId: laptop.cohortA.id, participantIds: [laptop.aminata.id], reason: 'Présente à toutes les séances de rattrapage.' });
    await laptop.asFacilitatorA.must('orientation.saveSession', { sessionId: null, fields: fields([laptop.aminata.id], 'Le bureau finance des projets de commerce.') });
    return { ...laptop, certificate: certificate! };
  }

  it('is refused without the participant’s consent, with a clear error and nothing written', async () => {
    const laptop = await aminataWithDocuments();
    const before = databaseSnapshot(laptop.core);
    const refused = await laptop.coordinator.call('handover.export', { participantId: laptop.aminata.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { participantId: { key: 'orientation.handover.noConsent' } } } });
    expect(await laptop.asFacilitatorA.call('handover.export', { participantId: laptop.aminata.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.asAminata.call('handover.export', { participantId: laptop.aminata.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
    const rows = await laptop.coordinator.must('handover.list', { cohortId: laptop.cohortA.id });
    expect(rows.find((row) => row.participantId === laptop.aminata.id)).toMatchObject({
      consentGivenAt: null, contents: { certificate: laptop.certificate.number, cvs: 1, plans: 1, orientationSessions: 1 }, handovers: [],
    });
  });

  it('with consent, gives one ZIP with a cover, the certificate, the CV and the plan sent, and records it', async () => {
    const laptop = await aminataWithDocuments();
    expect(await laptop.asAminata.must('consents.set', agreeTo('share'))).toEqual({ data: true, photo: false, audio: false, share: true });
    expect(await laptop.asAminata.must('handover.mine', {})).toMatchObject({ country: 'ML', consentGivenAt: '2026-03-02T09:00:00.000Z', handovers: [] });
    expect((await laptop.coordinator.must('handover.list', { cohortId: laptop.cohortA.id })).find((row) => row.participantId === laptop.aminata.id))
      .toMatchObject({ consentGivenAt: '2026-03-02T09:00:00.000Z' });

    laptop.clock.advance(60_000);
    const pack = await laptop.coordinator.must('handover.export', { participantId: laptop.aminata.id });
    expect(pack).toMatchObject({ fileName: 'Dossier de transmission - Aminata Traoré - 2026-03-02.zip', mimeType: 'application/zip', encoding: 'base64' });
    const files = unzipSync(new Uint8Array(Buffer.from(pack.content, 'base64')));
    const names = Object.keys(files);
    expect(names).toEqual([
      '01 Dossier - Aminata Traoré.pdf',
      `02 Certificat - Aminata Traoré - ${laptop.certificate.number}.pdf`,
      '03 CV - CV commerce.pdf',
      '04 Plan d’affaires - Boutique Bamako.pdf',
    ]);
    for (const name of names) expect(Buffer.from(files[name]!).subarray(0, 5).toString(), name).toBe('%PDF-');
    expect(names.join()).not.toContain('Brouillon');

    const cover = await pdfText(files[names[0]!]!);
    for (const expected of ['Dossier de transmission', 'Aminata Traoré', 'Mali', 'Bamako', 'Association Foras', '2 mars 2026', laptop.certificate.number, 'CV commerce',
      'Boutique Bamako', 'Le bureau finance des projets de commerce', 'Envoyer le plan au bureau', 'Financement d’un projet individuel']) {
      expect(cover, expected).toContain(expected);
    }
    expect(cover).not.toContain('Brouillon');
    expect(await pdfText(files[names[1]!]!)).toContain('Aminata Traoré');

    const register = laptop.core.deps.db.prepare('SELECT participant_id, created_by, created_at, contents_json FROM handovers').all() as { participant_id: string; created_by: string; created_at: string; contents_json: string }[];
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ participant_id: laptop.aminata.id, created_by: laptop.coordinatorUser.id, created_at: '2026-03-02T09:01:00.000Z' });
    expect(JSON.parse(register[0]!.contents_json)).toMatchObject({ consentGivenAt: '2026-03-02T09:00:00.000Z', items: expect.arrayContaining([expect.objectContaining({ kind: 'plan', title: 'Boutique Bamako' })]) });
    const row = (await laptop.coordinator.must('handover.list', { cohortId: laptop.cohortA.id })).find((r) => r.participantId === laptop.aminata.id)!;
    expect(row.handovers).toEqual([expect.objectContaining({ createdBy: 'Khadija Benali', createdAt: '2026-03-02T09:01:00.000Z' })]);
    expect(row.handovers[0]!.items.map((item) => item.kind)).toEqual(['cover', 'certificate', 'cv', 'plan']);
    expect((await laptop.asAminata.must('handover.mine', {})).handovers).toHaveLength(1);

    // A revoked certificate is not sent; withdrawing the consent stops any further pack.
    await laptop.coordinator.must('certificates.revoke', { certificateId: laptop.certificate.id, reason: 'Erreur de nom' });
    const second = unzipSync(new Uint8Array(Buffer.from((await laptop.coordinator.must('handover.export', { participantId: laptop.aminata.id })).content, 'base64')));
    expect(Object.keys(second).some((name) => name.includes('Certificat'))).toBe(false);
    expect(await pdfText(second['01 Dossier - Aminata Traoré.pdf']!)).toContain('Pas de certificat délivré');
    await laptop.asAminata.must('consents.set', { purpose: 'share', given: false });
    const before = databaseSnapshot(laptop.core);
    expect(await laptop.coordinator.call('handover.export', { participantId: laptop.aminata.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
    expect((await laptop.asAminata.must('handover.mine', {})).consentGivenAt).toBeNull();
  });
});
