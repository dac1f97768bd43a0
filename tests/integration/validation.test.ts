import { describe, expect, it } from 'vitest';
import { databaseSnapshot, seededLaptop } from './helpers';

const base = {
  firstName: 'Mariam', lastName: 'Koné', sex: null, country: 'CI' as const, city: null, phone: null,
  language: 'fr' as const, avatar: { color: 'orange' as const, picture: 'sun' as const }, pin: '4321',
};

describe('participant input', () => {
  it('stores names in any script, trimmed', async () => {
    const laptop = await seededLaptop();
    const created = await laptop.coordinator.must('participants.create', {
      ...base, cohortId: laptop.cohortA.id, firstName: '  ߊߡߊߘߎ ', lastName: 'محمد',
    });
    expect(created).toMatchObject({ firstName: 'ߊߡߊߘߎ', lastName: 'محمد' });
  });

  it('refuses a 10,000-character name with a "too long" key and keeps the database as it was', async () => {
    const laptop = await seededLaptop();
    const before = databaseSnapshot(laptop.core);
    const result = await laptop.coordinator.call('participants.create', { ...base, cohortId: laptop.cohortA.id, lastName: 'x'.repeat(10_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { lastName: { key: 'validation.tooLong', params: { count: 80 } } } } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('checks the phone against the country of return (or Morocco) and stores it in international form', async () => {
    const laptop = await seededLaptop();
    const wrongCountry = await laptop.coordinator.call('participants.create', { ...base, cohortId: laptop.cohortA.id, phone: '+221 77 123 45 67' });
    expect(wrongCountry).toMatchObject({ ok: false, error: { fields: { phone: { key: 'validation.phoneCountry' } } } });
    const garbage = await laptop.coordinator.call('participants.create', { ...base, cohortId: laptop.cohortA.id, phone: '12' });
    expect(garbage).toMatchObject({ ok: false, error: { fields: { phone: { key: 'validation.phone' } } } });
    const local = await laptop.coordinator.must('participants.create', { ...base, cohortId: laptop.cohortA.id, phone: '07 07 12 34 56' });
    expect(local.phone).toBe('+2250707123456');
    const moroccan = await laptop.coordinator.must('participants.create', { ...base, cohortId: laptop.cohortA.id, phone: '+212 6 12 34 56 78' });
    expect(moroccan.phone).toBe('+212612345678');
  });

  it('refuses empty names, a bad PIN, an unknown country and control characters, field by field', async () => {
    const laptop = await seededLaptop();
    const result = await laptop.coordinator.call('participants.create', {
      ...base, cohortId: laptop.cohortA.id, firstName: '   ', pin: '12', country: 'FR' as never, city: 'a\u0007b',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toMatchObject({
      firstName: { key: 'validation.required' },
      pin: { key: 'validation.pin' },
      country: { key: 'validation.choice' },
      city: { key: 'validation.controlChars' },
    });
  });

  it('refuses a cohort that ends before it starts', async () => {
    const laptop = await seededLaptop();
    const result = await laptop.coordinator.call('cohorts.create', {
      name: 'X', place: 'Rabat', startDate: '2026-05-01', endDate: '2026-04-01', facilitatorIds: [],
    });
    expect(result).toMatchObject({ ok: false, error: { fields: { endDate: { key: 'validation.endBeforeStart' } } } });
  });
});

describe('first-run setup', () => {
  it('can only run once', async () => {
    const laptop = await seededLaptop();
    const again = await laptop.coordinator.call('setup.complete', {
      coordinatorName: 'Intrus', password: 'autre-mot-de-passe', organisationName: 'X', workshopPlace: 'Y', language: 'en', withSampleData: false,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
  });
});

describe('orientation contacts', () => {
  it('are written by the coordinator per country and each participant sees their own country’s', async () => {
    const laptop = await seededLaptop();
    const settings = await laptop.coordinator.must('settings.get', {});
    await laptop.coordinator.must('settings.update', { ...settings, orientationContacts: { SN: 'Bureau des migrations, Dakar : demander au facilitateur le lien de la séance.', ML: 'Bamako : à confirmer.' } });
    expect((await laptop.asParticipantA.must('me.profile', {})).orientationContact).toBe('Bureau des migrations, Dakar : demander au facilitateur le lien de la séance.');
    const tooLong = await laptop.coordinator.call('settings.update', { ...settings, orientationContacts: { SN: 'x'.repeat(501) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
