/** Addresses of the site's pages, under the configured base path. */
import type { Language } from './languages.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

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
  browse(language: Language, facet: 'staff-category' | 'function-group', value: string): string;
  /** The same address on the public site, for canonical links, hreflang and the sitemap. */
  absolute(path: string): string;
}

export function makeUrls(siteUrl: string, basePath: string): Urls {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    home: () => base,
    listing: (language) => `${base}${language}/`,
    archive: (language) => `${base}${language}/archive/`,
    notice: (language, slug) => `${base}${language}/vacancies/${slug}/`,
    calendar: (language, slug) => `${base}${language}/vacancies/${slug}/deadline.ics`,
    feed: (language, format) => `${base}${language}/${FEED_FILES[format]}`,
    shareImage: (language, slug) => `${base}${language}/vacancies/${slug}/share.png`,
    vacanciesData: () => `${base}vacancies.json`,
    attachment: (slug, name) => `${base}vacancies/${slug}/${name}`,
    browse: (language, facet, value) => `${base}${language}/${facet}/${value}/`,
    absolute: (path) => new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href,
  };
}
