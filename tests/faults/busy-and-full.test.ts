import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/core';
import { fr } from '../../renderer/i18n/fr';
import { en } from '../../renderer/i18n/en';
import { databaseSnapshot, seededLaptop, testKeyFor } from '../integration/helpers';
import { REPO_ROOT } from './save-lab';

/** Another process holding BEGIN EXCLUSIVE on the laptop's database until told to let go. */
async function holdLock(dataDir: string): Promise<{ release: () => Promise<void> }> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'tests', 'faults', 'lock-holder.ts'), join(dataDir, DATABASE_FILE), testKeyFor(dataDir).toString('hex')],
    { cwd: REPO_ROOT },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('LOCKED') && resolve());
    void exited.then((code) => reject(new Error(`the lock holder exited (${code}): ${stderr}`)));
  });
  return {
    release: async () => {
      child.stdin.write('release\n');
      expect(await exited).toBe(0);
    },
  };
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

test('a database locked by another program: a clear BUSY error, no crash, nothing changed, and the retry succeeds', async () => {
  const { core, coordinator, dataDir } = await seededLaptop();
  await coordinator.must('drafts.save', { key: 'note', value: 'avant le verrou' });
  const before = hashOf(databaseSnapshot(core));

  const lock = await holdLock(dataDir);
  let released = false;
  try {
    // SQLite waits for the busy timeout (5 s), then gives up.
    const refused = await coordinator.call('drafts.save', { key: 'note', value: 'pendant le verrou' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    // Reading still works while the other program writes (WAL).
    expect(await coordinator.must('drafts.get', { key: 'note' })).toMatchObject({ value: 'avant le verrou' });
    await lock.release();
    released = true;
  } finally {
    if (!released) await lock.release();
  }

  expect(hashOf(databaseSnapshot(core))).toBe(before);
  await coordinator.must('drafts.save', { key: 'note', value: 'après le verrou' });
  expect(await coordinator.must('drafts.get', { key: 'note' })).toMatchObject({ value: 'après le verrou' });
  // The interface says what happened and what to do, in both languages.
  expect(fr.errors.BUSY).toMatch(/autre programme.*réessayez/i);
  expect(en.errors.BUSY).toMatch(/another program.*try again/i);
}, 90_000);

test('a full disk (a tiny max_page_count): a clear DISK_FULL error, earlier data intact, saving works once there is room', async () => {
  const { core, coordinator, asParticipantA } = await seededLaptop();
  await coordinator.must('drafts.save', { key: 'note', value: 'déjà enregistré' });
  const cv = await asParticipantA.must('cvs.create', { title: 'Mon CV', language: 'fr' });
  const db = core.deps.db;
  const before = hashOf(databaseSnapshot(core));

  // The file may not grow by a single page: what the disk being full looks like to SQLite.
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const big = 'x'.repeat(150_000);
  expect(await coordinator.call('drafts.save', { key: 'big', value: big })).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
  // Nothing half-written, everything earlier readable.
  expect(hashOf(databaseSnapshot(core))).toBe(before);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(await coordinator.must('drafts.get', { key: 'note' })).toMatchObject({ value: 'déjà enregistré' });
  expect(await asParticipantA.must('cvs.get', { cvId: cv.id })).toMatchObject({ title: 'Mon CV' });

  db.pragma('max_page_count = 1073741823');
  await coordinator.must('drafts.save', { key: 'big', value: big });
  expect((await coordinator.must('drafts.get', { key: 'big' }))?.value).toHaveLength(big.length);
  expect(fr.errors.DISK_FULL).toMatch(/disque est plein/i);
  expect(en.errors.DISK_FULL).toMatch(/disk is full/i);
}, 90_000);
