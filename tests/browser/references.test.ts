import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeUrls } from '../../src/browser/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { fixtureInChromium, sharedContexts, clockAt } from '../support/browser.ts';
import { REFERENCES } from '../support/fixture-sites.ts';

// The references fixture, seen on the day it was built (1 March 2026): four open notices whose references are written
// as their bodies write them.
const chromium = fixtureInChromium(REFERENCES);
const urls = makeUrls('https://jobs.example.eu', REFERENCES.basePath);

const NOTICES = [
  { reference: '439186', slug: '439186', title: 'Head of Delegation Administration' },
  { reference: 'PAC CA 01/2018', slug: 'pac-ca-01-2018', title: 'Procurement Assistant' },
  { reference: 'EASA.TA.2024.12 (AD6)', slug: 'easa-ta-2024-12-ad6', title: 'Airworthiness Engineer' },
];

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => chromium.browser, clockAt(REFERENCES.now));

async function visit(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const page = await newPage(options);
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${chromium.origin}${path}`);
  return { page, problems, requests };
}

async function search(page: Page, query: string) {
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await expect.poll(() => page.locator('[data-search-status]').innerText()).not.toMatch(/^$|…/);
  return page.locator('[data-search-results] h3').allInnerTexts();
}

const fetchText = async (path: string) => {
  const response = await fetch(`${chromium.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('references as the EU bodies write them', () => {
  it.each(NOTICES)('shows $reference as written on its page, at the address made from it, without JavaScript', async (notice) => {
    const { page, requests } = await visit(urls.notice('en', notice.slug), { javaScriptEnabled: false });
    expect(await page.locator('h1').innerText()).toBe(notice.title);
    expect((await page.locator('.notice__reference').innerText()).trim()).toBe(notice.reference);
    expect(requests.filter((url) => !url.startsWith(chromium.origin))).toEqual([]);
  });

  it('keeps the page of a reference with spaces and parentheses accessible', async () => {
    const { page, problems } = await visit(urls.notice('en', 'easa-ta-2024-12-ad6'));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(NOTICES)('gives $reference as written to search engines, feeds and calendars', async (notice) => {
    const page = await fetchText(urls.notice('en', notice.slug));
    const jsonLd = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(jsonLd.identifier.value).toBe(notice.reference);

    const feed = JSON.parse(await fetchText(urls.feed('en', 'json')));
    const entry = feed.items.find((item: { url: string }) => item.url.endsWith(urls.notice('en', notice.slug)));
    expect(entry.content_text).toContain(notice.reference);
    const data = JSON.parse(await fetchText(urls.vacanciesData()));
    expect(data.notices.map((found: { reference: string }) => found.reference)).toContain(notice.reference);

    // Folded and escaped as RFC 5545 wants: unfolded and unescaped, the summary has the reference as written.
    const calendar = (await fetchText(urls.calendar('en', notice.slug))).replace(/\r\n[ \t]/g, '');
    const summary = /^SUMMARY[^:]*:(.*)$/m.exec(calendar)![1]!.replace(/\\([,;\\])/g, '$1');
    expect(summary).toContain(notice.reference);
  });

  it.each([
    ['439186', 'Head of Delegation Administration'],
    ['PAC CA 01/2018', 'Procurement Assistant'],
    ['pac ca 01/2018', 'Procurement Assistant'],
    ['PACCA01/2018', 'Procurement Assistant'],
    ['PAC 2018', 'Procurement Assistant'],
    ['01/2018', 'Procurement Assistant'],
    ['PACCA012018', 'Procurement Assistant'],
    ['EASA.TA.2024.12 (AD6)', 'Airworthiness Engineer'],
    ['EASA.TA.2024.12', 'Airworthiness Engineer'],
    ['easa ta 2024 12', 'Airworthiness Engineer'],
    ['EASATA202412AD6', 'Airworthiness Engineer'],
  ])('finds %j, as typed, in parts or without punctuation', async (query, title) => {
    const { page, problems } = await visit(urls.listing('en'));
    expect(await search(page, query)).toEqual([title]);
    expect(problems).toEqual([]);
  });
});
