/**
 * Search and browse: what each notice tells the search index, and the search
 * a visitor makes, as it lives in the page address (so it can be shared and
 * the back button works). Pure and small: the browser uses it too.
 */
import type { NoticeState, PluralForms } from './countdown.ts';

/** What the search says in the page's language, handed to the browser in a data-* attribute. */
export interface SearchStrings {
  lang: string;
  /** "{{count}} results", by plural category. */
  results: PluralForms;
  noResults: string;
  more: string;
  loading: string;
  labels: Record<'reference' | 'grade' | 'staffCategory' | 'place' | 'deadline', string>;
  states: Record<NoticeState, string>;
}

export const FILTERS = ['staffCategory', 'functionGroup', 'grade', 'place', 'service', 'domain', 'language'] as const;
export type Filter = (typeof FILTERS)[number];

export const STATES = ['open', 'closed', 'any'] as const;
export type StateChoice = (typeof STATES)[number];

export const SORTS = ['deadline', 'published'] as const;
export type Sort = (typeof SORTS)[number];

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
