// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { LANGUAGES } from './src/browser/languages.ts';
import { readSiteSettings } from './src/site/settings.ts';
import { contentDir, outDir } from './src/site/environment.ts';
import { isNoticeVersionsPath, makeUrls } from './src/browser/routes.ts';

const settings = readSiteSettings(contentDir());
const urls = makeUrls(settings.siteUrl, settings.basePath);

export default defineConfig({
  site: settings.siteUrl,
  base: settings.basePath,
  trailingSlash: 'always',
  outDir: outDir(),
  build: {
    format: 'directory',
    // Everything in files: the Content-Security-Policy allows no inline script or style.
    inlineStylesheets: 'never',
  },
  vite: {
    // The recruiters' form bundles the CMS (about 2.5 MB, loaded on /admin/ only): the site's own scripts are a few KB.
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 4096 },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'en', locales: Object.fromEntries(LANGUAGES.map((language) => [language, language])) },
      // Files of at most this many addresses, listed by sitemap-index.xml: the protocol allows 50,000 and 50 MB,
      // and each address carries its hreflang alternates, up to 25 links.
      entryLimit: settings.sitemapEntryLimit,
      // Only canonical pages: not the 404 page, the maintainers' translations status, the recruiters' form,
      // or a notice's page in no particular language (it only leads on).
      filter: (page) => {
        const { pathname } = new URL(page);
        return (
          !/\/404\/?$/.test(page) &&
          page !== urls.absolute(urls.translations()) &&
          page !== urls.absolute(urls.admin()) &&
          !isNoticeVersionsPath(settings.basePath, pathname)
        );
      },
      // The language chooser at the root is no language's page: keep it out of the alternates.
      serialize(item) {
        const root = urls.absolute(urls.home());
        return item.url === root ? { ...item, links: undefined } : { ...item, links: item.links?.filter((link) => link.url !== root) };
      },
    }),
  ],
  devToolbar: { enabled: false },
});
