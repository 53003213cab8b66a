/**
 * <language-chooser> takes a visitor to the language their browser prefers,
 * unless they came from this site (then they are here to choose). A visitor
 * sent with ?lang= (from a notice's address in a language it has no page in)
 * goes to that language, or else to the link marked data-original.
 * Without JavaScript the server-rendered list of links is the chooser.
 */
class LanguageChooser extends HTMLElement {
  connectedCallback() {
    const asked = new URLSearchParams(location.search).get('lang');
    const fromSite = Boolean(document.referrer) && new URL(document.referrer).origin === location.origin;
    const wanted = asked ? [asked] : fromSite ? [] : navigator.languages;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
    for (const preferred of wanted) {
      const link = links.find((candidate) => candidate.hreflang === preferred.toLowerCase().split('-')[0]);
      if (link) {
        location.replace(link.href);
        return;
      }
    }
    const original = this.querySelector<HTMLAnchorElement>('a[data-original]');
    if (asked && original) location.replace(original.href);
  }
}

customElements.define('language-chooser', LanguageChooser);
