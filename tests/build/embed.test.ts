import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { contentSecurityPolicy, parseHeadersFile, headersForPath } from '../../src/embed/security-headers.ts';
import { BASIC, PROJECT, SEED, built } from '../support/fixture-sites.ts';

await built(BASIC, SEED);

const page = (path: string) => readFileSync(join(BASIC.out, path, 'index.html'), 'utf8');
const locale = (language: string) => JSON.parse(readFileSync(join(PROJECT, 'locales', `${language}.json`), 'utf8'));
const stylesheets = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="\/careers\/([^"]+)"/g)]
    .map((match) => readFileSync(join(BASIC.out, match[1]!), 'utf8'))
    .join('');

describe('the pages in another site’s frame', () => {
  it('are the site’s own pages: there is no second copy of any page for frames', () => {
    for (const language of LANGUAGES) expect(existsSync(join(BASIC.out, language, 'embed')), language).toBe(false);
  });

  it('find out in their head, before they are drawn, that they are framed, and then hide the header and footer', () => {
    for (const path of ['en', 'fr/archive', 'de/vacancies/epso-ad-2024-101', 'pl/staff-category/temporary-agent']) {
      const html = page(path);
      const framed = html.indexOf('<script src="/careers/framed.js"></script>');
      expect(framed, path).toBeGreaterThan(0);
      expect(framed, path).toBeLessThan(html.indexOf('</head>'));
      expect(stylesheets(html), path).toMatch(/html\[data-framed\] \.site-header/);
    }
    const script = readFileSync(join(BASIC.out, 'framed.js'), 'utf8');
    expect(script).toContain('"\'self\'","http://127.0.0.1:*"');
    expect(script).toContain('data-framed');
  });

  it("say in the page's language that links leaving the frame open in a new tab, and answer only the parents frameAncestors allows", () => {
    for (const language of ['en', 'fr', 'ga'] as const) {
      expect(page(`${language}/vacancies/epso-ad-2024-101`)).toContain(
        `<embed-frame data-base="/careers/" data-frame-ancestors="'self' http://127.0.0.1:*" data-new-tab="${locale(language).embed.opensInNewTab}"></embed-frame>`,
      );
    }
    expect(readFileSync(join(SEED.out, 'en', 'index.html'), 'utf8')).toContain(
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
    const headers = Object.fromEntries(headersForPath(rules, '/fr/'));
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
    expect(readFileSync(join(SEED.out, '_headers'), 'utf8')).toContain("; frame-ancestors 'self' https://europa.eu https://*.europa.eu\n");
  });
});
