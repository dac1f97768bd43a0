/**
 * Entry of the bundled save worker: argv[2] is a WorkerRun as JSON. The
 * native SQLite addon is resolved from the repository (the bundle lives
 * under node_modules/.cache; see bundle-worker.ts).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runWorker } from './save-worker';

const runJson = process.argv[2]!;
const { fixture } = JSON.parse(runJson) as { fixture: { repoRoot: string } };
(globalThis as { __forasRequire?: NodeJS.Require }).__forasRequire = createRequire(join(fixture.repoRoot, 'package.json'));
runWorker(runJson).catch((error: unknown) => {
  process.stderr.write(`worker failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
