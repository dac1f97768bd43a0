import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { lessonSchema, moduleSchema, type Lesson, type Module } from '../../../shared/content/schema';

export interface ContentProblem {
  file: string;
  /** "step 4 (« budget »)" when the problem is inside a step. */
  where: string | null;
  message: string;
}

export interface ContentSet {
  modules: Module[];
  lessons: Lesson[];
  problems: ContentProblem[];
}

/**
 * Reads a content folder: `<module>/module.json` and `<module>/<lesson>/lesson.json`.
 * Never throws for bad content: every problem is reported with its file, its
 * step and what is wrong, and only valid files are returned.
 */
export interface LoadOptions {
  /** Shipped content needs a module.json per module; a lesson pack may update lessons of an existing module only. */
  moduleFileRequired?: boolean;
}

export function loadContentFolder(root: string, { moduleFileRequired = true }: LoadOptions = {}): ContentSet {
  const result: ContentSet = { modules: [], lessons: [], problems: [] };
  if (!existsSync(root)) {
    result.problems.push({ file: root, where: null, message: 'content folder not found' });
    return result;
  }
  for (const moduleDir of subfolders(root)) {
    const moduleFile = join(root, moduleDir, 'module.json');
    const module = moduleFileRequired || existsSync(moduleFile) ? readJson(moduleFile, root, moduleSchema, result.problems) : null;
    if (module && module.id !== moduleDir) {
      result.problems.push({ file: relative(root, moduleFile), where: null, message: `module id "${module.id}" must match its folder "${moduleDir}"` });
    } else if (module) result.modules.push(module);

    for (const lessonDir of subfolders(join(root, moduleDir))) {
      const lessonFile = join(root, moduleDir, lessonDir, 'lesson.json');
      const lesson = readJson(lessonFile, root, lessonSchema, result.problems);
      if (!lesson) continue;
      const file = relative(root, lessonFile);
      if (lesson.id !== lessonDir) result.problems.push({ file, where: null, message: `lesson id "${lesson.id}" must match its folder "${lessonDir}"` });
      else if (lesson.module !== moduleDir) result.problems.push({ file, where: null, message: `lesson module "${lesson.module}" must match its folder "${moduleDir}"` });
      else result.lessons.push(lesson);
    }
  }
  const ids = new Set<string>();
  for (const lesson of result.lessons) {
    if (ids.has(lesson.id)) result.problems.push({ file: lesson.id, where: null, message: 'two lessons share this id' });
    ids.add(lesson.id);
  }
  result.modules.sort((a, b) => a.order - b.order);
  result.lessons.sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order);
  return result;
}

function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

function readJson<T>(file: string, root: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | null {
  const name = relative(root, file);
  if (!existsSync(file)) {
    problems.push({ file: name, where: null, message: 'file missing' });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: name, where: null, message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ file: name, ...describeIssue(raw, issue) });
  return null;
}

/** Names the step (number and id) an issue is in, and the field within it. */
export function describeIssue(raw: unknown, issue: z.core.$ZodIssue): { where: string | null; message: string } {
  const path = issue.path.map(String);
  if (path[0] === 'steps' && path[1] !== undefined) {
    const index = Number(path[1]);
    const steps = (raw as { steps?: { id?: unknown }[] }).steps;
    const stepId = typeof steps?.[index]?.id === 'string' ? ` (« ${steps[index].id as string} »)` : '';
    const field = path.slice(2).join('.');
    return { where: `step ${index + 1}${stepId}`, message: field ? `${field}: ${issue.message}` : issue.message };
  }
  return { where: null, message: path.length ? `${path.join('.')}: ${issue.message}` : issue.message };
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.where ? ` — ${problem.where}` : ''}: ${problem.message}`;
}
