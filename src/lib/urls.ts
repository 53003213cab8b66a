/** Addresses of the site's pages, under the configured base path. */
import type { Language } from './languages.ts';

export interface Urls {
  home(): string;
  listing(language: Language): string;
  archive(language: Language): string;
  notice(language: Language, slug: string): string;
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
    absolute: (path) => new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href,
  };
}
