/** The translations status as data, for maintainers' tools: the report of npm run translations, for the open notices. */
import type { APIRoute } from 'astro';
import { MESSAGES } from '../site/locales.ts';
import { loadSite } from '../site/model.ts';
import { translationsReport } from '../site/translations.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(`${JSON.stringify(translationsReport(site.open, MESSAGES), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
