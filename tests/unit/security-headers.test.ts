import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  headersForPath,
  nginxSnippet,
  parseHeadersFile,
  securityHeaders,
} from '../../src/embed/security-headers.ts';

const headers = securityHeaders(["'self'", 'https://europa.eu', 'https://*.europa.eu']);

describe('the security policy, written once', () => {
  it('keeps the <meta> policy free of unsafe-inline and of frame-ancestors, which a <meta> cannot carry', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('frame-ancestors');
  });

  it('sends the same policy as a header, with who may frame the site', () => {
    const [name, value] = headers[0]!;
    expect(name).toBe('Content-Security-Policy');
    expect(value).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self' https://europa.eu https://*.europa.eu`);
    expect(Object.fromEntries(headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=31536000',
    });
  });

  it('writes a _headers file that gives every address the headers, and reads it back', () => {
    const text = headersFile(headers);
    expect(text).toContain('\n/*\n  Content-Security-Policy: default-src');
    const rules = parseHeadersFile(text);
    expect(headersForPath(rules, '/fr/embed/vacancies/digit-com-2024-461/')).toEqual(headers);
    expect(headersForPath(rules, '/')).toEqual(headers);
  });

  it('reads _headers rules with placeholders and splats as Netlify does', () => {
    const rules = parseHeadersFile('# comment\n/:lang/embed/*\n  X-Test: embed\n/embed.js\n  Cache-Control: max-age=600\n');
    expect(headersForPath(rules, '/fr/embed/archive/')).toEqual([['X-Test', 'embed']]);
    expect(headersForPath(rules, '/fr/archive/')).toEqual([]);
    expect(headersForPath(rules, '/embed.js')).toEqual([['Cache-Control', 'max-age=600']]);
    expect(headersForPath(rules, '/embedXjs')).toEqual([]);
  });

  it('writes the same headers for nginx, sent on every response', () => {
    const snippet = nginxSnippet(headers);
    expect(snippet).toContain(`add_header Content-Security-Policy "${headers[0]![1]}" always;`);
    expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(snippet.split('\n').filter((line) => line.startsWith('add_header'))).toHaveLength(headers.length);
  });
});
