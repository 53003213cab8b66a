import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { OFFICIAL_PAGES } from '../../src/browser/routes.ts';
import { translator } from '../../src/site/i18n.ts';
import { BASIC, WITHOUT_VACANCIES, built } from '../support/fixture-sites.ts';

await built(BASIC, WITHOUT_VACANCIES);

const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const SITE = 'https://jobs.example.eu/careers/';

describe('the official pages of the built site', () => {
  it('exist in the 24 languages, each in its own language', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const name of OFFICIAL_PAGES) {
        const html = page(BASIC.out, `${language}/${name}`);
        expect(html, `${language}/${name}`).toContain(`<html lang="${language}"`);
        expect(html).not.toContain('official-page__text" lang=');
      }
      expect(page(BASIC.out, `${language}/accessibility`)).toContain(`<h1>${t('official.accessibility')}</h1>`);
    }
  });

  it('are linked from the footer of every page in its language, the current one marked', () => {
    const listing = page(BASIC.out, 'de');
    const footer = listing.slice(listing.indexOf('<footer'));
    expect(footer).toContain('<nav class="site-footer__pages" aria-label="Über diese Website">');
    for (const name of OFFICIAL_PAGES) expect(footer).toContain(`href="/careers/de/${name}/"`);
    expect(page(BASIC.out, 'fr/privacy')).toContain(
      '<a href="/careers/fr/privacy/" aria-current="page">Déclaration de confidentialité</a>',
    );
    const notice = page(BASIC.out, 'ga/vacancies/epso-ad-2024-101');
    expect(notice.slice(notice.indexOf('<footer'))).toContain('href="/careers/ga/accessibility/"');
  });

  it('are linked in every language from the pages that speak every language: the language chooser and the 404 page', () => {
    for (const file of ['index.html', '404.html']) {
      const html = readFileSync(join(BASIC.out, file), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      for (const language of LANGUAGES)
        for (const name of OFFICIAL_PAGES) expect(footer, file).toContain(`href="/careers/${language}/${name}/" hreflang="${language}"`);
    }
  });

  it("are linked, from a notice's page in no particular language, in each language the notice can be read in", () => {
    const footer = (slug: string) => {
      const html = page(BASIC.out, `vacancies/${slug}`);
      return html.slice(html.indexOf('<footer'));
    };
    const linked = (html: string) => LANGUAGES.filter((language) => html.includes(`href="/careers/${language}/legal-notice/"`));
    // Closed, with an English version only: the page leads to it alone.
    expect(linked(footer('comm-ted-2024-404'))).toEqual(['en']);
    for (const name of OFFICIAL_PAGES) expect(footer('comm-ted-2024-404')).toContain(`href="/careers/en/${name}/"`);
    // Open: it has a page in every language.
    expect(linked(footer('epso-ad-2024-101'))).toEqual([...LANGUAGES]);
  });

  it('are in the sitemap with their 24 languages as alternates', () => {
    const sitemap = readdirSync(BASIC.out)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(BASIC.out, file), 'utf8'))
      .join('');
    for (const name of OFFICIAL_PAGES) {
      for (const language of ['en', 'mt']) expect(sitemap).toContain(`<loc>${SITE}${language}/${name}/</loc>`);
      expect(sitemap).toContain(`hreflang="fi" href="${SITE}fi/${name}/"`);
    }
  });

  it('say what is true of the site as built when its owner has written nothing', () => {
    const privacy = page(BASIC.out, 'en/privacy');
    expect(privacy).toContain('sets no cookies and stores nothing on your device');
    expect(page(BASIC.out, 'en/contact')).toContain('at the address given in each vacancy notice');
    expect(page(BASIC.out, 'el/accessibility')).toContain('Ευρωπαίο Διαμεσολαβητή');
  });
});

describe('the note on a notice shown untranslated', () => {
  it('names the reader\'s language as its grammar needs: "suomeksi", "do češtiny", "στα ελληνικά"', () => {
    const note = (language: string) => page(BASIC.out, `${language}/vacancies/digit-ast-2024-202`);
    expect(note('fi')).toContain(
      'Tätä avointa työpaikkaa koskevaa ilmoitusta ei ole käännetty suomeksi. Ilmoitus näytetään alkuperäisellä kielellään (englanti).',
    );
    expect(note('cs')).toContain('nebylo přeloženo do češtiny');
    expect(note('el')).toContain('δεν έχει μεταφραστεί στα ελληνικά. Εμφανίζεται στην πρωτότυπη γλώσσα της, στα αγγλικά.');
  });
});

describe('a site whose owner writes an official page and sets a logo and contact details', () => {
  it("shows the owner's page in the languages they wrote it in, in place of the shipped text", () => {
    const french = page(WITHOUT_VACANCIES.out, 'fr/legal-notice');
    expect(french).toContain('Notre propre mention légale.');
    expect(french).not.toContain('Clause de non-responsabilité');
    expect(page(WITHOUT_VACANCIES.out, 'de/legal-notice')).toContain('Unser eigenes Impressum.');
  });

  it("shows readers of other languages the owner's original, marked as such, never the shipped text beside it", () => {
    const finnish = page(WITHOUT_VACANCIES.out, 'fi/legal-notice');
    expect(finnish).toContain('<html lang="fi"');
    expect(finnish).toContain('<div class="official-page__text" lang="de">');
    expect(finnish).toContain('Unser eigenes Impressum.');
    expect(finnish).toContain('Tätä sivua ei ole käännetty suomeksi. Sivu näytetään alkuperäisellä kielellään (saksa).');
    expect(finnish).not.toContain('Vastuuvapauslauseke');
  });

  it('keeps the shipped text of the pages the owner has not written, with the contact details of the settings', () => {
    expect(page(WITHOUT_VACANCIES.out, 'fi/contact')).toContain('href="mailto:jobs@institution.example.eu"');
  });

  it("shows the logo in every page's header with the organisation's name as its text, and links the institution", () => {
    expect(existsSync(join(WITHOUT_VACANCIES.out, 'logo.svg'))).toBe(true);
    const listing = page(WITHOUT_VACANCIES.out, 'en');
    expect(listing).toContain('<img class="site-header__logo" src="/careers/logo.svg" alt="Test Institution">');
    expect(listing).toContain('<a href="https://institution.example.eu">Web site of Test Institution</a>');
  });
});
