/** What every page in one language starts from: the site, the language, its strings and the site's addresses. */
import { translator, type Translate } from './i18n.ts';
import { LANGUAGES, type Language } from '../browser/languages.ts';
import { loadSite, type Site } from './model.ts';
import { makeUrls, type Urls } from '../browser/routes.ts';

export interface PageContext {
  site: Site;
  language: Language;
  t: Translate;
  urls: Urls;
}

/** For a page under /{lang}/; getStaticPaths only ever gives it one of the 24 languages. */
export async function pageContext(lang: string | undefined): Promise<PageContext> {
  const site = await loadSite();
  const language = lang as Language;
  return { site, language, t: translator(language), urls: makeUrls(site.settings.siteUrl, site.settings.basePath) };
}

/** Static paths of a page per notice and language: every notice in all 24 languages. */
export async function noticePaths() {
  const site = await loadSite();
  return LANGUAGES.flatMap((lang) => site.notices.map((notice) => ({ params: { lang, slug: notice.slug }, props: { notice } })));
}
