/**
 * <language-menu> enhances the language switcher's <details>, which works on its own
 * without JavaScript: Escape closes it and gives the focus back to its summary, and a
 * click outside closes it. It also points the menu's search link at the search box,
 * which only exists with JavaScript (without, the link leads to the browse links).
 */
class LanguageMenu extends HTMLElement {
  #details: HTMLDetailsElement | null = null;

  connectedCallback() {
    this.#details = this.querySelector('details');
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('click', this.#onClick);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-link]')) {
      link.hash = '#search';
      link.addEventListener('click', () => focusSearchBox());
    }
    if (location.hash === '#search') focusSearchBox();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('click', this.#onClick);
  }

  #onKey = (event: KeyboardEvent) => {
    const details = this.#details;
    if (event.key !== 'Escape' || !details?.open) return;
    const focusWasInside = details.contains(document.activeElement);
    details.open = false;
    if (focusWasInside) details.querySelector('summary')?.focus();
  };

  #onClick = (event: MouseEvent) => {
    const details = this.#details;
    if (details?.open && !details.contains(event.target as Node)) details.open = false;
  };
}

/** Focuses the search box once <vacancy-search> has shown it (it may not have yet), for a second at most. */
function focusSearchBox(tries = 20) {
  const box = document.querySelector<HTMLInputElement>('#search input[type="search"]');
  if (box && box.offsetParent !== null) {
    box.focus();
    box.scrollIntoView({ block: 'center' });
  } else if (tries > 0) setTimeout(() => focusSearchBox(tries - 1), 50);
}

customElements.define('language-menu', LanguageMenu);
