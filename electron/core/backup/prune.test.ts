import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, KEEP_PER_DAY, SAFETY_REASONS, type BackupReason } from '../../../shared/backup/reasons';
import { backupFileName, localDay, parseBackupFileName } from './names';
import { selectBackupsToRemove, type PrunableBackup } from './prune';

// Local-time dates, so the examples hold in any time zone the tests run in.
const NOW = new Date(2026, 10, 29, 9, 30);
const at = (daysAgo: number, hour: number, minute = 0) => new Date(2026, 10, 29 - daysAgo, hour, minute);
const backup = (createdAt: Date, reason: BackupReason = 'daily'): PrunableBackup => ({ fileName: backupFileName(createdAt, reason, 12), createdAt, reason });
const names = (list: readonly PrunableBackup[]) => list.map((b) => b.fileName).sort();

describe('backup file names', () => {
  it('round-trip and sort by time', () => {
    const name = backupFileName(new Date('2026-11-29T07:05:12.123Z'), 'daily', 12);
    expect(name).toBe('foras-2026-11-29T07-05-12-123Z-daily-s12.sqlite');
    expect(parseBackupFileName(name)).toEqual({ fileName: name, createdAt: new Date('2026-11-29T07:05:12.123Z'), reason: 'daily', schemaVersion: 12 });
    expect(parseBackupFileName('foras-2026-11-29T07-05-12-123Z-before-restore-s3.sqlite')?.reason).toBe('before-restore');
  });

  it('refuse anything that is not a backup name', () => {
    for (const name of ['damaged-2026-11-29T07-05-12-123Z.sqlite', '.tmp-abc.sqlite', 'foras-2026-11-29T07-05-12-123Z-other-s1.sqlite', 'foras-2026-13-40T07-05-12-123Z-daily-s1.sqlite', '../foras-2026-11-29T07-05-12-123Z-daily-s1.sqlite', 'foras-2026-11-29T07-05-12-123Z-daily-s1.sqlite.x']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('selectBackupsToRemove', () => {
  it('keeps every backup of the last 14 days and removes older ones', () => {
    const kept = [backup(at(0, 8)), backup(at(13, 0, 1)), backup(at(7, 18), 'exit')];
    const old = [backup(at(14, 23, 59)), backup(at(40, 12), 'manual'), backup(at(20, 12), 'before-restore')];
    expect(names(selectBackupsToRemove([...kept, ...old], NOW))).toEqual(names(old));
  });

  it('keeps the 10 newest of one day and removes the older ones of that day', () => {
    const day = Array.from({ length: 13 }, (_, i) => backup(at(2, 8, i), i % 2 ? 'manual' : 'exit'));
    expect(names(selectBackupsToRemove(day, NOW))).toEqual(names(day.slice(0, 3)));
  });

  it('never counts or removes a recent safety copy, however many there are', () => {
    const regular = Array.from({ length: 10 }, (_, i) => backup(at(0, 8, i), 'manual'));
    const safety = Array.from({ length: 12 }, (_, i) => backup(at(0, 7, i), i % 2 ? 'before-restore' : 'before-import'));
    expect(selectBackupsToRemove([...regular, ...safety], NOW)).toEqual([]);
  });

  it('keeps a backup dated after now (a clock that was wrong)', () => {
    expect(selectBackupsToRemove([backup(new Date(2027, 0, 5, 10))], NOW)).toEqual([]);
  });

  const arbBackup = fc
    .record({ minutes: fc.integer({ min: -20 * 24 * 60, max: 2 * 24 * 60 }), reason: fc.constantFrom(...BACKUP_REASONS), ms: fc.integer({ min: 0, max: 999 }) })
    .map(({ minutes, reason, ms }) => backup(new Date(NOW.getTime() - minutes * 60_000 - ms), reason));
  const arbBackups = fc.uniqueArray(arbBackup, { selector: (b) => b.fileName, maxLength: 80 });
  const windowStart = new Date(2026, 10, 16).getTime();

  it('property: keeps exactly the recent safety copies and the 10 newest regular backups of each recent day', () => {
    fc.assert(
      fc.property(arbBackups, (backups) => {
        const removed = new Set(selectBackupsToRemove(backups, NOW).map((b) => b.fileName));
        for (const b of backups) {
          const recent = b.createdAt.getTime() >= windowStart;
          if (!recent) expect(removed.has(b.fileName)).toBe(true);
          else if (SAFETY_REASONS.includes(b.reason)) expect(removed.has(b.fileName)).toBe(false);
          else {
            const newerSameDay = backups.filter((o) => !SAFETY_REASONS.includes(o.reason) && localDay(o.createdAt) === localDay(b.createdAt) && o.createdAt > b.createdAt);
            expect(removed.has(b.fileName)).toBe(newerSameDay.length >= KEEP_PER_DAY);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: pruning what was kept removes nothing more', () => {
    fc.assert(
      fc.property(arbBackups, (backups) => {
        const removed = new Set(selectBackupsToRemove(backups, NOW));
        const kept = backups.filter((b) => !removed.has(b));
        expect(selectBackupsToRemove(kept, NOW)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
