import type { BenchmarkEntry, Figures } from './types';
import { round } from './stats';

/** The table: name, value, budget, met? (a missing value is a benchmark that failed). */
export function formatTable(entries: readonly BenchmarkEntry[], figures: Figures): string {
  const rows = entries.flatMap((entry) =>
    entry.figures.map((spec) => {
      const value = figures[spec.name];
      const budget = spec.budget;
      const met = value === undefined ? 'ERROR' : budget === null ? '' : 'below' in budget ? (value < budget.below ? 'yes' : 'NO') : value >= budget.atLeast ? 'yes' : 'NO';
      const aim = budget === null ? '' : 'below' in budget ? `< ${budget.below}` : `≥ ${budget.atLeast}`;
      return [spec.name, value === undefined ? '—' : String(round(value)), aim, met];
    }),
  );
  const header = ['figure', 'value', 'budget', 'met?'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  const notes = entries.flatMap((entry) => entry.figures.map((spec) => `  ${spec.name}: ${spec.about}`));
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line), '', ...notes].join('\n');
}
