import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { clockAt, fixtureInChromium, sharedContexts } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';
import { OFFICIAL_PAGES } from '../../src/browser/routes.ts';

const chromium = fixtureInChromium(BASIC);
const OPEN = 'epso-ad-2024-101';
const CLOSING_SOON = 'digit-ast-2024-202';
const CLOSED = 'comm-ted-2024-404';

const LANGUAGES = ['en', 'el', 'ga', 'mt'];

// Colours are the same on every screen: the dark scheme's contrast is checked on the desktop.
const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, dark: false },
  desktop: { viewport: { width: 1280, height: 900 }, dark: true },
};
type Screen = keyof typeof SCREENS;
const BOTH: Screen[] = ['phone', 'desktop'];

/**
 * The pages of each kind a reader of this language meets, on both screens. The four official pages are
 * one kind of page (a statement in prose): each language gets one on the phone and another on the
 * desktop, so that every statement is checked in two languages and on both screens.
 */
const pagesIn = (language: string): [string, Screen[]][] => [
  [`${language}/`, BOTH],
  [`${language}/archive/`, BOTH],
  [`${language}/staff-category/temporary-agent/`, BOTH],
  [`${language}/vacancies/${OPEN}/`, BOTH],
  [`${language}/vacancies/${CLOSING_SOON}/`, BOTH],
  // A closed notice keeps pages only in its language versions: English.
  ...(language === 'en' ? [[`en/vacancies/${CLOSED}/`, BOTH] as [string, Screen[]]] : []),
  ...BOTH.map((screen, index): [string, Screen[]] => [
    `${language}/${OFFICIAL_PAGES[(LANGUAGES.indexOf(language) + 2 * index) % OFFICIAL_PAGES.length]}/`,
    [screen],
  ]),
];

// axe is injected into pages whose Content-Security-Policy allows no inline script.
const newPage = sharedContexts(() => chromium.browser, clockAt(BASIC.now));
const AXE_CONTEXT = { bypassCSP: true };

describe('axe-core on a phone and on a desktop', () => {
  /**
   * The page as it is now, laid out for each screen in turn: one load serves both, as nothing in the
   * site's pages reads the window's size only once, when they load (their layout is CSS media queries).
   */
  async function onScreens(page: Page, screens: Screen[], label: string): Promise<string[]> {
    const found: string[] = [];
    for (const screen of screens) {
      const { viewport, dark } = SCREENS[screen];
      await page.setViewportSize(viewport);
      found.push(...(await axeViolations(page, { dark })).map((violation) => `${label} on a ${screen}: ${violation}`));
    }
    return found;
  }

  async function violations(pages: [string, Screen[]][]): Promise<string[]> {
    const page = await newPage(AXE_CONTEXT);
    const found: string[] = [];
    for (const [path, screens] of pages) {
      const status = (await page.goto(`${chromium.origin}${BASIC.basePath}${path}`))?.status();
      if (status !== 200) found.push(`${path} answered ${status}`);
      else found.push(...(await onScreens(page, screens, `${BASIC.basePath}${path}`)));
    }
    return found;
  }

  it('finds no WCAG 2.2 AA violation on the pages in no one language', async () => {
    expect(await violations(['', '404.html', 'translations/', `vacancies/${OPEN}/`].map((path) => [path, BOTH]))).toEqual([]);
  });

  it.each(LANGUAGES)('finds no WCAG 2.2 AA violation on the pages in %s', async (language) => {
    expect(await violations(pagesIn(language))).toEqual([]);
  });

  it.each(LANGUAGES)('finds no WCAG 2.2 AA violation in the search results in %s', async (language) => {
    const page = await newPage(AXE_CONTEXT);
    await page.goto(`${chromium.origin}${BASIC.basePath}${language}/`);
    // A reference finds its notice from every language: here one closing soon, with its countdown and badge.
    await page.fill('#search-query', 'DIGIT/AST/2024/202');
    await page.press('#search-query', 'Enter');
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(await onScreens(page, BOTH, `the search results in ${language}`)).toEqual([]);
  });
});
