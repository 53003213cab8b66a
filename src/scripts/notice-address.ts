/**
 * <notice-address> on the 404 page: an address of a notice in a language it has
 * no page in (a closed notice keeps pages only for its language versions) leads
 * to the notice, in that language if it can be read in it, else in its original.
 */
import { makeUrls, viewOfPath } from '../browser/routes.ts';

class NoticeAddress extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base!;
    const found = viewOfPath(base, location.pathname);
    if (found?.page !== 'notice') return;
    location.replace(`${makeUrls(location.origin, base).noticeVersions(found.slug)}?lang=${found.language}`);
  }
}

customElements.define('notice-address', NoticeAddress);
