import type { Lesson, Module } from '../../../shared/content/schema';
import { formatProblem, loadContentFolder, type ContentProblem } from './load-content';

/** Lessons and modules in memory, loaded once at start from the shipped content folder. */
export interface ContentStore {
  modules(): readonly Module[];
  lessons(): readonly Lesson[];
  lesson(id: string): Lesson | undefined;
  module(id: string): Module | undefined;
  problems(): readonly ContentProblem[];
}

export function createContentStore(folder: string, log: (message: string) => void = console.warn): ContentStore {
  const content = loadContentFolder(folder);
  // A bad file is left out (and reported) rather than stopping the app for every lesson.
  for (const problem of content.problems) log(`Content problem: ${formatProblem(problem)}`);
  const lessonsById = new Map(content.lessons.map((lesson) => [lesson.id, lesson]));
  const modulesById = new Map(content.modules.map((module) => [module.id, module]));
  return {
    modules: () => content.modules,
    lessons: () => content.lessons,
    lesson: (id) => lessonsById.get(id),
    module: (id) => modulesById.get(id as Module['id']),
    problems: () => content.problems,
  };
}
