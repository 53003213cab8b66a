/**
 * The official pages (legal notice, privacy, accessibility statement, contact):
 * the site owner's text from `content/pages/<page>/<lang>.md`, else the text
 * shipped with the project (`official-pages/<page>/<lang>.md`), which is true
 * of the site as built and is completed from the settings.
 *
 * Once the owner writes a page in any language, that text is the page in every
 * language: a reader gets it in their language, else in the owner's original
 * with a note, as for notices. The shipped text is never mixed with the
 * owner's, so the site cannot say one thing in French and another in German.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { intlLocale, isLanguage, LANGUAGES, type Language } from '../browser/languages.ts';
import { OFFICIAL_PAGES, type OfficialPage, type Urls } from '../browser/routes.ts';
import type { SiteSettings } from './settings.ts';
import { translator } from './i18n.ts';
import { renderMarkdown } from '../content/render.ts';

/** The owner's versions of the official pages, by page and language. */
export type OwnerPages = Partial<Record<OfficialPage, Partial<Record<Language, string>>>>;

/** Each page's title, as a key of the interface strings: also its link in every page's footer. */
export const PAGE_TITLES: Record<OfficialPage, string> = {
  'legal-notice': 'official.legalNotice',
  privacy: 'official.privacy',
  accessibility: 'official.accessibility',
  contact: 'official.contact',
};

/** Where the shipped texts are, in the project: read from the files, as the build and the scripts run from the project's folder. */
const SHIPPED = join(process.cwd(), 'src/site/official-pages');
const shipped = new Map<string, string>();

/** The shipped text of a page in a language, before its placeholders are filled. */
export function shippedTemplate(page: OfficialPage, language: Language): string {
  const file = join(SHIPPED, page, `${language}.md`);
  if (!shipped.has(file)) shipped.set(file, readFileSync(file, 'utf8'));
  return shipped.get(file)!;
}

const isOfficialPage = (name: string): name is OfficialPage => (OFFICIAL_PAGES as readonly string[]).includes(name);

/** Reads `pages/` of the content folder; a folder or file the site would not use is an error naming it. */
export function readOwnerPages(contentDir: string): OwnerPages {
  const folder = join(contentDir, 'pages');
  const pages: OwnerPages = {};
  if (!existsSync(folder)) return pages;
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (!statSync(path).isDirectory() || !isOfficialPage(name))
      throw new Error(`${path} is not a page of the site. Expected a folder named ${OFFICIAL_PAGES.join(', ')}`);
    for (const file of readdirSync(path).sort()) {
      const language = file.replace(/\.md$/, '');
      if (!file.endsWith('.md') || !isLanguage(language))
        throw new Error(`${join(path, file)} is not named after a language. Expected <language>.md, such as en.md or fr.md`);
      const text = readFileSync(join(path, file), 'utf8');
      if (!text.trim()) throw new Error(`${join(path, file)} is empty. Expected the page's text in Markdown`);
      (pages[name] ??= {})[language] = text;
    }
  }
  return pages;
}

/** The owner's original of a page: the English version if there is one, else the first in the EU's order of languages. */
export function ownerOriginal(versions: Partial<Record<Language, string>>): Language | undefined {
  return versions.en !== undefined ? 'en' : LANGUAGES.find((language) => versions[language] !== undefined);
}

/** Which text a reader of `language` gets: whose, and in which language. */
export interface PageChoice {
  source: 'owner' | 'shipped';
  language: Language;
}

export function choosePage(page: OfficialPage, language: Language, owner: OwnerPages): PageChoice {
  const versions = owner[page];
  if (!versions) return { source: 'shipped', language };
  if (versions[language] !== undefined) return { source: 'owner', language };
  return { source: 'owner', language: ownerOriginal(versions)! };
}

/**
 * Fills a template: `{{name}}` is a value; `{{#name}}…{{/name}}` is kept when the value
 * is not empty, `{{^name}}…{{/name}}` when it is. An unknown name is an error.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const value = (name: string) => {
    if (!(name in values))
      throw new Error(`{{${name}}} is not a value of the official pages. Expected one of ${Object.keys(values).join(', ')}`);
    return values[name]!;
  };
  const section = /\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
  const open = (text: string) =>
    text.replace(section, (_, kind: string, name: string, inner: string) => ((value(name) !== '') === (kind === '#') ? inner : ''));
  // Sections in sections: each pass opens the outer ones.
  let text = template;
  for (let next = open(text); next !== text; next = open(text)) text = next;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => value(name)).replace(/\n{3,}/g, '\n\n');
}

/** Text from the settings, safe in Markdown: its characters are never read as formatting. */
const markdownText = (text: string) => text.replace(/[\\`*_[\]<>#|~!]/g, (character) => `\\${character}`);

/** What the shipped texts are completed with, for a reader of `language`. */
export function templateValues(settings: SiteSettings, language: Language, urls: Urls): Record<string, string> {
  const { contact } = settings;
  const link = (url: string | undefined) => (url ? `<${url}>` : '');
  const reviewed = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${settings.accessibilityReviewed}T00:00:00Z`),
  );
  return {
    organisation: markdownText(settings.organisation),
    organisationUrl: link(settings.organisationUrl),
    // The site by its title in the reader's language, linked to its address: a bare address would read the same in every language.
    siteUrl: `[${markdownText(translator(language)('site.title', { organisation: settings.organisation }))}](${urls.absolute(urls.home())})`,
    contactEmail: contact?.email ? `[${contact.email}](mailto:${contact.email})` : '',
    contactUrl: link(contact?.url),
    contactAddress: contact?.address ? contact.address.split('\n').map(markdownText).join('\\\n') : '',
    dataProtectionUrl: link(settings.dataProtectionUrl),
    enforcementUrl: link(settings.accessibilityEnforcementUrl),
    reviewed,
    legalNoticePage: urls.official(language, 'legal-notice'),
    privacyPage: urls.official(language, 'privacy'),
    accessibilityPage: urls.official(language, 'accessibility'),
    contactPage: urls.official(language, 'contact'),
  };
}

/** A page as a reader of `language` gets it: its HTML and the language it is written in. */
export function officialPage(
  page: OfficialPage,
  language: Language,
  owner: OwnerPages,
  settings: SiteSettings,
  urls: Urls,
): { html: string; language: Language } {
  const { markdown, language: written } = officialPageMarkdown(page, language, owner, settings, urls);
  return { html: renderMarkdown(markdown, undefined, written), language: written };
}

/** The Markdown of a page as a reader of `language` gets it, and the language it is written in. */
export function officialPageMarkdown(
  page: OfficialPage,
  language: Language,
  owner: OwnerPages,
  settings: SiteSettings,
  urls: Urls,
): { markdown: string; language: Language } {
  const choice = choosePage(page, language, owner);
  const markdown =
    choice.source === 'owner'
      ? owner[page]![choice.language]!
      : fillTemplate(shippedTemplate(page, language), templateValues(settings, language, urls));
  return { markdown, language: choice.language };
}
