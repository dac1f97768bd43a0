import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, rekeyConnection } from '../../electron/core/db/database';
import { BACKUPS_DIR, DATABASE_FILE } from '../../electron/core/db/database-host';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index';
import { createCore } from '../../electron/core/core';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';
import { caller, closeCore, COORDINATOR_PASSWORD, databaseSnapshot, openTestCore, seededLaptop, TEST_CONTENT_DIR, testKeyFor } from './helpers';

type Laptop = Awaited<ReturnType<typeof seededLaptop>>;

const cohortNames = async (laptop: Laptop, c = laptop.coordinator) => (await c.must('cohorts.list', {})).map((cohort) => cohort.name).sort();
const backupFiles = (laptop: Laptop) => readdirSync(join(laptop.dataDir, BACKUPS_DIR)).sort();
const newCohort = { name: 'Cohorte C', place: 'Tanger', startDate: '2026-04-01', endDate: '2026-06-30', facilitatorIds: [] };

async function signInCoordinator(laptop: Laptop) {
  const c = caller(laptop.core);
  await c.must('auth.signInStaff', { staffId: laptop.coordinatorUser.id, password: COORDINATOR_PASSWORD });
  return c;
}

function auditActions(laptop: Laptop) {
  return laptop.core.deps.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[];
}

describe('backups and restore', () => {
  it('a coordinator backs up, changes data, restores: the old data is back, the data before is kept, everyone is signed out', async () => {
    const laptop = await seededLaptop();
    const backup = await laptop.coordinator.must('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    await laptop.coordinator.must('cohorts.create', newCohort);
    expect(await cohortNames(laptop)).toEqual(['Cohorte A', 'Cohorte B', 'Cohorte C']);

    const result = await laptop.coordinator.must('backups.restore', { fileName: backup.fileName, confirm: true });
    expect(result.restored).toMatchObject({ fileName: backup.fileName });
    expect(result.savedBefore?.reason).toBe('before-restore');
    expect(result.setAside).toMatch(/^replaced-.*\.sqlite$/);

    // Every session is signed out: the coordinator who restored, a facilitator elsewhere, a participant.
    expect(await laptop.coordinator.must('auth.current', {})).toBeNull();
    expect(await laptop.asFacilitatorA.call('cohorts.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await laptop.asParticipantA.call('me.profile', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const again = await signInCoordinator(laptop);
    expect(await cohortNames(laptop, again)).toEqual(['Cohorte A', 'Cohorte B']);
    const list = await again.must('backups.list', {});
    // The day's first start made one too (core.ts); none was removed.
    expect(list.map((b) => b.reason).sort()).toEqual(['before-restore', 'daily', 'manual']);
    expect(backupFiles(laptop)).toContain(result.setAside);
    expect(auditActions(laptop)).toContain('backup.restore');

    // The copy made before the restore holds the data that was replaced: restoring it brings Cohorte C back.
    await again.must('backups.restore', { fileName: result.savedBefore!.fileName, confirm: true });
    const third = await signInCoordinator(laptop);
    expect(await cohortNames(laptop, third)).toEqual(['Cohorte A', 'Cohorte B', 'Cohorte C']);
  });

  it('exports to a file that opens with the passphrase only, and restores from it', async () => {
    const laptop = await seededLaptop();
    const file = await laptop.coordinator.must('backups.exportToFile', { passphrase: 'clé du centre de Rabat' });
    expect(file.fileName).toMatch(/^foras-atelier-backup-\d{4}-\d{2}-\d{2}\.foras-backup$/);
    expect(file.encoding).toBe('base64');
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes('Khadija Benali')).toBe(false);
    const onStick = join(laptop.dataDir, '..', `${Date.now()}-stick.foras-backup`);
    writeFileSync(onStick, bytes);
    const opened = openConnection({ file: onStick, key: 'clé du centre de Rabat', readonly: true });
    expect(opened.prepare('SELECT name FROM staff WHERE role = ?').pluck().get('coordinator')).toBe('Khadija Benali');
    opened.close();
    expect(() => openConnection({ file: onStick, key: testKeyFor(laptop.dataDir), readonly: true })).toThrow();
    expect(backupFiles(laptop).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
    expect(auditActions(laptop)).toContain('export.backup');

    await laptop.coordinator.must('cohorts.create', newCohort);
    const result = await laptop.coordinator.must('backups.restoreFromFile', { base64: file.content, passphrase: 'clé du centre de Rabat', confirm: true });
    expect(result.restored).toEqual({ fileName: null, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(await cohortNames(laptop, await signInCoordinator(laptop))).toEqual(['Cohorte A', 'Cohorte B']);
  });

  it('refuses a wrong passphrase, a damaged, a cut or a newer file, and changes nothing', async () => {
    const laptop = await seededLaptop();
    const file = await laptop.coordinator.must('backups.exportToFile', { passphrase: 'phrase-correcte' });
    await laptop.coordinator.must('cohorts.create', newCohort);
    const before = databaseSnapshot(laptop.core);
    const filesBefore = backupFiles(laptop);
    const bytes = Buffer.from(file.content, 'base64');
    const damaged = Buffer.from(bytes);
    damaged.fill(7, 4096 * 3 + 10, 4096 * 3 + 500);
    const future = join(laptop.dataDir, '..', `${Date.now()}-future.sqlite`);
    const db = openConnection({ file: future, key: null });
    db.exec('CREATE TABLE staff (id TEXT)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    rekeyConnection(db, 'phrase-correcte');
    db.close();

    const attempts: [string, string, string][] = [
      [file.content, 'phrase-fausse', 'WRONG_PASSPHRASE'],
      [damaged.toString('base64'), 'phrase-correcte', 'DAMAGED_FILE'],
      [bytes.subarray(0, 5000).toString('base64'), 'phrase-correcte', 'WRONG_PASSPHRASE'],
      [readFileSync(future).toString('base64'), 'phrase-correcte', 'NEWER_VERSION'],
      [Buffer.from('not a database at all').toString('base64'), 'phrase-correcte', 'WRONG_PASSPHRASE'],
    ];
    for (const [base64, passphrase, code] of attempts) {
      const result = await laptop.coordinator.call('backups.restoreFromFile', { base64, passphrase, confirm: true });
      expect(result, code).toMatchObject({ ok: false, error: { code } });
    }
    expect(databaseSnapshot(laptop.core)).toEqual(before);
    expect(backupFiles(laptop)).toEqual(filesBefore);
    expect(await laptop.coordinator.must('auth.current', {})).not.toBeNull();
  });

  it('refuses a local backup that was damaged, and changes nothing', async () => {
    const laptop = await seededLaptop();
    const backup = await laptop.coordinator.must('backups.create', {});
    const path = join(laptop.dataDir, BACKUPS_DIR, backup.fileName);
    const bytes = readFileSync(path);
    bytes.fill(9, 4096 * 4 + 10, 4096 * 4 + 900);
    writeFileSync(path, bytes);
    const before = databaseSnapshot(laptop.core);
    expect(await laptop.coordinator.call('backups.restore', { fileName: backup.fileName, confirm: true })).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
    expect(await laptop.coordinator.call('backups.restore', { fileName: backup.fileName.replace('foras-2026', 'foras-2025'), confirm: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const input of [{ fileName: backup.fileName, confirm: false }, { fileName: `../${backup.fileName}`, confirm: true }, { fileName: DATABASE_FILE, confirm: true }]) {
      expect(await laptop.coordinator.call('backups.restore', input as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await laptop.coordinator.call('backups.exportToFile', { passphrase: 'court' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(databaseSnapshot(laptop.core)).toEqual(before);
  });

  it('is for the coordinator only', async () => {
    const laptop = await seededLaptop();
    const backup = await laptop.coordinator.must('backups.create', {});
    const before = databaseSnapshot(laptop.core);
    const filesBefore = backupFiles(laptop);
    const calls = [
      ['backups.list', {}],
      ['backups.create', {}],
      ['backups.exportToFile', { passphrase: 'longue phrase' }],
      ['backups.restore', { fileName: backup.fileName, confirm: true }],
      ['backups.restoreFromFile', { base64: 'AAAA', passphrase: 'longue phrase', confirm: true }],
    ] as const;
    for (const who of [laptop.asFacilitatorA, laptop.asParticipantA]) {
      for (const [method, input] of calls) expect(await who.call(method, input as never), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(databaseSnapshot(laptop.core)).toEqual(before);
    expect(backupFiles(laptop)).toEqual(filesBefore);
  });
});

describe('recovery', () => {
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  const damage = (file: string, at: number) => {
    const bytes = readFileSync(file);
    bytes.fill(0x42, at, at + 600);
    writeFileSync(file, bytes);
  };

  /**
   * A laptop with a good manual backup; then a cohort is added and the app
   * closes (its exit backup, the newest, is damaged too, so the newest *good*
   * one is the manual backup), and its database file is damaged where `offset` points.
   */
  async function damagedLaptop(offset: (size: number) => number) {
    const laptop = await seededLaptop();
    for (let i = 0; i < 40; i++) await laptop.coordinator.must('cohorts.create', { ...newCohort, name: `Cohorte ${i} ${'x'.repeat(60)}` });
    laptop.clock.advance(60_000);
    const backup = await laptop.coordinator.must('backups.create', {});
    laptop.clock.advance(60_000);
    await laptop.coordinator.must('cohorts.create', { ...newCohort, name: 'After the backup' });
    laptop.clock.advance(60_000);
    closeCore(laptop.core);
    const exitBackup = backupFiles(laptop).find((name) => name.includes('-exit-'))!;
    damage(join(laptop.dataDir, BACKUPS_DIR, exitBackup), 4096 * 5 + 100);
    const file = join(laptop.dataDir, DATABASE_FILE);
    damage(file, offset(readFileSync(file).length));
    const damagedHash = sha(file);
    const reopened = openTestCore(laptop.dataDir, laptop.clock);
    return { ...laptop, core: reopened.core, backup, damagedHash };
  }

  for (const [what, offset] of [
    ['a damaged page', (size: number) => Math.floor(size / 4096 / 2) * 4096 + 200],
    ['a damaged header', () => 16],
  ] as const) {
    it(`after ${what}: reports it, restores the newest good backup, and keeps the damaged file`, async () => {
      const laptop = await damagedLaptop(offset);
      const visitor = caller(laptop.core);
      const status = await visitor.must('app.status', {});
      expect(status.recovery?.kind).toBe('corrupt');
      expect(await visitor.call('auth.signInOptions', {})).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } });

      const recovery = await visitor.must('recovery.status', {});
      expect(recovery.problem?.kind).toBe('corrupt');
      expect(recovery.canRestore).toBe(true);
      expect(recovery.backups.map((b) => b.reason)).toEqual(['exit', 'manual', 'daily']);
      expect(recovery.errorText).toContain('Problem: corrupt');
      expect(recovery.errorText).not.toContain(laptop.dataDir);
      expect(recovery.errorText).not.toContain('Khadija');

      expect(await visitor.call('recovery.restore', { fileName: null, confirm: false } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const restored = await visitor.must('recovery.restore', { fileName: null, confirm: true });
      expect(restored.restored).toMatchObject({ fileName: laptop.backup.fileName });
      expect(restored.setAside).toMatch(/^damaged-.*\.sqlite$/);
      expect(sha(join(laptop.dataDir, BACKUPS_DIR, restored.setAside!))).toBe(laptop.damagedHash);
      expect((await visitor.must('app.status', {})).recovery).toBeNull();
      const names = await cohortNames(laptop as Laptop, await signInCoordinator(laptop as Laptop));
      expect(names).toHaveLength(42);
      expect(names).not.toContain('After the backup');
      // Back to normal: the recovery methods refuse.
      expect(await visitor.call('recovery.restore', { fileName: null, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await visitor.call('recovery.quit', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    });
  }

  it('"Quit" ends the app through its host, only in recovery', async () => {
    const laptop = await damagedLaptop(() => 16);
    closeCore(laptop.core);
    let quits = 0;
    const core = createCore({
      dataDir: laptop.dataDir,
      settings: createJsonFileSettingsStore(join(laptop.dataDir, 'settings.json')),
      resourcesDir: join(import.meta.dirname, '..', '..', 'resources'),
      contentDir: TEST_CONTENT_DIR,
      appVersion: 'test',
      databaseKey: { key: testKeyFor(laptop.dataDir) },
      requestQuit: () => (quits += 1),
      log: () => undefined,
    });
    try {
      expect(await caller(core).call('recovery.quit', {})).toEqual({ ok: true, value: null });
      expect(quits).toBe(1);
    } finally {
      core.close();
    }
  });

  it('never touches a database from a newer app, and offers no restore', async () => {
    const laptop = await seededLaptop();
    await laptop.coordinator.must('backups.create', {});
    closeCore(laptop.core);
    const file = join(laptop.dataDir, DATABASE_FILE);
    const db = openConnection({ file, key: testKeyFor(laptop.dataDir) });
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const hash = sha(file);
    const reopened = openTestCore(laptop.dataDir, laptop.clock);
    const visitor = caller(reopened.core);
    const recovery = await visitor.must('recovery.status', {});
    expect(recovery.problem).toEqual({ kind: 'newer-version', fileVersion: LATEST_SCHEMA_VERSION + 5, appVersion: LATEST_SCHEMA_VERSION });
    expect(recovery.canRestore).toBe(false);
    expect(await visitor.call('recovery.restore', { fileName: null, confirm: true })).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } });
    expect(sha(file)).toBe(hash);
    expect(readdirSync(join(laptop.dataDir, BACKUPS_DIR)).some((name) => name.startsWith('damaged-'))).toBe(false);
    expect(existsSync(file)).toBe(true);
  });
});
