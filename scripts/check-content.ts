/**
 * npm run check: validates every notice without building the site and prints
 * every problem at once. Exits non-zero when there is an error.
 */
import { loadNotices } from '../src/lib/notices.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';
import { contentDir } from '../src/lib/site.ts';

const dir = contentDir();
try {
  readSiteSettings(dir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { notices, problems } = await loadNotices(dir);
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter((problem) => problem.severity === 'error').length;
if (errors > 0) {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'}: fix ${errors === 1 ? 'it' : 'them'} before publishing.`);
  process.exit(1);
}
console.log(notices.length === 1 ? 'The notice is valid.' : `All ${notices.length} notices are valid.`);
