/**
 * /robots.txt: every page may be crawled, the archive included; the sitemap
 * lists them. Crawlers read robots.txt only at the root of a host: a site under
 * a base path needs this Sitemap line in the host's own robots.txt.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/model.ts';
import { makeUrls } from '../browser/routes.ts';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const urls = makeUrls(settings.siteUrl, settings.basePath);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${urls.absolute(`${urls.home()}sitemap-index.xml`)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
