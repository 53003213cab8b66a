/**
 * The site as the pages see it: settings, valid notices and the build's "now".
 * Loaded once per build and shared by every page, so each Markdown body is
 * rendered once, not once per language page.
 */
import { loadNotices, type Notice } from '../content/notices.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { readSiteSettings, type SiteSettings } from './settings.ts';
import { noticeState, type NoticeState } from '../content/deadline.ts';
import { buildNow, contentDir } from './environment.ts';

export interface Site {
  settings: SiteSettings;
  notices: Notice[];
  /** What is allowed but likely a slip; the build prints them and goes on. */
  warnings: ContentProblem[];
  /** The instant the build treats as now: EU_VACANCIES_NOW (ISO 8601) or the clock. */
  now: number;
}

const cache = ((globalThis as { __euVacanciesSites?: Map<string, Promise<Site>> }).__euVacanciesSites ??= new Map<string, Promise<Site>>());

export function loadSite(dir = contentDir()): Promise<Site> {
  let site = cache.get(dir);
  if (!site) {
    site = (async () => {
      const settings = readSiteSettings(dir);
      const { notices, problems } = await loadNotices(dir);
      if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
      for (const notice of notices) notice.facts.organisation ??= settings.organisation;
      return { settings, notices, warnings: problems, now: buildNow() };
    })();
    cache.set(dir, site);
  }
  return site;
}

/** A withdrawn or cancelled notice is closed, whatever its deadline. */
export function stateAtBuild(site: Site, notice: Notice): NoticeState {
  if (notice.facts.status) return 'closed';
  return noticeState(notice.facts.deadline.epochMilliseconds, site.now, site.settings.closingSoonDays);
}

/** Open notices, soonest deadline first. */
export function openNotices(site: Site): Notice[] {
  return site.notices
    .filter((notice) => stateAtBuild(site, notice) !== 'closed')
    .sort((a, b) => a.facts.deadline.epochMilliseconds - b.facts.deadline.epochMilliseconds);
}

/** Closed notices, most recently closed first. */
export function closedNotices(site: Site): Notice[] {
  return site.notices
    .filter((notice) => stateAtBuild(site, notice) === 'closed')
    .sort((a, b) => b.facts.deadline.epochMilliseconds - a.facts.deadline.epochMilliseconds);
}
