import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { formatProblem, loadContentFolder } from './load-content';

/** What a coordinator sends: a zip, or the files of a chosen folder with their relative paths. */
export type PackSource = { zipBase64: string } | { files: { path: string; text: string }[] };

export type ImportResult = { ok: true; lessons: number; modules: number } | { ok: false; problems: string[] };

const MAX_ENTRIES = 300;
const MAX_TOTAL_BYTES = 20 * 1024 * 1024;
// Only content files, only at the two places the format allows: no other path can be written.
const CONTENT_PATH = /^([a-z0-9][a-z0-9-]{0,60})\/(module\.json|[a-z0-9][a-z0-9-]{0,60}\/lesson\.json)$/;

/**
 * Validates a lesson pack completely in a scratch folder, and only then moves
 * it beside the other packs; a pack with any problem leaves nothing behind.
 */
export function importPack(source: PackSource, packsDir: string, knownModules: ReadonlySet<string>): ImportResult {
  const entries = readEntries(source);
  if ('problems' in entries) return { ok: false, problems: entries.problems };

  mkdirSync(packsDir, { recursive: true });
  const scratch = join(packsDir, `.incoming-${randomUUID()}`);
  try {
    for (const [path, text] of entries.files) {
      const file = join(scratch, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const content = loadContentFolder(scratch, { moduleFileRequired: false });
    const problems = content.problems.map(formatProblem);
    for (const lesson of content.lessons) {
      if (!knownModules.has(lesson.module) && !content.modules.some((m) => m.id === lesson.module)) {
        problems.push(`${lesson.module}/${lesson.id}/lesson.json: unknown module "${lesson.module}"`);
      }
    }
    if (problems.length > 0) return { ok: false, problems };
    renameSync(scratch, join(packsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`));
    return { ok: true, lessons: content.lessons.length, modules: content.modules.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readEntries(source: PackSource): { files: Map<string, string> } | { problems: string[] } {
  let raw: [string, string][];
  if ('zipBase64' in source) {
    let unzipped: Record<string, Uint8Array>;
    try {
      let total = 0;
      let count = 0;
      unzipped = unzipSync(Buffer.from(source.zipBase64, 'base64'), {
        filter: (file) => {
          count += 1;
          total += file.originalSize;
          if (count > MAX_ENTRIES || total > MAX_TOTAL_BYTES) throw new Error('too large');
          return !file.name.endsWith('/');
        },
      });
    } catch (error) {
      return { problems: [(error as Error).message === 'too large' ? 'the zip is too large' : 'the file is not a readable zip'] };
    }
    raw = Object.entries(unzipped).map(([path, bytes]) => [path, Buffer.from(bytes).toString('utf8')]);
  } else {
    if (source.files.length > MAX_ENTRIES) return { problems: ['too many files'] };
    raw = source.files.map((file) => [file.path, file.text]);
  }
  const paths = stripCommonRoot(raw.map(([path]) => path.replace(/\\/g, '/')));
  const files = new Map<string, string>();
  const problems: string[] = [];
  raw.forEach(([original, text], index) => {
    const path = paths[index]!;
    if (/(^|\/)\.[^./]|__MACOSX/.test(path) || !path.endsWith('.json')) return; // hidden and system files, images: ignored
    if (!CONTENT_PATH.test(path)) problems.push(`${original}: not a place for content (expected <module>/module.json or <module>/<lesson>/lesson.json)`);
    else files.set(path, text);
  });
  if (problems.length === 0 && files.size === 0) problems.push('the pack holds no lesson.json or module.json');
  return problems.length > 0 ? { problems } : { files };
}

/**
 * "my-pack/life-skills/x/lesson.json" → "life-skills/x/lesson.json": a zip of a
 * folder holds that folder; its name is dropped when that is what makes the
 * content files fit the layout.
 */
function stripCommonRoot(paths: string[]): string[] {
  const json = paths.filter((path) => path.endsWith('.json'));
  if (json.length === 0 || json.every((path) => CONTENT_PATH.test(path))) return paths;
  const root = json[0]!.split('/')[0]!;
  const strip = (path: string) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  return json.every((path) => CONTENT_PATH.test(strip(path))) ? paths.map(strip) : paths;
}
