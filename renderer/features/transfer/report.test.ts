import { describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../i18n';
import { kindLabel, reportLines, reportTotals } from './report';

const report = {
  kinds: {
    cvs: { added: 1, updated: 2, leftAlone: 0, skipped: 0 },
    participants: { added: 3, updated: 0, leftAlone: 1, skipped: 1 },
    future_table: { added: 4, updated: 0, leftAlone: 0, skipped: 0 },
  },
  erasedLeftOut: 1,
  erasedRecords: 1,
};

describe('import report', () => {
  it('lists every kind in the file or the report, people first, new tables last', () => {
    const lines = reportLines(report, { participants: 5, cvs: 3, cohorts: 1, future_table: 4 });
    expect(lines.map((line) => line.table)).toEqual(['cohorts', 'participants', 'cvs', 'future_table']);
    expect(lines[0]).toEqual({ table: 'cohorts', inFile: 1, counts: { added: 0, updated: 0, leftAlone: 0, skipped: 0 } });
    expect(lines[1]).toEqual({ table: 'participants', inFile: 5, counts: report.kinds.participants });
  });

  it('adds the counts up', () => {
    expect(reportTotals(report)).toEqual({ added: 8, updated: 2, leftAlone: 1, skipped: 1 });
  });

  it('names each kind in words, and a table it does not know by its name', async () => {
    await initI18n('fr');
    expect(kindLabel('cvs', i18next.t)).toBe('CV');
    expect(kindLabel('future_table', i18next.t)).toBe('Autres fiches (future_table)');
  });
});
