/**
 * "Another program" for the locked-database test: opens the data folder's
 * database with its key (argv[2] file, argv[3] key in hex), takes an
 * exclusive lock, says LOCKED, and lets go when a line arrives on stdin.
 */
import { openConnection } from '../../electron/core/db/database';

const db = openConnection({ file: process.argv[2]!, key: Buffer.from(process.argv[3]!, 'hex') });
db.exec('BEGIN EXCLUSIVE');
process.stdout.write('LOCKED\n');
process.stdin.once('data', () => {
  db.exec('ROLLBACK');
  db.close();
  process.exit(0);
});
