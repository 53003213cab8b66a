import { describe, expect, it } from 'vitest';
import { fixtureInChromium, sharedContexts } from '../support/browser.ts';
import { BASIC } from '../support/fixture-sites.ts';

const chromium = fixtureInChromium(BASIC);
const newPage = sharedContexts(() => chromium.browser);

describe('a shared link to a closed notice in a language it was never written in', () => {
  it('still leads the reader to the notice, in its original language', async () => {
    const page = await newPage();
    await page.goto(`${chromium.origin}${BASIC.basePath}el/vacancies/comm-ted-2024-404/`);
    await page.waitForURL(`**${BASIC.basePath}en/vacancies/comm-ted-2024-404/`);
    expect(await page.locator('h1').textContent()).toBe('Web Editor');
  });

  it('leads to the version in the reader’s language where the notice has one', async () => {
    const page = await newPage();
    await page.goto(`${chromium.origin}${BASIC.basePath}vacancies/epso-ad-2024-101/?lang=el`);
    await page.waitForURL(`**${BASIC.basePath}el/vacancies/epso-ad-2024-101/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('el');
  });

  it('is a list of the notice’s languages without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${chromium.origin}${BASIC.basePath}vacancies/comm-ted-2024-404/?lang=el`);
    expect(await page.getByRole('link', { name: /English/ }).getAttribute('href')).toBe(`${BASIC.basePath}en/vacancies/comm-ted-2024-404/`);
  });
});
