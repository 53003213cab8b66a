/** /{lang}/atom.xml: the open notices as an Atom 1.0 feed, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedOf, atomFeed } from '../../outputs/feeds.ts';
import { translator } from '../../site/i18n.ts';
import { LANGUAGES, type Language } from '../../browser/languages.ts';
import { loadSite } from '../../site/model.ts';
import { makeUrls } from '../../browser/routes.ts';

export const getStaticPaths = (() => LANGUAGES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const language = params.lang as Language;
  const feed = feedOf(site, language, translator(language), makeUrls(site.settings.siteUrl, site.settings.basePath));
  return new Response(atomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
