import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { makeUrls, OFFICIAL_PAGES } from '../../src/browser/routes.ts';
import {
  choosePage,
  fillTemplate,
  officialPage,
  officialPageMarkdown,
  ownerOriginal,
  readOwnerPages,
  shippedTemplate,
  templateValues,
} from '../../src/site/official-pages.ts';
import { readSiteSettings, siteSettingsSchema } from '../../src/site/settings.ts';

const urls = makeUrls('https://jobs.example.eu', '/careers/');
const BARE = siteSettingsSchema.parse({ organisation: 'Test Institution' });
const FULL = siteSettingsSchema.parse({
  organisation: 'Test Institution',
  organisationUrl: 'https://institution.example.eu',
  contact: { email: 'jobs@example.eu', url: 'https://example.eu/contact', address: 'Rue de la Loi 200\n1049 Brussels' },
  dataProtectionUrl: 'https://example.eu/data-protection',
  accessibilityEnforcementUrl: 'https://enforcement.example.eu',
});

/** A content folder with this site.yaml and these files. */
function contentWith(siteYaml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'eu-vacancies-official-'));
  writeFileSync(join(dir, 'site.yaml'), siteYaml);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const problemsOf = (siteYaml: string, files?: Record<string, string>) => {
  try {
    readSiteSettings(contentWith(siteYaml, files), {});
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the settings of the official pages', () => {
  it('accept a logo that is a picture of the content folder, and give its full path', () => {
    const dir = contentWith('organisation: X\nlogo: emblem.svg\n', { 'emblem.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(readSiteSettings(dir, {}).logo).toBe(join(dir, 'emblem.svg'));
  });

  it('refuse a logo that is missing, outside the content folder or not a picture, naming the setting', () => {
    expect(problemsOf('organisation: X\nlogo: logo.svg\n')).toMatch(/logo: .*logo\.svg is not a file of the content folder/);
    expect(problemsOf('organisation: X\nlogo: ../../etc/logo.png\n')).toMatch(/logo: .* is not a file of the content folder/);
    expect(problemsOf('organisation: X\nlogo: logo.pdf\n', { 'logo.pdf': '%PDF' })).toMatch(/logo: Expected the path of an SVG, PNG/);
  });

  it('refuse a contact with neither an e-mail address nor a form, and addresses that are not web addresses', () => {
    expect(problemsOf('organisation: X\ncontact:\n  address: Rue de la Loi 200\n')).toMatch(
      /contact: Expected an e-mail address \(email\) or a contact form \(url\)/,
    );
    expect(problemsOf('organisation: X\ncontact:\n  email: not-an-address\n')).toMatch(/contact\.email/);
    expect(problemsOf('organisation: X\ndataProtectionUrl: javascript:alert(1)\n')).toMatch(/dataProtectionUrl/);
    expect(problemsOf('organisation: X\naccessibilityReviewed: 02/12/2026\n')).toMatch(
      /accessibilityReviewed: Expected a date written as YYYY-MM-DD/,
    );
  });

  it('say when the accessibility statement was prepared, by default the day the shipped one was written', () => {
    expect(BARE.accessibilityReviewed).toBe('2026-12-02');
    expect(templateValues(BARE, 'fr', urls).reviewed).toBe('2 décembre 2026');
    expect(templateValues(BARE, 'en', urls).reviewed).toBe('2 December 2026');
  });
});

describe('the owner of the site', () => {
  it('writes pages in content/pages/<page>/<lang>.md', () => {
    const dir = contentWith('organisation: X\n', { 'pages/privacy/fr.md': 'Notre texte.', 'pages/privacy/de.md': 'Unser Text.' });
    expect(readOwnerPages(dir)).toEqual({ privacy: { de: 'Unser Text.', fr: 'Notre texte.' } });
  });

  it('is told of a folder that is not a page, or a file not named after a language', () => {
    const folder = contentWith('organisation: X\n', { 'pages/privacy-policy/en.md': 'Text' });
    expect(() => readOwnerPages(folder)).toThrow(
      /privacy-policy is not a page of the site. Expected a folder named legal-notice, privacy, accessibility, contact/,
    );
    const file = contentWith('organisation: X\n', { 'pages/contact/english.md': 'Text' });
    expect(() => readOwnerPages(file)).toThrow(/english\.md is not named after a language. Expected <language>\.md/);
  });
});

describe('which text of an official page a reader gets', () => {
  it("is the shipped text in the reader's language while the owner has written none", () => {
    expect(choosePage('privacy', 'fi', {})).toEqual({ source: 'shipped', language: 'fi' });
  });

  it("is the owner's version in the reader's language when there is one", () => {
    expect(choosePage('privacy', 'de', { privacy: { en: 'Ours', de: 'Unsere' } })).toEqual({ source: 'owner', language: 'de' });
  });

  it("is the owner's English, else their first version in the EU's order, never the shipped text beside theirs", () => {
    expect(choosePage('privacy', 'fi', { privacy: { fr: 'Le nôtre', en: 'Ours' } })).toEqual({ source: 'owner', language: 'en' });
    expect(choosePage('privacy', 'fi', { privacy: { fr: 'Le nôtre', de: 'Unsere' } })).toEqual({ source: 'owner', language: 'de' });
    expect(ownerOriginal({ sv: 'Vår', bg: 'Нашата' })).toBe('bg');
  });

  it('keeps the shipped text of the pages the owner has not written', () => {
    expect(choosePage('contact', 'fi', { privacy: { en: 'Ours' } })).toEqual({ source: 'shipped', language: 'fi' });
  });
});

describe('a template of the shipped texts', () => {
  it('keeps a section when its value is set, the other when it is not, sections inside sections too', () => {
    const template = '{{#a}}A is {{a}}.{{/a}}{{^a}}{{^b}}Neither.{{/b}}{{/a}}';
    expect(fillTemplate(template, { a: 'set', b: '' })).toBe('A is set.');
    expect(fillTemplate(template, { a: '', b: '' })).toBe('Neither.');
    expect(fillTemplate(template, { a: '', b: 'set' })).toBe('');
  });

  it('refuses a name it does not know, so that a slip in a translation fails the tests', () => {
    expect(() => fillTemplate('{{organization}}', { organisation: 'X' })).toThrow(
      /\{\{organization\}\} is not a value of the official pages/,
    );
  });

  it('writes the names from the settings as text, never as Markdown', () => {
    const settings = siteSettingsSchema.parse({ organisation: 'DG *HR* <b>' });
    expect(templateValues(settings, 'en', urls).organisation).toBe('DG \\*HR\\* \\<b\\>');
    const { html } = officialPage('legal-notice', 'en', {}, settings, urls);
    expect(html).toContain('DG *HR* &#x3C;b>');
    expect(html).not.toContain('<em>');
  });
});

describe('the shipped texts', () => {
  const placeholders = (text: string) => new Set(text.match(/\{\{[#^/]?\w+\}\}/g));

  it.each(OFFICIAL_PAGES)('of %s exist in the 24 languages, each with the sections and values of the English', (page) => {
    const english = placeholders(shippedTemplate(page, 'en'));
    for (const language of LANGUAGES) {
      expect(placeholders(shippedTemplate(page, language)), language).toEqual(english);
      for (const settings of [BARE, FULL]) expect(() => officialPageMarkdown(page, language, {}, settings, urls)).not.toThrow();
    }
  });

  it('say the site sets no cookies, tracks no one and asks nothing of other sites', () => {
    const { markdown } = officialPageMarkdown('privacy', 'en', {}, BARE, urls);
    expect(markdown).toContain('sets no cookies and stores nothing on your device');
    expect(markdown).toContain('no analytics and no tracking');
    expect(markdown).toContain('loads nothing from other sites');
    expect(markdown).toContain('Regulation (EU) 2018/1725');
  });

  it('name the contact details, data protection page and enforcement body of the settings, or say where to turn without them', () => {
    const contact = officialPageMarkdown('contact', 'en', {}, FULL, urls).markdown;
    expect(contact).toContain('[jobs@example.eu](mailto:jobs@example.eu)');
    expect(contact).toContain('<https://example.eu/contact>');
    expect(contact).toContain('Rue de la Loi 200\\\n1049 Brussels');
    expect(officialPageMarkdown('contact', 'en', {}, BARE, urls).markdown).toContain('at the address given in each vacancy notice');
    expect(officialPageMarkdown('privacy', 'en', {}, FULL, urls).markdown).toContain('<https://example.eu/data-protection>');
    expect(officialPageMarkdown('accessibility', 'en', {}, FULL, urls).markdown).toContain('<https://enforcement.example.eu>');
    expect(officialPageMarkdown('accessibility', 'en', {}, BARE, urls).markdown).toContain('European Ombudsman');
  });

  it("state the accessibility statement's compliance honestly, with the content that may not be accessible", () => {
    const { markdown } = officialPageMarkdown('accessibility', 'en', {}, BARE, urls);
    expect(markdown).toContain('partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA');
    expect(markdown).toContain('application forms in PDF');
    expect(markdown).toContain('prepared on 2 December 2026');
  });

  it("name the site by its title in the reader's language, linked to its address", () => {
    const { html } = officialPage('accessibility', 'fr', {}, BARE, urls);
    expect(html).toContain('s’applique à <a href="https://jobs.example.eu/careers/">Postes vacants – Test Institution</a>.');
  });

  it("link the other official pages in the reader's language", () => {
    expect(officialPageMarkdown('privacy', 'ga', {}, BARE, urls).markdown).toContain('(/careers/ga/contact/)');
  });
});

describe('footnotes in a text', () => {
  it("are headed and linked back in the text's language", () => {
    const { html } = officialPage('contact', 'fi', { contact: { fi: 'Teksti.[^1]\n\n[^1]: Huomautus.' } }, BARE, urls);
    expect(html).toContain('>Alaviitteet</h2>');
    expect(html).toContain('class="sr-only"');
    expect(html).toContain('aria-label="Takaisin viitteeseen 1"');
    expect(html).not.toContain('Footnotes');
  });
});
