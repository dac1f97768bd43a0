import { describe, expect, it } from 'vitest';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { agreeTo, databaseSnapshot, seededLaptop } from './helpers';

const PHOTO = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';

describe('CVs', () => {
  it('creates a CV from the profile, saves drafts even incomplete, duplicates and lists them', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const created = await awa.must('cvs.create', { title: 'CV couture', language: 'fr' });
    expect(created.document.identity).toMatchObject({ firstName: 'Awa', lastName: 'Test' });
    expect(created.document.contact).toMatchObject({ city: 'Dakar', country: 'SN' });
    const incomplete = { ...created.document, targetJob: '', experience: [{ ...FULL_CV.experience[0]!, role: '', start: '' }] };
    await awa.must('cvs.save', { cvId: created.id, title: 'CV couture', document: incomplete });
    expect((await awa.must('cvs.get', { cvId: created.id })).document.experience[0]?.role).toBe('');
    const copy = await awa.must('cvs.duplicate', { cvId: created.id });
    expect(copy.title).toBe('CV couture (2)');
    expect((await awa.must('cvs.list', {})).map((cv) => cv.id).sort()).toEqual([created.id, copy.id].sort());
  });

  it('keeps a participant’s CVs away from every other participant', async () => {
    const laptop = await seededLaptop();
    const cv = await laptop.asParticipantA.must('cvs.create', { title: 'Secret', language: 'fr' });
    for (const method of ['cvs.get', 'cvs.exportPdf', 'cvs.exportJsonResume', 'cvs.duplicate', 'cvs.delete'] as const) {
      expect(await laptop.asParticipantB.call(method, { cvId: cv.id }), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await laptop.asParticipantB.call('cvs.save', { cvId: cv.id, title: 'x', document: FULL_CV })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await laptop.asParticipantB.must('cvs.list', {})).toEqual([]);
    expect((await laptop.asParticipantA.must('cvs.get', { cvId: cv.id })).title).toBe('Secret');
  });

  it('exports a PDF and a JSON Resume that imports back to the same CV', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const cv = await awa.must('cvs.create', { title: 'Complet', language: 'fr' });
    await awa.must('cvs.save', { cvId: cv.id, title: 'Complet', document: FULL_CV });
    const pdf = await awa.must('cvs.exportPdf', { cvId: cv.id });
    expect(pdf).toMatchObject({ fileName: 'Complet.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const json = await awa.must('cvs.exportJsonResume', { cvId: cv.id });
    const imported = await awa.must('cvs.importJsonResume', { json: json.content, title: 'Importé' });
    expect(imported.document).toEqual(FULL_CV);
  });

  it('refuses a JSON Resume the official schema refuses, naming what is wrong, and changes nothing', async () => {
    const laptop = await seededLaptop();
    const before = databaseSnapshot(laptop.core);
    const bad = await laptop.asParticipantA.call('cvs.importJsonResume', { json: JSON.stringify({ basics: { name: 42 } }), title: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [expect.stringContaining('basics.name')] } });
    const notJson = await laptop.asParticipantA.call('cvs.importJsonResume', { json: '{oops', title: 'x' });
    expect(notJson).toMatchObject({ ok: false, error: { problems: ['the file is not JSON'] } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('keeps a photo only with the participant’s consent, and removes it when consent is withdrawn', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const cv = await awa.must('cvs.create', { title: 'Photo', language: 'fr' });
    const withPhoto = { ...cv.document, identity: { ...cv.document.identity, photo: PHOTO } };
    expect(await awa.call('cvs.save', { cvId: cv.id, title: 'Photo', document: withPhoto })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', fields: { 'identity.photo': { key: 'cv.photoNeedsConsent' } } },
    });
    await awa.must('consents.set', agreeTo('photo'));
    await awa.must('cvs.save', { cvId: cv.id, title: 'Photo', document: withPhoto });
    expect((await awa.must('cvs.get', { cvId: cv.id })).document.identity.photo).toBe(PHOTO);
    expect(await awa.must('consents.set', { purpose: 'photo', given: false })).toEqual({ data: true, photo: false, audio: false, share: false });
    expect((await awa.must('cvs.get', { cvId: cv.id })).document.identity.photo).toBeNull();
  });
});
