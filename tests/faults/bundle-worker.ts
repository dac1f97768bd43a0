import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { REPO_ROOT } from './save-lab';

/**
 * Libraries the worker's saves never reach (PDF, QR codes, ZIP and gzip, the
 * JSON Resume validator) are replaced by stubs that throw if used: loading
 * them costs a third of each start, and the test starts the worker hundreds
 * of times.
 */
const UNUSED_LIBRARIES = /^(pdfkit|fontkit|qrcode|fflate)$/;
const UNUSED_FILES = /electron\/core\/cv\/json-resume-validate\.ts$/;
/** The native addon is loaded at first use, with a require rooted in the repository (set by the entry). */
const NATIVE_SQLITE = /^better-sqlite3-multiple-ciphers$/;

const workerModules: Plugin = {
  name: 'save-worker-modules',
  setup(builder) {
    builder.onResolve({ filter: UNUSED_LIBRARIES }, (args) => ({ path: args.path, namespace: 'unused' }));
    builder.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
      loader: 'js',
      contents: `const unused = () => { throw new Error(${JSON.stringify(`${args.path} is not loaded in the save worker`)}); };
module.exports = new Proxy(unused, { get: (_t, key) => (key === '__esModule' ? false : unused), construct: unused });`,
    }));
    builder.onLoad({ filter: UNUSED_FILES }, () => ({
      loader: 'js',
      contents: "export function jsonResumeProblems() { throw new Error('The JSON Resume validator is not loaded in the save worker'); }",
    }));
    builder.onResolve({ filter: NATIVE_SQLITE }, (args) => ({ path: args.path, namespace: 'lazy-native' }));
    builder.onLoad({ filter: /.*/, namespace: 'lazy-native' }, (args) => ({
      loader: 'js',
      contents: `let real;
const load = () => (real ??= globalThis.__forasRequire(${JSON.stringify(args.path)}));
module.exports = new Proxy(function lazy() {}, {
  construct: (_t, params) => Reflect.construct(load(), params),
  apply: (_t, self, params) => Reflect.apply(load(), self, params),
  get: (_t, key) => (key === '__esModule' ? false : load()[key]),
});`,
    }));
  },
};

/**
 * Starts the bundle through V8's code cache: the first worker to get ready
 * writes the compiled code beside the bundle, later ones skip compiling it
 * (a tenth of each start). A cache V8 rejects is simply not used.
 */
const LOADER = `const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const bundle = path.join(__dirname, 'save-worker.cjs');
const cacheFile = bundle + '.v8-cache';
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
globalThis.__forasReady = () => {
  if (cachedData && !script.cachedDataRejected) return;
  const temporary = cacheFile + '.' + process.pid;
  fs.writeFileSync(temporary, script.createCachedData());
  fs.renameSync(temporary, cacheFile);
};
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, Module.createRequire(bundle), module_, bundle, __dirname);
`;

export interface SaveWorker {
  /** The node arguments that start a worker, before its WorkerRun JSON. */
  args: string[];
  remove(): void;
}

/** Bundles tests/faults/save-worker-entry.ts into one CommonJS file under node_modules/.cache. */
export async function buildSaveWorker(): Promise<SaveWorker> {
  const dir = join(REPO_ROOT, 'node_modules', '.cache', 'foras-faults', `worker-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, 'save-worker.cjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'tests', 'faults', 'save-worker-entry.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [workerModules],
    minifySyntax: true,
    logLevel: 'error',
    define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const loader = join(dir, 'start-save-worker.cjs');
  writeFileSync(loader, LOADER);
  return { args: [loader], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
