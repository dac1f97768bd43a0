import { create } from 'zustand';
import type { CohortDto } from '../../../shared/api/dto';
import type { Language } from '../../../shared/domain/roles';
import type { ReportFilter } from '../../../shared/reports/filter';
import type { ReportDto } from '../../../shared/reports/types';
import { api } from '../../api/api';
import { download } from '../../api/download';

/** The reports screen's one store: the filter, the report for it, the cohorts to choose from, and exports in progress. */
interface ReportsState {
  filter: ReportFilter;
  report: ReportDto | null;
  cohorts: CohortDto[];
  loading: boolean;
  /** An error code (errors.*) from the last load or export. */
  error: string | null;
  exporting: 'csv' | 'pdf' | null;
}

/** This calendar year, the usual period of a funder's report. */
export function currentYear(today = new Date()): Pick<ReportFilter, 'from' | 'to'> {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export const useReports = create<ReportsState>()(() => ({
  filter: { ...currentYear(), cohortId: null },
  report: null,
  cohorts: [],
  loading: false,
  error: null,
  exporting: null,
}));

/** A period the Node side would refuse is not sent: the screen says why instead. */
export const periodIsValid = (filter: ReportFilter): boolean => filter.from === null || filter.to === null || filter.from <= filter.to;

let latestRequest = 0;

export async function loadReport(): Promise<void> {
  const { filter } = useReports.getState();
  if (!periodIsValid(filter)) return;
  const request = ++latestRequest;
  useReports.setState({ loading: true, error: null });
  const result = await api()['reports.dashboard'](filter);
  // A slower answer for an older filter never replaces a newer one.
  if (request !== latestRequest) return;
  useReports.setState(result.ok ? { report: result.value, loading: false } : { loading: false, error: result.error.code });
}

export async function loadReportCohorts(): Promise<void> {
  const result = await api()['cohorts.list']({});
  if (result.ok) useReports.setState({ cohorts: [...result.value].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name)) });
}

export function setReportFilter(change: Partial<ReportFilter>): void {
  useReports.setState((state) => ({ filter: { ...state.filter, ...change } }));
  void loadReport();
}

export async function exportReport(kind: 'csv' | 'pdf', language: Language): Promise<void> {
  const { filter } = useReports.getState();
  if (!periodIsValid(filter)) return;
  useReports.setState({ exporting: kind, error: null });
  const input = { ...filter, language };
  const result = kind === 'csv' ? await api()['reports.csv'](input) : await api()['reports.pdf'](input);
  useReports.setState({ exporting: null, error: result.ok ? null : result.error.code });
  if (result.ok) download(result.value);
}
