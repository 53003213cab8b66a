/**
 * The environment variables of a build, documented in the README:
 * EU_VACANCIES_CONTENT (the content folder), EU_VACANCIES_OUT (where the site
 * is written), EU_VACANCIES_NOW (the instant the build treats as now) and
 * EU_VACANCIES_CACHE (what builds keep for the next one).
 */
import { resolve } from 'node:path';

/** Where the content is: EU_VACANCIES_CONTENT or ./content. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.EU_VACANCIES_CONTENT ?? 'content');
}

/** Where the site is written: EU_VACANCIES_OUT or ./dist. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.EU_VACANCIES_OUT ?? 'dist');
}

/** Where builds keep what the next build can reuse (share pictures): EU_VACANCIES_CACHE or ./.cache. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.EU_VACANCIES_CACHE ?? '.cache');
}

/** The instant the build treats as now: EU_VACANCIES_NOW (ISO 8601) or the clock. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.EU_VACANCIES_NOW) return Date.now();
  const now = Date.parse(env.EU_VACANCIES_NOW);
  if (Number.isNaN(now))
    throw new Error(`EU_VACANCIES_NOW="${env.EU_VACANCIES_NOW}" is not an ISO 8601 instant such as 2024-04-01T10:00:00Z`);
  return now;
}
