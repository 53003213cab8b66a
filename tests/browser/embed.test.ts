import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { connectChromium, sharedContexts } from '../support/browser.ts';
import { BASIC, PROJECT, built } from '../support/fixture-sites.ts';
import { hostPageHtml, serveHost, type HostPage } from '../support/embed-host.ts';
import { startServer } from '../../scripts/serve.ts';

// The site is served by scripts/serve.ts, with the headers of its _headers file, at
// http://localhost:<port>; the host pages at http://127.0.0.1:<port>, which the basic
// fixture's frameAncestors allow, and at http://localhost:<other port>, which they do not.
// The basic fixture was built on 1 May 2024; on 2 May at 07:30 UTC, its first notice
// (digit-ast-2024-202) closes in 3 days and 2 hours.
const AT = '2024-05-02T07:30:00Z';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
let site: string;
let closeSite: () => void;
let host: Awaited<ReturnType<typeof serveHost>>;
let hostPage: HostPage = {};

const FOREIGN_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><p>Another site</p></body></html>';

beforeAll(async () => {
  await built(BASIC);
  const server = await startServer(BASIC.out, BASIC.basePath, 0);
  site = `http://localhost:${(server.address() as AddressInfo).port}`;
  closeSite = () => server.close();
  host = await serveHost(() => hostPageHtml(hostPage), FOREIGN_PAGE);
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  closeSite?.();
});

const snippet = (attributes: Record<string, string> = { 'data-lang': 'en' }): HostPage => ({
  attributes,
  script: `${site}${BASIC.basePath}embed.js`,
  link: { href: `${site}${BASIC.basePath}en/`, text: 'See the vacancies of Test Institution' },
});

async function visit(page: HostPage, options: BrowserContextOptions & { origin?: string; path?: string } = {}): Promise<Page> {
  hostPage = page;
  const { origin = host.allowed, path = '/', ...contextOptions } = options;
  const tab = await newPage({ viewport: DESKTOP, timezoneId: 'Europe/Brussels', ...contextOptions });
  await tab.goto(`${origin}${path}`);
  return tab;
}

// Date.now() stands still at AT in every frame; timers still run.
const newPage = sharedContexts(
  () => browser,
  (context) => context.clock.setFixedTime(Date.parse(AT)),
);

const iframe = (page: Page) => page.locator('[data-eu-vacancies] iframe');

/** The frame with the site in it, once it has loaded a page of the site. */
async function embedded(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(site))).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(site))!;
}

/** The frame's height as the host page sets it, and what its content needs. */
async function heights(page: Page) {
  const frame = await embedded(page);
  const outer = await iframe(page).evaluate((element) => element.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    overflows: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the frame is exactly as tall as its content, and returns that height. */
async function fitted(page: Page): Promise<number> {
  await expect
    .poll(async () => {
      const { outer, content, overflows } = await heights(page);
      return !overflows && Math.abs(outer - content) < 1;
    })
    .toBe(true);
  return (await heights(page)).outer;
}

const heading = async (page: Page) => (await embedded(page)).locator('h1').innerText();

describe('the vacancies embedded in another site’s page', () => {
  it('shows the open vacancies in a titled, lazily loaded frame exactly as tall as its content', async () => {
    const page = await visit(snippet());
    await expect.poll(() => heading(page)).toBe('Open vacancies');
    expect(await iframe(page).getAttribute('title')).toBe('Job vacancies at Test Institution');
    expect(await iframe(page).evaluate((element: HTMLIFrameElement) => element.loading)).toBe('lazy');
    expect(await fitted(page)).toBeGreaterThan(600);
    // The site's header and footer stay at home; the host page already has its own.
    const frame = await embedded(page);
    for (const part of ['.site-header', '.site-footer', '.skip-link']) expect(await frame.locator(part).isVisible(), part).toBe(false);
    // Once the frame works, the fallback link steps aside.
    expect(await page.getByRole('link', { name: 'See the vacancies of Test Institution' }).isHidden()).toBe(true);
  });

  it('shows the live countdown inside the frame', async () => {
    const page = await visit(snippet());
    const frame = await embedded(page);
    const first = frame.locator('[data-list="open"] > li').first();
    await expect.poll(() => first.locator('h3').innerText()).toBe('Security Operations Assistant');
    await expect.poll(() => first.locator('[data-countdown-left]').innerText()).toBe('3 days and 2 hours left');
  });

  it('follows the height of its content: a long notice, the search filters, a filtered listing', async () => {
    const page = await visit(snippet(), { viewport: PHONE });
    const listing = await fitted(page);
    await (await embedded(page)).getByRole('link', { name: 'Policy Officer – Cybersecurity Strategy' }).click();
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');
    const notice = await fitted(page);
    expect(notice).toBeGreaterThan(PHONE.height);
    expect(notice).not.toBe(listing);

    await (await embedded(page)).getByRole('link', { name: 'All open vacancies' }).click();
    await expect.poll(() => heading(page)).toBe('Open vacancies');
    expect(await fitted(page)).toBe(listing);
    const frame = await embedded(page);
    await frame.getByText('Filters', { exact: true }).click();
    const withFilters = await fitted(page);
    expect(withFilters).toBeGreaterThan(listing);
    await frame.getByLabel('Staff category', { exact: true }).selectOption('official');
    await expect.poll(() => frame.locator('[data-search-results] > li').count()).toBe(1);
    const filtered = await fitted(page);
    expect(filtered).toBeLessThan(withFilters);
    // A search result followed inside the frame opens the notice there, and in the host page's address.
    await frame.locator('[data-search-results] a').click();
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');
    expect((await embedded(page)).url()).toBe(`${site}/careers/en/vacancies/epso-ad-2024-101/`);
    expect(page.url()).toBe(`${host.allowed}/?vacancy=epso-ad-2024-101`);
  });

  it('puts the notice opened in the frame into the page’s address, opens it again on reload, and goes back with the back button', async () => {
    const page = await visit(snippet(), { path: '/careers.html?section=jobs' });
    await expect.poll(() => heading(page)).toBe('Open vacancies');
    await (await embedded(page)).getByRole('link', { name: 'Policy Officer – Cybersecurity Strategy' }).click();
    await expect.poll(() => page.url()).toBe(`${host.allowed}/careers.html?section=jobs&vacancy=epso-ad-2024-101`);
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');

    await page.reload();
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');
    expect((await embedded(page)).url()).toBe(`${site}/careers/en/vacancies/epso-ad-2024-101/`);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${host.allowed}/careers.html?section=jobs`);
    await expect.poll(() => heading(page)).toBe('Open vacancies');
    await page.goForward();
    await expect.poll(() => page.url()).toBe(`${host.allowed}/careers.html?section=jobs&vacancy=epso-ad-2024-101`);
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');

    // A shared address opens the notice in a fresh tab too.
    const shared = await page.context().newPage();
    await shared.goto(`${host.allowed}/careers.html?vacancy=juri-ca-2024-303`);
    await expect.poll(() => heading(shared)).toBe('Juriste-linguiste');

    // Nothing was stored: no cookie, no storage, in the frame or anywhere else.
    expect(await page.context().storageState()).toEqual({ cookies: [], origins: [] });
    expect(await (await embedded(page)).evaluate(() => document.cookie)).toBe('');
  });

  it('brings the top of the frame into view after a link is followed inside it', async () => {
    const page = await visit(snippet(), { viewport: PHONE });
    await fitted(page);
    const link = (await embedded(page)).getByRole('link', { name: 'Policy Officer – Cybersecurity Strategy' });
    await link.scrollIntoViewIfNeeded();
    const frameTop = () => iframe(page).evaluate((element) => Math.round(element.getBoundingClientRect().top));
    expect(await frameTop()).toBeLessThan(-100);
    await link.click();
    await expect.poll(() => heading(page)).toBe('Policy Officer – Cybersecurity Strategy');
    await expect.poll(frameTop).toBe(0);
  });

  it('starts where the snippet says: in its language, in the archive, with one staff category, on one notice', async () => {
    const french = JSON.parse(readFileSync(`${PROJECT}/locales/fr.json`, 'utf8')).embed.frameTitle.replace(
      '{{organisation}}',
      'Test Institution',
    );
    let page = await visit(snippet({ 'data-lang': 'fr' }));
    await expect.poll(() => heading(page)).toBe('Postes à pourvoir');
    expect(await iframe(page).getAttribute('title')).toBe(french);
    await page.close();

    page = await visit(snippet({ 'data-lang': 'en', 'data-view': 'archive' }));
    await expect.poll(() => heading(page)).toBe('Closed vacancies');
    await page.close();

    page = await visit(snippet({ 'data-lang': 'en', 'data-staff-category': 'official' }));
    await expect.poll(() => heading(page)).toBe('Official');
    expect(await (await embedded(page)).locator('[data-list="open"] > li h3').allInnerTexts()).toEqual([
      'Policy Officer – Cybersecurity Strategy',
    ]);
    await page.close();

    page = await visit(snippet({ 'data-lang': 'en', 'data-vacancy': 'juri-ca-2024-303' }));
    await expect.poll(() => heading(page)).toBe('Juriste-linguiste');
    await fitted(page);
    // The notice the page was made for needs no ?vacancy= in its address.
    expect(page.url()).toBe(`${host.allowed}/`);
  });

  it('ignores messages from any other origin, on both sides', async () => {
    const page = await visit({
      ...snippet(),
      after: `<iframe id="foreign" title="Another site" src="${host.refused}/foreign.html"></iframe>`,
    });
    const height = await fitted(page);
    const historyLength = await page.evaluate(() => history.length);
    await expect.poll(() => page.frames().some((frame) => frame.url().endsWith('/foreign.html'))).toBe(true);
    const foreign = page.frames().find((frame) => frame.url().endsWith('/foreign.html'))!;
    const frame = await embedded(page);
    // Both sides note what reaches them from the other site, after embed.js and <embed-frame> have had their turn.
    const listen = (other: string) => {
      const heard: string[] = [];
      addEventListener('message', (event) => event.origin === other && heard.push(event.data.type));
      (window as unknown as { heard: string[] }).heard = heard;
    };
    await page.evaluate(listen, host.refused);
    await frame.evaluate(listen, host.refused);
    const heard = (target: Page | Frame) => target.evaluate(() => (window as unknown as { heard: string[] }).heard);

    // Another site tries to resize the frame, navigate it, and pass itself off as its parent;
    // then it says "done". Messages from one window to another arrive in the order they were sent.
    await foreign.evaluate(() => {
      const message = { protocol: 'eu-vacancies-embed', version: 1 };
      parent.postMessage({ ...message, type: 'resize', height: 5 }, '*');
      parent.postMessage({ ...message, type: 'ready', path: '/careers/en/vacancies/juri-ca-2024-303/', height: 5 }, '*');
      parent.postMessage({ ...message, type: 'navigate', from: '/careers/en/', to: '/careers/en/vacancies/juri-ca-2024-303/' }, '*');
      parent.postMessage({ type: 'done' }, '*');
      // The host page's other frame is the embed (Chromium numbers frames in the order they were made).
      const frames = Array.from({ length: parent.frames.length }, (_, index) => parent.frames[index]!);
      const embed = frames.find((other) => other !== window)!;
      embed.postMessage({ ...message, type: 'hello', focus: true }, '*');
      embed.postMessage({ type: 'done' }, '*');
    });
    // Once "done" has arrived, every forged message has been delivered, and handled, before it.
    await expect.poll(() => heard(page)).toEqual(['resize', 'ready', 'navigate', 'done']);
    // The host page followed none of it: the frame kept its height, the address and history stayed.
    expect(await iframe(page).evaluate((element) => element.style.height)).toBe(`${height}px`);
    expect(page.url()).toBe(`${host.allowed}/`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await expect.poll(() => heard(frame)).toEqual(['hello', 'done']);
    expect(await heading(page)).toBe('Open vacancies');
    // The frame did not take the other site for its parent: it still talks to its real parent, and the height follows.
    await frame.getByText('Filters', { exact: true }).click();
    expect(await fitted(page)).toBeGreaterThan(height);
  });

  it('is refused by the browser on a page of an origin that frameAncestors does not list, and leaves a link in its place', async () => {
    // An empty <div>: the script writes the link itself, in the embed's language.
    hostPage = { ...snippet({ 'data-lang': 'fr' }), link: undefined };
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => message.text().includes('frame-ancestors') && refusals.push(message.text()));
    await page.goto(`${host.refused}/`);
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error:'))).toBe(true);
    expect(page.frames().some((frame) => frame.url().startsWith(site))).toBe(false);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toContain("frame-ancestors 'self' http://127.0.0.1:*");
    const link = page.getByRole('link', { name: 'Voir les postes vacants de Test Institution' });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`${site}/careers/fr/`);
    await context.close();
  });

  it('lets the keyboard move into the frame, through it and out again, and starts a followed link’s page at its top', async () => {
    const page = await visit(snippet());
    await fitted(page);
    const frame = await embedded(page);
    const focusedInHost = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    // Where the focus is: an element of the host page, or the nth focusable element inside the frame's content.
    const focus = async () => {
      const inHost = await focusedInHost();
      if (inHost !== 'IFRAME') return inHost;
      return frame.evaluate(
        () =>
          `frame ${[...document.querySelectorAll('main a, main input, main button, main select, main summary')].indexOf(document.activeElement!)}`,
      );
    };
    // Focus crosses into and out of a frame of another origin asynchronously, through the body: wait for each key to land.
    const press = async (key: string) => {
      const before = await focus();
      await page.keyboard.press(key);
      await expect.poll(async () => ![before, 'BODY'].includes(await focus())).toBe(true);
      return focus();
    };
    const last = await frame.evaluate(
      () => `frame ${document.querySelectorAll('main a, main input, main button, main select, main summary').length - 1}`,
    );
    await page.locator('#before').focus();
    expect(await press('Tab')).toBe('frame 0');
    let presses = 0;
    while ((await focus())?.startsWith('frame') && presses < 60) {
      await press('Tab');
      presses += 1;
    }
    expect(await focus()).toBe('after');
    expect(presses).toBeGreaterThan(5);
    expect(await press('Shift+Tab')).toBe(last);

    await frame.getByRole('link', { name: 'Juriste-linguiste' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Juriste-linguiste');
    await expect.poll(async () => (await embedded(page)).evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await focusedInHost()).toBe('IFRAME');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await embedded(page)).evaluate(() => document.activeElement?.tagName)).toBe('A');
  });

  it('is a plain link to the vacancies where the script does not run', async () => {
    const page = await visit({ ...snippet(), script: undefined });
    const link = page.getByRole('link', { name: 'See the vacancies of Test Institution' });
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('iframe').count()).toBe(0);
    await link.click();
    await expect.poll(() => page.url()).toBe(`${site}/careers/en/`);
    expect(await page.locator('h1').innerText()).toBe('Open vacancies');
  });

  it('is served with the security headers of _headers, and keeps _headers itself private', async () => {
    const response = await fetch(`${site}/careers/fr/`);
    expect(response.headers.get('content-security-policy')).toMatch(/; frame-ancestors 'self' http:\/\/127\.0\.0\.1:\*$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await fetch(`${site}/careers/embed.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${site}/careers/_headers`)).status).toBe(404);
  });
});

describe('a plain iframe on a host page whose Content-Security-Policy allows no script from the site', () => {
  const strictHost = (path: string): HostPage => ({
    csp: `default-src 'self'; frame-src ${site}`,
    iframe: { src: `${site}${BASIC.basePath}${path}`, title: 'Job vacancies at Test Institution' },
  });
  const framed = (page: Page) => page.locator('iframe').first();

  it('shows the vacancies without the site’s header and footer, and keeps the reader in the frame from page to page', async () => {
    const page = await visit(strictHost('en/'));
    const frame = await embedded(page);
    await expect.poll(() => frame.locator('h1').innerText()).toBe('Open vacancies');
    expect(await framed(page).getAttribute('title')).toBe('Job vacancies at Test Institution');
    for (const part of ['.site-header', '.site-footer']) expect(await frame.locator(part).isVisible(), part).toBe(false);
    await frame.getByRole('link', { name: 'Security Operations Assistant' }).click();
    await expect.poll(async () => (await embedded(page)).url()).toBe(`${site}/careers/en/vacancies/digit-ast-2024-202/`);
    expect(page.url()).toBe(`${host.allowed}/`);
  });

  it('opens links to other sites in a new tab, and says so', async () => {
    const page = await visit(strictHost('fr/vacancies/digit-ast-2024-202/'));
    const frame = await embedded(page);
    const policy = frame.locator('.notice__body a[href="https://example.eu/policy"]');
    await expect.poll(() => policy.getAttribute('target')).toBe('_blank');
    expect(await policy.getAttribute('rel')).toBe('noopener');
    const french = JSON.parse(readFileSync(`${PROJECT}/locales/fr.json`, 'utf8')).embed.opensInNewTab;
    expect(await policy.innerText()).toContain(french);
  });

  it('is chosen by its address: the archive, one notice, the vacancies of one staff category', async () => {
    for (const [path, title] of [
      ['en/archive/', 'Closed vacancies'],
      ['en/vacancies/juri-ca-2024-303/', 'Juriste-linguiste'],
      ['en/staff-category/official/', 'Official'],
    ]) {
      const page = await visit(strictHost(path!));
      await expect.poll(async () => (await embedded(page)).locator('h1').innerText()).toBe(title);
      await page.close();
    }
  });

  it('takes the Europa look when its address asks, keeps it from page to page, and keeps the site’s look otherwise', async () => {
    let page = await visit(strictHost('en/?look=europa'));
    let frame = await embedded(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.look)).toBe('europa');
    expect(await frame.locator('h1').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    await frame.getByRole('link', { name: 'Security Operations Assistant' }).click();
    await expect.poll(async () => (await embedded(page)).url()).toBe(`${site}/careers/en/vacancies/digit-ast-2024-202/?look=europa`);
    frame = await embedded(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.look)).toBe('europa');
    await page.close();

    page = await visit(strictHost('en/'));
    frame = await embedded(page);
    await expect.poll(() => frame.locator('h1').innerText()).toBe('Open vacancies');
    expect(await frame.evaluate(() => document.documentElement.dataset.look)).toBeUndefined();
  });

  it('lets the keyboard into the frame, through its links, and out again', async () => {
    const page = await visit(strictHost('en/'));
    const frame = await embedded(page);
    await expect.poll(() => frame.locator('h1').innerText()).toBe('Open vacancies');
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.tagName)) === 'IFRAME' && presses < 80) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after');
    expect(presses).toBeGreaterThan(5);
  });

  it('has no accessibility violation inside the frame, in the site’s look and in the Europa look (axe-core, WCAG 2.2 AA)', async () => {
    for (const path of ['en/', 'en/vacancies/digit-ast-2024-202/?look=europa', 'ga/archive/?look=europa']) {
      const page = await visit(strictHost(path), { bypassCSP: true });
      const frame = await embedded(page);
      await expect.poll(() => frame.locator('h1').count()).toBe(1);
      expect(await axeViolations(frame), path).toEqual([]);
      await page.close();
    }
  });
});

describe('the embed.js snippet on a host page whose Content-Security-Policy blocks the script', () => {
  it('leaves its link, never an empty box', async () => {
    const page = await visit({ ...snippet(), csp: `default-src 'self'; frame-src ${site}` });
    const link = page.getByRole('link', { name: 'See the vacancies of Test Institution' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await page.locator('[data-eu-vacancies] iframe').count()).toBe(0);
    expect(await link.getAttribute('href')).toBe(`${site}/careers/en/`);
  });
});
