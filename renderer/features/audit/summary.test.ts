import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../../i18n';
import { summariseDetails } from './summary';

beforeAll(() => initI18n('fr'));

/** In French, with the narrow and non-breaking spaces Intl puts in numbers and dates read as plain spaces. */
const fr = (action: Parameters<typeof summariseDetails>[0], details: Parameters<typeof summariseDetails>[1]) =>
  summariseDetails(action, details, i18next.t, 'fr').replace(/\s/g, ' ');

describe('summariseDetails', () => {
  it('puts a refused sign-in and a lockout in words', () => {
    expect(fr('signin.failed', { profile: 'participant', failedAttempts: 1 })).toBe('code PIN incorrect · 1 essai manqué');
    const lockout = fr('signin.lockout', { profile: 'staff', failedAttempts: 5, lockedUntil: new Date(2026, 2, 2, 9, 0, 30).toISOString(), resetRequired: false });
    expect(lockout).toMatch(/^mot de passe incorrect · 5 essais manqués · bloqué jusqu’à 2 mars 2026,? 09:00$/);
    expect(fr('signin.lockout', { profile: 'participant', failedAttempts: 10, lockedUntil: null, resetRequired: true })).toBe('code PIN incorrect · 10 essais manqués · un nouveau code PIN est nécessaire');
  });

  it('names roles, consents, exports and certificates, leaving IDs out', () => {
    expect(fr('staff.create', { role: 'facilitator' })).toBe('rôle : Animateur·rice');
    expect(fr('staff.update', { change: 'password' })).toBe('mot de passe changé');
    expect(fr('consent.give', { purpose: 'share', textVersion: '2026-03', source: 'paper' })).toBe('accord : partage avec le bureau du pays · texte version 2026-03 · enregistré : formulaire papier');
    expect(fr('export.report', { format: 'csv', rows: 1234, from: '2026-01-01', to: null })).toBe('format CSV · 1 234 lignes · période : depuis le 1er janvier 2026');
    expect(fr('export.certificates', { format: 'zip', count: 3 })).toBe('format ZIP · 3 documents');
    expect(fr('certificate.issue', { certificateId: 'c0ffee', number: 'FA-2026-000001', cohortId: 'x', forced: true })).toBe('n° FA-2026-000001 · délivrée sans remplir les conditions');
    expect(fr('export.handover', { handoverId: 'h1', files: 1 })).toBe('1 fichier');
  });

  it('reads the other parts’ details: backups, transfers, erasure, retention', () => {
    expect(fr('export.backup', { schemaVersion: 13, sizeBytes: 2_500_000 })).toBe('taille : 2,5 Mo');
    expect(fr('transfer.import', { added: 4, updated: 1, leftAlone: 0, skipped: 0, participantsAdded: 2, participantsUpdated: 0, erasedLeftOut: 0 }))
      .toBe('2 participant·es ajouté·es · 0 participant·e mis·e à jour · 0 personne effacée laissée de côté · 4 ajouté(s) · 1 mis à jour · 0 laissé(s) tel(s) quel(s) · 0 ignoré(s)');
    expect(fr('participant.erase', { reason: 'withdrawn', people: 2, rows: 40 })).toBe('40 lignes · 2 personnes · motif : accord retiré');
    expect(fr('settings.retention', { from: null, to: 24 })).toBe('conservation : sans limite → 24 mois');
  });

  it('shows a key it does not know as it is, so nothing recorded is hidden', () => {
    expect(fr('backup.restore', { source: 'file', extra: true, note: 'x' })).toBe('enregistré : fichier choisi · extra : oui · note : x');
  });

  it('speaks English too', async () => {
    await setLanguage('en');
    try {
      expect(summariseDetails('signin.failed', { profile: 'participant', failedAttempts: 2 }, i18next.t, 'en')).toBe('wrong PIN · 2 failed attempts');
    } finally {
      await setLanguage('fr');
    }
  });
});
