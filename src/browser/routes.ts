/**
 * Every address of the site, under the configured base path: the one place the
 * URL layout is written. Pure, so that the pages, the build, the sitemap filter,
 * the search index and the scripts in the browser all read the same layout.
 *
 * A view (listing, archive, browse page, notice) has a full page at /{lang}/…
 * and an embed view for iframes at /{lang}/embed/….
 */
import { isLanguage, type Language } from './languages.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
export type BrowseFacet = 'staff-category' | 'function-group';

const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };
const BROWSE_FACETS: readonly string[] = ['staff-category', 'function-group'] satisfies BrowseFacet[];

/** A notice's folder name, a staff category or a function group: what may stand in one segment. */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The search's two Pagefind bundles, as folders of the site: `text` holds each language
 * version in its own language's index, `facts` every notice once, in one index for all languages.
 */
export type SearchBundle = 'text' | 'facts';
export const SEARCH_BUNDLES: Record<SearchBundle, string> = { text: 'pagefind/', facts: 'pagefind-facts/' };

export type View =
  | { page: 'listing'; language: Language }
  | { page: 'archive'; language: Language }
  | { page: 'notice'; language: Language; slug: string }
  | { page: 'browse'; language: Language; facet: BrowseFacet; value: string };

function tail(view: View): string {
  switch (view.page) {
    case 'listing':
      return '';
    case 'archive':
      return 'archive/';
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

/** The embed view, for an iframe. */
export function embedPath(basePath: string, view: View): string {
  return `${basePath}${view.language}/embed/${tail(view)}`;
}

/** Which view a path of the site shows, as a full page or embedded; undefined for any other address. */
export function viewOfPath(basePath: string, pathname: string): { view: View; embedded: boolean } | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const segments = pathname.slice(basePath.length).split('/');
  if (segments.pop() !== '') return undefined;
  const [language, ...rest] = segments;
  if (!language || !isLanguage(language)) return undefined;
  const embedded = rest[0] === 'embed';
  if (embedded) rest.shift();
  const [first, second, ...more] = rest;
  if (more.length) return undefined;
  if (first === undefined) return { view: { page: 'listing', language }, embedded };
  if (second === undefined) return first === 'archive' ? { view: { page: 'archive', language }, embedded } : undefined;
  if (!SEGMENT.test(second)) return undefined;
  if (first === 'vacancies') return { view: { page: 'notice', language, slug: second }, embedded };
  if (BROWSE_FACETS.includes(first)) return { view: { page: 'browse', language, facet: first as BrowseFacet, value: second }, embedded };
  return undefined;
}

export interface Urls {
  home(): string;
  listing(language: Language): string;
  archive(language: Language): string;
  notice(language: Language, slug: string): string;
  /** The notice's deadline as a calendar event. */
  calendar(language: Language, slug: string): string;
  /** The open notices as a feed in one language. */
  feed(language: Language, format: FeedFormat): string;
  /** The picture shown where a notice's address is shared, one per language version. */
  shareImage(language: Language, slug: string): string;
  /** Every notice's facts, for other sites and aggregators. */
  vacanciesData(): string;
  /** A document published with a notice: one address for every language. */
  attachment(slug: string, name: string): string;
  /** Open notices of one staff category or function group. */
  browse(language: Language, facet: BrowseFacet, value: string): string;
  /** A Pagefind bundle of the search, the folder its pagefind.js is in. */
  searchBundle(bundle: SearchBundle): string;
  /** The maintainers' page of translations. */
  translations(): string;
  /** The same report as data. */
  translationsData(): string;
  /** The same address on the public site, for canonical links, hreflang and the sitemap. */
  absolute(path: string): string;
}

export function makeUrls(siteUrl: string, basePath: string): Urls {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    home: () => base,
    listing: (language) => pagePath(base, { page: 'listing', language }),
    archive: (language) => pagePath(base, { page: 'archive', language }),
    notice: (language, slug) => pagePath(base, { page: 'notice', language, slug }),
    calendar: (language, slug) => `${pagePath(base, { page: 'notice', language, slug })}deadline.ics`,
    feed: (language, format) => `${base}${language}/${FEED_FILES[format]}`,
    shareImage: (language, slug) => `${pagePath(base, { page: 'notice', language, slug })}share.png`,
    vacanciesData: () => `${base}vacancies.json`,
    attachment: (slug, name) => `${base}vacancies/${slug}/${name}`,
    browse: (language, facet, value) => pagePath(base, { page: 'browse', language, facet, value }),
    searchBundle: (bundle) => `${base}${SEARCH_BUNDLES[bundle]}`,
    translations: () => `${base}translations/`,
    translationsData: () => `${base}translations.json`,
    absolute: (path) => new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href,
  };
}

/** The site's addresses as an embed view links them: its own pages stay in the frame, everything else is unchanged. */
export function embedUrls(urls: Urls): Urls {
  const base = urls.home();
  return {
    ...urls,
    listing: (language) => embedPath(base, { page: 'listing', language }),
    archive: (language) => embedPath(base, { page: 'archive', language }),
    notice: (language, slug) => embedPath(base, { page: 'notice', language, slug }),
    browse: (language, facet, value) => embedPath(base, { page: 'browse', language, facet, value }),
  };
}
