import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChromium, serveSite, sharedContexts, clockAt } from '../support/browser.ts';
import { BASIC, built } from '../support/fixture-sites.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  await built(BASIC);
  site = await serveSite(BASIC.out, BASIC.basePath);
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// The reader's clock says the day the fixture was built.
const newPage = sharedContexts(() => browser, clockAt('2024-05-01T10:00:00Z'));

/** The page as a reader has it on 1 May 2024, the day the fixture was built. */
async function visit(path: string): Promise<Page> {
  const page = await newPage({ timezoneId: 'Europe/Brussels', locale: 'en-GB' });
  await page.goto(`${site.origin}${BASIC.basePath}${path}`);
  return page;
}

/** What Chromium prints to PDF, as text, and the size of its pages in points. */
async function printed(page: Page) {
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  const { text } = await extractText(pdf, { mergePages: true });
  const { view } = await pdf.getPage(1);
  return { text: text.replace(/\s+/g, ' '), size: [Math.round(view[2]!), Math.round(view[3]!)], pages: pdf.numPages };
}

describe('a printed notice', () => {
  it('is A4 with every fact, the deadline and the full text, and no navigation, search or footer', async () => {
    const page = await visit('en/vacancies/digit-ast-2024-202/');
    const { text, size } = await printed(page);
    expect(size).toEqual([595, 842]);
    for (const fact of [
      'Security Operations Assistant',
      'DIGIT/AST/2024/202',
      'Deadline for applications',
      'Sunday 5 May 2024, 12:00 Brussels time',
      'Closing soon',
      'FGIV',
      'Contract agent',
      'Brussels (Belgium)',
      'European Commission',
      'DIGIT CERT-EU',
      'Contract duration',
      'jobs@example.eu',
      'Monitor alerts',
      'respond to incidents',
    ]) {
      expect(text).toContain(fact);
    }
    for (const screenOnly of [
      'Skip to main content',
      'Choose another language',
      'Archive',
      'Follow new vacancies',
      'All open vacancies',
      'Write the application e-mail',
      'Add the deadline to your calendar',
      'left',
    ]) {
      expect(text).not.toContain(screenOnly);
    }
  });

  it('writes out the address of each link in the text, and of the application page', async () => {
    expect((await printed(await visit('en/vacancies/digit-ast-2024-202/'))).text).toContain('policy (https://example.eu/policy)');
    expect((await printed(await visit('en/vacancies/epso-ad-2024-101/'))).text).toContain(
      'Go to the application page (https://example.eu/apply/101)',
    );
  });

  it('prints a Greek notice in Greek', async () => {
    const { text } = await printed(await visit('el/vacancies/epso-ad-2024-101/'));
    expect(text).toContain('Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας');
    expect(text).toContain('EPSO/AD/2024/101');
    expect(text).toContain('Θα διαμορφώσετε τη στρατηγική κυβερνοασφάλειας της Ένωσης');
  });
});

describe('the picture shown where a notice is shared', () => {
  it('is a 1200×630 image that Chromium shows, at the address the page gives', async () => {
    const page = await visit('fr/vacancies/epso-ad-2024-101/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe('https://jobs.example.eu/careers/fr/vacancies/epso-ad-2024-101/share.png');
    await page.goto(`${site.origin}${new URL(image!).pathname}`);
    const size = await page.evaluate(() => [document.images[0]!.naturalWidth, document.images[0]!.naturalHeight]);
    expect(size).toEqual([1200, 630]);
  });
});
