/** /{lang}/vacancies/{slug}/deadline.ics: the notice's deadline as a calendar event, in the page's language. */
import type { APIRoute } from 'astro';
import { deadlineCalendar } from '../../../../outputs/calendar.ts';
import { formatDeadline } from '../../../../site/format.ts';
import { versionFor } from '../../../../site/notice-view.ts';
import type { Notice } from '../../../../content/notices.ts';
import { openNoticePaths, pageContext } from '../../../../site/page-context.ts';

export const getStaticPaths = openNoticePaths;

export const GET: APIRoute<{ notice: Notice }> = async ({ params, props }) => {
  const { site, language, t, urls } = await pageContext(params.lang);
  const { notice } = props;
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
