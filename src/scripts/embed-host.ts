/**
 * embed.js, on a host page: turns each <div data-eu-vacancies> into an iframe of
 * the site's pages that takes the height of its content. The first one on
 * a page keeps the page's address in step with the notice shown (?vacancy=<slug>),
 * so that the address can be shared and reloaded and the back button works. It
 * talks only to the site it was loaded from, the origin of its own src. Built
 * into the site's /embed.js by src/pages/embed.js.ts; the protocol is in
 * docs/embed-protocol.md.
 */
import { isLanguage, type Language } from '../browser/languages.ts';
import { SEGMENT, pagePath, viewOfPath, type View } from '../browser/routes.ts';
import { envelope, readChildMessage, type Hello } from '../browser/embed-protocol.ts';

/** The frame's title and the fallback link's text in each language, written in by the build. */
declare const EMBED_STRINGS: Record<Language, { frameTitle: string; openFullSite: string }>;

/** The query parameter of the host page's address that names the notice shown. */
const PARAMETER = 'vacancy';
/** Where the view shown is kept in the host page's history entries. */
const STATE_KEY = 'euVacancies';

interface Embed {
  frame: HTMLIFrameElement;
  fallback: HTMLAnchorElement;
  language: Language;
  start: View;
  /** Whether this embed writes to the page's address and history: the first one on the page does. */
  deepLinks: boolean;
  /** Path and query of the view in the frame: the last one the parent loaded or the frame reported. */
  path: string;
  /** Whether the frame has answered yet. */
  answered: boolean;
}

const script = document.currentScript;
const embeds: Embed[] = [];

if (script instanceof HTMLScriptElement && script.src) {
  const home = new URL('.', script.src);
  const site = { origin: home.origin, base: home.pathname };

  const checkedPath = (path: unknown): string | undefined => {
    if (typeof path !== 'string') return undefined;
    const url = new URL(path, home);
    return url.origin === site.origin && viewOfPath(site.base, url.pathname) ? url.pathname + url.search + url.hash : undefined;
  };

  const languageOf = (element: HTMLElement): Language => {
    for (const code of [element.dataset.lang, document.documentElement.lang]) {
      const primary = code?.toLowerCase().split('-')[0];
      if (primary && isLanguage(primary)) return primary;
    }
    return 'en';
  };

  const startView = (element: HTMLElement, language: Language): View => {
    const { view, vacancy, staffCategory, functionGroup } = element.dataset;
    if (vacancy && SEGMENT.test(vacancy)) return { page: 'notice', language, slug: vacancy };
    if (view === 'archive') return { page: 'archive', language };
    if (staffCategory && SEGMENT.test(staffCategory)) return { page: 'browse', language, facet: 'staff-category', value: staffCategory };
    if (functionGroup && SEGMENT.test(functionGroup)) return { page: 'browse', language, facet: 'function-group', value: functionGroup };
    return { page: 'listing', language };
  };

  const stateOf = (state: unknown): Record<string, unknown> =>
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};

  /** The view the page's address asks for: the one its history entry recorded, or the notice of ?vacancy=. */
  const requested = (language: Language, state: unknown): string | undefined => {
    const recorded = checkedPath(stateOf(state)[STATE_KEY]);
    if (recorded) return recorded;
    const slug = new URLSearchParams(location.search).get(PARAMETER);
    if (slug && SEGMENT.test(slug)) return pagePath(site.base, { page: 'notice', language, slug });
    return undefined;
  };

  const addressFor = (embed: Embed, path: string): string => {
    const url = new URL(location.href);
    const view = viewOfPath(site.base, new URL(path, home).pathname);
    // The notice a host page starts with needs no parameter: its plain address shows it.
    const started = embed.start.page === 'notice' && view?.page === 'notice' && embed.start.slug === view.slug;
    if (view?.page === 'notice' && !started) url.searchParams.set(PARAMETER, view.slug);
    else url.searchParams.delete(PARAMETER);
    return url.href;
  };

  const record = (embed: Embed, path: string, how: 'push' | 'replace') => {
    const state = { ...stateOf(how === 'replace' ? history.state : null), [STATE_KEY]: path };
    if (how === 'push') history.pushState(state, '', addressFor(embed, path));
    else history.replaceState(state, '', addressFor(embed, path));
  };

  const load = (embed: Embed, path: string) => {
    embed.path = path;
    // replace(): the parent's history holds the entry, so the frame must not add one of its own.
    embed.frame.contentWindow?.location.replace(site.origin + path);
  };

  const setHeight = (embed: Embed, height: number) => {
    const value = `${height}px`;
    if (embed.frame.style.height !== value) embed.frame.style.height = value;
  };

  const create = (element: HTMLElement) => {
    const language = languageOf(element);
    const start = startView(element, language);
    const strings = EMBED_STRINGS[language];
    // The link the host page wrote stays as the fallback; an empty <div> gets one.
    const written = element.querySelector('a[href]');
    const fallback = written instanceof HTMLAnchorElement ? written : element.appendChild(document.createElement('a'));
    if (fallback !== written) {
      fallback.href = site.origin + pagePath(site.base, start);
      fallback.textContent = strings.openFullSite;
    }
    const frame = document.createElement('iframe');
    const deepLinks = !embeds.some((other) => other.deepLinks);
    // data-look="europa": the frame takes the Europa look, and keeps it from page to page.
    const look = element.dataset.look === 'europa' ? '?look=europa' : '';
    const path = (deepLinks && requested(language, history.state)) || `${pagePath(site.base, start)}${look}`;
    const embed: Embed = { frame, fallback, language, start, deepLinks, path, answered: false };
    embeds.push(embed);
    frame.title = strings.frameTitle;
    frame.loading = 'lazy';
    // Set through the style object: a host page's CSP may forbid style attributes, never this.
    Object.assign(frame.style, { display: 'block', width: '100%', height: '40rem', border: '0' });
    frame.addEventListener('load', () => {
      const hello: Hello = { type: 'hello', focus: document.activeElement === frame };
      frame.contentWindow?.postMessage(envelope(hello), site.origin);
    });
    frame.src = site.origin + path;
    element.prepend(frame);
  };

  const onReady = (embed: Embed, path: string, height: number) => {
    const first = !embed.answered;
    embed.answered = true;
    embed.path = path;
    embed.fallback.hidden = true;
    setHeight(embed, height);
    if (embed.deepLinks) record(embed, path, 'replace');
    // After a navigation inside the frame, the visitor should see where the new page starts.
    const top = embed.frame.getBoundingClientRect().top;
    if (!first && (top < 0 || top > innerHeight)) embed.frame.scrollIntoView({ block: 'start' });
  };

  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== site.origin) return;
    const embed = embeds.find((candidate) => candidate.frame.contentWindow === event.source);
    const message = readChildMessage(event.data);
    if (!embed || !message) return;
    switch (message.type) {
      case 'ready': {
        const path = checkedPath(message.path);
        if (path) onReady(embed, path, message.height);
        break;
      }
      case 'resize':
        setHeight(embed, message.height);
        break;
      case 'navigate': {
        const to = checkedPath(message.to);
        if (!to) break;
        if (embed.deepLinks) {
          const from = checkedPath(message.from);
          if (from) record(embed, from, 'replace');
          record(embed, to, 'push');
          load(embed, to);
        } else {
          // Without deep links the frame keeps its own history, as any link would.
          embed.path = to;
          embed.frame.src = site.origin + to;
        }
        break;
      }
      case 'scroll':
        scrollTo({ top: embed.frame.getBoundingClientRect().top + scrollY + message.top });
        break;
    }
  });

  addEventListener('popstate', (event: PopStateEvent) => {
    const embed = embeds.find((candidate) => candidate.deepLinks);
    if (!embed) return;
    let path = requested(embed.language, event.state);
    // An entry the host page made itself names no view: a notice gives way to the start view, a listing stays.
    if (!path && viewOfPath(site.base, new URL(embed.path, home).pathname)?.page === 'notice') path = pagePath(site.base, embed.start);
    if (path && path !== embed.path) load(embed, path);
  });

  const start = () => {
    // Not twice, should the page load the script twice.
    for (const element of document.querySelectorAll<HTMLElement>('[data-eu-vacancies]:not([data-eu-vacancies-ready])')) {
      element.setAttribute('data-eu-vacancies-ready', '');
      create(element);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
} else {
  console.warn('eu-vacancies: embed.js must be loaded by a <script src> element to know which site to show.');
}
