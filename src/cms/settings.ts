/**
 * Where the form at /admin/ reads and writes the notices: the git host, the repository and
 * how recruiters sign in, from `content/cms.yaml` (see docs/cms.md). Without that file the
 * page only says the form is not set up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const origin = z.url({ protocol: /^https$/ }).transform((url) => new URL(url).origin);

export const cmsSettingsSchema = z.strictObject({
  backend: z.discriminatedUnion('name', [
    z.strictObject({
      /** GitLab, on gitlab.com or a self-hosted instance: recruiters sign in with PKCE, no server needed. */
      name: z.literal('gitlab'),
      /** The project: group and name, such as cert-eu/vacancies. */
      repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/),
      branch: z.string().min(1).optional(),
      /** The instance's address, such as https://code.europa.eu; gitlab.com when left out. */
      base_url: origin.default('https://gitlab.com'),
      /** The ID of the OAuth application registered on the instance (Admin area or group settings, "Applications"). */
      app_id: z.string().min(1),
    }),
    z.strictObject({
      /** GitHub: recruiters sign in with a personal access token, or through an OAuth proxy at base_url. */
      name: z.literal('github'),
      /** The repository: owner and name, such as cert-eu/vacancies. */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
      branch: z.string().min(1).optional(),
      /** The OAuth proxy that signs recruiters in (such as Sveltia CMS Authenticator); tokens only when left out. */
      base_url: origin.optional(),
    }),
  ]),
  /** Changes go through a merge (pull) request, where npm run check reports on them: editorial_workflow. Or straight to the branch: simple. */
  publish_mode: z.enum(['editorial_workflow', 'simple']).default('editorial_workflow'),
});

export type CmsSettings = z.output<typeof cmsSettingsSchema>;

export function readCmsSettings(contentDir: string): CmsSettings | undefined {
  const file = join(contentDir, 'cms.yaml');
  if (!existsSync(file)) return undefined;
  const result = cmsSettingsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} has wrong settings:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The origins the form talks to: the git host's API, and where it signs in when that is elsewhere. */
export function gitHostOrigins(settings: CmsSettings): string[] {
  const { backend } = settings;
  if (backend.name === 'gitlab') return [backend.base_url];
  return ['https://api.github.com', ...(backend.base_url ? [backend.base_url] : [])];
}

/** The origins of the signed-in recruiter's picture. */
export function avatarOrigins(settings: CmsSettings): string[] {
  return settings.backend.name === 'gitlab'
    ? [settings.backend.base_url, 'https://secure.gravatar.com']
    : ['https://avatars.githubusercontent.com'];
}

/** The CMS's configuration: the backend from content/cms.yaml, the collections from the notice schema. */
export function cmsConfig(
  settings: CmsSettings,
  form: { i18n: unknown; collections: unknown[] },
  organisation: string,
): Record<string, unknown> {
  const { backend } = settings;
  const git =
    backend.name === 'gitlab'
      ? { ...backend, api_root: `${backend.base_url}/api/v4`, auth_type: 'pkce', auth_methods: ['oauth'] }
      : { ...backend, auth_methods: backend.base_url ? ['oauth', 'token'] : ['token'] };
  return {
    // Everything is here: no config.yml is fetched.
    load_config_file: false,
    backend: git,
    publish_mode: settings.publish_mode,
    app_title: organisation,
    show_preview_links: false,
    // Documents go beside the notice (each collection says so); the CMS requires a global folder too.
    media_folder: 'content/vacancies',
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    i18n: form.i18n,
    collections: form.collections,
  };
}
