/** The fixture sites the build and browser tests read, and how they are built. */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runNode, type NodeRun } from './run-node.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');
/** Where fixture sites are built; EU_VACANCIES_TEST_SITES lets two test runs work side by side. */
const SITES = resolve(PROJECT, process.env.EU_VACANCIES_TEST_SITES ?? '.build/test-sites');

export interface FixtureSite {
  content: string;
  out: string;
  /** The build's clock (EU_VACANCIES_NOW): what is open and what is closed is decided at this instant. */
  now: string;
  /** The base path its content/site.yaml gives, where the site is served. */
  basePath?: string;
}

/** The basic fixture, built as if it were 1 May 2024, 12:00 in Brussels. */
export const BASIC = {
  content: resolve(PROJECT, 'tests/fixtures/basic/content'),
  out: resolve(SITES, 'basic'),
  now: '2024-05-01T10:00:00Z',
  basePath: '/careers/',
} satisfies FixtureSite;

/** The project's own content, built at a time when its seed notice has long closed. */
export const PUBLISHED = {
  content: resolve(PROJECT, 'content'),
  out: resolve(SITES, 'published'),
  now: '2026-01-15T09:00:00Z',
} satisfies FixtureSite;

/** Notices after publication: corrected, withdrawn, cancelled, with documents; built on 1 May 2024. */
export const AFTER_PUBLICATION = {
  content: resolve(PROJECT, 'tests/fixtures/after-publication/content'),
  out: resolve(SITES, 'after-publication'),
  now: '2024-05-01T10:00:00Z',
} satisfies FixtureSite;

/** References as EU bodies write them (439186, PAC CA 01/2018, EASA.TA.2024.12 (AD6)); built on 1 March 2026, all open. */
export const REFERENCES = {
  content: resolve(PROJECT, 'tests/fixtures/references/content'),
  out: resolve(SITES, 'references'),
  now: '2026-03-01T10:00:00Z',
  basePath: '/',
} satisfies FixtureSite;

/** Notices modelled on those of several EU bodies (Commission, EEAS, Parliament, an agency); built on 1 March 2025. */
export const EU_BODIES = {
  content: resolve(PROJECT, 'tests/fixtures/eu-bodies/content'),
  out: resolve(SITES, 'eu-bodies'),
  now: '2025-03-01T10:00:00Z',
  basePath: '/',
} satisfies FixtureSite;

/** npm run build with these environment variables, once no other build of this project folder is running. */
export function runBuild(env: Record<string, string>): Promise<NodeRun> {
  return withBuildLock(() => runNode(['scripts/build.ts'], { cwd: PROJECT, env: { ...process.env, EU_VACANCIES_QUIET: '1', ...env } }));
}

/**
 * Builds each site once per process (a test run's global setups share the process),
 * one after the other: two projects that need the same site wait for the same build.
 */
export async function buildFixtureSites(sites: FixtureSite[]): Promise<void> {
  const builds = ((globalThis as Record<symbol, Map<string, Promise<void>>>)[Symbol.for('eu-vacancies.fixture-builds')] ??= new Map());
  for (const site of sites) {
    if (!builds.has(site.out)) builds.set(site.out, buildFixtureSite(site));
    await builds.get(site.out);
  }
}

async function buildFixtureSite(site: FixtureSite): Promise<void> {
  const result = await runBuild({ EU_VACANCIES_CONTENT: site.content, EU_VACANCIES_OUT: site.out, EU_VACANCIES_NOW: site.now });
  if (result.status !== 0) throw new Error(`${site.content} did not build:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Two Astro builds at once in one project folder break each other (.astro/, the
 * prerender folder), whichever test run or worker starts them: a lock directory
 * lets one build run at a time. A lock left by a process that is gone is taken over.
 */
const LOCK = join(PROJECT, '.build/build.lock');

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(join(PROJECT, '.build'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  writeFileSync(join(LOCK, 'pid'), String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    // No pid yet: its owner is between making the lock and writing it, unless it died there long ago.
    if (code === 'ENOENT') return ageOf(LOCK) > 60_000;
    return false;
  }
}

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
