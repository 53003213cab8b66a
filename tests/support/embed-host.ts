/**
 * Host pages for the embed tests: someone else's page, on another origin than the
 * site, that shows the vacancies through the snippet of the README. Served on
 * 127.0.0.1 and reachable as http://127.0.0.1:port (an origin the basic fixture's
 * frameAncestors allow) and as http://localhost:port (one they do not).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  /** The attributes of <div data-eu-vacancies>, such as { 'data-lang': 'fr' }. */
  attributes?: Record<string, string>;
  /** The snippet's <script src>; none for a page that keeps only the link. */
  script?: string;
  /** The link inside the div, as the README recommends writing it. */
  link?: { href: string; text: string };
  /** More of the host page after the embed, such as a foreign frame. */
  after?: string;
  /** The host page's own Content-Security-Policy, as a Europa page carries one. */
  csp?: string;
  /** A plain <iframe> snippet instead of the <div>, as an editor who cannot add a script pastes it. */
  iframe?: { src: string; title: string };
}

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function hostPageHtml(page: HostPage): string {
  const attributes = Object.entries(page.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${page.csp ? `<meta http-equiv="Content-Security-Policy" content="${escape(page.csp)}">` : ''}<title>Working for the EU – an institution’s website</title>
<link rel="stylesheet" href="/host.css"></head>
<body>
<header><p class="host-banner">An institution’s website</p><nav><a id="before" href="#intro">About working for the EU</a></nav></header>
<main><h1>Working for the EU</h1><p id="intro">Our partners publish their vacancies below.</p>
${
  page.iframe
    ? `<iframe src="${escape(page.iframe.src)}" title="${escape(page.iframe.title)}" loading="lazy" style="width: 100%; height: 45rem; border: 0"></iframe>`
    : `<div data-eu-vacancies${attributes}>${page.link ? `<a href="${escape(page.link.href)}">${escape(page.link.text)}</a>` : ''}</div>`
}
<p><a id="after" href="#intro">Contact us</a></p>
${page.after ?? ''}</main>
${page.script ? `<script src="${escape(page.script)}" async></script>` : ''}
</body>
</html>`;
}

const HOST_CSS = `body { margin: 0; font: 16px/1.5 Arial, sans-serif; color: #222; }
header { background: #004494; color: #fff; padding: 1rem; } header a { color: #fff; }
.host-banner { margin: 0; font-weight: 700; font-size: 1.4rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }`;

/** Serves one host page (at every path, so that ?vacancy=… and reloads work) and, at /foreign.html, whatever `foreign` holds. */
export async function serveHost(page: () => string, foreign = '') {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/host.css') response.writeHead(200, { 'content-type': 'text/css' }).end(HOST_CSS);
    else if (path === '/foreign.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(foreign);
    else if (path === '/favicon.ico') response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    /** An origin the fixture's frameAncestors allow. */
    allowed: `http://127.0.0.1:${port}`,
    /** The same server under an origin they do not. */
    refused: `http://localhost:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
