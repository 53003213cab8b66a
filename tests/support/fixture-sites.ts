/** The fixture sites the build and browser tests read, and how they are built. */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { runNode, type NodeRun } from './run-node.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folders of the sites the project's global setup builds (see startFixtureBuilds). */
    fixtureSites: string[];
  }
}

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

/**
 * The content the project was published with, CERT-EU's settings and its notice DIGIT/COM/2024/461, kept as it was:
 * content/ belongs to the recruiters, and a test that read it would fail their pull requests when they publish,
 * correct or remove a notice. Built at a time when the notice has long closed.
 */
export const SEED = {
  content: resolve(PROJECT, 'tests/fixtures/seed/content'),
  out: resolve(SITES, 'seed'),
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

/** The basic fixture's settings with a logo and contact details, the owner's own legal notice in French and German, and no notice. */
export const WITHOUT_VACANCIES = {
  content: resolve(PROJECT, 'tests/fixtures/without-vacancies/content'),
  out: resolve(SITES, 'without-vacancies'),
  now: '2024-05-01T10:00:00Z',
  basePath: '/careers/',
} satisfies FixtureSite;

/** The order the sites are built in: the browser tests, which run first and longest, visit the first four. */
const BUILD_ORDER: FixtureSite[] = [BASIC, EU_BODIES, REFERENCES, WITHOUT_VACANCIES, SEED, AFTER_PUBLICATION];

/** npm run build with these environment variables, once no other build of this project folder is running. */
export function runBuild(env: Record<string, string>): Promise<NodeRun> {
  return withBuildLock(() => runNode(['scripts/build.ts'], { cwd: PROJECT, env: { ...process.env, EU_VACANCIES_QUIET: '1', ...env } }));
}

/**
 * Starts building the sites in the background, one after the other, each once per process (a test run's
 * global setups share the process): the tests that need no site, or a site already built, run meanwhile.
 * Each build leaves a note beside its site saying whether it succeeded, which `built` waits for.
 * Returns the sites' output folders, for `built` to tell a site this run builds from one it never will.
 */
export function startFixtureBuilds(sites: FixtureSite[]): string[] {
  const builds = ((globalThis as Record<symbol, FixtureBuilds>)[Symbol.for('eu-vacancies.fixture-builds')] ??= { queued: [], all: [] });
  // Each project's setup has a copy of this module of its own: a site is known by its folder.
  const known = (site: FixtureSite) => [...builds.all, ...builds.queued].some((other) => other.out === site.out);
  for (const site of sites) {
    if (known(site)) continue;
    // A note from an earlier run must not pass for this one's.
    rmSync(noteOf(site), { force: true });
    builds.queued.push(site);
  }
  builds.running ??= buildQueued(builds);
  return sites.map((site) => site.out);
}

/** Every site started: resolves once the last has been built or has failed, for the global setups' teardown. */
export async function fixtureBuildsDone(): Promise<void> {
  await (globalThis as Record<symbol, FixtureBuilds | undefined>)[Symbol.for('eu-vacancies.fixture-builds')]?.running;
}

interface FixtureBuilds {
  queued: FixtureSite[];
  all: FixtureSite[];
  running?: Promise<void>;
}

async function buildQueued(builds: FixtureBuilds): Promise<void> {
  for (;;) {
    const rank = (site: FixtureSite) => BUILD_ORDER.findIndex((other) => other.out === site.out);
    builds.queued.sort((a, b) => rank(a) - rank(b));
    const site = builds.queued.shift();
    if (!site) break;
    builds.all.push(site);
    const note = await buildFixtureSite(site);
    // Written whole, then renamed: a test never reads half a note.
    mkdirSync(dirname(noteOf(site)), { recursive: true });
    writeFileSync(`${noteOf(site)}.part`, JSON.stringify(note));
    renameSync(`${noteOf(site)}.part`, noteOf(site));
  }
  builds.running = undefined;
}

/** What a test needs to know of a build: nothing when it succeeded, its errors when it failed. */
type BuildNote = { error?: string };

const noteOf = (site: FixtureSite) => `${site.out}.built.json`;

async function buildFixtureSite(site: FixtureSite): Promise<BuildNote> {
  try {
    const result = await runBuild({ EU_VACANCIES_CONTENT: site.content, EU_VACANCIES_OUT: site.out, EU_VACANCIES_NOW: site.now });
    return result.status === 0 ? {} : { error: `${site.content} did not build:\n${result.stdout}\n${result.stderr}` };
  } catch (error) {
    return { error: `${site.content} did not build: ${String(error)}` };
  }
}

/**
 * Waits until the global setup has built these sites, for a test file that reads them or serves them;
 * fails with a site's build errors. `inject('fixtureSites')` lists the sites the setup builds.
 */
export async function built(...sites: FixtureSite[]): Promise<void> {
  for (const site of sites) {
    if (!inject('fixtureSites').includes(site.out))
      throw new Error(`${site.content} is not among the sites this project's global setup builds`);
    for (;;) {
      const note = readNote(site);
      if (note?.error) throw new Error(note.error);
      if (note) break;
      await sleep(200);
    }
  }
}

function readNote(site: FixtureSite): BuildNote | undefined {
  try {
    return JSON.parse(readFileSync(noteOf(site), 'utf8')) as BuildNote;
  } catch {
    return undefined;
  }
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
