// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { LANGUAGES } from './src/lib/languages.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';
import { contentDir } from './src/lib/site.ts';
import { viewOfPath } from './src/lib/embed-paths.ts';

const settings = readSiteSettings(contentDir());

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  outDir: process.env.EU_VACANCIES_OUT ?? './dist',
  build: {
    format: 'directory',
    // Everything in files: the Content-Security-Policy allows no inline script or style.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'en', locales: Object.fromEntries(LANGUAGES.map((language) => [language, language])) },
      // The 404 page, the maintainers' translations status and the embed views (noindex; their full pages are listed) are not for search engines.
      filter: (page) =>
        !/\/404\/?$/.test(page) &&
        page !== new URL('translations/', new URL(settings.basePath, settings.siteUrl)).href &&
        !viewOfPath(settings.basePath, new URL(page).pathname)?.embedded,
      // The language chooser at the root is no language's page: keep it out of the alternates.
      serialize(item) {
        const root = new URL(settings.basePath, settings.siteUrl).href;
        return item.url === root ? { ...item, links: undefined } : { ...item, links: item.links?.filter((link) => link.url !== root) };
      },
    }),
  ],
  devToolbar: { enabled: false },
});
