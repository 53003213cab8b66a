/**
 * Search and browse: what each notice tells the search index, and the search
 * a visitor makes, as it lives in the page address (so it can be shared and
 * the back button works). Pure and small: the browser uses it too.
 */
import type { NoticeState, PluralForms } from './countdown.ts';
import { intlLocale, isLanguage, type Language } from './languages.ts';

/** What the search says in the page's language, handed to the browser in a data-* attribute. */
export interface SearchStrings {
  /** The page's language, as in its addresses; Intl gets its intlLocale. */
  lang: string;
  /** "{{count}} results", by plural category. */
  results: PluralForms;
  noResults: string;
  more: string;
  loading: string;
  labels: Record<'reference' | 'grade' | 'staffCategory' | 'place' | 'deadline', string>;
  states: Record<NoticeState, string>;
  /** Each staff category's name, by its key. */
  staffCategories: Record<string, string>;
  /** "{{date}}, {{time}} Brussels time" and, for a deadline in another time zone, "{{date}}, {{time}} ({{zone}})". */
  deadlineAt: string;
  deadlineAtZone: string;
}

/** What the search says beyond the results, handed over like SearchStrings. */
export interface MoreSearchStrings {
  /** "{{count}} closed vacancies match your search: see the archive", by plural category. */
  closedMatch: PluralForms;
  /** What a site without a single notice says instead of searching. */
  noVacanciesYet: string;
}

/** A counted string in the form `count` takes in the reader's language. */
export function plural(forms: PluralForms, count: number, language: string): string {
  const form = forms[new Intl.PluralRules(isLanguage(language) ? intlLocale(language) : language).select(count)] ?? forms.other ?? '';
  return form.replace('{{count}}', String(count));
}

/**
 * The language of the facts bundle's one index: a notice's facts (titles in every
 * version, reference, places) are in many languages at once, so none is stemmed.
 */
export const FACTS_LANGUAGE = 'mul';

/** What a search result carries besides its text: the same in every language, labelled by the browser. */
export interface ResultMeta {
  slug: string;
  reference: string;
  /** The version's title, or in the facts bundle the original's. */
  title: string;
  /** The language of that title. */
  titleLang: string;
  /** The language of the original version. */
  original: string;
  staffCategory: string;
  /** Grade or grades, such as "AD6", "AST3–AST5" or "AD5, AD7"; empty when there is none. */
  grade: string;
  /** The places as the place filter has them ("BE Brussels"), one a line. */
  places: string;
  /** The deadline's instant, in epoch milliseconds. */
  deadline: string;
  /** The IANA time zone the deadline is set in. */
  timeZone: string;
  /** "withdrawn" or "cancelled", else empty. */
  status: string;
  /** Open or closed as of the build. */
  state: 'open' | 'closed';
  /** The publication date as epoch milliseconds, "0" when not given. */
  published: string;
}

export const FILTERS = ['staffCategory', 'functionGroup', 'grade', 'place', 'service', 'domain', 'language'] as const;
export type Filter = (typeof FILTERS)[number];

export const STATES = ['open', 'closed', 'any'] as const;
export type StateChoice = (typeof STATES)[number];

export const SORTS = ['deadline', 'published'] as const;
export type Sort = (typeof SORTS)[number];

/** Soonest deadline first, newest publication first. */
export const SORT_ORDER: Record<Sort, 'asc' | 'desc'> = { deadline: 'asc', published: 'desc' };

export interface SearchState {
  query: string;
  filters: Partial<Record<Filter, string>>;
  state: StateChoice;
  sort: Sort;
}

/** The search a page address describes; unknown or empty parameters are ignored. */
export function searchFromParams(params: URLSearchParams, defaultState: StateChoice): SearchState {
  const filters: SearchState['filters'] = {};
  for (const filter of FILTERS) {
    const value = params.get(filter);
    if (value) filters[filter] = value;
  }
  const state = params.get('state') as StateChoice | null;
  const sort = params.get('sort') as Sort | null;
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    state: state && STATES.includes(state) ? state : defaultState,
    sort: sort && SORTS.includes(sort) ? sort : 'deadline',
  };
}

/** The page address parameters of a search, leaving out what is at its default. */
export function searchToParams(search: SearchState, defaultState: StateChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (search.query) params.set('q', search.query);
  for (const filter of FILTERS) if (search.filters[filter]) params.set(filter, search.filters[filter]);
  if (search.state !== defaultState) params.set('state', search.state);
  if (search.sort !== 'deadline') params.set('sort', search.sort);
  return params;
}

/** True when the visitor asked for something other than the page as it is. */
export function isActive(search: SearchState, defaultState: StateChoice): boolean {
  return searchToParams(search, defaultState).toString() !== '';
}

/**
 * The ways people type a reference, so that "DIGIT/COM/2024/461", "2024/461",
 * "digit com 461" and "DIGITCOM2024461" all find the notice.
 */
export function referenceTerms(reference: string): string {
  const parts = reference.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const tail = parts.slice(-2).join('/');
  return [...new Set([reference, parts.join(' '), tail, parts.join(''), parts.join('-')])].join(' ');
}

/**
 * Where a result leads a reader of `language`: an open notice has a page in every
 * language; a closed one only in the languages it is written in, so one not written
 * in the reader's language opens in its original.
 */
export function resultLanguage(meta: ResultMeta, language: Language): Language {
  return meta.state === 'closed' && meta.titleLang !== language ? (meta.original as Language) : language;
}

/**
 * The places of a result as the page's place filter names them, in the reader's language:
 * "Bruxelles (Belgique) et Luxembourg (Luxembourg)". The index holds one value per place for
 * every language ("BE Brussels"); `labels` are the filter's names for those values. A place the
 * filter does not name (a page older than the index) keeps its city as written.
 */
export function placesText(meta: ResultMeta, language: Language, labels: ReadonlyMap<string, string>): string {
  const countries = new Intl.DisplayNames([intlLocale(language)], { type: 'region' });
  const places = meta.places
    .split('\n')
    .filter(Boolean)
    .map((place) => {
      const label = labels.get(place);
      if (label) return label;
      const [country, ...city] = place.split(' ');
      return `${city.join(' ')} (${countries.of(country!)})`;
    });
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(places);
}

/** A result's deadline in the reader's language, on a 24-hour clock, in the time zone it is set in. */
export function deadlineText(meta: ResultMeta, language: Language, strings: SearchStrings): string {
  const at = new Date(Number(meta.deadline));
  const locale = intlLocale(language);
  const timeZone = meta.timeZone;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', hourCycle: 'h23', timeZone }).format(at);
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName');
  const template = timeZone === 'Europe/Brussels' ? strings.deadlineAt : strings.deadlineAtZone;
  return template
    .replace('{{date}}', date)
    .replace('{{time}}', time)
    .replace('{{zone}}', zone?.value ?? timeZone);
}

/**
 * Several lists of results, each already in the same order, read as one list in
 * that order. A result's data is downloaded only when it may be next: at most
 * `count` more of each list for `count` results taken.
 */
export class SortedMerge<T> {
  readonly size: number;
  #lists: { data(): Promise<T> }[][];
  #loaded: Promise<T>[][];
  #next: number[];
  #before: (a: T, b: T) => boolean;
  #queue: Promise<unknown> = Promise.resolve();

  /** `before(a, b)` is true when a comes strictly before b; on a tie the earlier list goes first. */
  constructor(lists: { data(): Promise<T> }[][], before: (a: T, b: T) => boolean) {
    this.#lists = lists;
    this.#loaded = lists.map(() => []);
    this.#next = lists.map(() => 0);
    this.#before = before;
    this.size = lists.reduce((sum, list) => sum + list.length, 0);
  }

  /** The next `count` results, or fewer at the end; calls made before one ends wait their turn. */
  take(count: number): Promise<T[]> {
    const taken = this.#queue.then(() => this.#take(count));
    this.#queue = taken.catch(() => undefined);
    return taken;
  }

  async #take(count: number): Promise<T[]> {
    const load = (list: number, index: number) => (this.#loaded[list]![index] ??= this.#lists[list]![index]!.data());
    // Download what may be needed at once rather than one result after another.
    this.#lists.forEach((list, l) => {
      for (let index = this.#next[l]!; index < Math.min(list.length, this.#next[l]! + count); index++) void load(l, index);
    });
    const taken: T[] = [];
    while (taken.length < count) {
      let best: { list: number; value: T } | undefined;
      for (let l = 0; l < this.#lists.length; l++) {
        if (this.#next[l]! >= this.#lists[l]!.length) continue;
        const value = await load(l, this.#next[l]!);
        if (!best || this.#before(value, best.value)) best = { list: l, value };
      }
      if (!best) break;
      taken.push(best.value);
      this.#next[best.list]!++;
    }
    return taken;
  }
}
