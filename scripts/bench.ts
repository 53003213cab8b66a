/**
 * npm run bench [-- N]: generates N synthetic notices (default 1,000; every
 * third with two or three translations) in a temporary folder, builds them,
 * and prints wall time, pages per second, peak memory, output size and the
 * weight of one notice page.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';

const count = Number(process.argv[2] ?? process.env.BENCH_NOTICES ?? 1000);
const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const now = '2025-06-01T10:00:00Z';

const body = readFileSync('content/vacancies/digit-com-2024-461/en.md', 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const grades = ['AD5-AD7', 'AD6', 'AST3-AST5', 'AD8/AD10', 'AST/SC1-AST/SC2'];
const categories = ['temporary-agent', 'official', 'temporary-agent'];
const domains = ['ict', 'law', 'policy', 'security', 'finance', 'statistics'];

mkdirSync(join(content, 'vacancies'), { recursive: true });
writeFileSync(join(content, 'site.yaml'), 'organisation: Bench Institution\nsiteUrl: https://bench.example.eu\n');
for (let index = 0; index < count; index++) {
  const slug = `bench-2025-${index}`;
  const folder = join(content, 'vacancies', slug);
  mkdirSync(folder);
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 27) + 1).padStart(2, '0');
  writeFileSync(
    join(folder, 'en.md'),
    `---
reference: BENCH/2025/${index}
title: Synthetic Officer ${index}
staffCategory: ${categories[index % categories.length]}
grade: ${grades[index % grades.length]}
domain: ${domains[index % domains.length]}
locations: [{ city: Brussels, country: BE }]
published: "2024-12-01"
deadline: "2025-${month}-${day}T12:00"
apply: { email: bench@example.eu }
---
${body}`,
  );
  const translations = index % 3 === 0 ? ['fr', 'de', 'it'].slice(0, 2 + (index % 2)) : [];
  for (const language of translations)
    writeFileSync(join(folder, `${language}.md`), `---\ntitle: Synthetic ${language} ${index}\n---\n${body}`);
}

const report = join(work, 'report.json');
const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: {
    ...process.env,
    EU_VACANCIES_CONTENT: content,
    EU_VACANCIES_OUT: out,
    EU_VACANCIES_NOW: now,
    EU_VACANCIES_QUIET: '1',
    EU_VACANCIES_BENCH_REPORT: report,
  },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const files = walk(out);
const pages = files.filter((file) => file.endsWith('.html')).length;
const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const notice = readFileSync(join(out, 'fr', 'vacancies', 'bench-2025-3', 'index.html'));
const assets = (pattern: RegExp) => [...notice.toString().matchAll(pattern)].map((match) => readFileSync(join(out, match[1]!)));
const weight = (buffers: Buffer[]) => ({
  raw: buffers.reduce((sum, b) => sum + b.length, 0),
  gzip: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
});
const html = weight([notice]);
const css = weight(assets(/<link rel="stylesheet" href="\/([^"]+)"/g));
const js = weight(assets(/<script[^>]*src="\/([^"]+)"/g));
// The countdown ships as one script plus its strings in a data-* attribute.
const countdownStrings = Buffer.from(notice.toString().match(/data-countdown-strings="([^"]+)"/)?.[1] ?? '');
const countdown = weight([...assets(/<script[^>]*src="\/([^"]+)"/g), countdownStrings]);
const { maxRssKilobytes, indexMilliseconds } = JSON.parse(readFileSync(report, 'utf8')) as {
  maxRssKilobytes: number;
  indexMilliseconds: number;
};
const searchIndex = walk(join(out, 'pagefind'));
const searchIndexBytes = searchIndex.reduce((sum, file) => sum + statSync(file).size, 0);

/** A visitor on the English listing types a query; what does the search download, and how soon do results show? */
async function firstQuery() {
  const server = await startServer(out, '/', 0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && console.error(`bench page console: ${message.text()}`));
    // The visitor's clock agrees with the build's, so open notices are still open.
    await page.clock.install({ time: new Date(now) });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/en/`);
    const downloaded: Promise<number>[] = [];
    page.on('response', (response) =>
      downloaded.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      ),
    );
    const timings = async (query: string) => {
      await page.evaluate(() => {
        const status = document.querySelector('[data-search-status]')!;
        (window as unknown as { typed: Promise<number> }).typed = new Promise((done) => {
          const started = { at: 0 };
          document.querySelector('#search-query')!.addEventListener('input', () => (started.at = performance.now()));
          new MutationObserver(() => /\d/.test(status.textContent ?? '') && done(performance.now() - started.at)).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
      });
      await page.fill('#search-query', query);
      // A search that never answers would hang the bench: give up after 30 s.
      return page.evaluate(() =>
        Promise.race([
          (window as unknown as { typed: Promise<number> }).typed,
          new Promise<number>((done) => setTimeout(() => done(NaN), 30_000)),
        ]),
      );
    };
    await page.focus('#search-query');
    const cold = await timings('Synthetic Officer 500');
    const bytes = (await Promise.all(downloaded)).reduce((sum, size) => sum + size, 0);
    const warm = await timings('security 73');
    return { bytes, cold, warm };
  } finally {
    await browser.close();
    server.close();
  }
}
const query = await firstQuery();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `notices:            ${count} (${files.filter((f) => /\/en\/vacancies\/[^/]+\/index\.html$/.test(f)).length} notice pages per language, 24 languages)`,
);
console.log(`build wall time:    ${seconds.toFixed(1)} s`);
console.log(`pages:              ${pages} (${(pages / seconds).toFixed(0)} pages/s)`);
console.log(`peak memory:        ${(maxRssKilobytes / 1024).toFixed(0)} MB`);
console.log(`output:             ${(totalBytes / 1024 / 1024).toFixed(1)} MB in ${files.length} files`);
const pictures = files.filter((file) => file.endsWith('/share.png'));
console.log(
  `share pictures:     ${pictures.length} (${(pictures.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024).toFixed(1)} MB)`,
);
console.log(
  `one notice page:    HTML ${kb(html.raw)} (${kb(html.gzip)} gzip), CSS ${kb(css.raw)} (${kb(css.gzip)} gzip), JS ${kb(js.raw)} (${kb(js.gzip)} gzip)`,
);
console.log(
  `search index:       ${(searchIndexBytes / 1024 / 1024).toFixed(1)} MB in ${searchIndex.length} files, written in ${(indexMilliseconds / 1000).toFixed(1)} s`,
);
console.log(
  `first query:        ${kb(query.bytes)} gzip downloaded; results ${query.cold.toFixed(0)} ms after typing (first), ${query.warm.toFixed(0)} ms (next)`,
);
console.log(`countdown:          ${kb(countdown.raw)} (${kb(countdown.gzip)} gzip) with its strings`);
rmSync(work, { recursive: true, force: true });
