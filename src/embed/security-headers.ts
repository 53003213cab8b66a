/**
 * The site's security policy, written in one place: the <meta> Content-Security-Policy
 * of every page, and the HTTP headers the build writes for static hosts (`_headers`
 * for Netlify and Cloudflare Pages, a snippet for nginx). A <meta> policy cannot say
 * who may frame a page; only the header's frame-ancestors can.
 */

const POLICY: [string, string[]][] = [
  ['default-src', ["'self'"]],
  // Pagefind's search runs WebAssembly; nothing else loosens the scripts.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The Content-Security-Policy; with frame-ancestors only when it goes into a header. */
export function contentSecurityPolicy(frameAncestors?: readonly string[]): string {
  const directives = frameAncestors ? [...POLICY, ['frame-ancestors', [...frameAncestors]] as [string, string[]]] : POLICY;
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export type Headers = [name: string, value: string][];

/** The headers every response of the site carries. */
export function securityHeaders(frameAncestors: readonly string[]): Headers {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(frameAncestors)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', REFERRER_POLICY],
    // Browsers ignore it over plain http, so a local preview is not affected.
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

/** A `_headers` file for Netlify and Cloudflare Pages: the headers for every address. */
export function headersFile(headers: Headers): string {
  return [
    '# Security headers for Netlify and Cloudflare Pages, written by npm run build from content/site.yaml.',
    '/*',
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** The same headers for nginx, to include in the server block that serves the site. */
export function nginxSnippet(headers: Headers): string {
  return [
    '# Security headers for nginx, written by npm run build from content/site.yaml.',
    '# Include this file in the server block that serves the site. A location block with',
    '# add_header directives of its own drops these: include the file there too.',
    ...headers.map(([name, value]) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;`),
    '',
  ].join('\n');
}

export interface HeaderRule {
  pattern: RegExp;
  headers: Headers;
}

/**
 * Reads a `_headers` file as Netlify does: a line starting with "/" opens a rule for
 * the addresses it matches (* for any rest, :name for one segment); indented
 * "Name: value" lines below it are its headers; # starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers of every rule that matches a path (relative to the site's root folder). */
export function headersForPath(rules: HeaderRule[], path: string): Headers {
  return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
