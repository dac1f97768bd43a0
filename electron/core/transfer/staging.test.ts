import { describe, expect, it } from 'vitest';
import { emptyState, type IncomingRow } from './merge';
import { BATCH_BLOB_BYTES, BATCH_ROWS, batchEnd, ImportStage, STAGED_TTL_MS } from './staging';

const rows = (count: number, blobBytes = 0): IncomingRow[] =>
  Array.from({ length: count }, (_, index) => ({ table: 't', row: { id: String(index), recording: blobBytes > 0 ? new Uint8Array(blobBytes) : null } }));

describe('staged imports', () => {
  it('belong to the person who started them, and a new start replaces their previous one', () => {
    let now = 0;
    const stage = new ImportStage(() => now);
    const first = stage.start('coordinator-1', rows(3), emptyState());
    expect(stage.take(first.id, 'coordinator-2')).toBeNull();
    expect(stage.take(first.id, 'coordinator-1')).toBe(first);
    const second = stage.start('coordinator-1', rows(3), emptyState());
    expect(stage.take(first.id, 'coordinator-1')).toBeNull();
    expect(stage.take(second.id, 'coordinator-1')).toBe(second);
    now += 1;
    expect(stage.size).toBe(1);
  });

  it('are forgotten after a while without a call; each call extends their life', () => {
    let now = 0;
    const stage = new ImportStage(() => now);
    const staged = stage.start('c', rows(1), emptyState());
    now += STAGED_TTL_MS - 1;
    expect(stage.take(staged.id, 'c')).toBe(staged);
    now += STAGED_TTL_MS - 1;
    expect(stage.take(staged.id, 'c')).toBe(staged);
    now += STAGED_TTL_MS;
    expect(stage.take(staged.id, 'c')).toBeNull();
    expect(stage.size).toBe(0);
  });

  it('are applied in batches of a fixed number of records, fewer when they carry large recordings', () => {
    expect(batchEnd(rows(BATCH_ROWS * 2 + 5), 0)).toBe(BATCH_ROWS);
    expect(batchEnd(rows(BATCH_ROWS * 2 + 5), BATCH_ROWS * 2)).toBe(BATCH_ROWS * 2 + 5);
    expect(batchEnd(rows(10, BATCH_BLOB_BYTES / 2), 0)).toBe(2);
    expect(batchEnd(rows(10, BATCH_BLOB_BYTES * 2), 4)).toBe(5);
    expect(batchEnd(rows(3), 3)).toBe(3);
  });
});
