/** A grown archive: what a closed notice keeps, where its other addresses lead, and sitemaps within the protocol. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { AFTER_PUBLICATION, BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC, AFTER_PUBLICATION);

const CLOSED = 'comm-ted-2024-404';
const read = (site: { out: string }, path: string) => readFileSync(join(site.out, path), 'utf8');

describe('a closed notice', () => {
  it('keeps a page for each language version it has, and no other', () => {
    expect(existsSync(join(BASIC.out, 'en/vacancies', CLOSED, 'index.html'))).toBe(true);
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      expect(existsSync(join(BASIC.out, language, 'vacancies', CLOSED)), language).toBe(false);
    }
  });

  it('has a page in no particular language that leads to its versions, the original marked, kept out of search engines', () => {
    const page = read(BASIC, `vacancies/${CLOSED}/index.html`);
    expect(page).toContain(`href="/careers/en/vacancies/${CLOSED}/"`);
    expect(page).toMatch(/<a [^>]*href="\/careers\/en\/vacancies\/comm-ted-2024-404\/"[^>]*data-original/);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(`<link rel="canonical" href="https://jobs.example.eu/careers/en/vacancies/${CLOSED}/">`);
  });

  it('is reached from its other addresses: by the 404 page script, and by a redirect rule on hosts that read _redirects', () => {
    expect(read(BASIC, '404.html')).toContain('<notice-address data-base="/careers/">');
    expect(read(BASIC, '_redirects')).toBe('/careers/:lang/vacancies/:slug/ /careers/vacancies/:slug/?lang=:lang 302\n');
  });

  it('stays in every language archive, with its facts in that language, linking to the version that exists', () => {
    const greek = read(BASIC, 'el/archive/index.html');
    expect(greek).toContain(`href="/careers/en/vacancies/${CLOSED}/"`);
    expect(greek).toContain('Έκτακτος υπάλληλος');
    expect(read(BASIC, 'fr/archive/index.html')).toContain('Agent temporaire');
  });

  it('has no share picture and no calendar event: nobody shares or plans for a closed notice', () => {
    expect(existsSync(join(BASIC.out, 'en/vacancies', CLOSED, 'share.png'))).toBe(false);
    expect(existsSync(join(BASIC.out, 'en/vacancies', CLOSED, 'deadline.ics'))).toBe(false);
    expect(read(BASIC, `en/vacancies/${CLOSED}/index.html`)).not.toContain('og:image');
  });

  it('is in the sitemap only at the pages it has, with only those as alternates', () => {
    const sitemap = readdirSync(BASIC.out)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => read(BASIC, name))
      .join('');
    expect(sitemap).toContain(`<loc>https://jobs.example.eu/careers/en/vacancies/${CLOSED}/</loc>`);
    expect(sitemap).not.toContain(`/careers/el/vacancies/${CLOSED}/`);
    expect(sitemap).not.toContain(`/careers/vacancies/${CLOSED}/`);
  });
});

describe('the sitemaps', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });
  const files = readdirSync(AFTER_PUBLICATION.out).filter((name) => /^sitemap-\d+\.xml$/.test(name));

  it('are split into files of at most the configured number of addresses, all listed by the index', () => {
    expect(files.length).toBeGreaterThan(1);
    const index = parser.parse(read(AFTER_PUBLICATION, 'sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(index.sitemapindex.sitemap.map((entry) => entry.loc).sort()).toEqual(
      files.map((name) => `https://jobs.example.eu/${name}`).sort(),
    );
    for (const name of files) {
      const { urlset } = parser.parse(read(AFTER_PUBLICATION, name)) as { urlset: { url: unknown[] } };
      expect(urlset.url.length, name).toBeLessThanOrEqual(20);
      expect(Buffer.byteLength(read(AFTER_PUBLICATION, name)), name).toBeLessThan(50 * 1024 * 1024);
    }
  });

  it('list every page of every open notice in all 24 languages, once', () => {
    const locations = files.flatMap((name) =>
      (parser.parse(read(AFTER_PUBLICATION, name)) as { urlset: { url: { loc: string }[] } }).urlset.url.map((url) => url.loc),
    );
    expect(new Set(locations).size).toBe(locations.length);
    for (const language of LANGUAGES) expect(locations).toContain(`https://jobs.example.eu/${language}/vacancies/epso-ad-2024-11/`);
  });
});
