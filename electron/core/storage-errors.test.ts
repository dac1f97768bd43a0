import { describe, expect, test } from 'vitest';
import { storageErrorOf } from './storage-errors';

const sqliteError = (code: string) => Object.assign(new Error('sqlite says no'), { code });

describe('storageErrorOf', () => {
  test.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'])('%s → BUSY', (code) => {
    expect(storageErrorOf(sqliteError(code))?.code).toBe('BUSY');
  });

  test('SQLITE_FULL → DISK_FULL', () => {
    expect(storageErrorOf(sqliteError('SQLITE_FULL'))?.code).toBe('DISK_FULL');
  });

  test.each([sqliteError('SQLITE_CORRUPT'), sqliteError('SQLITE_BUSYNESS'), sqliteError('SQLITE_IOERR'), new Error('plain'), null, 'SQLITE_BUSY', { code: 5 }])(
    'anything else stays for INTERNAL: %s',
    (error) => {
      expect(storageErrorOf(error)).toBeNull();
    },
  );
});
