/**
 * `_redirects`, for hosts that read it (Netlify, Cloudflare Pages): a closed
 * notice keeps pages only in its language versions, and its other addresses
 * lead to its page in no particular language, which takes the reader on. A rule
 * applies only where no file answers, so every page that exists is served as it is.
 * Hosts without redirects (GitHub and GitLab Pages) serve 404.html, whose script does the same.
 */
import { makeUrls } from '../browser/routes.ts';

export function redirectRules(basePath: string): string {
  const urls = makeUrls('', basePath);
  return `${urls.home()}:lang/vacancies/:slug/ ${urls.noticeVersions(':slug')}?lang=:lang 302\n`;
}
