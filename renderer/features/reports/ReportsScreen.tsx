import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendar, IconFileSpreadsheet, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf } from '../../../shared/reports/aggregate';
import { formatReportNumber, formatReportPercent, formatReportPeriod } from '../../../shared/reports/labels';
import type { ReportDto } from '../../../shared/reports/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { asLanguage } from '../../i18n';
import { AttendanceChart, CohortTable, CompletionChart, CountryChart, SelfAssessmentChart } from './ReportCharts';
import { currentYear, exportReport, loadReport, loadReportCohorts, periodIsValid, setReportFilter, useReports } from './store';

const ALL_COHORTS = 'all';

/** The coordinator's reports: choose a period or a cohort, read the counts, download them for a funder. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { filter, report, cohorts, loading, error, exporting } = useReports();
  const validPeriod = periodIsValid(filter);

  useEffect(() => {
    void loadReportCohorts();
    void loadReport();
  }, []);

  const cohortOptions = [
    { value: ALL_COHORTS, label: t('reports.allCohorts') },
    ...cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name })),
  ];

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('reports.title')}</Title>
        <Text>{t('reports.intro')}</Text>
      </Stack>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reports-filters">
        <Stack gap="sm">
          <Title order={2} size="h3" id="reports-filters">{t('reports.filters')}</Title>
          <Group align="flex-end" gap="md">
            <TextInput
              type="date"
              label={t('reports.from')}
              value={filter.from ?? ''}
              max={filter.to ?? undefined}
              onChange={(event) => setReportFilter({ from: event.currentTarget.value || null })}
              leftSection={<IconCalendar size={20} aria-hidden />}
              w={210}
            />
            <TextInput
              type="date"
              label={t('reports.to')}
              value={filter.to ?? ''}
              min={filter.from ?? undefined}
              onChange={(event) => setReportFilter({ to: event.currentTarget.value || null })}
              error={validPeriod ? null : t('reports.badPeriod')}
              leftSection={<IconCalendar size={20} aria-hidden />}
              w={210}
            />
            <Select
              label={t('reports.cohort')}
              data={cohortOptions}
              value={filter.cohortId ?? ALL_COHORTS}
              onChange={(value) => setReportFilter({ cohortId: value === null || value === ALL_COHORTS ? null : value })}
              allowDeselect={false}
              searchable
              w={280}
            />
            <Group gap="xs">
              <Button variant="default" onClick={() => setReportFilter(currentYear())}>{t('reports.thisYear')}</Button>
              <Button variant="default" onClick={() => setReportFilter({ from: null, to: null })}>{t('reports.allDates')}</Button>
            </Group>
          </Group>
          <Text c="dimmed">{t('reports.periodHint')}</Text>
        </Stack>
      </Paper>

      <ErrorAlert message={error ? t(`errors.${error}`, { defaultValue: t('errors.INTERNAL') }) : null} />

      <Group justify="space-between" align="center">
        <Group gap="sm" aria-live="polite">
          <Title order={2} size="h3">
            {report ? (report.cohortName ?? formatReportPeriod(report.filter.from, report.filter.to, language)) : t('reports.title')}
          </Title>
          {loading && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
        </Group>
        <Group gap="sm">
          <Button
            leftSection={<IconFileSpreadsheet aria-hidden />}
            variant="light"
            loading={exporting === 'csv'}
            disabled={!validPeriod || exporting !== null}
            onClick={() => void exportReport('csv', language)}
          >
            {t('reports.downloadCsv')}
          </Button>
          <Button
            leftSection={<IconFileTypePdf aria-hidden />}
            loading={exporting === 'pdf'}
            disabled={!validPeriod || exporting !== null}
            onClick={() => void exportReport('pdf', language)}
          >
            {t('reports.downloadPdf')}
          </Button>
        </Group>
      </Group>

      {report?.includesSample && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>{t('reports.sample')}</Alert>
      )}

      {report && <KeyFigures report={report} />}

      {report && report.participants === 0 && <Text size="lg">{t('reports.empty')}</Text>}

      {report && report.participants > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <CountryChart report={report} />
            <SelfAssessmentChart report={report} />
            <CompletionChart report={report} />
            <AttendanceChart report={report} />
          </SimpleGrid>
          <CohortTable report={report} />
        </>
      )}
    </Stack>
  );
}

function KeyFigures({ report }: { report: ReportDto }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const number = (value: number) => formatReportNumber(value, language);
  const share = (value: number) => t('reports.shareOf', { value: formatReportPercent(percentOf(value, report.participants), language) });
  const figures = [
    { label: t('reports.participants'), value: number(report.participants), detail: t('reports.inCohorts', { count: report.cohorts.length, cohorts: number(report.cohorts.length) }) },
    { label: t('reports.women'), value: number(report.bySex.F), detail: share(report.bySex.F) },
    { label: t('reports.men'), value: number(report.bySex.M), detail: share(report.bySex.M) },
    { label: t('reports.sexNotGiven'), value: number(report.bySex.notGiven), detail: share(report.bySex.notGiven) },
    { label: t('reports.certificates'), value: number(report.certificates.issued), detail: t('reports.revoked', { value: number(report.certificates.revoked) }) },
  ];
  return (
    <section aria-labelledby="reports-key-figures">
      <Title order={2} size="h3" id="reports-key-figures" mb="sm">{t('reports.keyFigures')}</Title>
      <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="md" component="dl" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.label} withBorder radius="md" p="md">
            <Text component="dt" fw={600}>{figure.label}</Text>
            <Text component="dd" m={0} fz={32} fw={700} c="teal.9" lh={1.2}>{figure.value}</Text>
            <Text component="dd" m={0} c="dimmed">{figure.detail}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
