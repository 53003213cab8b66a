import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureInChromium, sharedContexts, clockAt } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';

const chromium = fixtureInChromium(BASIC);

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => chromium.browser, clockAt(BASIC.now));

async function open(path: string, options: BrowserContextOptions = {}) {
  const page = await newPage(options);
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => !request.url().startsWith(chromium.origin) && problems.push(`request to ${request.url()}`));
  await page.goto(`${chromium.origin}${BASIC.basePath}${path}`);
  return { page, problems };
}

describe('a job seeker in Chromium', () => {
  it('reads a notice with its facts and how to apply, with no error and no request to another site', async () => {
    const { page, problems } = await open('en/vacancies/digit-ast-2024-202/');
    await expect.poll(() => page.title()).toBe('Security Operations Assistant – Test Institution');
    expect(await page.locator('h1').textContent()).toBe('Security Operations Assistant');
    expect(await page.locator('.fact--reference dd').textContent()).toBe('DIGIT/AST/2024/202');
    expect(await page.locator('.fact--deadline time').getAttribute('datetime')).toBe('2024-05-05T12:00:00+02:00');
    expect(await page.getByRole('link', { name: 'Write the application e-mail' }).getAttribute('href')).toBe(
      'mailto:jobs@example.eu?subject=DIGIT%2FAST%2F2024%2F202',
    );
    expect(problems).toEqual([]);
  });

  it('stays on the same notice when switching language', async () => {
    const { page } = await open('fr/vacancies/epso-ad-2024-101/');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'Ελληνικά' }).click();
    await page.waitForURL(`**${BASIC.basePath}el/vacancies/epso-ad-2024-101/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('el');
    expect(await page.locator('h1').textContent()).toBe('Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'Gaeilge' }).click();
    await page.waitForURL(`**${BASIC.basePath}ga/vacancies/epso-ad-2024-101/`);
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('note').textContent()).toContain('Béarla');
  });

  it('reads a notice and finds how to apply without JavaScript', async () => {
    const { page } = await open('pl/vacancies/epso-ad-2024-101/', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('Policy Officer – Cybersecurity Strategy');
    expect(await page.locator('.fact--deadline dd').textContent()).toContain('3 czerwca 2024');
    expect(await page.locator('.apply a.button').getAttribute('href')).toBe('https://example.eu/apply/101');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(`**${BASIC.basePath}de/vacancies/epso-ad-2024-101/`);
  });

  it('is taken from the language chooser to the language the browser prefers', async () => {
    const { page } = await open('', { locale: 'fi-FI' });
    await page.waitForURL(`**${BASIC.basePath}fi/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
  });

  it('chooses a language by hand at the root without JavaScript', async () => {
    const { page } = await open('', { locale: 'fi-FI', javaScriptEnabled: false });
    await page.getByRole('link', { name: /Malti/ }).click();
    await page.waitForURL(`**${BASIC.basePath}mt/`);
  });

  it('fits a 320-pixel-wide phone without sideways scrolling', async () => {
    const { page } = await open('bg/vacancies/juri-ca-2024-303/', { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
