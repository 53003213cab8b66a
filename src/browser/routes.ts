/**
 * Every address of the site, under the configured base path: the one place the
 * URL layout is written. Pure, so that the pages, the build, the sitemap filter,
 * the search index and the scripts in the browser all read the same layout.
 *
 * A view (listing, archive, browse page, notice) is a page at /{lang}/…; the
 * same page is what another site's iframe shows.
 */
import { isLanguage, type Language } from './languages.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
export type BrowseFacet = 'staff-category' | 'function-group';

const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };
const BROWSE_FACETS: readonly string[] = ['staff-category', 'function-group'] satisfies BrowseFacet[];

/** A notice's folder name, a staff category or a function group: what may stand in one segment. */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Closed notices on one page of the archive: its pages stay light however large the archive grows. */
export const ARCHIVE_PAGE_SIZE = 100;

/**
 * The search's two Pagefind bundles: `text` holds each language version in its own language's
 * index, `facts` every notice once, in one index for all languages.
 *
 * Pagefind holds an index in memory until it writes it, so a large archive's bundles are written
 * in parts (site.yaml's searchPartSize) that the browser merges: part 1 in the bundle's folder
 * (pagefind/, pagefind-facts/), part n in the folder with -n (pagefind-2/, pagefind-facts-2/).
 */
export type SearchBundle = 'text' | 'facts';
export const SEARCH_BUNDLES: Record<SearchBundle, string> = { text: 'pagefind', facts: 'pagefind-facts' };

/** One part of a bundle, as the listing names it and the search filters it: text, text-2, …, facts, facts-2, … */
export type SearchPart = SearchBundle | `${SearchBundle}-${number}`;

export function searchPart(bundle: SearchBundle, number: number): SearchPart {
  return number > 1 ? `${bundle}-${number}` : bundle;
}

export function bundleOfPart(part: SearchPart): SearchBundle {
  return part.startsWith('facts') ? 'facts' : 'text';
}

/** A part's folder in the site: pagefind/, pagefind-2/, pagefind-facts/, … */
export function searchPartFolder(part: SearchPart): string {
  const number = /-(\d+)$/.exec(part)?.[1];
  return `${SEARCH_BUNDLES[bundleOfPart(part)]}${number ? `-${number}` : ''}/`;
}

/**
 * The pages that say who runs the site and how: the same four on every site,
 * at /{lang}/{page}/, their text the site owner's or the shipped one (see site/official-pages.ts).
 */
export const OFFICIAL_PAGES = ['legal-notice', 'privacy', 'accessibility', 'contact'] as const;
export type OfficialPage = (typeof OFFICIAL_PAGES)[number];

export type View =
  | { page: 'listing'; language: Language }
  | { page: 'archive'; language: Language; /** 1 for the first page, which has no number in its address. */ number?: number }
  | { page: 'notice'; language: Language; slug: string }
  | { page: 'browse'; language: Language; facet: BrowseFacet; value: string };

function tail(view: View): string {
  switch (view.page) {
    case 'listing':
      return '';
    case 'archive':
      return view.number && view.number > 1 ? `archive/${view.number}/` : 'archive/';
    case 'notice':
      return `vacancies/${view.slug}/`;
    case 'browse':
      return `${view.facet}/${view.value}/`;
  }
}

/** The full page of a view. */
export function pagePath(basePath: string, view: View): string {
  return `${basePath}${view.language}/${tail(view)}`;
}

/** Which view a path of the site shows; undefined for any other address. */
export function viewOfPath(basePath: string, pathname: string): View | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const segments = pathname.slice(basePath.length).split('/');
  if (segments.pop() !== '') return undefined;
  const [language, ...rest] = segments;
  if (!language || !isLanguage(language)) return undefined;
  const [first, second, ...more] = rest;
  if (more.length) return undefined;
  if (first === undefined) return { page: 'listing', language };
  if (second === undefined) return first === 'archive' ? { page: 'archive', language } : undefined;
  if (first === 'archive') return /^[1-9]\d*$/.test(second) ? { page: 'archive', language, number: Number(second) } : undefined;
  if (!SEGMENT.test(second)) return undefined;
  if (first === 'vacancies') return { page: 'notice', language, slug: second };
  if (BROWSE_FACETS.includes(first)) return { page: 'browse', language, facet: first as BrowseFacet, value: second };
  return undefined;
}

/** Whether a path is a notice's page in no particular language (see Urls.noticeVersions). */
export function isNoticeVersionsPath(basePath: string, pathname: string): boolean {
  if (!pathname.startsWith(basePath)) return false;
  const [first, slug, last, ...more] = pathname.slice(basePath.length).split('/');
  return first === 'vacancies' && SEGMENT.test(slug ?? '') && last === '' && more.length === 0;
}

export interface Urls {
  home(): string;
  listing(language: Language): string;
  /** The archive, a page of `ARCHIVE_PAGE_SIZE` closed notices at a time. */
  archive(language: Language, number?: number): string;
  notice(language: Language, slug: string): string;
  /** The notice's deadline as a calendar event. */
  calendar(language: Language, slug: string): string;
  /** The open notices as a feed in one language. */
  feed(language: Language, format: FeedFormat): string;
  /** The picture shown where a notice's address is shared, one per language version. */
  shareImage(language: Language, slug: string): string;
  /** Every notice's facts, for other sites and aggregators. */
  vacanciesData(): string;
  /**
   * A notice in no language in particular: it leads to the version in the reader's language, or the original.
   * A closed notice's addresses in languages it has no version in lead here.
   */
  noticeVersions(slug: string): string;
  /** A document published with a notice: one address for every language. */
  attachment(slug: string, name: string): string;
  /** Open notices of one staff category or function group. */
  browse(language: Language, facet: BrowseFacet, value: string): string;
  /** One of the official pages: legal notice, privacy, accessibility statement, contact. */
  official(language: Language, page: OfficialPage): string;
  /** The organisation's logo, published under `name` (logo.svg, logo.png…). */
  logo(name: string): string;
  /** A part of one of the search's Pagefind bundles, the folder its pagefind.js is in. */
  searchBundle(part: SearchPart): string;
  /** The maintainers' page of translations. */
  translations(): string;
  /** The same report as data. */
  translationsData(): string;
  /** The form in which recruiters write notices (docs/cms.md). */
  admin(): string;
  /** The same address on the public site, for canonical links, hreflang and the sitemap. */
  absolute(path: string): string;
}

export function makeUrls(siteUrl: string, basePath: string): Urls {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    home: () => base,
    listing: (language) => pagePath(base, { page: 'listing', language }),
    archive: (language, number) => pagePath(base, { page: 'archive', language, number }),
    notice: (language, slug) => pagePath(base, { page: 'notice', language, slug }),
    calendar: (language, slug) => `${pagePath(base, { page: 'notice', language, slug })}deadline.ics`,
    feed: (language, format) => `${base}${language}/${FEED_FILES[format]}`,
    shareImage: (language, slug) => `${pagePath(base, { page: 'notice', language, slug })}share.png`,
    vacanciesData: () => `${base}vacancies.json`,
    noticeVersions: (slug) => `${base}vacancies/${slug}/`,
    attachment: (slug, name) => `${base}vacancies/${slug}/${name}`,
    browse: (language, facet, value) => pagePath(base, { page: 'browse', language, facet, value }),
    official: (language, page) => `${base}${language}/${page}/`,
    logo: (name) => `${base}${name}`,
    searchBundle: (part) => `${base}${searchPartFolder(part)}`,
    translations: () => `${base}translations/`,
    translationsData: () => `${base}translations.json`,
    admin: () => `${base}admin/`,
    absolute: (path) => new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href,
  };
}
