/** The fixture sites the build and browser tests read, and how they are built. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
/** Where fixture sites are built; EU_VACANCIES_TEST_SITES lets two test runs work side by side. */
const SITES = resolve(PROJECT, process.env.EU_VACANCIES_TEST_SITES ?? '.build/test-sites');

/** The basic fixture, built as if it were 1 May 2024, 12:00 in Brussels. */
export const BASIC = {
  content: resolve(PROJECT, 'tests/fixtures/basic/content'),
  out: resolve(SITES, 'basic'),
  now: '2024-05-01T10:00:00Z',
  basePath: '/careers/',
};

/** The project's own content, built at a time when its seed notice has long closed. */
export const PUBLISHED = {
  content: resolve(PROJECT, 'content'),
  out: resolve(SITES, 'published'),
  now: '2026-01-15T09:00:00Z',
};

/** Notices after publication: corrected, withdrawn, cancelled, with documents; built on 1 May 2024. */
export const AFTER_PUBLICATION = {
  content: resolve(PROJECT, 'tests/fixtures/after-publication/content'),
  out: resolve(SITES, 'after-publication'),
  now: '2024-05-01T10:00:00Z',
};

export function runBuild(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: PROJECT,
    env: { ...process.env, EU_VACANCIES_QUIET: '1', ...env },
    encoding: 'utf8',
  });
}
