// dashboard_ms, dashboard_all_ms: 'reports.dashboard' through the dispatcher as the coordinator, on the 10k-participant database seeded with workshop data.
import type { ReportFilter } from '../../shared/reports/filter';
import { timeRuns } from '../lib/measure';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { openSeededDatabase } from './workshops/seeded-database';

/** 2024: 63 of the 300 generated cohorts (weekly starts from mid-2020 to early 2026, 75 days each) overlap it, about a fifth. */
const YEAR: ReportFilter = { from: '2024-01-01', to: '2024-12-31', cohortId: null };
const EVERYTHING: ReportFilter = { from: null, to: null, cohortId: null };

export default async function run(): Promise<Figures> {
  const seeded = await openSeededDatabase();
  try {
    const time = async (filter: ReportFilter, label: string) => {
      const report = await seeded.asCoordinator('reports.dashboard', filter);
      console.log(`  ${label}: ${report.cohorts.length} cohorts, ${report.participants} participants, ${report.certificates.issued} certificates issued`);
      const samples = await timeRuns(() => seeded.asCoordinator('reports.dashboard', filter), { warmup: 5, runs: 40 });
      console.log(`  ${label}: p50 ${round(median(samples))} ms, max ${round(Math.max(...samples))} ms over ${samples.length} calls`);
      return median(samples);
    };
    return { dashboard_ms: await time(YEAR, 'one year (2024)'), dashboard_all_ms: await time(EVERYTHING, 'everything') };
  } finally {
    seeded.close();
  }
}
