// `npm run content:check`: validates every lesson and module file shipped in resources/content.
import { join } from 'node:path';
import { formatProblem, loadContentFolder } from '../electron/core/content/load-content';

const root = process.argv[2] ?? join(process.cwd(), 'resources', 'content');
const content = loadContentFolder(root);
for (const problem of content.problems) console.error(`✗ ${formatProblem(problem)}`);
if (content.problems.length > 0) {
  console.error(`${content.problems.length} problem(s) in ${root}`);
  process.exit(1);
}
const steps = content.lessons.reduce((sum, lesson) => sum + lesson.steps.length, 0);
console.log(`✓ ${content.modules.length} modules, ${content.lessons.length} lessons, ${steps} steps: all valid`);
