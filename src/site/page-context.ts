/** What every page in one language starts from: the site, the language, its strings and the site's addresses. */
import { translator, type Translate } from './i18n.ts';
import type { Language } from '../browser/languages.ts';
import { loadSite, pageLanguages, type Site } from './model.ts';
import { makeUrls, type Urls } from '../browser/routes.ts';

export interface PageContext {
  site: Site;
  language: Language;
  t: Translate;
  urls: Urls;
}

const contexts = new Map<string, PageContext>();

/** For a page under /{lang}/; getStaticPaths only ever gives it one of the 24 languages. Made once per language. */
export async function pageContext(lang: string | undefined): Promise<PageContext> {
  const site = await loadSite();
  const language = lang as Language;
  let context = contexts.get(language);
  if (context?.site !== site) {
    context = { site, language, t: translator(language), urls: makeUrls(site.settings.siteUrl, site.settings.basePath) };
    contexts.set(language, context);
  }
  return context;
}

/** Static paths of a notice page: every language while it is open, the versions that exist once it is closed. */
export async function noticePaths() {
  const site = await loadSite();
  return site.notices.flatMap((notice) =>
    pageLanguages(site, notice).map((lang) => ({ params: { lang, slug: notice.slug }, props: { notice } })),
  );
}

/** Static paths of what only an open notice offers (its calendar event): every language. */
export async function openNoticePaths() {
  const site = await loadSite();
  return site.open.flatMap((notice) =>
    pageLanguages(site, notice).map((lang) => ({ params: { lang, slug: notice.slug }, props: { notice } })),
  );
}
