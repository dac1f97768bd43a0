import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContentFolder } from './load-content';

describe('the shipped lessons', () => {
  const content = loadContentFolder(join(import.meta.dirname, '..', '..', '..', 'resources', 'content'));

  it('are all valid', () => {
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it('cover both modules with at least six lessons each, and the orientation lesson', () => {
    const count = (module: string) => content.lessons.filter((lesson) => lesson.module === module).length;
    expect(count('life-skills')).toBeGreaterThanOrEqual(6);
    expect(count('entrepreneurship')).toBeGreaterThanOrEqual(6);
    expect(count('orientation')).toBeGreaterThanOrEqual(1);
  });

  it('open the CV builder, interview practice and business plan from the lessons about them', () => {
    const tools = content.lessons.flatMap((lesson) => lesson.steps.flatMap((step) => (step.type === 'openTool' ? [step.tool] : [])));
    expect(new Set(tools)).toEqual(new Set(['cv', 'interview', 'businessPlan']));
  });
});
