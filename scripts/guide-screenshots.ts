/**
 * Makes the pictures of docs/publishing.md: what `npm run check` says about a
 * notice with mistakes, a published notice, and the steps of the form at /admin/.
 * Run it after changing the messages, the notice page or the form: node scripts/guide-screenshots.ts
 * Uses the after-publication test fixture, a copy of it broken on purpose,
 * and Debian's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../tests/support/browser.ts';
import {
  addFrenchVersion,
  editorIn,
  fillNewNotice,
  finishNewNotice,
  openInLocalMode,
  pickPrivateFolder,
  repositoryFiles,
} from '../tests/support/cms-local-mode.ts';
import { scriptFlags, tellFailures } from './cli.ts';

const USAGE = `Usage: node scripts/guide-screenshots.ts

Draws the pictures of docs/publishing.md (docs/guide/): what npm run check says
about a notice with mistakes, a published notice, and the steps of the form at /admin/,
in Debian's Chromium (CHROMIUM_PATH to use another). Run it after changing the
messages, the notice page or the form.

  --help   print this help`;

tellFailures('node scripts/guide-screenshots.ts');
scriptFlags(USAGE, { options: { help: { type: 'boolean', short: 'h' } } });

const PROJECT = resolve(import.meta.dirname, '..');
const FIXTURE = join(PROJECT, 'tests/fixtures/after-publication/content');
const OUT = join(PROJECT, 'docs/guide');
const NOW = '2024-05-01T10:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-guide-'));

/** Three slips a recruiter makes, and a translation left behind. */
function breakCopy(content: string) {
  const notice = join(content, 'vacancies/comm-ast-2024-14/index.en.md');
  writeFileSync(
    notice,
    readFileSync(notice, 'utf8')
      .replace('deadline: "2024-05-20T12:00"', 'deadline: 20/05/2024 12:00')
      .replace('staffCategory: official', 'staffCategory: Official')
      .replace('country: BE', 'country: EL'),
  );
  const original = join(content, 'vacancies/epso-ad-2024-11/index.en.md');
  writeFileSync(original, readFileSync(original, 'utf8').replace('write reports on them.', 'write reports and alerts on them.'));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function terminalPage(command: string, output: string): string {
  const lines = output
    .trimEnd()
    .split('\n')
    .map((line) => escape(line).replace(/^(error|warning):/, '<b class="$1">$1:</b>'))
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>npm run check</title><style>
    body { margin: 0; background: #1e1e1e; }
    pre { margin: 0; padding: 16px 20px; color: #e6e6e6; font: 15px/1.5 "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: pre-wrap; }
    .prompt { color: #8fd18f; } .error { color: #ff7b72; } .warning { color: #e3b341; }
  </style><pre><span class="prompt">$</span> ${escape(command)}\n${lines}</pre></html>`;
}

/** The form's backend in the pictures: a self-hosted GitLab, as recruiters of the EU institutions meet it. */
const FORM_BACKEND = `backend:
  name: gitlab
  base_url: https://code.europa.eu
  repo: cert-eu/vacancies
  app_id: guide
`;

/** The steps of docs/publishing.md, "Publish from the form", in the form's local mode. */
async function formPictures(browser: Browser) {
  const content = join(work, 'form-content');
  cpSync(FIXTURE, content, { recursive: true });
  writeFileSync(join(content, 'cms.yaml'), FORM_BACKEND);
  const site = join(work, 'form-site');
  const build = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: PROJECT,
    env: { ...process.env, EU_VACANCIES_CONTENT: content, EU_VACANCIES_OUT: site, EU_VACANCIES_NOW: NOW, EU_VACANCIES_QUIET: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build of the form's fixture failed:\n${build.stderr}`);
  const server = await serveSite(site, '/');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await pickPrivateFolder(context);
    const page = await context.newPage();
    const picture = (name: string) => page.screenshot({ path: join(OUT, name) });
    await page.goto(`${server.origin}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
    await picture('form-sign-in.png');
    await openInLocalMode(page, `${server.origin}/admin/`, repositoryFiles(content));
    await page.getByRole('treeitem', { name: 'English' }).click();
    await page.getByRole('grid', { name: 'Entries' }).waitFor();
    await picture('form-notices.png');
    await fillNewNotice(page);
    await picture('form-new-notice.png');
    await finishNewNotice(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('gridcell', { name: 'EPSO/AD/2024/999 – Policy Officer' }).click();
    await addFrenchVersion(page);
    await editorIn(page, 'French').getByRole('textbox', { name: 'Title' }).scrollIntoViewIfNeeded();
    await picture('form-translation.png');
  } finally {
    await context.close();
    await server.close();
  }
}

try {
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  breakCopy(content);
  const check = spawnSync(process.execPath, [join(PROJECT, 'scripts/check-content.ts')], {
    cwd: work,
    env: { ...process.env, EU_VACANCIES_CONTENT: content, EU_VACANCIES_NOW: NOW },
    encoding: 'utf8',
  });
  writeFileSync(join(work, 'check.html'), terminalPage('npm run check', check.stdout + check.stderr));

  const site = join(work, 'site');
  const build = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: PROJECT,
    env: { ...process.env, EU_VACANCIES_CONTENT: FIXTURE, EU_VACANCIES_OUT: site, EU_VACANCIES_NOW: NOW, EU_VACANCIES_QUIET: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build of the fixture failed:\n${build.stderr}`);

  const browser = await launchChromium();
  const server = await serveSite(site, '/');
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 560 } });
    await page.goto(`file://${join(work, 'check.html')}`);
    await page.setViewportSize({ width: 960, height: await page.evaluate(() => document.body.scrollHeight) });
    await page.screenshot({ path: join(OUT, 'check-messages.png') });

    // The countdown reads the reader's clock: show the page as on the day the fixture is built for.
    await page.clock.setFixedTime(new Date(NOW));
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.origin}/en/vacancies/epso-ad-2024-11/`);
    await page.screenshot({ path: join(OUT, 'published-notice.png') });
    await formPictures(browser);
  } finally {
    await server.close();
    await browser.close();
  }
  console.log(
    `Written: ${OUT}: check-messages.png, published-notice.png, form-sign-in.png, form-notices.png, form-new-notice.png, form-translation.png`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
