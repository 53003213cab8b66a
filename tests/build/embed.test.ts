import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { contentSecurityPolicy, parseHeadersFile, headersForPath } from '../../src/embed/security-headers.ts';
import { viewOfPath } from '../../src/browser/routes.ts';
import { BASIC, PROJECT, PUBLISHED } from '../support/fixture-sites.ts';

const SITE = 'https://jobs.example.eu/careers/';
const NOTICES = ['epso-ad-2024-101', 'digit-ast-2024-202', 'juri-ca-2024-303', 'comm-ted-2024-404'];
const page = (path: string) => readFileSync(join(BASIC.out, path, 'index.html'), 'utf8');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
const embedFiles = () => htmlFiles(BASIC.out).filter((file) => /^[a-z]{2}\/embed\//.test(relative(BASIC.out, file)));
const locale = (language: string) => JSON.parse(readFileSync(join(PROJECT, 'locales', `${language}.json`), 'utf8'));

describe('the embed views', () => {
  it('exist for the listing, the archive, every browse page and every notice, in the 24 languages', () => {
    for (const language of LANGUAGES) {
      for (const path of [
        'embed',
        'embed/archive',
        'embed/staff-category/temporary-agent',
        'embed/function-group/ad',
        ...NOTICES.map((slug) => `embed/vacancies/${slug}`),
      ]) {
        expect(existsSync(join(BASIC.out, language, path, 'index.html')), `${language}/${path}`).toBe(true);
      }
    }
  });

  it('show the same notice as its full page, without the site header and footer', () => {
    const full = page('de/vacancies/epso-ad-2024-101');
    const embedded = page('de/embed/vacancies/epso-ad-2024-101');
    const article = (html: string) => html.match(/<h1[\s\S]*<\/dl><\/section>/)![0];
    expect(article(embedded)).toBe(article(full));
    expect(embedded).toContain('<vacancy-countdown');
    expect(embedded).toContain('data-countdown-strings=');
    for (const part of ['class="site-header"', 'class="site-footer"', 'class="skip-link"', '<link rel="alternate"', 'application/ld+json'])
      expect(embedded).not.toContain(part);
  });

  it('are not for search engines: noindex, the full page as canonical address, and out of the sitemap', () => {
    for (const file of embedFiles()) {
      const html = readFileSync(file, 'utf8');
      const where = relative(BASIC.out, file);
      expect(html, where).toContain('<meta name="robots" content="noindex">');
      const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)![1]!;
      expect(canonical, where).toBe(`${SITE}${where.replace('/embed/', '/').replace(/index\.html$/, '')}`);
    }
    expect(readFileSync(join(BASIC.out, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
  });

  it("keep the site's own pages inside the frame and open everything else in a new tab, saying so in the page's language", () => {
    for (const file of embedFiles()) {
      const html = readFileSync(file, 'utf8');
      const where = relative(BASIC.out, file);
      const language = where.slice(0, 2);
      for (const [tag, href] of html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>/g)) {
        const path = new URL(href!, SITE).pathname;
        const view = viewOfPath('/careers/', path);
        if (href!.startsWith('#') || href!.startsWith('mailto:') || tag.includes(' download')) continue;
        if (view) expect(view.embedded, `${where}: ${href}`).toBe(true);
        else expect(tag, `${where}: ${href}`).toContain('target="_blank" rel="noopener"');
      }
      for (const [, after] of html.matchAll(/target="_blank" rel="noopener">.*?(<span class="visually-hidden">[^<]*<\/span>)<\/a>/g)) {
        expect(after, where).toContain(locale(language).embed.opensInNewTab);
      }
    }
    const notice = page('fr/embed/vacancies/digit-ast-2024-202');
    expect(notice).toContain(
      `<a href="https://example.eu/policy" target="_blank" rel="noopener">policy <span class="visually-hidden">${locale('fr').embed.opensInNewTab}</span></a>`,
    );
    expect(page('en/embed/vacancies/epso-ad-2024-101')).toContain(
      'href="https://example.eu/apply/101" target="_blank" rel="noopener">Go to the application page<span class="visually-hidden"> (opens in a new tab)</span>',
    );
    expect(page('en/embed')).toContain('href="/careers/en/embed/vacancies/digit-ast-2024-202/"');
  });

  it('filter one staff category when the site is built, with the right count', () => {
    const official = page('en/embed/staff-category/official');
    expect(official).toContain('1 open vacancy');
    expect(official).toContain('/careers/en/embed/vacancies/epso-ad-2024-101/');
    expect(official).not.toContain('/careers/en/embed/vacancies/digit-ast-2024-202/');
  });

  it('answer only the parents that frameAncestors in content/site.yaml allows', () => {
    expect(page('en/embed')).toContain(
      `<embed-frame data-base="/careers/" data-frame-ancestors="'self' http://127.0.0.1:*"></embed-frame>`,
    );
    expect(readFileSync(join(PUBLISHED.out, 'en', 'embed', 'index.html'), 'utf8')).toContain(
      `data-frame-ancestors="'self' https://europa.eu https://*.europa.eu"`,
    );
  });
});

describe('embed.js', () => {
  const script = readFileSync(join(BASIC.out, 'embed.js'), 'utf8');

  it('is at the root of the site under a stable name, with the frame title and the link in every language', () => {
    expect(existsSync(join(BASIC.out, 'embed.js'))).toBe(true);
    for (const language of LANGUAGES) {
      const { frameTitle, openFullSite } = locale(language).embed;
      expect(script, language).toContain(JSON.stringify(frameTitle.replace('{{organisation}}', 'Test Institution')).slice(1, -1));
      expect(script, language).toContain(JSON.stringify(openFullSite.replace('{{organisation}}', 'Test Institution')).slice(1, -1));
    }
  });

  it('stays small enough for any host page', () => {
    expect(script.length).toBeLessThan(12_000);
  });
});

describe('the security headers for static hosts', () => {
  it('are written for Netlify and Cloudflare Pages (_headers) and for nginx, from the same policy as the pages', () => {
    const rules = parseHeadersFile(readFileSync(join(BASIC.out, '_headers'), 'utf8'));
    const headers = Object.fromEntries(headersForPath(rules, '/fr/embed/'));
    expect(headers['Content-Security-Policy']).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self' http://127.0.0.1:*`);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=31536000',
    });
    const nginx = readFileSync(join(BASIC.out, 'nginx-security-headers.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${headers['Content-Security-Policy']}" always;`);
    expect(page('en/vacancies/epso-ad-2024-101')).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    );
  });

  it("let the project's own site be framed by europa.eu pages by default", () => {
    expect(readFileSync(join(PUBLISHED.out, '_headers'), 'utf8')).toContain(
      "; frame-ancestors 'self' https://europa.eu https://*.europa.eu\n",
    );
  });
});
