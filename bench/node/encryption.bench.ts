// The cost of encryption at rest, measured side by side: the same schema and the same work on a clear-text
// file and on an encrypted one (SQLCipher 4 pages, raw 32-byte key), alternating in one process.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../../electron/core/db/database';
import { median, percentile, round } from '../lib/stats';
import type { Figures } from '../lib/types';

const ROWS = 20_000;
const SAVES = 600;

interface Side {
  name: string;
  db: Database;
  file: string;
  key: Buffer | null;
}

/** A database with the app's schema and ROWS drafts of about 1 kB each (what autosave writes). */
function side(name: string, folder: string, key: Buffer | null): Side {
  const file = join(folder, `${name}.sqlite`);
  const db = openDatabase({ file, key });
  const insert = db.prepare("INSERT INTO drafts (owner_id, key, value, updated_at) VALUES (?, ?, ?, '2026-11-29T09:00:00.000Z')");
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`owner-${i % 500}`, `lesson-${i}`, JSON.stringify({ answer: 'x'.repeat(900), step: i }));
  })();
  return { name, db, file, key };
}

function timed(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

export default async function run(): Promise<Figures> {
  const folder = mkdtempSync(join(tmpdir(), 'foras-bench-encryption-'));
  try {
    const sides = [side('clear', folder, null), side('encrypted', folder, randomBytes(32))];
    const saves = new Map<string, number[]>(sides.map((s) => [s.name, []]));
    const scans = new Map<string, number[]>(sides.map((s) => [s.name, []]));
    const opens = new Map<string, number[]>(sides.map((s) => [s.name, []]));
    const coldScans = new Map<string, number[]>(sides.map((s) => [s.name, []]));
    for (let i = 0; i < SAVES; i++) {
      // Alternating which side goes first, so neither always runs on caches the other warmed.
      for (const s of i % 2 === 0 ? sides : [...sides].reverse()) {
        const save = s.db.prepare("INSERT INTO drafts (owner_id, key, value, updated_at) VALUES (?, ?, ?, '2026-11-29T09:00:00.000Z') ON CONFLICT (owner_id, key) DO UPDATE SET value = excluded.value");
        saves.get(s.name)!.push(timed(() => save.run('owner-1', `autosave-${i % 20}`, JSON.stringify({ answer: 'y'.repeat(900), i }))));
        if (i % 20 === 0) scans.get(s.name)!.push(timed(() => s.db.prepare('SELECT count(*), sum(length(value)) FROM drafts').get()));
        if (i % 30 === 0) {
          // A fresh connection: its page cache is empty, so every page of the scan is read and (for one side) decrypted.
          const fresh = openDatabase({ file: s.file, key: s.key });
          coldScans.get(s.name)!.push(timed(() => fresh.prepare('SELECT count(*), sum(length(value)) FROM drafts').get()));
          fresh.close();
          opens.get(s.name)!.push(timed(() => openDatabase({ file: s.file, key: s.key }).close()));
        }
      }
    }
    for (const s of sides) s.db.close();
    const p99 = (name: string) => percentile(saves.get(name)!, 99);
    const scan = (name: string) => median(scans.get(name)!);
    const coldScan = (name: string) => median(coldScans.get(name)!);
    console.log(`  save p99 clear ${round(p99('clear'))} ms, encrypted ${round(p99('encrypted'))} ms; full scan of ${ROWS} rows warm clear ${round(scan('clear'))} ms, encrypted ${round(scan('encrypted'))} ms, cold clear ${round(coldScan('clear'))} ms, encrypted ${round(coldScan('encrypted'))} ms; open clear ${round(median(opens.get('clear')!))} ms, encrypted ${round(median(opens.get('encrypted')!))} ms`);
    return {
      encrypted_save_p99_ms: p99('encrypted'),
      encrypted_save_p99_ratio_vs_clear: p99('encrypted') / p99('clear'),
      encrypted_scan_ratio_vs_clear: scan('encrypted') / scan('clear'),
      encrypted_cold_scan_ratio_vs_clear: coldScan('encrypted') / coldScan('clear'),
      encrypted_open_ms: median(opens.get('encrypted')!),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
