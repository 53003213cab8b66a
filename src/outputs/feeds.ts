/**
 * Feeds of the open notices, one set per language (RSS 2.0, Atom 1.0 and
 * JSON Feed 1.1), and vacancies.json: every notice's facts for other sites.
 *
 * An entry is a notice's title and its facts on one line, linking to its page:
 * the full text stays on the page, so that 24 languages of feeds stay small.
 * Where a notice has no version in the feed's language, its entry carries the
 * original title, marked with the original's language.
 */
import { Temporal } from '../content/temporal.ts';
import { functionGroupsOf, gradeLabel, gradesOf } from '../content/grade.ts';
import type { Translate } from '../site/i18n.ts';
import type { Language } from '../browser/languages.ts';
import { noticeView, summaryLine, versionFor } from '../site/notice-view.ts';
import type { Notice } from '../content/notices.ts';
import { stateAtBuild, type Site } from '../site/model.ts';
import { once } from '../site/once.ts';
import type { FeedFormat, Urls } from '../browser/routes.ts';
import { xmlText } from './xml.ts';
import { payOf } from '../site/pay.ts';
import type { NoticeFacts } from '../schemas/notice.ts';

export interface FeedEntry {
  /** Address of the notice page in the feed's language; also the entry's permanent id. */
  url: string;
  title: string;
  /** Language of the title. */
  language: Language;
  /** The facts on one line, in the feed's language. */
  summary: string;
  /** Start of the publication day in the notice's time zone (RFC 3339), when the notice gives one. */
  published?: string;
  /** Staff category and domain, in the feed's language. */
  categories: string[];
}

export interface Feed {
  language: Language;
  title: string;
  description: string;
  /** Absolute address of the listing the feed follows. */
  homePageUrl: string;
  /** Absolute address of the feed in each format, for its self links. */
  feedUrls: Record<FeedFormat, string>;
  author: string;
  /** The build's instant (RFC 3339): the feed is as of then. */
  updated: string;
  entries: FeedEntry[];
}

/** The first instant of the publication day, where the deadline is: "2024-04-15" gives 2024-04-15T00:00:00+02:00. */
export function publicationInstant(facts: NoticeFacts): Temporal.ZonedDateTime | undefined {
  if (!facts.published) return undefined;
  return Temporal.PlainDate.from(facts.published).toZonedDateTime({ timeZone: facts.deadline.timeZone });
}

const rfc3339 = (instant: Temporal.ZonedDateTime) => instant.toString({ timeZoneName: 'never', smallestUnit: 'second' });

/** Newest publication first; notices without a publication date last, soonest deadline first among them. */
export function newestFirst(notices: readonly Notice[]): Notice[] {
  const published = (notice: Notice) => notice.facts.published ?? '';
  return [...notices].sort(
    (a, b) => published(b).localeCompare(published(a)) || a.facts.deadline.epochMilliseconds - b.facts.deadline.epochMilliseconds,
  );
}

/** The feed of the notices open for applications at build time, in one language. */
const feeds = new WeakMap<Site, Map<Language, Feed>>();

/** The open notices as a feed in one language, made once per language for its three formats. */
export function feedOf(site: Site, language: Language, t: Translate, urls: Urls): Feed {
  const byLanguage = once(feeds, site, () => new Map<Language, Feed>());
  return once(byLanguage, language, () => makeFeed(site, language, t, urls));
}

function makeFeed(site: Site, language: Language, t: Translate, urls: Urls): Feed {
  const open = site.open.filter((notice) => notice.facts.status === undefined);
  const organisation = site.settings.organisation;
  return {
    language,
    title: t('site.title', { organisation }),
    description: t('listing.intro'),
    homePageUrl: urls.absolute(urls.listing(language)),
    feedUrls: {
      rss: urls.absolute(urls.feed(language, 'rss')),
      atom: urls.absolute(urls.feed(language, 'atom')),
      json: urls.absolute(urls.feed(language, 'json')),
    },
    author: organisation,
    updated: new Date(site.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    entries: newestFirst(open).map((notice) => {
      const view = noticeView(notice, language, t, stateAtBuild(site, notice));
      const published = publicationInstant(notice.facts);
      return {
        url: urls.absolute(urls.notice(language, notice.slug)),
        title: view.title,
        language: view.version.language,
        summary: summaryLine(notice, view),
        published: published && rfc3339(published),
        categories: [view.staffCategory, t(`domain.${notice.facts.domain}`)],
      };
    }),
  };
}

const rfc822 = (rfc3339Instant: string) => new Date(rfc3339Instant).toUTCString();

export function rssFeed(feed: Feed): string {
  const items = feed.entries.map((entry) => [
    '    <item>',
    `      <title>${xmlText(entry.title)}</title>`,
    `      <link>${xmlText(entry.url)}</link>`,
    `      <guid isPermaLink="true">${xmlText(entry.url)}</guid>`,
    `      <description>${xmlText(entry.summary)}</description>`,
    ...(entry.published ? [`      <pubDate>${rfc822(entry.published)}</pubDate>`] : []),
    ...entry.categories.map((category) => `      <category>${xmlText(category)}</category>`),
    '    </item>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlText(feed.title)}</title>`,
    `    <link>${xmlText(feed.homePageUrl)}</link>`,
    `    <description>${xmlText(feed.description)}</description>`,
    `    <language>${feed.language}</language>`,
    `    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    `    <atom:link href="${xmlText(feed.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items.flat(),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map((entry) => [
    `  <entry${entry.language === feed.language ? '' : ` xml:lang="${entry.language}"`}>`,
    `    <id>${xmlText(entry.url)}</id>`,
    `    <title>${xmlText(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
    ...(entry.published ? [`    <published>${entry.published}</published>`] : []),
    // Atom requires a date on every entry; one without a publication date is as of the build.
    `    <updated>${entry.published ?? feed.updated}</updated>`,
    `    <summary xml:lang="${feed.language}">${xmlText(entry.summary)}</summary>`,
    ...entry.categories.map((category) => `    <category term="${xmlText(category)}"/>`),
    '  </entry>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    `  <id>${xmlText(feed.feedUrls.atom)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <subtitle>${xmlText(feed.description)}</subtitle>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.feedUrls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.homePageUrl)}"/>`,
    ...entries.flat(),
    '</feed>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export function jsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homePageUrl,
      feed_url: feed.feedUrls.json,
      description: feed.description,
      language: feed.language,
      authors: [{ name: feed.author }],
      items: feed.entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        content_text: entry.summary,
        ...(entry.published && { date_published: entry.published }),
        tags: entry.categories,
        language: entry.language,
      })),
    },
    null,
    2,
  )}\n`;
}

/** The pay as stated, or the grid's basic salaries at step 1 with the date the grid applies from. */
function payData(facts: NoticeFacts) {
  const pay = payOf(facts);
  if (!pay) return undefined;
  if (pay.kind === 'stated') return { source: 'notice', ...pay.pay };
  return {
    source: 'staff-regulations-grid',
    appliesFrom: pay.appliesFrom,
    currency: 'EUR',
    period: 'month',
    kind: 'basic-salary',
    step: 1,
    byGrade: Object.fromEntries(pay.salaries.map((salary) => [gradeLabel(salary.grade), salary.amount])),
  };
}

/** What became of a notice as of the build: its state, or withdrawn or cancelled. */
export type DataState = 'open' | 'closing-soon' | 'closed' | 'withdrawn' | 'cancelled';

/** vacancies.json: every notice, open and closed, with all its facts; the fields are described in docs/feeds-and-data.md. */
export function vacanciesData(site: Site, urls: Urls) {
  return {
    version: 1,
    generated: new Date(site.now).toISOString(),
    organisation: site.settings.organisation,
    site: urls.absolute(urls.home()),
    notices: site.notices.map((notice) => {
      const { facts } = notice;
      const state: DataState = facts.status ?? stateAtBuild(site, notice);
      return {
        reference: facts.reference,
        state,
        url: urls.absolute(urls.notice(notice.original, notice.slug)),
        title: versionFor(notice, notice.original).title,
        originalLanguage: notice.original,
        versions: notice.versions.map((version) => ({
          language: version.language,
          title: version.title,
          places: version.places,
          url: urls.absolute(urls.notice(version.language, notice.slug)),
        })),
        organisation: facts.organisation ?? site.settings.organisation,
        service: facts.service,
        staffCategory: facts.staffCategory,
        legalBasis: facts.legalBasis,
        grades: facts.grade && gradesOf(facts.grade).map(gradeLabel),
        functionGroups: facts.grade && functionGroupsOf(facts.grade),
        domain: facts.domain,
        locations: facts.locations,
        posts: facts.posts?.map((post) => ({
          count: post.count,
          grades: post.grade && gradesOf(post.grade).map(gradeLabel),
          location: facts.locations[post.location],
        })),
        published: facts.published,
        deadline: { local: facts.deadline.local, timeZone: facts.deadline.timeZone, instant: facts.deadline.iso },
        contract: facts.contract,
        contractDuration: facts.contractDuration,
        probationMonths: facts.probationMonths,
        availableFrom: facts.availableFrom,
        pay: payData(facts),
        securityClearance: facts.securityClearance,
        apply: facts.apply,
        corrigenda: facts.corrigenda,
      };
    }),
  };
}
