import { attendancePercent } from '../../../shared/certificates/eligibility';
import { countryName, COUNTRY_FACTS, type ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { hoursOf } from '../../../shared/reports/aggregate';
import { CSV_STYLES, toCsv, type CsvValue } from '../../../shared/reports/csv';
import type { ReportModuleId } from '../../../shared/reports/filter';
import { fillReportLabel, REPORT_LABELS } from '../../../shared/reports/labels';

/** What the CSV says about one participant. */
export interface ParticipantReportRow {
  cohortName: string;
  firstName: string;
  lastName: string;
  sex: 'F' | 'M' | null;
  /** ISO code as stored. */
  country: string;
  lessonsCompleted: Record<ReportModuleId, number>;
  minutesAttended: Record<ReportModuleId, number>;
  /** The cohort's sessions of the report modules, in minutes. */
  minutesScheduled: number;
  /** The participant's certificate in force (the latest), if any. */
  certificateNumber: string | null;
}

export interface CsvModule {
  id: ReportModuleId;
  title: { fr: string; en: string };
  lessonIds: readonly string[];
}

/**
 * The participants as a spreadsheet, in the interface's language: a header
 * row, then one row each (cohort, names, sex, country, lessons completed and
 * hours attended per module, attendance, certificate number). See
 * shared/reports/csv.ts for the quoting, the BOM and the separator.
 */
export function participantsCsv(rows: readonly ParticipantReportRow[], modules: readonly CsvModule[], language: Language): string {
  const labels = REPORT_LABELS[language].csv;
  const header: CsvValue[] = [
    labels.cohort,
    labels.firstName,
    labels.lastName,
    labels.sex,
    labels.country,
    ...modules.map((module) => fillReportLabel(labels.lessonsCompleted, { module: module.title[language], total: module.lessonIds.length })),
    ...modules.map((module) => fillReportLabel(labels.hoursAttended, { module: module.title[language] })),
    labels.attendance,
    labels.certificate,
  ];
  const body = rows.map((row): CsvValue[] => {
    const attended = modules.reduce((sum, module) => sum + row.minutesAttended[module.id], 0);
    return [
      row.cohortName,
      row.firstName,
      row.lastName,
      row.sex,
      row.country in COUNTRY_FACTS ? countryName(row.country as ReturnCountry, language) : row.country,
      ...modules.map((module) => row.lessonsCompleted[module.id]),
      ...modules.map((module) => hoursOf(row.minutesAttended[module.id])),
      row.minutesScheduled > 0 ? attendancePercent(attended, row.minutesScheduled) : null,
      row.certificateNumber,
    ];
  });
  return toCsv([header, ...body], CSV_STYLES[language]);
}
