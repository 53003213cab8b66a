/**
 * npm run build: checks the content, builds the site into a fresh folder and
 * only then puts it in place of dist/. A failed build leaves the previous dist/
 * exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { formatProblem } from '../src/content/problems.ts';
import { contentDir, outDir } from '../src/site/environment.ts';
import { ContentError } from '../src/content/problems.ts';
import { headersFile, nginxSnippet, securityHeaders } from '../src/embed/security-headers.ts';
import { redirectRules } from '../src/outputs/redirects.ts';
import { adminHeadersRule } from '../src/cms/security.ts';
import { readCmsSettings } from '../src/cms/settings.ts';
import { failureMessage, scriptFlags, tellFailures } from './cli.ts';

const USAGE = `Usage: npm run build

Checks the content, builds the site into a fresh folder and only then puts it in
place of the output folder: a failed build leaves the previous site as it was.

  --help   print this help

Environment: EU_VACANCIES_CONTENT (default content), EU_VACANCIES_OUT (default dist),
EU_VACANCIES_NOW (the instant taken as now, ISO 8601), SITE_URL and BASE_PATH (override
siteUrl and basePath of site.yaml), EU_VACANCIES_QUIET=1 (Astro's errors only).`;

tellFailures('npm run build');
scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const SHOWN_WARNINGS = 20;
const out = outDir();
const staging = resolve(dirname(out), `.${process.pid}-staging`);
const searchStaging = `${staging}-search`;

/**
 * Hands back to the system the memory the build no longer uses, and from then on lets the heap grow by
 * a quarter of what it holds. V8, sized for the machine, let it grow to twice that and kept what it took:
 * after loading 10,000 notices the process held 1.45 GB for a model of 450 MB (860 MB once handed back),
 * and Pagefind and Astro came on top. The build's CPU time stayed the same.
 */
function releaseMemory() {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  setFlagsFromString('--heap-growing-percent=25');
}

try {
  // Loaded once needed: --help, a flag it does not know and content the check refuses take a second, not three.
  const { loadSite } = await import('../src/site/model.ts');
  const site = await loadSite();
  releaseMemory();
  // A large site may carry thousands of warnings: the first ones, then where to read them all.
  for (const warning of site.warnings.slice(0, SHOWN_WARNINGS)) console.warn(formatProblem(warning));
  if (site.warnings.length > SHOWN_WARNINGS)
    console.warn(`… and ${site.warnings.length - SHOWN_WARNINGS} more warnings: npm run check lists them all.`);
  console.log(
    `eu-vacancies: ${site.notices.length} notice${site.notices.length === 1 ? '' : 's'}, ${site.notices.reduce((sum, notice) => sum + notice.versions.length, 0)} language versions`,
  );
  mkdirSync(dirname(out), { recursive: true });
  // The search index first, while the build holds nothing but the notices: Pagefind's memory and the pages' do not add up.
  const { writeSearchIndex } = await import('../src/outputs/search-index.ts');
  const search = await writeSearchIndex(site, searchStaging);
  console.log(`eu-vacancies: search index of ${search.records} records in ${(search.milliseconds / 1000).toFixed(1)} s`);
  process.env.EU_VACANCIES_OUT = staging;
  releaseMemory();
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir: staging, logLevel: process.env.EU_VACANCIES_QUIET ? 'error' : 'info' });
  if (existsSync(searchStaging)) for (const name of readdirSync(searchStaging)) renameSync(join(searchStaging, name), join(staging, name));
  rmSync(searchStaging, { recursive: true, force: true });
  // A <meta> policy cannot say who may frame the pages: static hosts send these headers instead.
  const headers = securityHeaders(site.settings.frameAncestors);
  writeFileSync(join(staging, '_headers'), headersFile(headers) + adminHeadersRule(readCmsSettings(contentDir())));
  writeFileSync(join(staging, 'nginx-security-headers.conf'), nginxSnippet(headers));
  writeFileSync(join(staging, '_redirects'), redirectRules(site.settings.basePath));
  const previous = `${staging}-previous`;
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  console.log(`eu-vacancies: site written to ${out}`);
  // npm run bench reads the build's own peak memory from here.
  if (process.env.EU_VACANCIES_BENCH_REPORT) {
    writeFileSync(
      process.env.EU_VACANCIES_BENCH_REPORT,
      JSON.stringify({ maxRssKilobytes: process.resourceUsage().maxRSS, indexMilliseconds: search.milliseconds }),
    );
  }
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(searchStaging, { recursive: true, force: true });
  if (error instanceof ContentError) {
    console.error(error.problems.map(formatProblem).join('\n'));
    console.error(
      `\nThe build stopped: fix the ${error.problems.filter((p) => p.severity === 'error').length} error(s) above. The site in ${out} was not changed.`,
    );
  } else {
    console.error(failureMessage('npm run build', error));
    console.error(`\nThe build failed. The site in ${out} was not changed.`);
  }
  process.exit(1);
}
