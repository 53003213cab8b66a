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
import { LANGUAGES, type Language } from '../browser/languages.ts';
import { organisationNames } from './names.ts';
import { readOwnerPages, type OwnerPages } from './official-pages.ts';

export interface Site {
  settings: SiteSettings;
  notices: Notice[];
  /** The site owner's versions of the official pages (content/pages/). */
  pages: OwnerPages;
  /** What is allowed but likely a slip; the build prints them and goes on. */
  warnings: ContentProblem[];
  /** The instant the build treats as now: EU_VACANCIES_NOW (ISO 8601) or the clock. */
  now: number;
  /** Each notice's state as of the build, decided once when the notices load. */
  states: Map<Notice, NoticeState>;
  /** Open notices, soonest deadline first. */
  open: Notice[];
  /** Closed notices, most recently closed first. */
  closed: Notice[];
}

const cache = ((globalThis as { __euVacanciesSites?: Map<string, Promise<Site>> }).__euVacanciesSites ??= new Map<string, Promise<Site>>());

/** A withdrawn or cancelled notice is closed, whatever its deadline. */
function decideState(notice: Notice, now: number, closingSoonDays: number): NoticeState {
  if (notice.facts.status) return 'closed';
  return noticeState(notice.facts.deadline.epochMilliseconds, now, closingSoonDays);
}

export function loadSite(dir = contentDir()): Promise<Site> {
  let site = cache.get(dir);
  if (!site) {
    site = (async () => {
      const settings = readSiteSettings(dir);
      const pages = readOwnerPages(dir);
      const { notices, problems } = await loadNotices(dir);
      if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
      const now = buildNow();
      for (const notice of notices) {
        notice.facts.organisation ??= settings.organisation;
        notice.facts.organisationNames = organisationNames(notice.facts.organisation, settings.organisationNames);
      }
      const states = new Map(notices.map((notice) => [notice, decideState(notice, now, settings.closingSoonDays)]));
      const deadline = (notice: Notice) => notice.facts.deadline.epochMilliseconds;
      return {
        settings,
        notices,
        pages,
        warnings: problems,
        now,
        states,
        open: notices.filter((notice) => states.get(notice) !== 'closed').sort((a, b) => deadline(a) - deadline(b)),
        closed: notices.filter((notice) => states.get(notice) === 'closed').sort((a, b) => deadline(b) - deadline(a)),
      };
    })();
    cache.set(dir, site);
  }
  return site;
}

export function stateAtBuild(site: Site, notice: Notice): NoticeState {
  return site.states.get(notice)!;
}

/**
 * The languages in which a notice has a page: all 24 while it is open; once
 * closed, only the language versions that exist (its other addresses lead to it, see routes).
 */
export function pageLanguages(site: Site, notice: Notice): readonly Language[] {
  return stateAtBuild(site, notice) === 'closed' ? notice.versions.map((version) => version.language) : LANGUAGES;
}

/** The language of the page a reader of `language` is sent to for a notice: theirs where it has one, else the original's. */
export function pageLanguageFor(site: Site, notice: Notice, language: Language): Language {
  return pageLanguages(site, notice).includes(language) ? language : notice.original;
}
