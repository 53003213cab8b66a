import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureInChromium } from '../support/browser.ts';
import { BASIC, runBuild } from '../support/fixture-sites.ts';

// The basic fixture's settings without a single notice: Pagefind has nothing to index.
const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-empty-'));
const EMPTY = { content: join(work, 'content'), out: join(work, 'site'), basePath: BASIC.basePath };

describe('a site without vacancies in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(join(EMPTY.content, 'vacancies'), { recursive: true });
    copyFileSync(join(BASIC.content, 'site.yaml'), join(EMPTY.content, 'site.yaml'));
    const result = await runBuild({ EU_VACANCIES_CONTENT: EMPTY.content, EU_VACANCIES_OUT: EMPTY.out });
    if (result.status !== 0) throw new Error(`the empty site did not build:\n${result.stdout}\n${result.stderr}`);
  }, 120_000);
  const chromium = fixtureInChromium(EMPTY);

  it('searches and says there are no vacancies yet, without asking for an index', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${chromium.origin}${EMPTY.basePath}el/`);
    await page.fill('#search-query', 'κυβερνοασφάλεια');
    await page.press('#search-query', 'Enter');
    await expect
      .poll(() => page.locator('[data-search-status]').innerText())
      .toBe('Δεν υπάρχουν ακόμη κενές θέσεις σε αυτόν τον ιστότοπο.');
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    expect(requests.filter((url) => url.includes('/pagefind'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
