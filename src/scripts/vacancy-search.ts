/**
 * <vacancy-search> turns the listing's search form on: Pagefind is fetched
 * only when the visitor reaches for the search (or arrives with a search in
 * the address); the query, filters and sort live in the address, so a search
 * can be shared and the back button works.
 *
 * Two bundles are searched: the text of the versions in the page's language,
 * and the facts of every notice, which find the notices not written in it.
 * A large site writes each in parts (see routes.ts). Pagefind orders each
 * part's results by the sort; the results are merged here.
 *
 * A search of the open vacancies also counts the closed ones that match, and
 * leads to them in the archive. Results show the time left as the listing does,
 * through <vacancy-countdown>, which VacancySearch.astro loads.
 */
import { noticeState, type NoticeState } from '../browser/countdown.ts';
import type { Language } from '../browser/languages.ts';
import { bundleOfPart, makeUrls, type SearchPart, type Urls } from '../browser/routes.ts';
import {
  deadlineText,
  FACTS_LANGUAGE,
  FILTERS,
  isActive,
  placesText,
  plural,
  resultLanguage,
  searchFromParams,
  searchToParams,
  SORT_ORDER,
  SortedMerge,
  type MoreSearchStrings,
  type ResultMeta,
  type SearchState,
  type SearchStrings,
  type StateChoice,
} from '../browser/search.ts';

interface PagefindResult {
  meta: ResultMeta;
}

type Found = { data(): Promise<PagefindResult> }[];

interface Pagefind {
  options(options: { mergeFilter: Record<string, string> }): Promise<void>;
  mergeIndex(url: string, options: { language: string; mergeFilter: Record<string, string> }): Promise<void>;
  search(query: string | null, options: object): Promise<{ results: Found }>;
}

interface Search {
  pagefind: Pagefind;
  parts: SearchPart[];
}

/** Results are shown ten at a time: each one shown costs a download. */
const PAGE_SIZE = 10;

class VacancySearch extends HTMLElement {
  #pagefind?: Promise<Search | undefined>;
  #form!: HTMLFormElement;
  #strings!: SearchStrings;
  #more!: MoreSearchStrings;
  #language!: Language;
  #urls!: Urls;
  #defaultState!: StateChoice;
  /** The place filter's name for each place value, in the page's language: results name their places alike. */
  #placeLabels = new Map<string, string>();
  #run = 0;
  #typing?: ReturnType<typeof setTimeout>;
  #found = new SortedMerge<PagefindResult>([], () => false);

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#strings = JSON.parse(this.dataset.searchStrings!) as SearchStrings;
    this.#more = JSON.parse(this.dataset.moreStrings!) as MoreSearchStrings;
    this.#language = this.#strings.lang as Language;
    this.#urls = makeUrls(location.origin, this.dataset.base!);
    this.#defaultState = this.dataset.defaultState as StateChoice;
    const places = this.#form.elements.namedItem('place') as HTMLSelectElement | null;
    for (const option of places?.options ?? []) if (option.value) this.#placeLabels.set(option.value, option.text);
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search('push');
    });
    this.#form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('input')) {
        clearTimeout(this.#typing);
        this.#typing = setTimeout(() => void this.#search('replace'), 100);
      }
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('select')) void this.#search('push');
    });
    this.querySelector('[data-clear-filters]')!.addEventListener('click', () => this.#clearFilters());
    this.querySelector('[data-search-more]')!.addEventListener('click', () => void this.#showMore(this.#run));
    // Nothing of the search is downloaded until the visitor reaches for it.
    this.#form.addEventListener('focusin', () => void this.#load(), { once: true });
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Pagefind with the parts of the bundles that have an index for this page's language; undefined when the site has no notice. */
  #load(): Promise<Search | undefined> {
    this.#pagefind ??= (async () => {
      const parts = (this.dataset.indexes ?? '').split(' ').filter(Boolean) as SearchPart[];
      const [first, ...merged] = parts;
      if (!first) return undefined;
      const pagefind = (await import(/* @vite-ignore */ `${this.#urls.searchBundle(first)}pagefind.js`)) as Pagefind;
      // Each part's records carry its name as a filter, so that each can be searched alone.
      // The text parts are in the page's language; the facts' one index is in FACTS_LANGUAGE.
      await Promise.all([
        pagefind.options({ mergeFilter: { bundle: first } }),
        ...merged.map((part) =>
          pagefind.mergeIndex(this.#urls.searchBundle(part), {
            language: bundleOfPart(part) === 'facts' ? FACTS_LANGUAGE : this.#language,
            mergeFilter: { bundle: part },
          }),
        ),
      ]);
      return { pagefind, parts };
    })();
    return this.#pagefind;
  }

  #restore() {
    const search = searchFromParams(new URLSearchParams(location.search), this.#defaultState);
    const controls = this.#form.elements;
    (controls.namedItem('q') as HTMLInputElement).value = search.query;
    for (const filter of FILTERS) {
      const select = controls.namedItem(filter) as HTMLSelectElement | null;
      if (select) select.value = search.filters[filter] ?? '';
    }
    (controls.namedItem('state') as HTMLSelectElement).value = search.state;
    (controls.namedItem('sort') as HTMLSelectElement).value = search.sort;
    if (Object.keys(search.filters).length) this.querySelector('details')!.open = true;
    void this.#search();
  }

  /** Every filter back to any, the state and sort to the page's own; the words typed stay. */
  #clearFilters() {
    for (const select of this.#form.querySelectorAll('select')) select.value = '';
    (this.#form.elements.namedItem('state') as HTMLSelectElement).value = this.#defaultState;
    (this.#form.elements.namedItem('sort') as HTMLSelectElement).value = 'deadline';
    void this.#search('push');
  }

  #read(): SearchState {
    return searchFromParams(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>), this.#defaultState);
  }

  async #search(history?: 'push' | 'replace') {
    const search = this.#read();
    if (history) {
      const query = searchToParams(search, this.#defaultState).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    const active = isActive(search, this.#defaultState);
    const results = this.querySelector<HTMLElement>('.search__results')!;
    const listing = document.querySelector<HTMLElement>('[data-server-list]');
    results.hidden = !active;
    if (listing) listing.hidden = active;
    if (!active) return;

    const run = ++this.#run;
    const status = this.querySelector('[data-search-status]')!;
    const closedLink = this.querySelector<HTMLElement>('[data-search-closed]')!;
    closedLink.hidden = true;
    this.querySelector('[data-search-results]')!.replaceChildren();
    this.querySelector<HTMLElement>('[data-search-more]')!.hidden = true;
    // A site without a single notice has no index to fetch: it says so at once.
    if (!this.dataset.indexes) {
      status.textContent = this.#more.noVacanciesYet;
      return;
    }
    status.textContent = this.#strings.loading;
    const loaded = await this.#load();
    if (!loaded) return;
    const order = SORT_ORDER[search.sort];
    const [lists, closed] = await Promise.all([
      this.#find(loaded, search, search.state),
      // Searching the open vacancies, the visitor is told of the closed ones that match.
      search.state === 'open' ? this.#find(loaded, search, 'closed') : Promise.resolve([]),
    ]);
    if (run !== this.#run) return;
    const key = (result: PagefindResult) => Number(result.meta[search.sort]);
    this.#found = new SortedMerge(lists, (a, b) => (order === 'asc' ? key(a) < key(b) : key(a) > key(b)));
    const count = this.#found.size;
    await this.#showMore(run);
    if (run !== this.#run) return;
    status.textContent = count ? plural(this.#strings.results, count, this.#strings.lang) : this.#strings.noResults;
    const closedCount = closed.reduce((sum, list) => sum + list.length, 0);
    if (closedCount) {
      const link = closedLink.querySelector('a')!;
      const params = searchToParams({ ...search, state: 'closed' }, 'closed').toString();
      link.href = `${this.#urls.archive(this.#language)}${params ? `?${params}` : ''}`;
      link.textContent = plural(this.#more.closedMatch, closedCount, this.#strings.lang);
      closedLink.hidden = false;
    }
  }

  /** The results of each part for a search in one state (open and closed as of the build), each in the sort's order. */
  async #find(loaded: Search, search: SearchState, state: StateChoice): Promise<Found[]> {
    // Always a state: the record of a part's words has none, and is never a result (see search-index.ts).
    const filters = { ...search.filters, state: state === 'any' ? { any: ['open', 'closed'] } : state };
    return Promise.all(
      loaded.parts.map(async (part) => {
        // A notice written in the page's language is found in the text bundle: its facts would list it twice.
        const only = bundleOfPart(part) === 'facts' ? { bundle: part, not: { language: this.#language } } : { bundle: part };
        const found = await loaded.pagefind.search(search.query || null, {
          filters: { ...filters, ...only },
          sort: { [search.sort]: SORT_ORDER[search.sort] },
        });
        return found.results;
      }),
    );
  }

  async #showMore(run: number) {
    const list = this.querySelector('[data-search-results]')!;
    const found = this.#found;
    const pages = await found.take(PAGE_SIZE);
    if (run !== this.#run) return;
    const now = Date.now();
    const soonDays = Number(this.dataset.closingSoonDays ?? 7);
    // A withdrawn or cancelled notice is closed whatever its deadline says.
    const stateOf = ({ meta }: PagefindResult) => (meta.status ? 'closed' : noticeState(Number(meta.deadline), now, soonDays));
    list.append(...pages.map((page) => this.#result(page.meta, stateOf(page))));
    this.querySelector<HTMLElement>('[data-search-more]')!.hidden = list.children.length >= found.size;
  }

  #result(meta: ResultMeta, state: NoticeState): HTMLLIElement {
    const language = this.#language;
    const item = document.createElement('li');
    item.className = 'notice-summary';
    item.dataset.notice = '';
    item.dataset.state = state;
    const heading = item.appendChild(document.createElement('h3'));
    heading.className = 'notice-summary__title';
    const link = heading.appendChild(document.createElement('a'));
    link.href = this.#urls.notice(resultLanguage(meta, language), meta.slug);
    link.textContent = meta.title;
    if (meta.titleLang !== language) link.lang = meta.titleLang;
    const facts = item.appendChild(document.createElement('dl'));
    facts.className = 'notice-summary__facts';
    const { labels } = this.#strings;
    const rows: [keyof SearchStrings['labels'], string | undefined][] = [
      ['reference', meta.reference],
      ['grade', meta.grade],
      ['staffCategory', this.#strings.staffCategories[meta.staffCategory]],
      ['place', placesText(meta, language, this.#placeLabels)],
    ];
    for (const [name, value] of rows) {
      if (!value) continue;
      const row = facts.appendChild(document.createElement('div'));
      row.className = 'fact';
      row.appendChild(document.createElement('dt')).textContent = labels[name];
      row.appendChild(document.createElement('dd')).textContent = value;
    }
    const row = facts.appendChild(document.createElement('div'));
    row.className = 'fact fact--deadline';
    row.appendChild(document.createElement('dt')).textContent = labels.deadline;
    row.appendChild(document.createElement('dd')).append(this.#deadline(meta, state));
    if (meta.status) this.#badge(item, 'closed', this.#strings.states.closed);
    else {
      // As in the listing: shown for the state now, switched by <vacancy-countdown> when it changes.
      this.#badge(item, 'closing-soon', this.#strings.states['closing-soon']).hidden = state !== 'closing-soon';
      this.#badge(item, 'closed', this.#strings.states.closed).hidden = state !== 'closed';
    }
    return item;
  }

  #badge(item: HTMLElement, state: 'closing-soon' | 'closed', text: string): HTMLElement {
    const badge = item.appendChild(document.createElement('p'));
    badge.className = `badge badge--${state}`;
    badge.dataset.showWhen = state;
    badge.textContent = text;
    return badge;
  }

  /** The deadline as the listing shows it: while it is ahead, with the time left and the reader's own time. */
  #deadline(meta: ResultMeta, state: NoticeState): Node {
    const time = document.createElement('time');
    time.dateTime = new Date(Number(meta.deadline)).toISOString();
    time.textContent = deadlineText(meta, this.#language, this.#strings);
    if (state === 'closed' || meta.status) return time;
    const countdown = document.createElement('vacancy-countdown');
    Object.assign(countdown.dataset, {
      deadline: meta.deadline,
      timeZone: meta.timeZone,
      closingSoonDays: this.dataset.closingSoonDays ?? '7',
      state,
    });
    countdown.append(time, ' ');
    for (const part of ['left', 'local']) {
      const span = countdown.appendChild(document.createElement('span'));
      span.className = `countdown__${part}`;
      span.setAttribute(`data-countdown-${part}`, '');
    }
    return countdown;
  }
}

customElements.define('vacancy-search', VacancySearch);
