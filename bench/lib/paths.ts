import { join, resolve } from 'node:path';

/** The repository root, wherever `npm run bench` is started from. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_DIR = join(REPO_ROOT, 'bench');
/** Rebuildable inputs (the generated database); gitignored by bench/.gitignore. */
export const CACHE_DIR = join(BENCH_DIR, '.cache');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
