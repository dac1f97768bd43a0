import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { countryName, COUNTRY_FACTS, type ReturnCountry } from '../../../shared/domain/countries';
import { hoursOf, percentOf } from '../../../shared/reports/aggregate';
import { formatReportNumber, formatReportPercent } from '../../../shared/reports/labels';
import type { ReportDto } from '../../../shared/reports/types';
import { asLanguage } from '../../i18n';

const TEAL = '#0b7285';
const GREY = '#5c6670';
const AXIS = { fontSize: 16, fill: '#212529' };
const LABEL = { fontSize: 16, fill: '#212529' };

/**
 * The report's charts. Each is a figure with a heading; the drawing is
 * hidden from screen readers, which read the table behind it instead. Every
 * bar carries its value as text, and "before" differs from "after" by a
 * hatching and its place as well as its colour.
 */
function ChartFigure({ title, hint, table, children }: { title: string; hint?: string; table: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0}>
      <Title order={3} size="h4" component="figcaption" mb={hint ? 4 : 'sm'}>{title}</Title>
      {hint && <Text c="dimmed" mb="sm">{hint}</Text>}
      <div aria-hidden="true">{children}</div>
      <VisuallyHidden>{table}</VisuallyHidden>
    </Paper>
  );
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <Table>
      <caption>{caption}</caption>
      <Table.Thead>
        <Table.Tr>{head.map((cell) => <Table.Th key={cell} scope="col">{cell}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={String(row[0])}>
            {row.map((cell, index) => (index === 0 ? <Table.Th key={index} scope="row">{cell}</Table.Th> : <Table.Td key={index}>{cell}</Table.Td>))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function useFormat() {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return {
    language,
    number: (value: number, digits = 1) => formatReportNumber(value, language, digits),
    percent: (value: number | null) => formatReportPercent(value, language),
    country: (code: string) => (code in COUNTRY_FACTS ? countryName(code as ReturnCountry, language) : code),
  };
}

export function CountryChart({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartFigure
      title={t('reports.byCountry')}
      table={
        <DataTable
          caption={t('reports.byCountry')}
          head={[t('reports.country'), t('reports.participants'), t('reports.share')]}
          rows={report.byCountry.map((row) => [format.country(row.country), format.number(row.participants), format.percent(percentOf(row.participants, report.participants))])}
        />
      }
    >
      <HorizontalBars
        data={report.byCountry.map((row) => ({ name: format.country(row.country), value: row.participants, label: format.number(row.participants) }))}
        nameWidth={130}
        labelWidth={56}
        rowHeight={40}
      />
    </ChartFigure>
  );
}

/**
 * One bar per row, its name on the left and its value written on the right
 * (an axis of its own, so a zero or a "no sessions yet" is written too).
 */
function HorizontalBars({ data, percent = false, nameWidth, labelWidth, rowHeight }: {
  data: { name: string; value: number | null; label: string }[];
  percent?: boolean;
  nameWidth: number;
  labelWidth: number;
  rowHeight: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={data.length * rowHeight + 34}>
      <BarChart data={data.map((row) => ({ ...row, value: row.value ?? 0 }))} layout="vertical" margin={{ left: 4, right: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        {percent ? (
          <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} tickFormatter={(value: number) => `${value} %`} tick={AXIS} />
        ) : (
          <XAxis type="number" allowDecimals={false} tick={AXIS} />
        )}
        <YAxis type="category" dataKey="name" width={nameWidth} tick={AXIS} interval={0} />
        <YAxis yAxisId="label" orientation="right" type="category" dataKey="label" width={labelWidth} tick={{ ...AXIS, fontWeight: 600 }} interval={0} axisLine={false} tickLine={false} />
        <Bar dataKey="value" fill={TEAL} isAnimationActive={false} barSize={Math.min(28, rowHeight - 14)} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A percentage per module. */
function ModulePercentChart({ data }: { data: { name: string; value: number | null; label: string }[] }) {
  return <HorizontalBars data={data} percent nameWidth={150} labelWidth={124} rowHeight={56} />;
}

export function CompletionChart({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartFigure
      title={t('reports.completion')}
      hint={t('reports.completionHint')}
      table={
        <DataTable
          caption={t('reports.completion')}
          head={[t('reports.module'), t('reports.lessons'), t('reports.completedAll'), t('reports.share'), t('reports.averageLessons')]}
          rows={report.modules.map((module) => [
            module.title[format.language],
            format.number(module.completion.lessons),
            format.number(module.completion.completedAll),
            format.percent(module.completion.percent),
            module.completion.averageLessons === null ? '—' : format.number(module.completion.averageLessons, 2),
          ])}
        />
      }
    >
      <ModulePercentChart
        data={report.modules.map((module) => ({
          name: module.title[format.language],
          value: module.completion.percent,
          label: module.completion.lessons === 0 ? t('reports.noLessons') : `${format.percent(module.completion.percent)} (${format.number(module.completion.completedAll)})`,
        }))}
      />
    </ChartFigure>
  );
}

export function AttendanceChart({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartFigure
      title={t('reports.attendance')}
      hint={t('reports.attendanceHint')}
      table={
        <DataTable
          caption={t('reports.attendance')}
          head={[t('reports.module'), t('reports.hoursScheduled'), t('reports.hoursAttended'), t('reports.rate')]}
          rows={report.modules.map((module) => [
            module.title[format.language],
            format.number(hoursOf(module.attendance.minutesScheduled)),
            format.number(hoursOf(module.attendance.minutesAttended)),
            format.percent(module.attendance.percent),
          ])}
        />
      }
    >
      <ModulePercentChart
        data={report.modules.map((module) => ({
          name: module.title[format.language],
          value: module.attendance.percent,
          label: module.attendance.percent === null ? t('reports.noSessions') : format.percent(module.attendance.percent),
        }))}
      />
    </ChartFigure>
  );
}

export function SelfAssessmentChart({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = t('reports.before');
  const after = t('reports.after');
  const data = report.modules.map((module) => ({
    name: module.title[format.language],
    before: module.selfAssessment.averageBefore ?? 0,
    after: module.selfAssessment.averageAfter ?? 0,
    beforeLabel: module.selfAssessment.averageBefore === null ? '—' : format.number(module.selfAssessment.averageBefore),
    afterLabel: module.selfAssessment.averageAfter === null ? '—' : format.number(module.selfAssessment.averageAfter),
    people: t('reports.pairsCount', { count: module.selfAssessment.pairs }),
  }));
  return (
    <ChartFigure
      title={t('reports.selfAssessment')}
      hint={t('reports.selfAssessmentHint')}
      table={
        <DataTable
          caption={t('reports.selfAssessment')}
          head={[t('reports.module'), before, after, t('reports.pairs')]}
          rows={report.modules.map((module, index) => [module.title[format.language], data[index]!.beforeLabel, data[index]!.afterLabel, format.number(module.selfAssessment.pairs)])}
        />
      }
    >
      {report.modules.some((module) => module.selfAssessment.pairs > 0) ? (
        <ResponsiveContainer width="100%" height={data.length * 110 + 70}>
          <BarChart data={data} layout="vertical" margin={{ left: 4, right: 8 }} barGap={6} accessibilityLayer={false}>
            <defs>
              <pattern id="reports-before-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={GREY} />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={AXIS} />
            <YAxis type="category" dataKey="name" width={150} tick={AXIS} interval={0} />
            <YAxis yAxisId="people" orientation="right" type="category" dataKey="people" width={112} tick={{ ...AXIS, fontWeight: 600 }} interval={0} axisLine={false} tickLine={false} />
            <Legend wrapperStyle={{ fontSize: 16 }} itemSorter={null} />
            <Bar dataKey="before" name={before} fill="url(#reports-before-hatch)" stroke={GREY} isAnimationActive={false} barSize={26}>
              <LabelList dataKey="beforeLabel" position="right" style={LABEL} />
            </Bar>
            <Bar dataKey="after" name={after} fill={TEAL} isAnimationActive={false} barSize={26}>
              <LabelList dataKey="afterLabel" position="right" style={LABEL} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <Text>{t('reports.noPairs')}</Text>
      )}
    </ChartFigure>
  );
}

/** Participants per cohort: a plain table (names and dates read better than bars). */
export function CohortTable({ report }: { report: ReportDto }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const date = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <Paper withBorder radius="md" p="md">
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Title order={3} size="h4" component="span">{t('reports.byCohort')}</Title>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.cohort')}</Table.Th>
              <Table.Th scope="col">{t('reports.place')}</Table.Th>
              <Table.Th scope="col">{t('reports.dates')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('reports.participants')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.cohorts.map((cohort) => (
              <Table.Tr key={cohort.cohortId}>
                <Table.Th scope="row" fw={500}>{cohort.name}</Table.Th>
                <Table.Td>{cohort.place}</Table.Td>
                <Table.Td>{t('reports.cohortDates', { start: date(cohort.startDate), end: date(cohort.endDate) })}</Table.Td>
                <Table.Td ta="right">{format.number(cohort.participants)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
