/**
 * <embed-frame>, on every page, makes the page a good guest in another site's
 * iframe, and does nothing when the page is not framed. Links to other sites
 * and to the site's files open in a new tab and say so; the site's own pages
 * stay in the frame. With embed.js on the host page it answers only a parent
 * whose origin the site's frame-ancestors allow, and posts only to that origin:
 * the height of the page whenever it changes, and the links the visitor
 * follows, so that the parent's address and back button follow the notice
 * shown. The protocol is in docs/embed-protocol.md.
 */
import { frameAncestorsAllow } from '../browser/frame-ancestors.ts';
import { viewOfPath } from '../browser/routes.ts';
import { envelope, readParentMessage, type ChildMessage } from '../browser/embed-protocol.ts';

class EmbedFrame extends HTMLElement {
  #parent?: string;
  #height = 0;
  #observer = new ResizeObserver(() => this.#reportHeight());

  connectedCallback() {
    if (window.parent === window) return;
    this.#markLinksLeavingTheFrame();
    addEventListener('message', this.#onMessage);
    document.addEventListener('click', this.#onClick);
    addEventListener('hashchange', this.#onHashChange);
  }

  disconnectedCallback() {
    removeEventListener('message', this.#onMessage);
    document.removeEventListener('click', this.#onClick);
    removeEventListener('hashchange', this.#onHashChange);
    this.#observer.disconnect();
  }

  /** Other sites and the site's files open in a new tab, which the link says in words and the style shows. */
  #markLinksLeavingTheFrame() {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(link.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (url.origin === location.origin && viewOfPath(this.dataset.base!, url.pathname)) {
        this.#keepLook(link);
        continue;
      }
      link.target = '_blank';
      link.rel = 'noopener';
      const words = document.createElement('span');
      words.className = 'visually-hidden';
      words.textContent = ` ${this.dataset.newTab}`;
      link.append(words);
    }
  }

  /** A frame's ?look= follows the reader from page to page inside it. */
  #keepLook(link: HTMLAnchorElement) {
    const look = new URLSearchParams(location.search).get('look');
    if (!look) return;
    const url = new URL(link.href);
    url.searchParams.set('look', look);
    link.href = url.href;
  }

  #onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const allowed = this.dataset.frameAncestors!.split(' ');
    if (!frameAncestorsAllow(allowed, event.origin, location.origin)) return;
    const message = readParentMessage(event.data);
    if (!message) return;
    this.#parent = event.origin;
    // The parent gives the frame the height of the content: a scroll bar would only flicker while it catches up.
    document.documentElement.dataset.embedParent = '';
    this.#height = this.#measure();
    this.#post({ type: 'ready', path: location.pathname + location.search, height: this.#height });
    this.#observer.observe(document.documentElement);
    if (message.focus) document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    if (location.hash) this.#onHashChange();
  };

  #measure(): number {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  #reportHeight() {
    const height = this.#measure();
    if (height === this.#height) return;
    this.#height = height;
    this.#post({ type: 'resize', height });
  }

  #onClick = (event: MouseEvent) => {
    // A new tab, a download or another site: the browser does what the visitor asked.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    if (!viewOfPath(this.dataset.base!, url.pathname)) return;
    // Links written since the page was read, such as search results, keep the frame's look too.
    this.#keepLook(link);
    if (!this.#parent) return;
    // The parent loads the page, so that its own address and history follow the notice shown.
    event.preventDefault();
    const to = new URL(link.href);
    this.#post({ type: 'navigate', from: location.pathname + location.search, to: to.pathname + to.search + to.hash });
  };

  #onHashChange = () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) this.#post({ type: 'scroll', top: Math.max(0, Math.round(target.getBoundingClientRect().top + scrollY)) });
  };

  #post(message: ChildMessage) {
    // Never "*": only the parent that introduced itself, from an allowed origin, hears anything.
    if (this.#parent) window.parent.postMessage(envelope(message), this.#parent);
  }
}

customElements.define('embed-frame', EmbedFrame);
