/**
 * framed.js, in the head of every page, before anything is drawn. In another
 * site's frame the page drops its header and footer (see embed.css), so a
 * plain iframe shows just the vacancies, with or without embed.js on the host.
 * Hosts that send no headers (GitHub Pages, GitLab Pages) let any site frame
 * the pages: where the browser names the frame's ancestors, a parent that
 * frameAncestors does not allow gets only a link to the page on the site.
 * A frame takes the look that the frameLook setting or its own ?look= names.
 */
import { frameAncestorsAllow } from '../browser/frame-ancestors.ts';

declare const FRAME_ANCESTORS: string[];
declare const FRAME_LOOK: string;

if (window.self !== window.top) {
  const root = document.documentElement;
  root.setAttribute('data-framed', '');
  const look = new URLSearchParams(location.search).get('look') ?? FRAME_LOOK;
  if (look === 'europa') root.setAttribute('data-look', look);
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  const origins = ancestors ? Array.from({ length: ancestors.length }, (_, index) => ancestors.item(index)!) : [];
  if (origins.some((origin) => !frameAncestorsAllow(FRAME_ANCESTORS, origin, location.origin)))
    root.setAttribute('data-framed-refused', '');
}
