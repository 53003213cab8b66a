/**
 * What a notice page or listing entry shows in one language: the version to
 * read (the reader's, or the original when there is none) and the facts,
 * labelled and formatted for that language.
 */
import { intlLocale, type Language } from '../browser/languages.ts';
import type { Notice, NoticeVersion } from '../content/notices.ts';
import type { Translate } from './i18n.ts';
import type { Deadline } from '../content/deadline.ts';
import type { CountdownStrings, NoticeState, PluralForms } from '../browser/countdown.ts';
import type { SearchStrings } from '../browser/search.ts';
import { functionGroupsOf } from '../content/grade.ts';
import { once } from './once.ts';
import { STAFF_CATEGORIES } from '../schemas/notice.ts';
import {
  formatContractDuration,
  formatDate,
  formatDeadline,
  formatGrade,
  formatLegalBasis,
  formatPay,
  formatPlaces,
  formatPosts,
} from './format.ts';
import { placeName } from './names.ts';
import { payOf } from './pay.ts';

export interface Fact {
  /** Stable name, for styling and tests. */
  name: string;
  label: string;
  value: string;
  /** Machine-readable value, such as the deadline's instant for <time datetime>. */
  datetime?: string;
  /** Language of the value when it is not the page's (names in the original language). */
  lang?: Language;
  /** Codes and names that must not be translated by the browser. */
  translate?: false;
  /** A value in several parts, shown as a list: each kind of post. */
  items?: string[];
  /** The deadline itself, for the live countdown. */
  deadline?: Deadline;
}

export interface NoticeView {
  version: NoticeVersion;
  /** True when the reader's language has no version and the original is shown. */
  fallback: boolean;
  title: string;
  places: string;
  staffCategory: string;
  grade?: string;
  /** Each kind of post with its grade and place, when the notice offers several. */
  posts?: string[];
  deadline: string;
  facts: Fact[];
}

/**
 * The places in the reader's language: a translation's own places win; otherwise each place's name in
 * the reader's language where the data knows it, else as the original writes it.
 */
export function placesFor(notice: Notice, language: Language): string[] {
  const version = versionFor(notice, language);
  const { locations } = notice.facts;
  const ownPlaces =
    version.language === language &&
    version.language !== notice.original &&
    version.places.some((place, index) => place !== locations[index]?.city);
  if (ownPlaces) return version.places;
  return locations.map((location) => placeName(location.city, location.country, language) ?? location.city);
}

/** The organisation's name in the reader's language, with the language it is written in when it is not theirs. */
export function organisationFor(notice: Notice, language: Language): { name: string; lang?: Language } {
  const { organisation = '', organisationNames } = notice.facts;
  const translated = organisationNames?.[language];
  return translated ? { name: translated } : { name: organisation, lang: notice.original };
}

export function versionFor(notice: Notice, language: Language): NoticeVersion {
  return notice.versions.find((version) => version.language === language) ?? notice.versions[0]!;
}

export function stateLabel(state: NoticeState, t: Translate): string {
  return t(state === 'open' ? 'notice.statusOpen' : state === 'closing-soon' ? 'notice.statusClosingSoon' : 'notice.statusClosed');
}

/** A notice's status in words: withdrawn or cancelled once taken back, else its state. */
export function statusLabel(notice: Notice, state: NoticeState, t: Translate): string {
  return notice.facts.status === 'withdrawn'
    ? t('notice.statusWithdrawn')
    : notice.facts.status === 'cancelled'
      ? t('notice.statusCancelled')
      : stateLabel(state, t);
}

/** The label of every state, for the scripts that change state on the page. */
function stateLabels(t: Translate): Record<NoticeState, string> {
  return { open: stateLabel('open', t), 'closing-soon': stateLabel('closing-soon', t), closed: stateLabel('closed', t) };
}

const views = new WeakMap<Notice, Map<string, NoticeView>>();

/**
 * A notice as one language shows it. An open notice's view is made once per language and kept: its
 * page, the listings, the browse pages and the feeds all show it. A closed notice is shown once per
 * language (its archive entry, or its page): keeping those views would only hold a grown archive in memory.
 */
export function noticeView(notice: Notice, language: Language, t: Translate, state: NoticeState): NoticeView {
  if (state === 'closed') return makeNoticeView(notice, language, t, state);
  const byLanguage = once(views, notice, () => new Map<string, NoticeView>());
  return once(byLanguage, `${language} ${state}`, () => makeNoticeView(notice, language, t, state));
}

function makeNoticeView(notice: Notice, language: Language, t: Translate, state: NoticeState): NoticeView {
  const { facts } = notice;
  const version = versionFor(notice, language);
  const fallback = version.language !== language;
  const deadline = formatDeadline(facts.deadline, language, t);
  const grade = facts.grade && formatGrade(facts.grade, language, t);
  const staffCategory = t(`staffCategory.${facts.staffCategory}`);
  const readerPlaces = placesFor(notice, language);
  const places = formatPlaces(readerPlaces, facts, language);
  const organisation = organisationFor(notice, language);
  // Several kinds of post, or a number of posts, are shown post by post: a grade is then tied to its place.
  const posts =
    facts.posts && (facts.posts.length > 1 || facts.posts[0]!.count > 1)
      ? formatPosts(facts.posts, readerPlaces, facts, language, t)
      : undefined;
  const pay = payOf(facts);
  const legalBasis = formatLegalBasis(facts, language, t);
  const functionGroups = facts.grade
    ? functionGroupsOf(facts.grade).map((group) =>
        group === 'FG'
          ? t('functionGroup.FG', { group: formatGrade(facts.grade!, language, t) })
          : t(`functionGroup.${group === 'AST/SC' ? 'AST-SC' : group}`),
      )
    : [];
  const contract = formatContractDuration(facts, t);
  // The deadline and state first: they are what a job seeker checks before anything else.
  const rows: (Fact | false | undefined)[] = [
    { name: 'reference', label: t('notice.reference'), value: facts.reference, translate: false },
    // A notice taken back has no live countdown: its deadline no longer opens or closes anything.
    {
      name: 'deadline',
      label: t('notice.deadline'),
      value: deadline,
      datetime: facts.deadline.iso,
      deadline: facts.status ? undefined : facts.deadline,
    },
    { name: 'status', label: t('notice.status'), value: statusLabel(notice, state, t) },
    posts !== undefined && { name: 'posts', label: t('facts2.posts'), value: posts.join('; '), items: posts },
    posts === undefined && grade !== undefined && { name: 'grade', label: t('notice.grade'), value: grade, translate: false },
    { name: 'staff-category', label: t('notice.staffCategory'), value: legalBasis ? `${staffCategory} (${legalBasis})` : staffCategory },
    functionGroups.length > 0 && { name: 'function-group', label: t('notice.functionGroup'), value: functionGroups.join(', ') },
    posts === undefined && { name: 'place', label: t('notice.place'), value: places },
    pay !== undefined && { name: 'pay', label: t('facts2.pay'), value: formatPay(pay, language, t) },
    { name: 'organisation', label: t('notice.organisation'), value: organisation.name, lang: organisation.lang, translate: false },
    facts.service !== undefined && {
      name: 'service',
      label: t('notice.service'),
      value: facts.service,
      lang: notice.original,
      translate: false,
    },
    { name: 'domain', label: t('notice.domain'), value: t(`domain.${facts.domain}`) },
    facts.published !== undefined && {
      name: 'published',
      label: t('notice.published'),
      value: formatDate(facts.published, language),
      datetime: facts.published,
    },
    contract !== undefined && { name: 'contract-duration', label: t('notice.contractDuration'), value: contract },
    facts.availableFrom !== undefined && {
      name: 'available-from',
      label: t('facts2.availableFrom'),
      value: facts.availableFrom === 'immediately' ? t('facts2.immediately') : formatDate(facts.availableFrom, language),
      datetime: facts.availableFrom === 'immediately' ? undefined : facts.availableFrom,
    },
    facts.probationMonths !== undefined && {
      name: 'probation',
      label: t('notice.probation'),
      value: t('notice.months', { count: facts.probationMonths }),
    },
    facts.securityClearance !== undefined && {
      name: 'security-clearance',
      label: t('notice.securityClearance'),
      value: t('notice.securityClearanceLevel', { level: facts.securityClearance }),
    },
  ];
  return {
    version,
    fallback,
    title: version.title,
    places,
    staffCategory,
    grade,
    posts,
    deadline,
    facts: rows.filter((row): row is Fact => Boolean(row) && (row as Fact).value !== ''),
  };
}

/** The countdown's strings in the page's language, with exactly the plural forms that language has. */
export function countdownStrings(language: Language, t: Translate): CountdownStrings {
  const categories = new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories;
  const forms = (key: string): PluralForms => Object.fromEntries(categories.map((category) => [category, t(`${key}_${category}`)]));
  return {
    lang: intlLocale(language),
    left: t('countdown.left'),
    and: t('countdown.and'),
    days: forms('countdown.days'),
    hours: forms('countdown.hours'),
    minutes: forms('countdown.minutes'),
    lessThanMinute: t('countdown.lessThanMinute'),
    nowClosingSoon: t('countdown.nowClosingSoon'),
    nowClosed: t('countdown.nowClosed'),
    inYourTimeZone: t('countdown.inYourTimeZone'),
    states: stateLabels(t),
  };
}

/** The facts a job seeker scans first, on one line: for the page description, shared links and feeds. */
export function summaryLine(notice: Notice, view: NoticeView): string {
  const offered = view.posts ? [view.posts.join('; ')] : [view.grade, view.places];
  return [notice.facts.reference, view.staffCategory, ...offered, view.deadline].filter(Boolean).join(' · ');
}

/** What the search needs to say in the page's language: result counts with their plural forms, labels, states and staff categories. */
export function searchStrings(language: Language, t: Translate): SearchStrings {
  const categories = new Intl.PluralRules(intlLocale(language)).resolvedOptions().pluralCategories;
  return {
    lang: language,
    results: Object.fromEntries(categories.map((category) => [category, t(`search.results_${category}`)])),
    noResults: t('search.noResults'),
    more: t('search.more'),
    loading: t('search.loading'),
    labels: {
      reference: t('notice.reference'),
      grade: t('notice.grade'),
      staffCategory: t('notice.staffCategory'),
      place: t('notice.place'),
      deadline: t('notice.deadline'),
    },
    states: stateLabels(t),
    staffCategories: Object.fromEntries(STAFF_CATEGORIES.map((category) => [category, t(`staffCategory.${category}`)])),
    deadlineAt: t('notice.deadlineAt'),
    deadlineAtZone: t('notice.deadlineAtZone'),
  };
}
