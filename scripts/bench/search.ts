/**
 * A visitor on the English listing types the title of a listed notice: what
 * does the search download, and how soon after typing do results show?
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../chromium.ts';
import { startServer } from '../serve.ts';

export interface Query {
  query: string;
  /** From the input event to the search's final status; undefined when it never came. */
  milliseconds?: number;
  /** Results shown (the first page of them). */
  results: number;
}

export interface FirstSearch {
  /** What the page downloaded from focusing the search box to the first results, gzip-compressed. */
  downloadedGzipBytes: number;
  first: Query;
  next: Query;
}

/** A search that never answers would hang the bench. */
const PATIENCE_MILLISECONDS = 30_000;

export async function firstSearch(site: string, listingPath: string, now: string): Promise<FirstSearch> {
  const server = await startServer(site, '/', 0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && console.error(`bench page console: ${message.text()}`));
    // The visitor's clock agrees with the build's, so open notices are still open.
    await page.clock.install({ time: new Date(now) });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${listingPath}`);
    // Titles of listed (open) notices surely match: the listing's search looks among open notices.
    const titles = await page.locator('[data-server-list] li a[href*="/vacancies/"]').allInnerTexts();
    if (titles.length === 0) throw new Error(`the listing ${listingPath} lists no notice to search for`);
    const downloaded: Promise<number>[] = [];
    page.on('response', (response) =>
      downloaded.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      ),
    );
    const search = async (query: string): Promise<Query> => {
      await page.evaluate((patience) => {
        const element = document.querySelector<HTMLElement>('vacancy-search')!;
        const loading = (JSON.parse(element.dataset.searchStrings ?? '{}') as { loading?: string }).loading ?? '';
        const status = element.querySelector('[data-search-status]')!;
        // The status says "loading" while searching, then the count or "no results": that change is the answer.
        (window as unknown as { answered: Promise<number | null> }).answered = new Promise((done) => {
          let typed = 0;
          const answer = (milliseconds: number | null) => {
            observer.disconnect();
            done(milliseconds);
          };
          const observer = new MutationObserver(() => {
            const text = status.textContent?.trim() ?? '';
            if (typed && text && text !== loading.trim()) answer(performance.now() - typed);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          element.querySelector('#search-query')!.addEventListener('input', () => (typed = performance.now()), { once: true });
          setTimeout(() => answer(null), patience);
        });
      }, PATIENCE_MILLISECONDS);
      await page.fill('#search-query', query);
      const milliseconds = await page.evaluate(() => (window as unknown as { answered: Promise<number | null> }).answered);
      return { query, milliseconds: milliseconds ?? undefined, results: await page.locator('[data-search-results] > li').count() };
    };
    await page.focus('#search-query');
    const first = await search(titles[0]!);
    const downloadedGzipBytes = (await Promise.all(downloaded)).reduce((sum, size) => sum + size, 0);
    const next = await search(titles.at(-1)!);
    return { downloadedGzipBytes, first, next };
  } finally {
    await browser.close();
    server.close();
  }
}
