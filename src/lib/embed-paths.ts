/**
 * The embed views: the listing, the archive, the browse pages and each notice as
 * another site's iframe shows them, at /{lang}/embed/… under the base path, next
 * to the full pages at /{lang}/…. The pages, the script in the frame and the
 * script on the host page all read and write these addresses here.
 */
import { isLanguage, type Language } from './languages.ts';
import type { Urls } from './urls.ts';
import type { BrowseFacet } from './browse.ts';

export type EmbedView =
  | { page: 'listing'; language: Language }
  | { page: 'archive'; language: Language }
  | { page: 'notice'; language: Language; slug: string }
  | { page: 'browse'; language: Language; facet: BrowseFacet; value: string };

/** A notice's folder name, a staff category or a function group: what may stand in one segment. */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const FACETS: readonly string[] = ['staff-category', 'function-group'];

function tail(view: EmbedView): string {
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
export function pagePath(basePath: string, view: EmbedView): string {
  return `${basePath}${view.language}/${tail(view)}`;
}

/** The embed view, for an iframe. */
export function embedPath(basePath: string, view: EmbedView): string {
  return `${basePath}${view.language}/embed/${tail(view)}`;
}

/** Which view a path of the site shows, as a full page or embedded; undefined for any other address. */
export function viewOfPath(basePath: string, pathname: string): { view: EmbedView; embedded: boolean } | undefined {
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
  if (FACETS.includes(first)) return { view: { page: 'browse', language, facet: first as BrowseFacet, value: second }, embedded };
  return undefined;
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
