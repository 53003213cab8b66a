/**
 * <vacancy-search> turns the listing's search form on: Pagefind is fetched
 * only when the visitor reaches for the search (or arrives with a search in
 * the address); the query, filters and sort live in the address, so a search
 * can be shared and the back button works.
 */
import { noticeState, type NoticeState } from '../browser/countdown.ts';
import {
  FILTERS,
  isActive,
  searchFromParams,
  searchToParams,
  type SearchState,
  type SearchStrings,
  type StateChoice,
} from '../browser/search.ts';

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
}

type Found = { data(): Promise<PagefindResult> }[];

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string | null, options: object): Promise<{ results: Found }>;
}

/** Results are shown ten at a time: each one shown costs a download. */
const PAGE_SIZE = 10;

class VacancySearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #form!: HTMLFormElement;
  #strings!: SearchStrings;
  #defaultState!: StateChoice;
  #run = 0;
  #typing?: ReturnType<typeof setTimeout>;
  #found: Found = [];

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#strings = JSON.parse(this.dataset.searchStrings!) as SearchStrings;
    this.#defaultState = this.dataset.defaultState as StateChoice;
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
    this.#form.addEventListener('reset', () => setTimeout(() => void this.#search('push')));
    this.querySelector('[data-search-more]')!.addEventListener('click', () => void this.#showMore(this.#run));
    // Nothing of the search is downloaded until the visitor reaches for it.
    this.#form.addEventListener('focusin', () => void this.#load(), { once: true });
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const base = this.dataset.base!;
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      return pagefind;
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
    status.textContent = this.#strings.loading;
    const pagefind = await this.#load();
    // Open and closed as of the build narrow the search; what is shown is checked against this visitor's clock.
    const filters = { ...search.filters, ...(search.state === 'any' ? {} : { state: search.state }) };
    const sort = search.sort === 'published' ? { published: 'desc' } : { deadline: 'asc' };
    const found = await pagefind.search(search.query || null, { filters, sort });
    if (run !== this.#run) return;
    this.#found = found.results;
    this.querySelector('[data-search-results]')!.replaceChildren();
    const rules = new Intl.PluralRules(this.#strings.lang);
    const forms = this.#strings.results;
    const count = this.#found.length;
    await this.#showMore(run);
    if (run !== this.#run) return;
    status.textContent = count
      ? (forms[rules.select(count)] ?? forms.other ?? '').replace('{{count}}', String(count))
      : this.#strings.noResults;
  }

  async #showMore(run: number) {
    const list = this.querySelector('[data-search-results]')!;
    const shown = list.children.length;
    const pages = await Promise.all(this.#found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (run !== this.#run) return;
    const now = Date.now();
    const soonDays = Number(this.dataset.closingSoonDays ?? 7);
    // A withdrawn or cancelled notice is closed whatever its deadline says.
    const stateOf = (page: PagefindResult) => (page.meta.status ? 'closed' : noticeState(Number(page.meta.deadline), now, soonDays));
    list.append(...pages.map((page) => this.#result(page, stateOf(page))));
    this.querySelector<HTMLElement>('[data-search-more]')!.hidden = list.children.length >= this.#found.length;
  }

  #result(page: PagefindResult, state: NoticeState): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'notice-summary';
    item.dataset.state = state;
    const heading = item.appendChild(document.createElement('h3'));
    heading.className = 'notice-summary__title';
    const link = heading.appendChild(document.createElement('a'));
    link.href = page.url;
    link.textContent = page.meta.title ?? page.meta.reference ?? '';
    if (page.meta.titleLang) link.lang = page.meta.titleLang;
    const facts = item.appendChild(document.createElement('dl'));
    facts.className = 'notice-summary__facts';
    const { labels } = this.#strings;
    const rows: [keyof SearchStrings['labels'], string | undefined][] = [
      ['reference', page.meta.reference],
      ['grade', page.meta.grade],
      ['staffCategory', page.meta.staffCategory],
      ['place', page.meta.place],
      ['deadline', page.meta.deadlineText],
    ];
    for (const [name, value] of rows) {
      if (!value) continue;
      const row = facts.appendChild(document.createElement('div'));
      row.className = 'fact';
      row.appendChild(document.createElement('dt')).textContent = labels[name];
      row.appendChild(document.createElement('dd')).textContent = value;
    }
    if (state !== 'open') {
      const badge = item.appendChild(document.createElement('p'));
      badge.className = `badge badge--${state}`;
      badge.textContent = this.#strings.states[state];
    }
    return item;
  }
}

customElements.define('vacancy-search', VacancySearch);
