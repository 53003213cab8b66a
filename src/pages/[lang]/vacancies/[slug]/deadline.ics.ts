/** /{lang}/vacancies/{slug}/deadline.ics: the notice's deadline as a calendar event, in the page's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deadlineCalendar } from '../../../../lib/calendar.ts';
import { formatDeadline } from '../../../../lib/format.ts';
import { translator } from '../../../../lib/i18n.ts';
import { LANGUAGES, type Language } from '../../../../lib/languages.ts';
import { versionFor } from '../../../../lib/notice-view.ts';
import type { Notice } from '../../../../lib/notices.ts';
import { loadSite } from '../../../../lib/site.ts';
import { makeUrls } from '../../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return LANGUAGES.flatMap((lang) => site.notices.map((notice) => ({ params: { lang, slug: notice.slug }, props: { notice } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notice: Notice }> = async ({ params, props }) => {
  const site = await loadSite();
  const language = params.lang as Language;
  const { notice } = props;
  const t = translator(language);
  const urls = makeUrls(site.settings.siteUrl, site.settings.basePath);
  const values = { title: versionFor(notice, language).title, reference: notice.facts.reference };
  const url = urls.absolute(urls.notice(language, notice.slug));
  const body = deadlineCalendar({
    uid: `${notice.slug}-deadline@${new URL(site.settings.siteUrl).hostname}`,
    deadline: notice.facts.deadline,
    summary: t('calendar.summary', values),
    reminder: t('calendar.reminder', values),
    description: t('calendar.description', { deadline: formatDeadline(notice.facts.deadline, language, t), url }),
    url,
    stamp: site.now,
    language,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
