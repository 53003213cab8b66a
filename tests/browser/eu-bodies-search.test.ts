import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { fixtureInChromium, sharedContexts, clockAt } from '../support/browser.ts';
import { EU_BODIES } from '../support/fixture-sites.ts';

// Notices of four EU bodies, seen on the day they were built (1 March 2025), all open.
const chromium = fixtureInChromium(EU_BODIES);
const PARLIAMENT = 'Administrator – Polish-language translator';

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => chromium.browser, clockAt(EU_BODIES.now));

async function visit(path: string) {
  const page = await newPage({ bypassCSP: true });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${chromium.origin}/${path}`);
  return { page, requests };
}

const titles = (page: Page) => page.locator('[data-search-results] h3').allInnerTexts();

async function choose(page: Page, filter: string, value: string) {
  if (!(await page.locator('.search__filters').evaluate((details: HTMLDetailsElement) => details.open)))
    await page.locator('.search__filters summary').click();
  const before = await page.evaluate(() => location.search);
  await page.selectOption(`#search-${filter}`, value);
  await expect.poll(() => page.evaluate(() => location.search)).not.toBe(before);
  await expect.poll(() => page.locator('[data-search-status]').innerText()).not.toMatch(/^$|…/);
  return titles(page);
}

describe('searching the notices of several EU bodies in Chromium', () => {
  it('finds the Parliament’s notice by the grade of its second post', async () => {
    const { page, requests } = await visit('en/');
    expect(await choose(page, 'grade', 'AD7')).toEqual(expect.arrayContaining([PARLIAMENT]));
    expect(await titles(page)).not.toContain('Financial Officer – Research Grants');
    expect(requests.filter((url) => !url.startsWith(chromium.origin))).toEqual([]);
  });

  it('finds the Parliament’s notice by the place of its second post, its places named in the reader’s language', async () => {
    const { page } = await visit('fr/');
    const option = page.locator('#search-place option[value="LU Luxembourg"]');
    expect(await option.textContent()).toBe('Luxembourg (Luxembourg)');
    expect(await page.locator('#search-place option[value="BE Brussels"]').textContent()).toBe('Bruxelles (Belgique)');
    // The notice has no French version: it is found all the same, under its own title.
    const found = await choose(page, 'place', 'LU Luxembourg');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Administrator – /);
    // Its places are named as the filter names them, not as the index keeps them ("BE Brussels").
    const result = await page.locator('[data-search-results] li').first().innerText();
    expect(result).toContain('Bruxelles (Belgique) et Luxembourg (Luxembourg)');
    expect(result).not.toContain('Brussels');
  });

  it('shows each post with its grade and place in the listing, readable by everyone', async () => {
    const { page } = await visit('en/');
    const entry = page.locator('[data-notice]', { hasText: PARLIAMENT });
    expect(await entry.locator('.fact--posts li').allInnerTexts()).toEqual([
      '1 post, AD5, Brussels (Belgium)',
      '1 post, AD7, Luxembourg (Luxembourg)',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
