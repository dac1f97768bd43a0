import type { TFunction } from 'i18next';
import type { TransferKindCounts, TransferReportDto } from '../../../shared/transfer/types';
import { transferFr } from '../../i18n/fr-transfer';

export interface KindLine {
  table: string;
  /** Records of this kind in the file. */
  inFile: number;
  counts: TransferKindCounts;
}

// The order a coordinator thinks in: the cohort and its people first, their work, then the rest.
const ORDER = Object.keys(transferFr.kinds).filter((kind) => kind !== 'other');

/** One line per kind of record in the file or in the report, in a stable order. */
export function reportLines(report: TransferReportDto, fileCounts: Record<string, number> = {}): KindLine[] {
  const tables = new Set([...Object.keys(fileCounts), ...Object.keys(report.kinds)]);
  const rank = (table: string) => (ORDER.includes(table) ? ORDER.indexOf(table) : ORDER.length);
  return [...tables]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((table) => ({
      table,
      inFile: fileCounts[table] ?? 0,
      counts: report.kinds[table] ?? { added: 0, updated: 0, leftAlone: 0, skipped: 0 },
    }));
}

export function reportTotals(report: TransferReportDto): TransferKindCounts {
  const totals: TransferKindCounts = { added: 0, updated: 0, leftAlone: 0, skipped: 0 };
  for (const counts of Object.values(report.kinds)) {
    totals.added += counts.added;
    totals.updated += counts.updated;
    totals.leftAlone += counts.leftAlone;
    totals.skipped += counts.skipped;
  }
  return totals;
}

/** A kind's name in words; a table added later than these texts still gets a readable line. */
export function kindLabel(table: string, t: TFunction): string {
  return ORDER.includes(table) ? t(`transfer.kinds.${table}`) : t('transfer.kinds.other', { table });
}
