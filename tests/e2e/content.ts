import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSchema, type Lesson } from '../../shared/content/schema';

/** Reads a shipped lesson, so the tests follow the content instead of copying its wording. */
export function shippedLesson(module: string, id: string): Lesson {
  return lessonSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'resources', 'content', module, id, 'lesson.json'), 'utf8')));
}
