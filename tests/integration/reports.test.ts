import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/reports/csv';
import { databaseSnapshot, seededLaptop } from './helpers';
import { planOf, recordStatements } from './query-recorder';

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31', cohortId: null };

async function pdfText(base64: string): Promise<{ pages: string[]; sizes: number[][] }> {
  const document = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const sizes: number[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      sizes.push(page.view.slice(2).map(Math.round));
      pages.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/[^\S\n]+/g, ' '));
    }
    return { pages, sizes };
  } finally {
    await document.destroy();
  }
}

/**
 * Cohort A (March–May 2026): Awa (F, Senegal), Mariam Koné (F, Côte d'Ivoire), Ibrahima « Diallo "Ibou" » (M, Guinea)
 * and "=HYPERLINK(…)" Sow (sex not given, Mali); cohort B (same dates): Binta (F, Senegal); cohort C (autumn 2025): Kofi (M, Togo).
 * Cohort A has two 3-hour sessions, one per module:
 *   life skills: Awa present, Mariam present, Ibrahima 30 minutes late, Sow unmarked: 180 + 180 + 150 + 0 = 510 of 4 × 180;
 *   entrepreneurship: Awa late (minutes not noted: counts in full), Mariam absent, Ibrahima late 999 minutes (counts 0): 180 of 720.
 * Awa completes the life-skills lesson and answers the self-assessment before (2, 3) and after (4, 5); Binta only before.
 * Awa and Mariam get certificates; Mariam's is revoked.
 */
async function reportingLaptop() {
  const laptop = await seededLaptop();
  const { coordinator } = laptop;
  const person = (cohortId: string, firstName: string, lastName: string, sex: 'F' | 'M' | null, country: 'CI' | 'GN' | 'ML' | 'TG', pin: string) =>
    coordinator.must('participants.create', {
      cohortId, firstName, lastName, sex, country, city: null, phone: null, language: 'fr', avatar: { color: 'orange', picture: null }, pin,
    });
  const mariam = await person(laptop.cohortA.id, 'Mariam', 'Koné', 'F', 'CI', '3333');
  const ibrahima = await person(laptop.cohortA.id, 'Ibrahima', 'Diallo "Ibou"', 'M', 'GN', '4444');
  const sow = await person(laptop.cohortA.id, '=HYPERLINK("http://x";"clic")', 'Sow, Aïssatou', null, 'ML', '5555');
  const cohortC = await coordinator.must('cohorts.create', { name: 'Cohorte 2025', place: 'Rabat', startDate: '2025-09-01', endDate: '2025-11-30', facilitatorIds: [] });
  await person(cohortC.id, 'Kofi', 'Mensah', 'M', 'TG', '6666');

  const settings = await coordinator.must('certificates.settings', {});
  await coordinator.must('certificates.saveSettings', {
    ...settings,
    rules: { 'life-skills': { minAttendancePercent: 80, requireAllLessons: false }, entrepreneurship: { minAttendancePercent: 80, requireAllLessons: false } },
  });
  const facilitator = laptop.asFacilitatorA;
  const cohortId = laptop.cohortA.id;
  const session = (moduleId: 'life-skills' | 'entrepreneurship', date: string) =>
    facilitator.must('sessions.save', { cohortId, sessionId: null, fields: { moduleId, date, start: '09:00', end: '12:00', facilitatorId: null, place: 'Salle 2' } });
  const lifeSkills = await session('life-skills', '2026-03-10');
  const business = await session('entrepreneurship', '2026-03-17');
  const mark = (sessionId: string, participantId: string, status: 'present' | 'late' | 'absent', minutesMissed: number | null = null) =>
    facilitator.must('attendance.mark', { cohortId, sessionId, participantId, status, minutesMissed });
  await mark(lifeSkills.id, laptop.participantA.id, 'present');
  await mark(lifeSkills.id, mariam.id, 'present');
  await mark(lifeSkills.id, ibrahima.id, 'late', 30);
  await mark(business.id, laptop.participantA.id, 'late');
  await mark(business.id, mariam.id, 'absent');
  await mark(business.id, ibrahima.id, 'late', 999);

  await laptop.asParticipantA.must('progress.complete', { lessonId: 'demo-lesson' });
  await laptop.asParticipantA.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 2, parler: 3 } });
  await laptop.asParticipantA.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'after', ratings: { confiance: 4, parler: 5 } });
  await laptop.asParticipantB.must('selfAssessment.save', { moduleId: 'life-skills', phase: 'before', ratings: { confiance: 1, parler: 1 } });

  const [awaCertificate] = await coordinator.must('certificates.issue', { cohortId, participantIds: [laptop.participantA.id], reason: null });
  const [mariamCertificate] = await coordinator.must('certificates.issue', { cohortId, participantIds: [mariam.id], reason: 'Présente aux séances de rattrapage.' });
  await coordinator.must('certificates.revoke', { certificateId: mariamCertificate!.id, reason: 'Émise par erreur.' });
  return { laptop, mariam, ibrahima, sow, cohortC, awaCertificate: awaCertificate! };
}

describe('reports for funders', () => {
  it('counts the period’s cohorts: people by country and sex, completion, attendance, self-assessments and certificates', async () => {
    const { laptop } = await reportingLaptop();
    const report = await laptop.coordinator.must('reports.dashboard', YEAR_2026);

    expect(report.cohorts.map((cohort) => [cohort.name, cohort.participants])).toEqual([['Cohorte A', 4], ['Cohorte B', 1]]);
    expect(report.participants).toBe(5);
    expect(report.includesSample).toBe(false);
    expect(report.bySex).toEqual({ F: 3, M: 1, notGiven: 1 });
    expect(report.byCountry.slice(0, 4)).toEqual([
      { country: 'SN', participants: 2 },
      { country: 'CI', participants: 1 },
      { country: 'GN', participants: 1 },
      { country: 'ML', participants: 1 },
    ]);
    expect(report.byCountry.find((row) => row.country === 'TG')).toEqual({ country: 'TG', participants: 0 });

    const [lifeSkills, business] = report.modules;
    expect(lifeSkills).toMatchObject({
      moduleId: 'life-skills',
      completion: { lessons: 1, completedAll: 1, percent: 20, averageLessons: 0.2 },
      attendance: { minutesScheduled: 720, minutesAttended: 510, percent: 70.8 },
      selfAssessment: { answeredBefore: 2, answeredAfter: 1, pairs: 1, averageBefore: 2.5, averageAfter: 4.5 },
    });
    expect(business).toMatchObject({
      moduleId: 'entrepreneurship',
      completion: { lessons: 0, completedAll: 0 },
      attendance: { minutesScheduled: 720, minutesAttended: 180, percent: 25 },
      selfAssessment: { pairs: 0, averageBefore: null },
    });
    expect(report.certificates).toEqual({ participation: 1, completion: 0, issued: 1, revoked: 1 });
  });

  it('counts attended minutes as the certificates do (the board’s per-person minutes add up to the report’s)', async () => {
    const { laptop } = await reportingLaptop();
    const board = await laptop.coordinator.must('board.cohort', { cohortId: laptop.cohortA.id });
    const report = await laptop.coordinator.must('reports.dashboard', { from: null, to: null, cohortId: laptop.cohortA.id });
    for (const module of report.modules) {
      expect(module.attendance.minutesAttended, module.moduleId).toBe(board.rows.reduce((sum, row) => sum + row.minutesAttended[module.moduleId], 0));
      expect(module.attendance.minutesScheduled).toBe(board.minutesScheduled[module.moduleId] * board.rows.length);
    }
  });

  it('selects cohorts overlapping the period, one cohort, and certificates issued within the period', async () => {
    const { laptop, cohortC } = await reportingLaptop();
    const autumn = await laptop.coordinator.must('reports.dashboard', { from: '2025-11-15', to: '2025-12-31', cohortId: null });
    expect(autumn.cohorts.map((cohort) => cohort.name)).toEqual(['Cohorte 2025']);
    expect(autumn).toMatchObject({ participants: 1, bySex: { M: 1 }, certificates: { issued: 0, revoked: 0 } });
    // A cohort overlapping by one day counts; the certificates (issued on 2 March 2026) fall outside February.
    const february = await laptop.coordinator.must('reports.dashboard', { from: '2026-02-01', to: '2026-03-01', cohortId: null });
    expect(february.cohorts.map((cohort) => cohort.name)).toEqual(['Cohorte A', 'Cohorte B']);
    expect(february.certificates.issued).toBe(0);
    const one = await laptop.coordinator.must('reports.dashboard', { from: null, to: null, cohortId: laptop.cohortB.id });
    expect(one).toMatchObject({ cohortName: 'Cohorte B', participants: 1, certificates: { issued: 0 } });
    // A cohort outside the period is still named, and counts nobody.
    expect(await laptop.coordinator.must('reports.dashboard', { ...YEAR_2026, cohortId: cohortC.id })).toMatchObject({ cohortName: 'Cohorte 2025', participants: 0, cohorts: [] });
    const everything = await laptop.coordinator.must('reports.dashboard', { from: null, to: null, cohortId: null });
    expect(everything.participants).toBe(6);
    expect(everything.cohorts.map((cohort) => cohort.cohortId)).toContain(cohortC.id);
  });

  it('writes a CSV Excel opens with its accents: BOM first, one row per participant, quoted and formula-safe', async () => {
    const { laptop, awaCertificate } = await reportingLaptop();
    const file = await laptop.coordinator.must('reports.csv', { ...YEAR_2026, language: 'fr' });
    expect(file).toMatchObject({ fileName: 'Rapport 2026-01-01 – 2026-12-31.csv', encoding: 'base64', mimeType: 'text/csv;charset=utf-8' });
    const bytes = Buffer.from(file.content, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Koné');
    expect(text).toContain("Côte d'Ivoire");

    const [header, ...rows] = parseCsv(text, ';');
    expect(header).toEqual([
      'Cohorte', 'Prénom', 'Nom', 'Sexe', 'Pays de retour',
      'Leçons terminées – Life skills – soft skills (sur 1)', 'Leçons terminées – entrepreneurship (sur 0)',
      'Heures suivies – Life skills – soft skills', 'Heures suivies – entrepreneurship',
      'Présence (%)', 'N° d’attestation',
    ]);
    expect(rows).toHaveLength(5);
    const byFirstName = new Map(rows.map((row) => [row[1], row]));
    expect(byFirstName.get('Awa')).toEqual(['Cohorte A', 'Awa', 'Test', 'F', 'Sénégal', '1', '0', '3', '3', '100', awaCertificate.number]);
    // Mariam's certificate was revoked: no number.
    expect(byFirstName.get('Mariam')).toEqual(['Cohorte A', 'Mariam', 'Koné', 'F', "Côte d'Ivoire", '0', '0', '3', '0', '50', '']);
    // 150 + 0 of 360 minutes: 41.6 %, with the French decimal comma.
    expect(byFirstName.get('Ibrahima')).toEqual(['Cohorte A', 'Ibrahima', 'Diallo "Ibou"', 'M', 'Guinée', '0', '0', '2,5', '0', '41,6', '']);
    // Formula-like text stays text; the comma inside a name does not split it.
    expect(rows.find((row) => row[2] === 'Sow, Aïssatou')?.[1]).toBe('\'=HYPERLINK("http://x";"clic")');
    expect(text).toContain('"\'=HYPERLINK(""http://x"";""clic"")"');
    // Cohort B has no sessions: no attendance rate rather than 0 %.
    expect(byFirstName.get('Binta')?.[9]).toBe('');

    const english = await laptop.coordinator.must('reports.csv', { from: null, to: null, cohortId: laptop.cohortA.id, language: 'en' });
    expect(english.fileName).toBe('Report Cohorte A.csv');
    const englishText = Buffer.from(english.content, 'base64').toString('utf8');
    expect(englishText.startsWith('\uFEFFCohort,First name,Last name,Sex,Country of return,')).toBe(true);
    expect(parseCsv(englishText, ',').find((row) => row[1] === 'Ibrahima')?.slice(7, 10)).toEqual(['2.5', '0', '41.6']);
  });

  it('prints an A4 summary in the interface language with the key counts', async () => {
    const { laptop } = await reportingLaptop();
    const file = await laptop.coordinator.must('reports.pdf', { ...YEAR_2026, language: 'fr' });
    expect(file).toMatchObject({ fileName: 'Rapport 2026-01-01 – 2026-12-31.pdf', mimeType: 'application/pdf' });
    const { pages, sizes } = await pdfText(file.content);
    expect(sizes.every(([width, height]) => width === 595 && height === 842)).toBe(true);
    const text = pages.join('\n');
    for (const expected of ['Rapport d’activité', 'Association Foras', 'du 1er janvier au 31 décembre 2026', 'Chiffres clés', 'Participants par pays de retour', 'Sénégal', 'Taux de présence', '70,8 %', 'Cohorte A', 'Attestations annulées']) {
      expect(text, expected).toContain(expected);
    }
    // Counts only: no participant's name.
    expect(text).not.toContain('Koné');
    const english = await laptop.coordinator.must('reports.pdf', { from: null, to: null, cohortId: laptop.cohortA.id, language: 'en' });
    const englishText = (await pdfText(english.content)).pages.join('\n');
    expect(englishText).toContain('Activity report');
    expect(englishText).toContain('Senegal');
  });

  it('is for the coordinator only: facilitators and participants are refused, and nothing is written', async () => {
    const { laptop } = await reportingLaptop();
    const before = databaseSnapshot(laptop.core);
    for (const who of [laptop.asFacilitatorA, laptop.asParticipantA]) {
      expect(await who.call('reports.dashboard', YEAR_2026)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await who.call('reports.csv', { ...YEAR_2026, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await who.call('reports.pdf', { ...YEAR_2026, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await laptop.coordinator.call('reports.dashboard', { from: '2026-06-01', to: '2026-01-01', cohortId: null }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: { key: 'validation.endBeforeStart' } } } });
    expect(await laptop.coordinator.call('reports.csv', { from: null, to: null, cohortId: '00000000-0000-4000-8000-000000000000', language: 'fr' }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('finds every row through an index: no full scan of participants or lesson progress', async () => {
    const { laptop } = await reportingLaptop();
    const statements = await recordStatements(laptop.core.deps.db, async () => {
      await laptop.coordinator.must('reports.dashboard', YEAR_2026);
      await laptop.coordinator.must('reports.csv', { ...YEAR_2026, language: 'fr' });
    });
    const scans = statements.flatMap((statement) => planOf(laptop.core, statement).filter((detail) => /^SCAN (participants|lesson_progress|attendance|module_self_assessments|p|lp|a|sa)\b/.test(detail)).map((detail) => `${detail} in ${statement.sql.slice(0, 80)}`));
    expect(scans).toEqual([]);
  });
});
