/**
 * Who may show the site inside a frame: the sources of the Content-Security-Policy
 * directive frame-ancestors, as content/site.yaml lists them, and the matching a
 * browser does with them. The embed script in the frame uses the same matching to
 * decide which parent it talks to, so the list also holds on hosts that send no headers.
 */

export const DEFAULT_FRAME_ANCESTORS: readonly string[] = ["'self'", 'https://europa.eu', 'https://*.europa.eu'];

/** scheme://host[:port], the host possibly starting with "*." and the port possibly "*". */
const ORIGIN_SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}|\*))?\/?$/i;

/**
 * A source as Content-Security-Policy writes it, or undefined when it is not one we accept:
 * 'self', 'none', or an origin with its scheme. YAML reads 'self' as self, so the quotes
 * are optional. Paths, bare host names and a lone * are refused: they would not say
 * clearly which sites may frame the vacancies.
 */
export function normaliseFrameAncestor(source: string): string | undefined {
  const trimmed = source.trim();
  if (/^'?self'?$/i.test(trimmed)) return "'self'";
  if (/^'?none'?$/i.test(trimmed)) return "'none'";
  if (!ORIGIN_SOURCE.test(trimmed)) return undefined;
  return trimmed.toLowerCase().replace(/\/$/, '');
}

function defaultPort(scheme: string): string {
  return scheme === 'https' ? '443' : '80';
}

/** Does this source allow a parent page of this origin? `self` is the framed page's own origin. */
export function sourceAllows(source: string, origin: string, self: string): boolean {
  if (source === "'self'") return origin === self;
  const match = ORIGIN_SOURCE.exec(source);
  if (!match) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // An origin is exactly scheme://host[:port]; anything else (a path, "null") is not one.
  if (url.origin !== origin) return false;
  const [, scheme, wildcard, host, port] = match as unknown as [string, string, string | undefined, string, string | undefined];
  const parentScheme = url.protocol.slice(0, -1);
  // As in CSP, http: also allows the same host over https, never the reverse.
  if (parentScheme !== scheme.toLowerCase() && !(scheme.toLowerCase() === 'http' && parentScheme === 'https')) return false;
  const wanted = host.toLowerCase();
  // *.europa.eu allows ec.europa.eu and a.b.europa.eu, not europa.eu itself, nor evileuropa.eu.
  if (wildcard ? !url.hostname.endsWith(`.${wanted}`) : url.hostname !== wanted) return false;
  if (port === '*') return true;
  if (port === undefined) return url.port === '';
  return (url.port || defaultPort(parentScheme)) === port;
}

/** Does the list allow a parent page of this origin? */
export function frameAncestorsAllow(sources: readonly string[], origin: string, self: string): boolean {
  return sources.some((source) => sourceAllows(source, origin, self));
}
