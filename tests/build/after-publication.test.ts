import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { AFTER_PUBLICATION, BASIC, built } from '../support/fixture-sites.ts';

await built(AFTER_PUBLICATION, BASIC);

const page = (path: string, site = AFTER_PUBLICATION) => readFileSync(join(site.out, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a notice after publication', () => {
  it('shows its corrections at the top, newest first, under a heading in the reader language', () => {
    const french = page('fr/vacancies/epso-ad-2024-11');
    const corrections = french.indexOf('class="corrigenda"');
    expect(corrections).toBeGreaterThan(french.indexOf('<h1'));
    expect(corrections).toBeLessThan(french.indexOf('class="notice__body"'));
    expect(text(french)).toMatch(
      /Rectificatif du 18 avril 2024 The application form attached to this notice was replaced by a shorter one\. Rectificatif du 10 avril 2024 La date limite a été prolongée au 24 mai 2024\./,
    );
    expect(french).toContain('<p lang="en">The application form attached to this notice was replaced by a shorter one.</p>');
    expect(text(page('en/vacancies/epso-ad-2024-11'))).toContain('Correction of 10 April 2024 The deadline was extended to 24 May 2024.');
  });

  it('links the documents kept next to it, with their type and size, and publishes them unchanged', () => {
    const html = page('de/vacancies/epso-ad-2024-11');
    expect(html).toContain('<a href="/vacancies/epso-ad-2024-11/application-form.pdf" download translate="no">application-form.pdf</a>');
    expect(html).toContain('(ODT, 744 Byte)');
    const source = join(AFTER_PUBLICATION.content, 'vacancies/epso-ad-2024-11/application-form.pdf');
    expect(readFileSync(join(AFTER_PUBLICATION.out, 'vacancies/epso-ad-2024-11/application-form.pdf'))).toEqual(readFileSync(source));
  });

  it('once withdrawn, says so, offers no way to apply, and leaves the open listing for the archive', () => {
    const html = page('en/vacancies/digit-ta-2024-12');
    expect(text(html)).toContain('This vacancy notice has been withdrawn.');
    expect(html).not.toContain('class="apply"');
    expect(html).not.toContain('https://jobs.example.eu/apply/digit-ta-2024-12');
    expect(html).not.toContain('<vacancy-countdown');
    expect(html).toMatch(/<span data-state-label>Withdrawn<\/span>/);
    expect(page('en')).not.toContain('/en/vacancies/digit-ta-2024-12/');
    const archive = page('en/archive');
    expect(archive).toMatch(
      /data-status="withdrawn"[\s\S]*?Cloud Security Engineer[\s\S]*?<p class="badge badge--withdrawn">Withdrawn<\/p>/,
    );
  });

  it('once cancelled, says so on its page and is marked cancelled in every language archive', () => {
    expect(text(page('fr/vacancies/juri-ca-2024-13'))).toContain('Cette procédure de sélection a été annulée.');
    expect(page('pl/archive')).toContain('<p class="badge badge--withdrawn">Nabór anulowany</p>');
    expect(page('pl')).not.toContain('juri-ca-2024-13');
  });

  it('is valid HTML wherever it shows corrections, documents, a withdrawal or a cancellation', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const pages = [
      'en/vacancies/epso-ad-2024-11',
      'fr/vacancies/epso-ad-2024-11',
      'pl/vacancies/epso-ad-2024-11',
      'en/vacancies/digit-ta-2024-12',
      'fr/vacancies/juri-ca-2024-13',
    ];
    const failures: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(page(path), path);
      for (const result of report.results)
        for (const message of result.messages) failures.push(`${path}: ${message.ruleId} ${message.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps an ordinary notice open in the listing', () => {
    expect(page('en')).toContain('/en/vacancies/comm-ast-2024-14/');
    expect(page('en')).toContain('/en/vacancies/epso-ad-2024-11/');
  });
});

describe('the translations status for maintainers', () => {
  it('shows each notice in the 24 languages: original, up to date, outdated or missing', () => {
    const html = page('translations', BASIC);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const row = html.slice(html.indexOf('EPSO/AD/2024/101'), html.indexOf('</tr>', html.indexOf('EPSO/AD/2024/101')));
    expect(row).toContain('<td data-translation="outdated" title="el: outdated: the original changed since">');
    expect(row).toContain('<td data-translation="original" title="en: original">');
    expect(row).toContain('<td data-translation="present" title="fr: up to date">');
    expect(row).toContain('<td data-translation="missing" title="pl: no version">');
  });

  it('is also data, and stays out of the sitemap', () => {
    const report = JSON.parse(readFileSync(join(BASIC.out, 'translations.json'), 'utf8'));
    expect(report.notices.find((notice: { slug: string }) => notice.slug === 'epso-ad-2024-101').languages).toMatchObject({
      el: 'outdated',
      en: 'original',
      fr: 'present',
      pl: 'missing',
    });
    expect(report.ui).toHaveLength(23);
    expect(readFileSync(join(BASIC.out, 'sitemap-0.xml'), 'utf8')).not.toContain('translations');
  });
});
