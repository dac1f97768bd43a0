import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../electron/core/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { CACHE_DIR } from '../../lib/paths';
import { generateDatabase } from './generate-database';

/** Bump when generate-database.ts changes what it writes, so stale caches are rebuilt. */
const GENERATOR_VERSION = 3; // 3: encrypted under BENCH_DATABASE_KEY
const SETTINGS_FILE = 'settings.json';

/**
 * The cache key: the schema version, plus a hash of the migrations' code so
 * an unreleased migration edited in place (same version) is not missed.
 */
function cacheKey(): string {
  const code = MIGRATIONS.map((migration) => `${migration.version}:${migration.up.toString()}`).join('\n');
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}\n${code}`).digest('hex').slice(0, 10);
  return `participants-10k-schema${LATEST_SCHEMA_VERSION}-${hash}`;
}

/** The generated data folder under bench/.cache/, generated (about a minute) when this schema has none yet. */
export async function cachedDataFolder(): Promise<string> {
  const key = cacheKey();
  const folder = join(CACHE_DIR, key);
  if (existsSync(join(folder, DATABASE_FILE))) return folder;

  mkdirSync(CACHE_DIR, { recursive: true });
  // Older schemas' databases and interrupted generations are of no further use.
  for (const name of readdirSync(CACHE_DIR)) if (/^(participants-10k-|generating-)/.test(name)) rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  console.log(`Generating the 10k-participant database (${key}); later runs reuse it…`);
  const started = Date.now();
  const building = mkdtempSync(join(CACHE_DIR, 'generating-'));
  try {
    await generateDatabase(building);
    // Renamed into place only when complete, so an interrupted generation is never taken for a cache.
    renameSync(building, folder);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return folder;
}

/** A private copy of the cached data folder in a temp folder (benchmarks write to it); remove it with `rmSync`. */
export async function freshCopyOfDatabase(): Promise<string> {
  const source = await cachedDataFolder();
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-bench-data-'));
  for (const file of [DATABASE_FILE, SETTINGS_FILE]) copyFileSync(join(source, file), join(dataDir, file));
  return dataDir;
}
