/**
 * The Content-Security-Policy of the form at /admin/. Narrower than the site's where it can be
 * (no frames, no objects, no form posts), wider where the CMS needs it; each source says why.
 * Nothing else leaves the site: the CMS's status checks and its code-highlighting downloads
 * from unpkg.com are refused.
 */
import { avatarOrigins, gitHostOrigins, type CmsSettings } from './settings.ts';

export function adminContentSecurityPolicy(settings: CmsSettings | undefined): string {
  const host = settings ? gitHostOrigins(settings) : [];
  const policy: [string, string[]][] = [
    ['default-src', ["'none'"]],
    // The CMS encodes pictures with WebAssembly when a document is an image.
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    // Svelte sets styles on elements as it draws them (positions of menus, sizes of panes).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Previews of pictures being added are blob: and data: addresses; the recruiter's picture comes from the git host.
    ['img-src', ["'self'", 'blob:', 'data:', ...(settings ? avatarOrigins(settings) : [])]],
    ['font-src', ["'self'"]],
    // The git host's API, with GitLab also its token endpoint (PKCE); the CMS reads its own pictures (data:, blob:) with fetch.
    ['connect-src', ["'self'", 'blob:', 'data:', ...host]],
    // Image conversion runs in a worker.
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return policy.map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`).join('; ');
}

/**
 * The `_headers` rule of /admin/, after the site's own: Netlify and npm start send the later
 * rule's policy for the addresses both match. The form is never shown in another site's frame.
 */
export function adminHeadersRule(settings: CmsSettings | undefined): string {
  return [
    '# The form at /admin/ has a policy of its own (docs/cms.md).',
    '/admin/*',
    `  Content-Security-Policy: ${adminContentSecurityPolicy(settings)}; frame-ancestors 'none'`,
    '',
  ].join('\n');
}
