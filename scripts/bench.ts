/**
 * npm run bench [-- --notices N --open M]: generates synthetic notices in a
 * temporary folder, builds them as `npm run build` does, and prints what it
 * cost (wall and CPU time, peak memory, child processes included), what it
 * wrote (files, pages, share pictures, sitemaps, search index), what one notice
 * page weighs and how fast the first search answers in Chromium; beside it,
 * when Hugo is installed, the same notices built by Hugo. `--help` for options.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../src/browser/languages.ts';
import { makeUrls, pagePath, viewOfPath } from '../src/browser/routes.ts';
import { hugoVersion, writeHugoSite } from './bench/hugo.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { benchNotices, writeContent } from './bench/notices.ts';
import { firstSearch, type FirstSearch, type Query } from './bench/search.ts';

const USAGE = `Usage: npm run bench [-- options]

Builds synthetic notices in a temporary folder and prints the build's wall and
CPU time, peak memory, output, one notice page's weight and the first search's
speed in Chromium; with Hugo installed, also the same notices built by Hugo.

  --notices N   notices to generate (default 1000)
  --open M      how many of them are open (default 30% of the notices, at least 1)
  --hugo        compare with Hugo, and stop if hugo is not on PATH (default: compare when it is)
  --no-hugo     do not compare with Hugo
  --json FILE   also write the figures to FILE as JSON
  --help        print this help

Example: npm run bench -- --notices 10000 --open 300 --json bench.json`;

/** The build's "now": fixed, so that every run has the same open notices. */
const NOW = '2026-06-01T10:00:00Z';
const ROOT = join(import.meta.dirname, '..');

const stop = (message: string): never => {
  console.error(`npm run bench: ${message}\n\n${USAGE}`);
  process.exit(2);
};
const options = {
  notices: { type: 'string', default: '1000' },
  open: { type: 'string' },
  hugo: { type: 'boolean' },
  json: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
const { values } = (() => {
  try {
    return parseArgs({ options, allowNegative: true });
  } catch (error) {
    return stop((error as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.notices);
const open = values.open === undefined ? Math.max(1, Math.round(count * 0.3)) : Number(values.open);
if (!Number.isInteger(count) || count < 1) stop(`--notices ${values.notices} is not a whole number of notices, 1 or more`);
// One open notice at least: its page is weighed and the listing's search looks among open notices.
if (!Number.isInteger(open) || open < 1 || open > count) stop(`--open ${values.open} is not a whole number from 1 to ${count}`);
const hugo = values.hugo === false ? undefined : hugoVersion();
if (values.hugo && !hugo) stop('--hugo: hugo is not on PATH (apt-get install hugo, or see https://gohugo.io/installation/)');

const started = performance.now();
const say = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${text}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const number = (value: number) => value.toLocaleString('en');
const seconds = (value: number) => `${value.toFixed(1)} s`;

const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
// However the bench ends (done, failed, interrupted), it leaves no gigabytes behind in the temporary folder.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

/** Runs a build under measure(), printing its progress; undefined, after its last lines, when it fails. */
async function timedBuild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, showLine: (line: string) => boolean) {
  const unshown: string[] = [];
  let warnings = 0;
  say(`building with ${name}`);
  const run = await measure(command, args, {
    cwd: ROOT,
    env,
    onLine(line) {
      if (showLine(line)) say(`  ${line}`);
      else if (line.startsWith('warning:')) warnings++;
      else unshown.push(line);
    },
    onHeartbeat: (elapsed, treeBytes) => say(`  still building: ${seconds(elapsed)}${treeBytes ? `, ${mb(treeBytes)} in use` : ''}`),
  });
  if (run.exitCode !== 0) {
    console.error(unshown.slice(-60).join('\n'));
    say(`${name} failed (exit code ${run.exitCode}); its last lines are above`);
    return undefined;
  }
  say(`built with ${name} in ${seconds(run.wallSeconds)}${warnings ? ` (${number(warnings)} content warnings not shown)` : ''}`);
  return run;
}

interface File {
  path: string;
  bytes: number;
}
const walk = (dir: string): File[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(dir.length + 1), bytes: statSync(path).size };
    });
const sum = (files: File[]) => files.reduce((total, file) => total + file.bytes, 0);
const weight = (buffers: Buffer[]) => ({
  raw: buffers.reduce((total, buffer) => total + buffer.length, 0),
  gzip: buffers.reduce((total, buffer) => total + gzipSync(buffer).length, 0),
});

/** The first open notice of the English listing, with the stylesheets and scripts its page loads. */
function weighNoticePage(listingPath: string) {
  const listing = readFileSync(join(out, listingPath, 'index.html'), 'utf8');
  const base = `https://bench.example.eu${listingPath}`;
  const path = [...listing.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)]
    .map((match) => new URL(match[1]!, base).pathname)
    .find((pathname) => viewOfPath('/', pathname)?.page === 'notice');
  if (!path) throw new Error(`the listing ${listingPath} links to no notice page`);
  const html = readFileSync(join(out, path, 'index.html'));
  const page = `https://bench.example.eu${path}`;
  const linked = (tag: RegExp, attribute: RegExp) =>
    [...html.toString().matchAll(tag)]
      .map((match) => attribute.exec(match[0])?.[1])
      .filter((href) => href !== undefined)
      .map((href) => readFileSync(join(out, decodeURI(new URL(href, page).pathname))));
  return {
    path,
    html: weight([html]),
    css: weight(linked(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, /\bhref="([^"]+)"/)),
    js: weight(linked(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g, /\bsrc="([^"]+)"/)),
  };
}

// Generating
say(`generating ${number(count)} notices (${number(open)} open) in ${work}`);
const notices = benchNotices(count, open, NOW);
writeContent(notices, content);
say(`generated ${number(notices.reduce((total, notice) => total + notice.versions.length, 0))} language files`);

// Building
const build = await timedBuild(
  'node scripts/build.ts',
  process.execPath,
  ['scripts/build.ts'],
  // SITE_URL and BASE_PATH would move the pages the bench reads and serves.
  {
    ...process.env,
    EU_VACANCIES_CONTENT: content,
    EU_VACANCIES_OUT: out,
    EU_VACANCIES_NOW: NOW,
    EU_VACANCIES_QUIET: '1',
    SITE_URL: undefined,
    BASE_PATH: undefined,
  },
  (line) => line.startsWith('eu-vacancies:'),
);
if (!build) process.exit(1);

// Measuring
say('measuring the output');
const files = walk(out);
const pages = files.filter((file) => file.path.endsWith('.html')).length;
const pictures = files.filter((file) => file.path.endsWith('/share.png'));
const sitemaps = files.filter((file) => /^sitemap-(index|\d+)\.xml$/.test(file.path));
const largestSitemap = sitemaps.reduce<File | undefined>(
  (largest, file) => (largest && largest.bytes >= file.bytes ? largest : file),
  undefined,
);
const sitemapUrls = largestSitemap && readFileSync(join(out, largestSitemap.path), 'utf8').split('<url>').length - 1;
const searchIndex = files.filter((file) => /^pagefind[^/]*\//.test(file.path));
// The sitemap protocol: at most 50,000 addresses and 50 MB (uncompressed) a file.
const sitemapsOverLimits = sitemaps
  .filter((file) => file.path !== 'sitemap-index.xml')
  .filter((file) => file.bytes > 50 * 1024 * 1024 || readFileSync(join(out, file.path), 'utf8').split('<url>').length - 1 > 50_000)
  .map((file) => file.path);
// Every language address of every notice answers: with its page, or, where the notice has no page in that
// language, through _redirects (or 404.html's script) with its page in no particular language, which must exist.
const written = new Set(files.map((file) => file.path));
const addresses = { pages: 0, ledOn: 0, lost: [] as string[] };
const neutral = makeUrls('', '/');
for (const { slug } of notices) {
  const ledOn = written.has(`${neutral.noticeVersions(slug).slice(1)}index.html`);
  for (const language of LANGUAGES) {
    const path = pagePath('/', { page: 'notice', language, slug });
    if (written.has(`${path.slice(1)}index.html`)) addresses.pages += 1;
    else if (ledOn) addresses.ledOn += 1;
    else addresses.lost.push(path);
  }
}
const listingPath = pagePath('/', { page: 'listing', language: 'en' });
const noticePage = weighNoticePage(listingPath);

// Searching
say('searching in Chromium');
let search: FirstSearch | undefined;
let searchProblem: string | undefined;
try {
  search = await firstSearch(out, listingPath, NOW);
} catch (error) {
  searchProblem = (error as Error).message.split('\n')[0];
  say(`the search could not be measured: ${searchProblem}`);
}

const cpuSeconds = (run: Measurement) => run.cpu && run.cpu.userSeconds + run.cpu.systemSeconds;
const cpu = (run: Measurement) =>
  run.cpu
    ? `${seconds(run.cpu.userSeconds + run.cpu.systemSeconds)} (user ${seconds(run.cpu.userSeconds)} + system ${seconds(run.cpu.systemSeconds)}, child processes included)`
    : 'not measured (needs bash)';
const memory = (run: Measurement) =>
  run.peakTreeBytes
    ? `${mb(run.peakTreeBytes)} (process tree, sampled every 200 ms; largest single process ${mb(run.peakProcessBytes!)})`
    : 'not measured (needs /proc)';
const answer = ({ query, milliseconds, results }: Query) =>
  milliseconds === undefined
    ? `"${query}": no answer within 30 s`
    : `"${query}": ${results ? `${results} result${results === 1 ? '' : 's'} shown` : 'no results'} ${milliseconds.toFixed(0)} ms after typing`;
const figures = {
  now: NOW,
  notices: { total: count, open, closed: count - open },
  build: { ...build, cpuSeconds: cpuSeconds(build) },
  output: { bytes: sum(files), files: files.length, pages },
  sharePictures: { count: pictures.length, bytes: sum(pictures) },
  sitemaps: {
    files: sitemaps.length,
    largest: largestSitemap && { name: largestSitemap.path, bytes: largestSitemap.bytes, urls: sitemapUrls! },
    overLimits: sitemapsOverLimits,
  },
  noticeAddresses: addresses,
  noticePage,
  searchIndex: {
    folders: [...new Set(searchIndex.map((file) => file.path.split('/')[0]))],
    files: searchIndex.length,
    bytes: sum(searchIndex),
  },
  search: search ?? { problem: searchProblem },
  hugo: null as (Measurement & { version: string; pages: number; cpuSeconds?: number }) | null,
  cpuRatio: null as number | null,
};
const { html, css, js } = noticePage;
// Printed before Hugo runs: a Hugo that fails or is interrupted costs none of these figures.
console.log(`
notices:          ${number(count)} (${number(open)} open, ${number(count - open)} closed), built as of ${NOW}
wall time:        ${seconds(build.wallSeconds)}
CPU time:         ${cpu(build)}
peak memory:      ${memory(build)}
output:           ${mb(figures.output.bytes)} in ${number(files.length)} files
pages:            ${number(pages)} .html (${number(Math.round(pages / build.wallSeconds))} pages/s)
share pictures:   ${number(pictures.length)} (${mb(figures.sharePictures.bytes)})
largest sitemap:  ${figures.sitemaps.largest ? `${figures.sitemaps.largest.name}, ${mb(figures.sitemaps.largest.bytes)}, ${number(figures.sitemaps.largest.urls)} <url> entries (${sitemaps.length} sitemap files)` : 'none written'}
sitemap protocol: ${sitemapsOverLimits.length ? `over 50,000 addresses or 50 MB: ${sitemapsOverLimits.join(', ')}` : 'every file within 50,000 addresses and 50 MB'}
notice addresses: ${number(notices.length * LANGUAGES.length)} (every notice in ${LANGUAGES.length} languages): ${number(addresses.pages)} pages, ${number(addresses.ledOn)} led on to the notice's page in no particular language${addresses.lost.length ? `, ${number(addresses.lost.length)} answering nothing, such as ${addresses.lost[0]}` : ', none answering nothing'}
one notice page:  ${noticePage.path}: HTML ${kb(html.raw)} (${kb(html.gzip)} gzip), CSS ${kb(css.raw)} (${kb(css.gzip)} gzip), JS ${kb(js.raw)} (${kb(js.gzip)} gzip)
search index:     ${mb(figures.searchIndex.bytes)} in ${number(searchIndex.length)} files (${figures.searchIndex.folders.map((folder) => `${folder}/`).join(', ') || 'none'})
first search:     ${search ? `${answer(search.first)}; ${kb(search.downloadedGzipBytes)} gzip downloaded` : `not measured: ${searchProblem}`}
next search:      ${search ? answer(search.next) : 'not measured'}
`);

// A site that loses an address or breaks the sitemap protocol fails the bench, whatever its speed.
if (addresses.lost.length || sitemapsOverLimits.length) process.exitCode = 1;

// Hugo
if (hugo) {
  const site = join(work, 'hugo');
  say('generating the Hugo site');
  writeHugoSite(notices, site);
  const run = await timedBuild(
    'hugo',
    'hugo',
    ['--quiet', '--source', site, '--destination', join(site, 'public')],
    process.env,
    () => false,
  );
  if (run) {
    const hugoPages = walk(join(site, 'public')).filter((file) => file.path.endsWith('.html')).length;
    figures.hugo = { ...run, version: hugo, pages: hugoPages, cpuSeconds: cpuSeconds(run) };
    const [ours, theirs] = [figures.build.cpuSeconds, figures.hugo.cpuSeconds];
    figures.cpuRatio = ours !== undefined && theirs ? ours / theirs : null;
    const total = (value?: number) => (value === undefined ? 'not measured' : seconds(value));
    console.log(`
Hugo:             ${hugo}
Hugo pages:       ${number(hugoPages)} .html (the same notices in 24 languages, minimal templates)
Hugo wall time:   ${seconds(run.wallSeconds)}
Hugo CPU time:    ${cpu(run)}
Hugo peak memory: ${memory(run)}
CPU time:         eu-vacancies ${total(ours)}, Hugo ${total(theirs)}; eu-vacancies CPU / Hugo CPU = ${figures.cpuRatio?.toFixed(1) ?? 'not measured'}
`);
  } else console.log('\nHugo comparison: hugo failed; its last lines are above\n');
} else {
  const why = values.hugo === false ? 'as --no-hugo asks' : 'hugo is not on PATH (to compare, install it: apt-get install hugo)';
  console.log(`Hugo comparison: skipped, ${why}`);
}
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  say(`figures written to ${values.json}`);
}
