import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/core';
import { caller, closeCore, openTestCore, seededLaptop } from './helpers';

describe('recovery: try again', () => {
  it('opens the same file again once the cause is gone, without moving anything', async () => {
    const laptop = await seededLaptop();
    closeCore(laptop.core);
    const file = join(laptop.dataDir, DATABASE_FILE);
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged.fill(0x42, 16, 600);
    writeFileSync(file, damaged);

    const { core } = openTestCore(laptop.dataDir, laptop.clock);
    const visitor = caller(core);
    expect((await visitor.must('app.status', {})).recovery).toEqual({ kind: 'corrupt' });
    expect(await visitor.must('recovery.retry', {})).toEqual({ recovered: false });
    expect(readFileSync(file)).toEqual(damaged);

    // Whatever held or spoilt the file is gone (here: the good bytes are back).
    writeFileSync(file, good);
    expect(await visitor.must('recovery.retry', {})).toEqual({ recovered: true });
    expect((await visitor.must('app.status', {})).recovery).toBeNull();
    expect((await visitor.must('auth.signInOptions', {})).staff.length).toBeGreaterThan(0);
    expect(await visitor.call('recovery.retry', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
