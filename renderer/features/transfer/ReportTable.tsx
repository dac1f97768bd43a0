import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferReportDto } from '../../../shared/transfer/types';
import { kindLabel, reportLines } from './report';

/** Per kind of record: how many the file holds and what happened (or will happen) to them. */
export function ReportTable({ report, fileCounts }: { report: TransferReportDto; fileCounts: Record<string, number> }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} aria-label={t('transfer.table.caption')}>
      <Table verticalSpacing="xs" fz="md" striped captionSide="top">
        <Table.Caption>{t('transfer.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transfer.table.kind')}</Table.Th>
            <Table.Th ta="right">{t('transfer.table.inFile')}</Table.Th>
            <Table.Th ta="right">{t('transfer.table.added')}</Table.Th>
            <Table.Th ta="right">{t('transfer.table.updated')}</Table.Th>
            <Table.Th ta="right">{t('transfer.table.leftAlone')}</Table.Th>
            <Table.Th ta="right">{t('transfer.table.skipped')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reportLines(report, fileCounts).map((line) => (
            <Table.Tr key={line.table}>
              <Table.Th scope="row" fw={500}>{kindLabel(line.table, t)}</Table.Th>
              <Table.Td ta="right">{line.inFile}</Table.Td>
              <Table.Td ta="right">{line.counts.added}</Table.Td>
              <Table.Td ta="right">{line.counts.updated}</Table.Td>
              <Table.Td ta="right">{line.counts.leftAlone}</Table.Td>
              <Table.Td ta="right">{line.counts.skipped}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
