import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureInChromium, sharedContexts, clockAt } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';

const chromium = fixtureInChromium(BASIC);
const OPEN = 'epso-ad-2024-101';
const CLOSING_SOON = 'digit-ast-2024-202';

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => chromium.browser, clockAt(BASIC.now));

async function open(path: string, options: BrowserContextOptions = {}) {
  const page = await newPage(options);
  await page.goto(`${chromium.origin}${BASIC.basePath}${path}`);
  return { page };
}

/** Whether the element is wholly inside the window. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

describe('the apply action on a wide screen', () => {
  it.each([
    [1280, 720],
    [1366, 768],
  ])('is on screen when the keyboard reaches it at %i×%i', async (width, height) => {
    const { page } = await open(`en/vacancies/${CLOSING_SOON}/`, { viewport: { width, height } });
    const apply = '.apply a.button';
    // A real notice's text is long: the page scrolls well past the side panel.
    await page
      .locator('.notice__body')
      .evaluate((body) => body.insertAdjacentHTML('beforeend', '<p>The duties and the qualifications of the post.</p>'.repeat(80)));
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      if (await page.locator(apply).evaluate((element) => element === document.activeElement)) break;
    }
    expect(await page.locator(apply).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await onScreen(page, apply)).toBe(true);
  });
});

describe('forced colours, as in Windows high contrast', () => {
  it('keep a visible border on the search and apply buttons, and underline only the current menu item', async () => {
    const { page } = await open('en/', { forcedColors: 'active' });
    const border = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1 && parseFloat(style.borderBottomWidth) >= 1;
        });
    await expect.poll(() => page.locator('.search button[type="submit"]').isVisible()).toBe(true);
    expect(await border('.search button[type="submit"]')).toBe(true);
    const underlined = await page
      .locator('.site-nav a')
      .evaluateAll((links) =>
        links.filter((link) => parseFloat(getComputedStyle(link).borderBottomWidth) > 0).map((link) => link.textContent?.trim()),
      );
    expect(underlined).toEqual(['Open vacancies']);
    await page.goto(`${chromium.origin}${BASIC.basePath}en/vacancies/${CLOSING_SOON}/`);
    expect(await border('.apply a.button')).toBe(true);
  });
});

describe('the language menu', () => {
  it('closes with Escape and gives the focus back to its button, and closes on a click outside', async () => {
    const { page } = await open('en/');
    const menu = page.locator('.language-switcher');
    const isOpen = () => menu.evaluate((details) => (details as HTMLDetailsElement).open);
    await page.locator('.language-switcher summary').focus();
    await page.keyboard.press('Enter');
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('.language-switcher summary'))).toBe(true);
    await page.locator('.language-switcher summary').click();
    expect(await isOpen()).toBe(true);
    await page.locator('h1').click();
    expect(await isOpen()).toBe(false);
  });

  it('pushes the page down on a phone rather than covering the search box', async () => {
    const { page } = await open('en/', { viewport: { width: 390, height: 844 } });
    await expect.poll(() => page.locator('#search-query').isVisible()).toBe(true);
    await page.locator('.language-switcher summary').click();
    const list = await page.locator('.language-switcher ul').boundingBox();
    const search = await page.locator('.search').boundingBox();
    expect(search!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
  });
});

describe("the menu's search link", () => {
  it('leads to the browse links without JavaScript', async () => {
    const { page } = await open('en/vacancies/epso-ad-2024-101/', {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/\/en\/#browse$/);
    expect(await page.locator('#browse').isVisible()).toBe(true);
    expect(await onScreen(page, '#browse-category')).toBe(true);
  });

  it('leads to the search box with JavaScript', async () => {
    const { page } = await open('en/vacancies/epso-ad-2024-101/', { viewport: { width: 390, height: 844 } });
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/\/en\/#search$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    expect(await onScreen(page, '#search-query')).toBe(true);
  });
});

describe('narrow screens', () => {
  it('show the translations page at 320 pixels without sideways scrolling', async () => {
    const { page } = await open('translations/', { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it.each(['bg', 'hu'])('show the whole search placeholder in %s on a phone', async (language) => {
    const { page } = await open(`${language}/`, { viewport: { width: 360, height: 780 } });
    await expect.poll(() => page.locator('#search-query').isVisible()).toBe(true);
    const fits = await page.locator('#search-query').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const pen = document.createElement('canvas').getContext('2d')!;
      pen.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return pen.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
  });

  it('scroll a wide table of a notice inside its own box, its cells ruled and its words whole', async () => {
    const { page } = await open(`en/vacancies/${OPEN}/`, { viewport: { width: 320, height: 640 } });
    // Sanitized Markdown gives a bare <table>, with no wrapper to scroll in.
    await page.locator('.notice__body').evaluate((body) => {
      const words = ['Responsibilities', 'Cybersecurity', 'Administration', 'Telecommunications', 'Interinstitutional'];
      body.insertAdjacentHTML(
        'beforeend',
        `<table><thead><tr>${words.map((word) => `<th>${word}</th>`).join('')}</tr></thead>` +
          `<tbody><tr>${words.map((word) => `<td>${word} and more</td>`).join('')}</tr></tbody></table>`,
      );
    });
    const table = page.locator('.notice__body table');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const cell = await table
      .locator('th')
      .first()
      .evaluate((element) => {
        // One line box for a one-word cell: the word was not broken.
        const text = document.createRange();
        text.selectNodeContents(element);
        return { border: getComputedStyle(element).borderTopStyle, lines: text.getClientRects().length };
      });
    expect(cell.border).toBe('solid');
    expect(cell.lines).toBe(1);
  });
});

describe('a reader whose system asks for dark pages', () => {
  it('gets a dark page with light text', async () => {
    const { page } = await open(`en/vacancies/${OPEN}/`, { colorScheme: 'dark' });
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(colours).toEqual(['rgb(17, 21, 29)', 'rgb(233, 236, 242)']);
  });
});
