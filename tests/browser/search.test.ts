import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureInChromium, sharedContexts, clockAt } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';
import { translator } from '../../src/site/i18n.ts';

// The basic fixture, seen on the day it was built (1 May 2024): three open notices and one closed.
const chromium = fixtureInChromium(BASIC);

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => chromium.browser, clockAt(BASIC.now));

async function visit(path: string) {
  const page = await newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  // Listened to before the page loads: what the page fetches while loading counts too.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${chromium.origin}${BASIC.basePath}${path}`);
  return { page, problems, requests };
}

const titles = (page: Page) => page.locator('[data-search-results] h3').allInnerTexts();

async function search(page: Page, query: string) {
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await expect.poll(() => page.locator('[data-search-status]').innerText()).not.toMatch(/^$|…/);
  return titles(page);
}

async function choose(page: Page, filter: string, value: string) {
  if (!(await page.locator('.search__filters').evaluate((details: HTMLDetailsElement) => details.open)))
    await page.locator('.search__filters summary').click();
  const before = await page.evaluate(() => location.search);
  await page.selectOption(`#search-${filter}`, value);
  await expect.poll(() => page.evaluate(() => location.search)).not.toBe(before);
  if (await page.locator('.search__results').isHidden()) return [];
  await expect.poll(() => page.locator('[data-search-status]').innerText()).not.toMatch(/^$|…/);
  return titles(page);
}

describe('searching vacancies in Chromium', () => {
  it('downloads nothing of the search until the visitor reaches for it', async () => {
    const { page, requests } = await visit('en/');
    await page.waitForLoadState('networkidle');
    // The page itself, its style and its scripts were fetched, and nothing of the search.
    expect(requests.some((url) => url.endsWith('/careers/en/'))).toBe(true);
    expect(requests.filter((url) => url.includes('/pagefind'))).toEqual([]);
    await page.focus('#search-query');
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it.each([
    ['fr', 'cybersécurité', ['Chargé de politique – stratégie de cybersécurité']],
    ['el', 'κυβερνοασφάλειας', ['Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας']],
    ['pl', 'Juriste', ['Juriste-linguiste']],
    ['pl', 'Luksemburg', ['Juriste-linguiste']],
    ['ga', 'Security Operations', ['Security Operations Assistant']],
    ['ga', 'Snámhóir', []],
  ])('finds in %s what %j should find, translated or not', async (language, query, expected) => {
    const { page, problems } = await visit(`${language}/`);
    expect(await search(page, query)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ['Web Editor', 'Web Editor'],
    ['COMM/TED/2024/404', 'Web Editor'],
    ['Λουξεμβούργο', 'Web Editor'],
  ])('search finds a closed notice from a language it is not written in: %j in Greek', async (query, title) => {
    const { page, problems } = await visit('el/archive/');
    expect(await search(page, query)).toEqual([title]);
    const link = page.locator('[data-search-results] a');
    expect(await link.getAttribute('href')).toBe(`${BASIC.basePath}en/vacancies/comm-ted-2024-404/`);
    expect(await link.getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
  });

  it.each(['EPSO/AD/2024/101', 'Policy Officer'])(
    'a notice with a version in the reader’s language is listed once: %j in Greek',
    async (query) => {
      const { page } = await visit('el/');
      expect(await search(page, query)).toEqual(['Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας']);
      const link = page.locator('[data-search-results] a');
      expect(await link.getAttribute('href')).toBe(`${BASIC.basePath}el/vacancies/epso-ad-2024-101/`);
      expect(await link.getAttribute('lang')).toBeNull();
      await page.close();
    },
  );

  it.each([
    ['de', 'DIGIT/AST/2024/202'],
    ['sv', '2024/202'],
    ['hu', 'digit ast 202'],
    ['en', 'DIGITAST2024202'],
    // English is indexed in two parts (the fixture's searchPartSize), the notice in the first: the
    // second part must not take "2024/202" for "2024", which its own notice's reference holds.
    ['en', '2024/202'],
  ])('looks a reference up from %s as %j', async (language, query) => {
    const { page } = await visit(`${language}/`);
    const found = await search(page, query);
    expect(found[0]).toBe('Security Operations Assistant');
    expect(found).toHaveLength(1);
  });

  it('says when closed vacancies match a search of the open ones, and the archive finds them', async () => {
    const { page, problems } = await visit('en/');
    expect(await search(page, 'Web Editor')).toEqual([]);
    expect(await page.locator('[data-search-status]').innerText()).toBe('No vacancy matches your search.');
    const link = page.locator('[data-search-closed] a');
    expect(await link.innerText()).toBe('1 closed vacancy matches your search: see the archive');
    expect(await link.getAttribute('href')).toBe(`${BASIC.basePath}en/archive/?q=Web+Editor`);
    await link.click();
    await expect.poll(() => titles(page)).toEqual(['Web Editor']);
    expect(await page.locator('#search-query').inputValue()).toBe('Web Editor');
    expect(await page.locator('[data-search-closed]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('counts the closed vacancies that match in the plural forms of the language', async () => {
    const { page } = await visit('pl/');
    await search(page, '2024');
    // One closed notice: Polish's "one" form, with the number in it.
    expect(await page.locator('[data-search-closed] a').innerText()).toBe(translator('pl')('searchMore.closedMatch', { count: 1 }));
    expect(await page.locator('[data-search-closed] a').innerText()).toContain('1 zakończony nabór');
  });

  it('shows the state and the time left of each result as the listing does', async () => {
    const { page } = await visit('en/');
    const entry = (list: string) => page.locator(`${list} li`, { has: page.locator('a[href$="/digit-ast-2024-202/"]') });
    const listed = await entry('[data-server-list]').locator('[data-countdown-left]').innerText();
    expect(listed).toMatch(/left$/);
    await search(page, 'Security Operations');
    const result = entry('[data-search-results]');
    expect(await result.getAttribute('data-state')).toBe('closing-soon');
    expect(await result.locator('.badge--closing-soon').isVisible()).toBe(true);
    expect(await result.locator('.badge--closed').isHidden()).toBe(true);
    await expect.poll(() => result.locator('[data-countdown-left]').innerText()).toBe(listed);
    expect(await result.locator('time').getAttribute('datetime')).toBe('2024-05-05T10:00:00.000Z');
  });

  it('marks a closed result as closed, without a countdown', async () => {
    const { page } = await visit('en/archive/');
    expect(await search(page, 'Web Editor')).toEqual(['Web Editor']);
    const result = page.locator('[data-search-results] li');
    expect(await result.getAttribute('data-state')).toBe('closed');
    expect(await result.locator('.badge--closed').isVisible()).toBe(true);
    expect(await result.locator('vacancy-countdown').count()).toBe(0);
  });

  it('clears all filters and keeps the words typed', async () => {
    const { page } = await visit('en/');
    await search(page, 'Officer');
    expect(await choose(page, 'staffCategory', 'contract-agent')).toEqual([]);
    await choose(page, 'state', 'any');
    await page.locator('[data-clear-filters]').click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Officer');
    expect(await page.locator('#search-query').inputValue()).toBe('Officer');
    expect(await page.locator('#search-staffCategory').inputValue()).toBe('');
    expect(await page.locator('#search-state').inputValue()).toBe('open');
    await expect.poll(() => titles(page)).toEqual(['Policy Officer – Cybersecurity Strategy']);
  });

  it('shows the filters as a disclosure, its marker turning when it opens', async () => {
    const { page } = await visit('en/');
    const summary = page.locator('.search__filters summary');
    const marker = () =>
      summary.evaluate((element) => {
        const style = getComputedStyle(element, '::before');
        return { width: style.width, border: style.borderRightStyle, transform: style.transform };
      });
    const closed = await marker();
    expect(closed.width).not.toBe('0px');
    expect(closed.border).toBe('solid');
    await summary.click();
    expect(await page.locator('.search__filters').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    await expect.poll(async () => (await marker()).transform).not.toBe(closed.transform);
  });

  it('narrows the results with each filter and browses without a query', async () => {
    const { page } = await visit('en/');
    expect(await choose(page, 'staffCategory', 'contract-agent')).toEqual(['Security Operations Assistant']);
    expect(await choose(page, 'staffCategory', '')).toEqual([]);
    expect(await page.locator('[data-server-list]').isVisible()).toBe(true);
    expect(await choose(page, 'functionGroup', 'AD')).toEqual(['Juriste-linguiste', 'Policy Officer – Cybersecurity Strategy']);
    expect(await choose(page, 'grade', 'AD7')).toEqual(['Juriste-linguiste']);
    await choose(page, 'functionGroup', '');
    await choose(page, 'grade', '');
    expect(await choose(page, 'place', 'LU Luxembourg')).toEqual(['Juriste-linguiste']);
    expect(await choose(page, 'state', 'closed')).toEqual(['Web Editor']);
    expect(await choose(page, 'state', 'any')).toEqual(['Web Editor', 'Juriste-linguiste']);
    await choose(page, 'place', '');
    expect(await choose(page, 'service', 'DG CNECT')).toEqual(['Policy Officer – Cybersecurity Strategy']);
    await choose(page, 'service', '');
    expect(await choose(page, 'domain', 'languages')).toEqual(['Juriste-linguiste']);
    await choose(page, 'domain', '');
    expect(await choose(page, 'language', 'el')).toEqual(['Policy Officer – Cybersecurity Strategy']);
  });

  it('sorts by deadline, soonest first, or by publication date, newest first', async () => {
    const { page } = await visit('en/?state=any');
    await expect
      .poll(() => titles(page))
      .toEqual(['Web Editor', 'Security Operations Assistant', 'Juriste-linguiste', 'Policy Officer – Cybersecurity Strategy']);
    expect(await choose(page, 'sort', 'published')).toEqual([
      'Policy Officer – Cybersecurity Strategy',
      'Security Operations Assistant',
      'Juriste-linguiste',
      'Web Editor',
    ]);
  });

  it('restores a shared search from its address, and the back button returns to the previous one', async () => {
    const { page } = await visit('fr/?q=cybers%C3%A9curit%C3%A9&staffCategory=official');
    await expect.poll(() => titles(page)).toEqual(['Chargé de politique – stratégie de cybersécurité']);
    expect(await page.inputValue('#search-query')).toBe('cybersécurité');
    expect(await page.inputValue('#search-staffCategory')).toBe('official');
    expect(await choose(page, 'staffCategory', 'contract-agent')).toEqual([]);
    await page.goBack();
    await expect.poll(() => page.inputValue('#search-staffCategory')).toBe('official');
    await expect.poll(() => titles(page)).toEqual(['Chargé de politique – stratégie de cybersécurité']);
  });

  it('takes a keyboard user from the search box to a result', async () => {
    const { page } = await visit('en/');
    await page.focus('#search-query');
    await page.keyboard.type('Juriste');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['Juriste-linguiste']);
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent === 'Juriste-linguiste')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/vacancies/juri-ca-2024-303/');
  });

  it('offers browsing by staff category and function group without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${chromium.origin}${BASIC.basePath}en/`);
    expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Contract agent' }).click();
    await page.waitForURL('**/en/staff-category/contract-agent/');
    expect(await page.locator('.notice-summary h3').allInnerTexts()).toEqual(['Security Operations Assistant']);
    await page.getByRole('link', { name: 'Administrators (AD)' }).click();
    expect(await page.locator('.notice-summary h3').allInnerTexts()).toEqual([
      'Juriste-linguiste',
      'Policy Officer – Cybersecurity Strategy',
    ]);
  });
});
