import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureInChromium } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';

// The basic fixture was built on 1 May 2024, 12:00 Brussels time. Its notices close on
// 5 May 2024 12:00 (digit-ast-2024-202), 20 May 2024 17:00 Luxembourg time (juri-ca-2024-303)
// and 3 June 2024 12:00 (epso-ad-2024-101), all at 10:00 or 15:00 UTC.
const chromium = fixtureInChromium(BASIC);

async function visit(path: string, at: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await chromium.browser.newContext({ timezoneId: 'Europe/Brussels', ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) {
    // Time stands still at `at` until a test moves it, so what the page shows is exact.
    await page.clock.install({ time: Date.parse(at) - 60_000 });
    await page.clock.pauseAt(Date.parse(at));
  }
  await page.goto(`${chromium.origin}${BASIC.basePath}${path}`);
  return page;
}

const deadlineText = (page: Page) => page.locator('.facts .fact--deadline dd').innerText();
const left = (page: Page) => page.locator('.facts [data-countdown-left]').innerText();

describe('the deadline countdown in Chromium', () => {
  it('shows the time left in the page language, days and hours first, then hours and minutes', async () => {
    const english = await visit('en/vacancies/digit-ast-2024-202/', '2024-05-02T07:30:00Z');
    expect(await left(english)).toBe('3 days and 2 hours left');
    await english.clock.runFor(51 * 3_600_000);
    expect(await left(english)).toBe('23 hours and 30 minutes left');
    await english.context().close();

    const polish = await visit('pl/vacancies/digit-ast-2024-202/', '2024-04-30T07:30:00Z');
    expect(await left(polish)).toBe('Pozostało: 5 dni i 2 godziny');
    await polish.context().close();

    const greek = await visit('el/vacancies/digit-ast-2024-202/', '2024-05-04T09:59:00Z');
    expect(await left(greek)).toMatch(/^Χρόνος που απομένει: 1 ημέρα/);
    await greek.context().close();

    const irish = await visit('ga/vacancies/digit-ast-2024-202/', '2024-05-05T07:00:00Z');
    expect(await left(irish)).toContain('3 huaire');
    await irish.context().close();
  });

  it('goes from open to closing soon to closed while the page stays open, and withdraws the apply action', async () => {
    const page = await visit('en/vacancies/epso-ad-2024-101/', '2024-05-27T09:58:00Z');
    const article = page.locator('article.notice');
    const apply = page.getByRole('link', { name: 'Go to the application page' });
    expect(await article.getAttribute('data-state')).toBe('open');
    expect(await page.locator('.fact--status dd').innerText()).toBe('Open for applications');
    await expect.poll(() => apply.isVisible()).toBe(true);

    await page.clock.runFor('03:00');
    expect(await article.getAttribute('data-state')).toBe('closing-soon');
    expect(await page.locator('vacancy-countdown').first().getAttribute('data-state')).toBe('closing-soon');
    expect(await page.locator('.fact--status dd').innerText()).toBe('Closing soon');
    expect(await page.getByRole('status').filter({ hasText: 'closes soon' }).count()).toBe(1);

    await page.clock.runFor(167 * 3_600_000);
    expect(await left(page)).toBe('59 minutes left');
    await page.clock.runFor('59:00');
    expect(await left(page)).toBe('Less than a minute left');
    await page.clock.runFor('01:00');
    expect(await article.getAttribute('data-state')).toBe('closed');
    expect(await page.locator('.fact--status dd').innerText()).toBe('Closed');
    expect(await apply.isVisible()).toBe(false);
    expect(await page.locator('.apply').innerText()).toContain('Applications are no longer accepted');
    expect(await page.locator('.notice__closed').isVisible()).toBe(true);
    expect(await page.locator('[data-countdown-announcer]').innerText()).toBe('The deadline has passed: this vacancy is now closed.');
    await page.context().close();
  });

  it("adds the deadline in the reader's own time zone where it differs", async () => {
    const cases: [string, string, RegExp | null][] = [
      ['Europe/Brussels', 'en', null],
      ['Europe/Lisbon', 'en', /^11:00 in your time zone \(Western European Time\)$/],
      ['Europe/Helsinki', 'fi', /^13\.00 /],
      ['America/New_York', 'en', /^06:00 in your time zone \(Eastern Time\)$/],
      ['Pacific/Auckland', 'en', /^22:00 in your time zone \(New Zealand Time\)$/],
    ];
    for (const [timezoneId, language, expected] of cases) {
      const page = await visit(`${language}/vacancies/epso-ad-2024-101/`, '2024-05-10T10:00:00Z', { timezoneId });
      const local = await page.locator('.facts [data-countdown-local]').innerText();
      if (expected) expect(local, timezoneId).toMatch(expected);
      else expect(local, timezoneId).toBe('');
      await page.context().close();
    }
    const auckland = await visit('en/vacancies/juri-ca-2024-303/', '2024-05-10T10:00:00Z', { timezoneId: 'Pacific/Auckland' });
    expect(await auckland.locator('.facts [data-countdown-local]').innerText()).toBe(
      '21 May 2024 at 03:00 in your time zone (New Zealand Time)',
    );
    await auckland.context().close();
  });

  it('moves a notice that closed after the build out of the open listing and marks it closed', async () => {
    const page = await visit('en/', '2024-05-06T08:00:00Z');
    const entries = page.locator('[data-list="open"] > li');
    expect(await entries.count()).toBe(3);
    const last = entries.last();
    expect(await last.locator('h3').innerText()).toBe('Security Operations Assistant');
    expect(await last.getAttribute('data-state')).toBe('closed');
    expect(await last.locator('.badge--closed').isVisible()).toBe(true);
    expect(await entries.first().getAttribute('data-state')).toBe('open');
    await page.context().close();
  });

  it('pauses while the tab is hidden and catches up when it comes back', async () => {
    const page = await visit('en/vacancies/digit-ast-2024-202/', '2024-05-05T07:00:00Z');
    expect(await left(page)).toBe('3 hours left');
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await page.clock.runFor('02:00:00');
    expect(await left(page)).toBe('3 hours left');
    await setVisibility('visible');
    expect(await left(page)).toBe('1 hour left');
    await page.context().close();
  });

  it('still tells the deadline and the state as of the build without JavaScript', async () => {
    const page = await visit('en/vacancies/digit-ast-2024-202/', '2024-05-06T08:00:00Z', { javaScriptEnabled: false });
    expect(await deadlineText(page)).toContain('Sunday 5 May 2024, 12:00 Brussels time');
    expect(await page.locator('.fact--status dd').innerText()).toBe('Closing soon');
    expect(await page.getByRole('link', { name: 'Write the application e-mail' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Add the deadline to your calendar' }).getAttribute('href')).toBe(
      '/careers/en/vacancies/digit-ast-2024-202/deadline.ics',
    );
    await page.context().close();
  });
});
