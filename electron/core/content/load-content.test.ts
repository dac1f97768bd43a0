import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContentFolder } from './load-content';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'content');

function copyWith(change: (lesson: Record<string, unknown>) => void | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'foras-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'life-skills', 'demo-lesson', 'lesson.json');
  const lesson = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const replaced = change(lesson);
  writeFileSync(file, typeof replaced === 'string' ? replaced : JSON.stringify(lesson));
  return dir;
}

describe('loadContentFolder', () => {
  it('loads a valid folder', () => {
    const content = loadContentFolder(FIXTURE);
    expect(content.problems).toEqual([]);
    expect(content.lessons.map((l) => l.id)).toEqual(['demo-lesson', 'demo-return']);
  });

  it('names the file, the step and what is wrong', () => {
    const dir = copyWith((lesson) => {
      const steps = lesson.steps as Record<string, unknown>[];
      (steps[1]!.options as Record<string, unknown>[])[1]!.correct = true;
      delete (steps[3]!.prompt as Record<string, unknown>).en;
    });
    const problems = loadContentFolder(dir).problems.map(formatProblem);
    expect(problems).toContain('life-skills/demo-lesson/lesson.json — step 2 (« q1 »): a single-choice question needs exactly one correct option');
    expect(problems.some((p) => p.startsWith('life-skills/demo-lesson/lesson.json — step 4 (« r1 »): prompt.en:'))).toBe(true);
  });

  it('refuses three explanation steps in a row, broken JSON and a folder/id mismatch', () => {
    const three = copyWith((lesson) => {
      const steps = lesson.steps as Record<string, unknown>[];
      const text = { fr: 'x', en: 'x' };
      steps.splice(1, 0, { type: 'explanation', id: 'e2', title: text, text }, { type: 'explanation', id: 'e3', title: text, text });
    });
    expect(loadContentFolder(three).problems.map(formatProblem).join()).toContain('three explanation steps in a row');
    expect(loadContentFolder(copyWith(() => '{ "id": ')).problems[0]?.message).toMatch(/^not valid JSON/);
    expect(loadContentFolder(copyWith((lesson) => void (lesson.id = 'other'))).problems[0]?.message).toContain('must match its folder');
  });
});
