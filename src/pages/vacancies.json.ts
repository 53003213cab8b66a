/** /vacancies.json: every notice, open and closed, with its facts and its state as of the build (docs/feeds-and-data.md). */
import type { APIRoute } from 'astro';
import { vacanciesData } from '../outputs/feeds.ts';
import { loadSite } from '../site/model.ts';
import { makeUrls } from '../browser/routes.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const data = vacanciesData(site, makeUrls(site.settings.siteUrl, site.settings.basePath));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
