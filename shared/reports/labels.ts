import { formatDateRange, formatLongDate } from '../certificates/wording';
import type { Language } from '../domain/roles';

/** Words of the report files (CSV and PDF), written on the Node side in the interface's language. */
export interface ReportLabels {
  documentTitle: string;
  fileName: string;
  period: string;
  allDates: string;
  since: string;
  until: string;
  cohort: string;
  allCohorts: string;
  madeOn: string;
  sampleNotice: string;
  keyFigures: string;
  participants: string;
  women: string;
  men: string;
  sexNotGiven: string;
  cohorts: string;
  certificatesIssued: string;
  certificatesRevoked: string;
  byCountry: string;
  country: string;
  share: string;
  modules: string;
  module: string;
  lessons: string;
  completedAll: string;
  averageLessons: string;
  attendanceTitle: string;
  hoursScheduled: string;
  hoursAttended: string;
  attendanceRate: string;
  attendanceNote: string;
  selfAssessmentTitle: string;
  before: string;
  after: string;
  pairs: string;
  selfAssessmentNote: string;
  noPairs: string;
  cohortsTitle: string;
  place: string;
  dates: string;
  certificatesTitle: string;
  kind: string;
  kinds: { participation: string; completion: string };
  count: string;
  revokedNote: string;
  countryChart: string;
  selfAssessmentChart: string;
  attendanceChart: string;
  continued: string;
  page: string;
  csv: {
    cohort: string;
    firstName: string;
    lastName: string;
    sex: string;
    country: string;
    lessonsCompleted: string;
    hoursAttended: string;
    attendance: string;
    certificate: string;
  };
}

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  fr: {
    documentTitle: 'Rapport d’activité',
    fileName: 'Rapport',
    period: 'Période',
    allDates: 'Toutes les dates',
    since: 'depuis le {date}',
    until: 'jusqu’au {date}',
    cohort: 'Cohorte',
    allCohorts: 'Toutes les cohortes de la période ({count})',
    madeOn: 'Établi le',
    sampleNotice: 'Ces chiffres comprennent des données d’exemple.',
    keyFigures: 'Chiffres clés',
    participants: 'Participants',
    women: 'Femmes',
    men: 'Hommes',
    sexNotGiven: 'Sexe non renseigné',
    cohorts: 'Cohortes',
    certificatesIssued: 'Attestations délivrées',
    certificatesRevoked: 'Attestations annulées',
    byCountry: 'Participants par pays de retour',
    country: 'Pays de retour',
    share: 'Part',
    modules: 'Leçons terminées par module',
    module: 'Module',
    lessons: 'Leçons',
    completedAll: 'Ont terminé toutes les leçons',
    averageLessons: 'Leçons terminées en moyenne',
    attendanceTitle: 'Présence aux séances',
    hoursScheduled: 'Heures prévues',
    hoursAttended: 'Heures suivies',
    attendanceRate: 'Taux de présence',
    attendanceNote: 'Heures prévues : la durée des séances de chaque cohorte multipliée par ses participants.',
    selfAssessmentTitle: 'Auto-évaluation avant et après',
    before: 'Avant',
    after: 'Après',
    pairs: 'Personnes ayant répondu avant et après',
    selfAssessmentNote: 'Moyennes sur 5, calculées sur les personnes qui ont répondu avant et après le module.',
    noPairs: 'Personne n’a encore répondu avant et après.',
    cohortsTitle: 'Cohortes',
    place: 'Lieu',
    dates: 'Dates',
    certificatesTitle: 'Attestations délivrées dans la période',
    kind: 'Attestation',
    kinds: { participation: 'De participation', completion: 'De fin de formation' },
    count: 'Nombre',
    revokedNote: 'Les attestations annulées ne sont pas comptées parmi les attestations délivrées.',
    countryChart: 'Participants par pays de retour',
    selfAssessmentChart: 'Auto-évaluation moyenne (sur 5)',
    attendanceChart: 'Taux de présence (%)',
    continued: '{title} (suite)',
    page: 'Page {page} sur {pages}',
    csv: {
      cohort: 'Cohorte',
      firstName: 'Prénom',
      lastName: 'Nom',
      sex: 'Sexe',
      country: 'Pays de retour',
      lessonsCompleted: 'Leçons terminées – {module} (sur {total})',
      hoursAttended: 'Heures suivies – {module}',
      attendance: 'Présence (%)',
      certificate: 'N° d’attestation',
    },
  },
  en: {
    documentTitle: 'Activity report',
    fileName: 'Report',
    period: 'Period',
    allDates: 'All dates',
    since: 'from {date}',
    until: 'until {date}',
    cohort: 'Cohort',
    allCohorts: 'All cohorts in the period ({count})',
    madeOn: 'Made on',
    sampleNotice: 'These figures include sample data.',
    keyFigures: 'Key figures',
    participants: 'Participants',
    women: 'Women',
    men: 'Men',
    sexNotGiven: 'Sex not given',
    cohorts: 'Cohorts',
    certificatesIssued: 'Certificates issued',
    certificatesRevoked: 'Certificates revoked',
    byCountry: 'Participants by country of return',
    country: 'Country of return',
    share: 'Share',
    modules: 'Lessons completed per module',
    module: 'Module',
    lessons: 'Lessons',
    completedAll: 'Completed every lesson',
    averageLessons: 'Lessons completed on average',
    attendanceTitle: 'Attendance at sessions',
    hoursScheduled: 'Hours scheduled',
    hoursAttended: 'Hours attended',
    attendanceRate: 'Attendance rate',
    attendanceNote: 'Hours scheduled: the length of each cohort’s sessions times its participants.',
    selfAssessmentTitle: 'Self-assessment before and after',
    before: 'Before',
    after: 'After',
    pairs: 'People who answered before and after',
    selfAssessmentNote: 'Averages out of 5, over the people who answered both before and after the module.',
    noPairs: 'Nobody has answered both before and after yet.',
    cohortsTitle: 'Cohorts',
    place: 'Place',
    dates: 'Dates',
    certificatesTitle: 'Certificates issued in the period',
    kind: 'Certificate',
    kinds: { participation: 'Participation', completion: 'Completion' },
    count: 'Number',
    revokedNote: 'Revoked certificates are not counted among the certificates issued.',
    countryChart: 'Participants by country of return',
    selfAssessmentChart: 'Average self-assessment (out of 5)',
    attendanceChart: 'Attendance rate (%)',
    continued: '{title} (continued)',
    page: 'Page {page} of {pages}',
    csv: {
      cohort: 'Cohort',
      firstName: 'First name',
      lastName: 'Last name',
      sex: 'Sex',
      country: 'Country of return',
      lessonsCompleted: 'Lessons completed – {module} (of {total})',
      hoursAttended: 'Hours attended – {module}',
      attendance: 'Attendance (%)',
      certificate: 'Certificate number',
    },
  },
};

export function fillReportLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** 'du 1er janvier au 30 juin 2026', 'depuis le 1er janvier 2026', 'Toutes les dates'… */
export function formatReportPeriod(from: string | null, to: string | null, language: Language): string {
  const labels = REPORT_LABELS[language];
  if (from && to) return formatDateRange(from, to, language);
  if (from) return fillReportLabel(labels.since, { date: formatLongDate(from, language) });
  if (to) return fillReportLabel(labels.until, { date: formatLongDate(to, language) });
  return labels.allDates;
}

/** A number as the language writes it: '1 234', '24,5' / '1,234', '24.5'. */
export function formatReportNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits }).format(value);
}

/** '45,5 %' / '45.5%'; '—' for null. */
export function formatReportPercent(value: number | null, language: Language): string {
  if (value === null) return '—';
  return language === 'fr' ? `${formatReportNumber(value, language)}\u00a0%` : `${formatReportNumber(value, language)}%`;
}
