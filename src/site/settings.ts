/** Settings of one site, from `content/site.yaml`; SITE_URL and BASE_PATH override them at deploy time. */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_FRAME_ANCESTORS, normaliseFrameAncestor } from '../browser/frame-ancestors.ts';
import { LANGUAGES } from '../browser/languages.ts';

export const siteSettingsSchema = z.strictObject({
  /** Name of the institution or service that publishes the vacancies, shown in every page's header. */
  organisation: z.string().trim().min(1),
  /**
   * Names of organisations in each language, for those the EU's official names (src/site/data/institutions.json) do not
   * cover, such as an agency: a list, one entry per organisation, such as [{ en: European Union Agency for the Space Programme,
   * fr: Agence de l’Union européenne pour le programme spatial }]. A notice naming it in any language shows it in the reader's.
   */
  organisationNames: z.array(z.partialRecord(z.enum(LANGUAGES), z.string().trim().min(1))).default([]),
  /** The organisation's own web site, given to search engines as the hiring organisation's address. */
  organisationUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Public address of the site, without the base path. */
  siteUrl: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  /** Sub-path the site is served under, such as /careers/ ("/" at the root of a host). */
  basePath: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/)
    .default('/'),
  /**
   * How the pages look inside another site's frame: `site`, the site's own look, or `europa`, the
   * Europa Component Library's colours and type for ec.europa.eu pages. A frame's ?look= chooses too.
   */
  frameLook: z.enum(['site', 'europa']).default('site'),
  /**
   * Addresses per sitemap file. Each address carries up to 25 hreflang links, so 10,000 keep a file
   * near 25 MB, within the protocol's 50 MB and 50,000 addresses; sitemap-index.xml lists the files.
   */
  sitemapEntryLimit: z.int().min(1).max(50_000).default(10_000),
  /**
   * Language versions in one part of the search index, per language; a part of the facts, which hold
   * about a tenth of a text's words, holds the facts of ten times as many notices. Pagefind holds a
   * part in memory until it writes it, at about 90 bytes per character indexed: 1,000 versions of
   * typical length keep it near 500 MB. The browser searches the parts as one index.
   */
  searchPartSize: z.int().min(1).default(1_000),
  /** Days before the deadline in which an open notice counts as closing soon. */
  closingSoonDays: z.int().min(0).max(60).default(7),
  /**
   * Who may show the site in a frame (Content-Security-Policy frame-ancestors): 'self' and
   * origins such as https://europa.eu or https://*.europa.eu, as a list or space-separated.
   */
  frameAncestors: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value),
      z.array(
        z.string().transform((source, context) => {
          const normalised = normaliseFrameAncestor(source);
          if (normalised) return normalised;
          context.addIssue({
            code: 'custom',
            message: `"${source}" is not a frame-ancestors source. Expected 'self', 'none', or an origin with its scheme such as https://europa.eu, https://*.europa.eu or http://localhost:4321`,
          });
          return z.NEVER;
        }),
      ),
    )
    .refine((sources) => sources.length > 0, "Expected at least one source; 'none' forbids every frame")
    .refine(
      (sources) => !sources.includes("'none'") || sources.length === 1,
      "'none' forbids every frame: it cannot be listed with other sources",
    )
    .default([...DEFAULT_FRAME_ANCESTORS]),
  /**
   * The organisation's logo or emblem, a picture in the content folder (SVG, PNG, JPEG or WebP),
   * such as `logo.svg`: shown in every page's header in place of the organisation's name, which
   * becomes its alternative text, so it should show the name. None by default.
   */
  logo: z
    .string()
    .trim()
    .regex(/\.(svg|png|jpe?g|webp)$/i, 'Expected the path of an SVG, PNG, JPEG or WebP picture in the content folder, such as logo.svg')
    .optional(),
  /**
   * How to reach the organisation, shown on the contact page and in the legal notice and the
   * accessibility statement: an e-mail address, a web form, or both, and a postal address.
   */
  contact: z
    .strictObject({
      /** E-mail address for questions about the site and the vacancies. */
      email: z.email().optional(),
      /** Address of a contact form on the organisation's web site. */
      url: z.url({ protocol: /^https?$/ }).optional(),
      /** Postal address, one line per line of the address. */
      address: z.string().trim().min(1).optional(),
    })
    .refine((contact) => contact.email ?? contact.url, 'Expected an e-mail address (email) or a contact form (url), or both')
    .optional(),
  /** The organisation's own privacy statement or its data protection officer's page, linked from the privacy page. */
  dataProtectionUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The body that enforces web accessibility for the organisation, named in the accessibility
   * statement (for EU institutions, the European Ombudsman: https://www.ombudsman.europa.eu).
   * Without it the statement says in general words where to turn.
   */
  accessibilityEnforcementUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** The day the accessibility statement was last prepared or reviewed; the shipped statement was prepared on 2 December 2026. */
  accessibilityReviewed: z.iso.date('Expected a date written as YYYY-MM-DD, such as 2026-12-02').default('2026-12-02'),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The logo's full path, after checking that it is a file in the content folder. */
function logoPath(contentDir: string, logo: string): string {
  const source = resolve(contentDir, logo);
  const inside = relative(contentDir, source);
  if (inside.startsWith('..') || !existsSync(source))
    throw new Error(
      `logo: ${join(contentDir, logo)} is not a file of the content folder. Expected the path of a picture in ${contentDir}, such as logo.svg`,
    );
  return source;
}

/** The name the logo is published under: logo.svg, logo.png… */
export function logoName(logo: string): string {
  return `logo${extname(logo).toLowerCase()}`;
}

function withSlashes(path: string): string {
  return `/${path.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

export function readSiteSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const file = join(contentDir, 'site.yaml');
  if (!existsSync(file))
    throw new Error(`${file} is missing: it names the organisation and the site's address (see the README, "Configuration")`);
  const raw = (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {};
  if (env.SITE_URL) raw.siteUrl = env.SITE_URL;
  if (env.BASE_PATH) raw.basePath = withSlashes(env.BASE_PATH);
  const result = siteSettingsSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} has wrong settings:\n${lines.join('\n')}`);
  }
  const settings = { ...result.data, siteUrl: result.data.siteUrl.replace(/\/$/, '') };
  if (settings.logo) {
    try {
      settings.logo = logoPath(contentDir, settings.logo);
    } catch (error) {
      throw new Error(`${file} has wrong settings:\n  ${(error as Error).message}`, { cause: error });
    }
  }
  return settings;
}
