import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, endonym } from '../../src/browser/languages.ts';
import { gradeLabel, gradesOf } from '../../src/content/grade.ts';
import { loadNotices } from '../../src/content/notices.ts';
import { contentSecurityPolicy } from '../../src/embed/security-headers.ts';
import { attachmentsView } from '../../src/site/after-publication.ts';
import { MESSAGES } from '../../src/site/locales.ts';
import { readSiteSettings } from '../../src/site/settings.ts';
import { SAME_AS_ENGLISH, flattenMessages } from '../../src/site/translations.ts';
import { activeContent } from '../support/active-content.ts';
import { htmlPages, onePerKind } from '../support/built-pages.ts';
import { BASIC, PROJECT, SEED, built } from '../support/fixture-sites.ts';
import { textsInLanguage } from '../support/page-text.ts';

await built(BASIC, SEED);

const SITE = 'https://jobs.example.eu/careers/';
const page = (path: string) => readFileSync(join(BASIC.out, path, 'index.html'), 'utf8');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const NOTICES = ['epso-ad-2024-101', 'digit-ast-2024-202', 'juri-ca-2024-303', 'comm-ted-2024-404'];

describe('the built site', () => {
  it('has every open notice in every language, and a closed one in the languages it was written in', () => {
    for (const language of LANGUAGES) {
      for (const slug of NOTICES.slice(0, 3))
        expect(existsSync(join(BASIC.out, language, 'vacancies', slug, 'index.html')), `${language}/${slug}`).toBe(true);
    }
    expect(existsSync(join(BASIC.out, 'en', 'vacancies', NOTICES[3]!, 'index.html'))).toBe(true);
  });

  it('lists the open notices, soonest deadline first, and keeps closed ones out of the list', () => {
    for (const language of LANGUAGES) {
      const listing = page(language);
      const order = NOTICES.map((slug) => listing.indexOf(`/careers/${language}/vacancies/${slug}/`));
      expect(order[0]).toBeGreaterThan(order[2]!);
      expect(order[2]).toBeGreaterThan(order[1]!);
      expect(order[1]).toBeGreaterThan(-1);
      expect(order[3]).toBe(-1);
    }
  });

  it('puts notices whose deadline has passed in the archive, marked closed', () => {
    const archive = page('en/archive');
    expect(archive).toContain('/careers/en/vacancies/comm-ted-2024-404/');
    expect(archive).not.toContain('/careers/en/vacancies/epso-ad-2024-101/');
    expect(page('en/vacancies/comm-ted-2024-404')).toContain('Applications are no longer accepted');
    expect(page('en/vacancies/comm-ted-2024-404')).not.toContain('mailto:');
  });

  it('tells the reader when nothing is open, and points to the archive', () => {
    const listing = (language: string) => text(readFileSync(join(SEED.out, language, 'index.html'), 'utf8'));
    expect(listing('en')).toContain('There are no open vacancies at the moment');
    expect(listing('fr')).not.toContain('There are no open vacancies');
    expect(readFileSync(join(SEED.out, 'en', 'archive', 'index.html'), 'utf8')).toContain('/en/vacancies/digit-com-2024-461/');
  });

  it('gives every page its language, a canonical link and hreflang alternates for the 24 languages and x-default', () => {
    const html = page('pl/vacancies/epso-ad-2024-101');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="pl"/);
    expect(html).toContain(`<link rel="canonical" href="${SITE}pl/vacancies/epso-ad-2024-101/">`);
    for (const language of LANGUAGES) {
      expect(html).toContain(`<link rel="alternate" hreflang="${language}" href="${SITE}${language}/vacancies/epso-ad-2024-101/">`);
    }
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}en/vacancies/epso-ad-2024-101/">`);
  });

  it('shows a translation in its own language, with translated facts and dates', () => {
    const french = text(page('fr/vacancies/epso-ad-2024-101'));
    expect(french).toContain('Chargé de politique – stratégie de cybersécurité');
    expect(french).toContain('Vous façonnerez la stratégie');
    expect(french).toContain('Bruxelles (Belgique)');
    expect(french).toContain('lundi 3 juin 2024, 12:00');
    expect(french).toContain('Fonctionnaire');
    expect(french).not.toContain("n'a pas été traduit");
  });

  it('shows the original inside an element with its language where a translation is missing, and says where the notice exists', () => {
    const html = page('pl/vacancies/epso-ad-2024-101');
    expect(html).toContain('<h1 lang="en">Policy Officer – Cybersecurity Strategy</h1>');
    expect(html).toMatch(/<div class="notice__body" lang="en"[^>]*>/);
    expect(html).toContain('hreflang="el" lang="el">Ελληνικά</a>');
    expect(html).toContain('href="/careers/fr/vacancies/epso-ad-2024-101/" hreflang="fr" lang="fr">Français</a>');
    expect(text(html)).toContain('poniedziałek, 3 czerwca 2024');
  });

  it('keeps a notice whose original is French in French on other language pages', () => {
    const html = page('en/vacancies/juri-ca-2024-303');
    expect(html).toContain('<h1 lang="fr">Juriste-linguiste</h1>');
    expect(text(html)).toContain('17:00 Luxembourg time');
    expect(text(html)).toContain('Luxembourg (Luxembourg)');
  });

  it('formats facts in each language with Intl and the translated labels', () => {
    expect(text(page('de/vacancies/epso-ad-2024-101'))).toContain('Montag, 3. Juni 2024, 12:00 Uhr Brüsseler Zeit');
    expect(text(page('el/vacancies/epso-ad-2024-101'))).toContain('Βρυξέλλες');
    expect(text(page('ga/vacancies/digit-ast-2024-202'))).toContain('FGIV');
    expect(text(page('bg/vacancies/digit-ast-2024-202'))).toMatch(/5 май 2024 г\./);
  });

  it('offers applying by e-mail with the subject filled in', () => {
    expect(page('en/vacancies/digit-ast-2024-202')).toContain('href="mailto:jobs@example.eu?subject=DIGIT%2FAST%2F2024%2F202"');
    expect(page('en/vacancies/juri-ca-2024-303')).toContain(
      'href="mailto:recrutement@example.eu?subject=Candidature%20JURI%2FCA%2F2024%2F303"',
    );
    expect(page('en/vacancies/epso-ad-2024-101')).toContain('href="https://example.eu/apply/101"');
  });

  it('lets no script, event handler or javascript: URL from a notice reach the page, and keeps the text around them', () => {
    const html = page('en/vacancies/digit-ast-2024-202');
    const body = html.match(/<div class="notice__body">[\s\S]*?<\/div>/)![0];
    // <script>alert('stolen')</script> between two words
    expect(body).toContain('<p>Monitor alerts  and respond to incidents.</p>');
    // <img src="diagram.png" onerror="alert('stolen')" alt="diagram">: the notice's own picture, at its published address
    expect(body).toContain('<img src="../../../vacancies/digit-ast-2024-202/diagram.png" alt="diagram">');
    const picture = new URL('../../../vacancies/digit-ast-2024-202/diagram.png', `${SITE}en/vacancies/digit-ast-2024-202/`);
    expect(existsSync(join(BASIC.out, relative('/careers/', picture.pathname)))).toBe(true);
    // [guide](javascript:alert('stolen'))
    expect(body).toContain('Read the <a>guide</a> and the <a href="https://example.eu/policy">policy</a>.');
    // <a href="javascript:alert('stolen')" onclick="alert('stolen')">click me</a>
    expect(body).toContain('<p><a>click me</a></p>');
    expect(activeContent(body)).toEqual([]);
    // Nor anywhere else the notice's text goes: the description, the structured data.
    expect(html).not.toMatch(/alert\('stolen'\)|onerror|onclick|javascript:/);
  });

  it('shows no English on the pages of the other languages, beyond names, references and the notices’ own words', async () => {
    const { notices } = await loadNotices(BASIC.content, PROJECT);
    // Proper nouns and codes, the same in every language; and the notices' own words, shown as written.
    const names = [
      readSiteSettings(BASIC.content).organisation,
      ...LANGUAGES.map(endonym),
      ...notices.flatMap(({ facts, versions }) => [
        facts.reference,
        facts.organisation,
        facts.service,
        'subject' in facts.apply ? facts.apply.subject : undefined,
        ...facts.locations.map((location) => location.city),
        ...(facts.grade ? gradesOf(facts.grade).map(gradeLabel) : []),
        ...versions.flatMap((version) => [version.title, ...version.places]),
      ]),
    ].filter((name): name is string => Boolean(name));
    const countries = [...new Set(notices.flatMap(({ facts }) => facts.locations.map((location) => location.country)))];
    const english = (path: string) => new Set(textsInLanguage(readFileSync(join(BASIC.out, 'en', path), 'utf8'), 'en'));
    const leaks: string[] = [];
    // A page of each kind (listing, archive, browse, each notice), in the 23 languages where it has one.
    const paths = onePerKind(htmlPages(join(BASIC.out, 'en')));
    for (const path of paths) {
      const englishTexts = english(path);
      for (const language of LANGUAGES.filter((code) => code !== 'en' && existsSync(join(BASIC.out, code, path)))) {
        const messages = flattenMessages(MESSAGES[language]);
        const allowed = [
          ...names,
          // Its own words that are rightly written as in English ("Status" in German).
          ...(SAME_AS_ENGLISH[language] ?? []).map((key) => messages.get(key)!),
          ...countries.map((country) => new Intl.DisplayNames([language], { type: 'region' }).of(country)!),
          // The notices' documents, by file name, type and size as written in this language ("69 byte" in Italian too).
          ...notices.flatMap(({ attachments }) =>
            attachmentsView(attachments, (name) => name, language).flatMap(({ name, details }) => [name, details]),
          ),
        ].sort((a, b) => b.length - a.length);
        for (const text of textsInLanguage(readFileSync(join(BASIC.out, language, path), 'utf8'), language)) {
          if (!englishTexts.has(text)) continue;
          const rest = allowed.reduce((left, name) => left.replaceAll(name, ''), text);
          if (/\p{L}/u.test(rest)) leaks.push(`${language}/${path}: ${text}`);
        }
      }
    }
    expect(paths.length).toBeGreaterThanOrEqual(8);
    expect(leaks).toEqual([]);
  });

  it('runs under a Content-Security-Policy without unsafe-inline, with no inline script or style and nothing from third parties', () => {
    // The recruiters' form at /admin/ has a policy of its own, which tests/browser/admin.test.ts checks.
    for (const file of htmlFiles(BASIC.out).filter((path) => relative(BASIC.out, path) !== join('admin', 'index.html'))) {
      const html = readFileSync(file, 'utf8');
      const where = relative(BASIC.out, file);
      expect(html, where).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`);
      expect(html, where).not.toContain('unsafe-inline');
      // JSON-LD is data the browser never runs, so it is the one inline <script> allowed.
      expect(html, where).not.toMatch(/<script(?![^>]*\bsrc=)(?! type="application\/ld\+json">)[^>]*>/);
      expect(html, where).not.toMatch(/<style|\sstyle="/);
      for (const [, url] of html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)) {
        // Links, not requests: the notices' own, and the EU bodies the privacy and accessibility statements name.
        expect(
          url!.startsWith(SITE) || /^https:\/\/(example\.eu\/|www\.(edps|ombudsman)\.europa\.eu$)/.test(url!),
          `${where}: ${url}`,
        ).toBe(true);
      }
    }
  });

  it('serves every internal link under the base path', () => {
    for (const file of htmlFiles(BASIC.out)) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/(?:src|href)="(\/[^"]*)"/g)) {
        expect(href!.startsWith('/careers/'), `${relative(BASIC.out, file)}: ${href}`).toBe(true);
      }
    }
  });

  it('lists every page of every language in the sitemap, with its language alternates', () => {
    const sitemap = readFileSync(join(BASIC.out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const language of LANGUAGES) {
      expect(locs).toContain(`${SITE}${language}/`);
      expect(locs).toContain(`${SITE}${language}/archive/`);
      for (const slug of NOTICES.slice(0, 3)) expect(locs).toContain(`${SITE}${language}/vacancies/${slug}/`);
    }
    // Per language: the listing, the archive, each open notice, nine browse pages (five staff categories, four function
    // groups) and the four official pages; then the closed notice's one version.
    expect(locs).toHaveLength(1 + LANGUAGES.length * (2 + 3 + 9 + 4) + 1);
    const entry = sitemap.match(new RegExp(`<url><loc>${SITE}fr/vacancies/epso-ad-2024-101/</loc>.*?</url>`))![0];
    for (const language of LANGUAGES) {
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="${language}" href="${SITE}${language}/vacancies/epso-ad-2024-101/"/>`);
    }
    expect(sitemap).not.toContain('/404/');
  });

  it('has a language chooser naming the 24 languages in their own names', () => {
    const chooser = readFileSync(join(BASIC.out, 'index.html'), 'utf8');
    for (const name of [
      'Български',
      'Čeština',
      'Ελληνικά',
      'Gaeilge',
      'Malti',
      'Suomi',
      'Svenska',
      'Slovenščina',
      'Lietuvių',
      'Latviešu',
    ]) {
      expect(chooser).toContain(name);
    }
    // One link a language in the chooser itself; the footer links each language's statements.
    const main = chooser.slice(chooser.indexOf('<main'), chooser.indexOf('</main>'));
    expect(main.match(/hreflang="(\w\w)">/g)).toHaveLength(24);
  });

  it('has a 404 page that speaks every language', () => {
    const notFound = readFileSync(join(BASIC.out, '404.html'), 'utf8');
    for (const language of LANGUAGES) expect(notFound).toContain(`<li lang="${language}">`);
    expect(notFound).toContain('Page introuvable');
  });
});
