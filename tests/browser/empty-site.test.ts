import { describe, expect, it } from 'vitest';
import { fixtureInChromium } from '../support/browser.ts';
import { WITHOUT_VACANCIES } from '../support/fixture-sites.ts';

// A site before its first notice: Pagefind has nothing to index.
const chromium = fixtureInChromium(WITHOUT_VACANCIES);

describe('a site without vacancies in Chromium', () => {
  it('searches and says there are no vacancies yet, without asking for an index', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${chromium.origin}${WITHOUT_VACANCIES.basePath}el/`);
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
