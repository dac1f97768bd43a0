import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lesson, Module } from '../../../shared/content/schema';
import { formatProblem, loadContentFolder, type ContentProblem } from './load-content';

/** Lessons and modules in memory: the shipped content, then imported packs over it (same id: the pack wins). */
export interface ContentStore {
  modules(): readonly Module[];
  lessons(): readonly Lesson[];
  lesson(id: string): Lesson | undefined;
  module(id: string): Module | undefined;
  problems(): readonly ContentProblem[];
  /** Reads everything again, after a pack was imported. */
  reload(): void;
}

export interface ContentFolders {
  shipped: string;
  /** Imported lesson packs, one folder each, applied in name order. */
  packs?: string;
}

export function createContentStore(folders: ContentFolders, log: (message: string) => void = console.warn): ContentStore {
  let modules = new Map<string, Module>();
  let lessons = new Map<string, Lesson>();
  let problems: ContentProblem[] = [];

  const load = () => {
    const shipped = loadContentFolder(folders.shipped);
    modules = new Map(shipped.modules.map((module) => [module.id, module]));
    lessons = new Map(shipped.lessons.map((lesson) => [lesson.id, lesson]));
    problems = [...shipped.problems];
    for (const pack of packFolders(folders.packs)) {
      const content = loadContentFolder(pack, { moduleFileRequired: false });
      problems.push(...content.problems);
      for (const module of content.modules) modules.set(module.id, module);
      for (const lesson of content.lessons) lessons.set(lesson.id, lesson);
    }
    // A bad file is left out (and reported) rather than stopping the app for every lesson.
    for (const problem of problems) log(`Content problem: ${formatProblem(problem)}`);
  };
  load();

  const sortedLessons = () => [...lessons.values()].sort((a, b) => (modules.get(a.module)?.order ?? 9) - (modules.get(b.module)?.order ?? 9) || a.order - b.order);
  return {
    modules: () => [...modules.values()].sort((a, b) => a.order - b.order),
    lessons: () => sortedLessons().filter((lesson) => modules.has(lesson.module)),
    lesson: (id) => (lessons.has(id) && modules.has(lessons.get(id)!.module) ? lessons.get(id) : undefined),
    module: (id) => modules.get(id),
    problems: () => problems,
    reload: load,
  };
}

export function packFolders(packsDir: string | undefined): string[] {
  if (!packsDir || !existsSync(packsDir)) return [];
  return readdirSync(packsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(packsDir, entry.name))
    .sort();
}
