/**
 * <language-chooser> takes a visitor to the language their browser prefers,
 * unless they came from this site (then they are here to choose).
 * Without JavaScript the server-rendered list of links is the chooser.
 */
class LanguageChooser extends HTMLElement {
  connectedCallback() {
    if (document.referrer && new URL(document.referrer).origin === location.origin) return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
    for (const preferred of navigator.languages) {
      const link = links.find((candidate) => candidate.hreflang === preferred.toLowerCase().split('-')[0]);
      if (link) {
        location.replace(link.href);
        return;
      }
    }
  }
}

customElements.define('language-chooser', LanguageChooser);
