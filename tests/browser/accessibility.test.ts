import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { fixtureInChromium } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';
import { OFFICIAL_PAGES } from '../../src/browser/routes.ts';

const chromium = fixtureInChromium(BASIC);
const OPEN = 'epso-ad-2024-101';
const CLOSING_SOON = 'digit-ast-2024-202';
const CLOSED = 'comm-ted-2024-404';

const LANGUAGES = ['en', 'el', 'ga', 'mt'];

/**
 * The pages of each kind a reader of this language meets. The four official pages are one kind of page
 * (a statement in prose): each language gets one, a different one on each screen, so that every
 * statement is checked in two languages and on both screens.
 */
const pagesIn = (language: string, screen: number) => [
  `${language}/`,
  `${language}/archive/`,
  `${language}/staff-category/temporary-agent/`,
  `${language}/vacancies/${OPEN}/`,
  `${language}/vacancies/${CLOSING_SOON}/`,
  // A closed notice keeps pages only in its language versions: English.
  ...(language === 'en' ? [`en/vacancies/${CLOSED}/`] : []),
  `${language}/${OFFICIAL_PAGES[(LANGUAGES.indexOf(language) + 2 * screen) % OFFICIAL_PAGES.length]}/`,
];

// Colours are the same on every screen: the dark scheme's contrast is checked on the desktop.
describe.each([
  ['a phone', { width: 390, height: 844 }, 0, false],
  ['a desktop', { width: 1280, height: 900 }, 1, true],
] as const)('axe-core on %s', (_, viewport, screen, dark) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe is injected into pages whose Content-Security-Policy allows no inline script.
    context = await chromium.browser.newContext({ viewport, bypassCSP: true });
    await context.clock.install({ time: new Date(BASIC.now) });
  });
  afterAll(() => context.close());

  async function violations(paths: string[]): Promise<string[]> {
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths) {
      const status = (await page.goto(`${chromium.origin}${BASIC.basePath}${path}`))?.status();
      if (status !== 200) found.push(`${path} answered ${status}`);
      else found.push(...(await axeViolations(page, { dark })).map((violation) => `${path} ${violation}`));
    }
    await page.close();
    return found;
  }

  it('finds no WCAG 2.2 AA violation on the pages in no one language', async () => {
    expect(await violations(['', '404.html', 'translations/', `vacancies/${OPEN}/`])).toEqual([]);
  });

  it.each(LANGUAGES)('finds no WCAG 2.2 AA violation on the pages in %s', async (language) => {
    expect(await violations(pagesIn(language, screen))).toEqual([]);
  });

  it.each(LANGUAGES)('finds no WCAG 2.2 AA violation in the search results in %s', async (language) => {
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${BASIC.basePath}${language}/`);
    // A reference finds its notice from every language: here one closing soon, with its countdown and badge.
    await page.fill('#search-query', 'DIGIT/AST/2024/202');
    await page.press('#search-query', 'Enter');
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    const found = await axeViolations(page, { dark });
    await page.close();
    expect(found).toEqual([]);
  });
});
