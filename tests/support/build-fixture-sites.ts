import { AFTER_PUBLICATION, BASIC, PUBLISHED, runBuild } from './fixture-sites.ts';

export default function buildFixtureSites() {
  // Each project runs the global setup; the site only needs building once per run.
  if (process.env.EU_VACANCIES_FIXTURES_BUILT) return;
  for (const site of [BASIC, PUBLISHED, AFTER_PUBLICATION]) {
    const result = runBuild({ EU_VACANCIES_CONTENT: site.content, EU_VACANCIES_OUT: site.out, EU_VACANCIES_NOW: site.now });
    if (result.status !== 0) throw new Error(`${site.content} did not build:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.EU_VACANCIES_FIXTURES_BUILT = '1';
}
