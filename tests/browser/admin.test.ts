/**
 * The form at /admin/ (Sveltia CMS) in its local mode, as a site owner tries it on a laptop. The CMS
 * reads and writes a folder through the File System Access API; Chromium's origin-private file system
 * stands in for the folder the recruiter would pick, and what the form wrote is read back to disk.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { fixtureInChromium } from '../support/browser.ts';
import { BASIC, PROJECT } from '../support/fixture-sites.ts';
import { runNode } from '../support/run-node.ts';
import {
  addFrenchVersion,
  editorIn,
  fillNewNotice,
  finishNewNotice,
  openInLocalMode,
  pickPrivateFolder,
  readFolder,
  repositoryFiles,
} from '../support/cms-local-mode.ts';

const chromium = fixtureInChromium(BASIC);
const admin = () => `${chromium.origin}${BASIC.basePath}admin/`;

/** A context whose directory picker hands the CMS the origin's private file system. */
async function localModeContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await pickPrivateFolder(context);
  return context;
}

const FILES = repositoryFiles(BASIC.content);
const openForm = (page: Page) => openInLocalMode(page, admin(), FILES);

describe('the form at /admin/', () => {
  const contexts: BrowserContext[] = [];
  const external: string[] = [];
  // A context of its own for each test: the CMS keeps the folder it was given and signs in with it again.
  async function newPage(): Promise<Page> {
    const context = await localModeContext();
    contexts.push(context);
    context.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin !== chromium.origin && !['data:', 'blob:'].includes(url.protocol)) external.push(request.url());
    });
    return context.newPage();
  }
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('writes a new notice, its French translation and a changed deadline into the files npm run check accepts', async () => {
    const page = await newPage();
    await openForm(page);
    await fillNewNotice(page);
    await finishNewNotice(page);
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('gridcell', { name: 'EPSO/AD/2024/999 – Policy Officer' }).click();
    await addFrenchVersion(page);
    await editorIn(page, 'French').getByRole('combobox', { name: 'Switch Locale' }).click();
    await page.getByRole('option', { name: /^English/ }).click();
    await editorIn(page, 'English').getByRole('textbox', { name: 'Deadline' }).fill('2024-06-21T17:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('gridcell', { name: 'EPSO/AD/2024/999 – Policy Officer' }).waitFor();

    const files = await readFolder(page);
    const written = Object.keys(files).filter((path) => !(path in FILES) && path !== '.git');
    expect(written.sort()).toEqual(['content/vacancies/epso-ad-2024-999/index.en.md', 'content/vacancies/epso-ad-2024-999/index.fr.md']);
    expect(files['content/vacancies/epso-ad-2024-999/index.en.md']).toBe(
      [
        '---',
        'reference: "EPSO/AD/2024/999"',
        'title: "Policy Officer"',
        'staffCategory: "temporary-agent"',
        'grade: "AD5"',
        'domain: "policy"',
        'locations:',
        '  - city: "Brussels"',
        '    country: "BE"',
        'deadline: "2024-06-21T17:00"',
        'timezone: "Europe/Brussels"',
        'apply:',
        '  email: "jobs@example.eu"',
        '---',
        '',
        '## The post',
        '',
        'We are looking for a policy officer.',
        '',
      ].join('\n'),
    );
    // Facts once, in the original: the translation has only its text.
    expect(files['content/vacancies/epso-ad-2024-999/index.fr.md']).toBe(
      '---\ntitle: "Chargé de mission"\nplaces:\n  - "Bruxelles"\n---\n\n## Le poste\n\nNous recherchons un chargé de mission.\n',
    );

    const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-form-'));
    cpSync(BASIC.content, join(work, 'content'), { recursive: true });
    for (const path of written) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), files[path]!);
    }
    const check = await runNode([join(PROJECT, 'scripts/check-content.ts')], {
      cwd: work,
      env: { PATH: process.env.PATH, EU_VACANCIES_CONTENT: join(work, 'content'), EU_VACANCIES_NOW: BASIC.now },
    });
    expect(check.stdout + check.stderr).not.toMatch(/error/);
    expect(check.status).toBe(0);
  });

  it('lists the notices already in the folder under the language they were first written in', async () => {
    const page = await newPage();
    await openForm(page);
    const notices = Object.entries(FILES).filter(([path, text]) => /\/index\.en\.md$/.test(path) && /^reference:/m.test(text));
    expect(notices.length).toBeGreaterThan(1);
    await expect
      .poll(() => page.getByRole('treeitem', { name: 'English' }).textContent())
      .toMatch(new RegExp(`English\\s*${notices.length}\\s*$`));
  });

  it('asks no other site for anything: the policy refuses the CMS its fonts from a CDN and its status checks', () => {
    expect(external).toEqual([]);
  });
});

describe('the page of the form', () => {
  it('keeps out of search engines and has a policy of its own, without inline scripts', () => {
    const html = readFileSync(join(BASIC.out, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com;");
    expect(readFileSync(join(BASIC.out, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it("finds no WCAG 2.2 AA violation on the sign-in page and in the form but the CMS's own viewport, which forbids zooming", async () => {
    const context = await localModeContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(admin());
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
    const signIn = await axeViolations(page);
    await openForm(page);
    await page.evaluate(() => (location.hash = '/collections/notices-en/new'));
    await page.getByRole('textbox', { name: 'Reference' }).waitFor();
    const form = await axeViolations(page);
    await context.close();
    // Sveltia's interface writes <meta name="viewport" content="…, maximum-scale=1">: the CMS's to fix (docs/cms.md).
    const ours = (found: string[]) => found.filter((violation) => !violation.startsWith('meta-viewport: '));
    expect({ signIn: ours(signIn), form: ours(form) }).toEqual({ signIn: [], form: [] });
    expect(signIn.some((violation) => violation.startsWith('meta-viewport: '))).toBe(true);
  });
});
