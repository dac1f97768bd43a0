import { randomUUID } from 'node:crypto';
import type { IncomingRow, MergeState } from './merge';

/**
 * Imports read and checked but not yet (fully) applied, held in memory on the
 * Node side between the screen's calls — never written to disk in clear.
 * Each belongs to the person who started it and is forgotten after a while
 * without a call, or when that person starts another.
 */
export interface StagedImport {
  id: string;
  userId: string;
  rows: IncomingRow[];
  cursor: number;
  state: MergeState;
  expiresAtMs: number;
}

export const STAGED_TTL_MS = 30 * 60_000;
/** Records per transaction; a batch also ends early once it holds this many bytes of recordings. */
export const BATCH_ROWS = 200;
export const BATCH_BLOB_BYTES = 4 * 1024 * 1024;

export class ImportStage {
  private readonly imports = new Map<string, StagedImport>();

  constructor(private readonly nowMs: () => number) {}

  start(userId: string, rows: IncomingRow[], state: MergeState): StagedImport {
    this.expire();
    for (const [id, staged] of this.imports) if (staged.userId === userId) this.imports.delete(id);
    const staged: StagedImport = { id: randomUUID(), userId, rows, cursor: 0, state, expiresAtMs: this.nowMs() + STAGED_TTL_MS };
    this.imports.set(staged.id, staged);
    return staged;
  }

  /** The import if it exists, is still fresh and belongs to this person; its life is extended. */
  take(id: string, userId: string): StagedImport | null {
    this.expire();
    const staged = this.imports.get(id);
    if (!staged || staged.userId !== userId) return null;
    staged.expiresAtMs = this.nowMs() + STAGED_TTL_MS;
    return staged;
  }

  drop(id: string): void {
    this.imports.delete(id);
  }

  get size(): number {
    this.expire();
    return this.imports.size;
  }

  private expire(): void {
    const now = this.nowMs();
    for (const [id, staged] of this.imports) if (staged.expiresAtMs <= now) this.imports.delete(id);
  }
}

/** Where the next batch ends: BATCH_ROWS records, or fewer when they carry large recordings. */
export function batchEnd(rows: readonly IncomingRow[], start: number): number {
  let bytes = 0;
  let end = start;
  while (end < rows.length && end - start < BATCH_ROWS) {
    for (const value of Object.values(rows[end]!.row)) if (value instanceof Uint8Array) bytes += value.byteLength;
    end += 1;
    if (bytes >= BATCH_BLOB_BYTES) break;
  }
  return end;
}
