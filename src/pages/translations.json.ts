/** The translations status as data, for maintainers' tools: the report of npm run translations. */
import type { APIRoute } from 'astro';
import { resources } from '../lib/i18n.ts';
import { loadSite } from '../lib/site.ts';
import { translationsReport } from '../lib/translations.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const messages = Object.fromEntries(Object.entries(resources).map(([language, { translation }]) => [language, translation]));
  return new Response(`${JSON.stringify(translationsReport(site.notices, messages), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
