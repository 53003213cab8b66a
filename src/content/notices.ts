/**
 * Notices as the site shows them: checked (check.ts), then each language
 * version's Markdown rendered once (render.ts).
 */
import { posix } from 'node:path';
import type { Language } from '../browser/languages.ts';
import { makeUrls } from '../browser/routes.ts';
import type { NoticeFacts } from '../schemas/notice.ts';
import { checkNotices, type CheckedNotice } from './check.ts';
import type { ContentProblem } from './problems.ts';
import type { Attachment } from './read.ts';
import { renderMarkdown } from './render.ts';

export interface NoticeVersion {
  language: Language;
  title: string;
  /** Place names in this language, in the order of the facts' locations. */
  places: string[];
  /** Sanitized HTML of the body. */
  html: string;
  file: string;
  /** For a translation: the fingerprint of the original it was made from, when it says. */
  translatedFrom?: string;
  /** For a translation: the translated texts of the original's corrigenda, in their order. */
  corrigenda?: string[];
}

export interface Notice {
  /** The folder's name, used in URLs. */
  slug: string;
  facts: NoticeFacts;
  /** The language of the version that carries the facts. */
  original: Language;
  /** Language versions that exist, the original first. */
  versions: NoticeVersion[];
  /** Fingerprint of the original's title and text; an up-to-date translation has it as translatedFrom. */
  fingerprint: string;
  /** Documents in the notice's folder, by name. */
  attachments: Attachment[];
}

export interface LoadedNotices {
  notices: Notice[];
  problems: ContentProblem[];
}

/** The layout of the site's addresses, under no base path in particular. */
const layout = makeUrls('https://site.invalid', '/');

/**
 * A document's address as a notice's page links it, relative to the page: right
 * under any base path, and from the page of every language, which all lie at the
 * same depth.
 */
export function documentFromNoticePage(slug: string, name: string): string {
  return posix.relative(layout.notice('en', slug), layout.attachment(slug, name));
}

function renderNotice({ slug, facts, original, versions, fingerprint, attachments }: CheckedNotice): Notice {
  const documents = { attachments, href: (name: string) => documentFromNoticePage(slug, name) };
  return {
    slug,
    facts,
    original: original.language,
    fingerprint,
    attachments,
    versions: versions.map((version): NoticeVersion => {
      const data = version.frontmatter.data as { title?: string; places?: string[]; translatedFrom?: string; corrigenda?: string[] };
      const translation =
        version === original ? {} : { translatedFrom: data.translatedFrom, corrigenda: data.corrigenda?.map((text) => text.trim()) };
      return {
        language: version.language,
        title: (data.title ?? facts.title).trim(),
        places: data.places ?? facts.locations.map((location) => location.city),
        html: renderMarkdown(version.frontmatter.body, documents, version.language),
        file: version.file,
        ...translation,
      };
    }),
  };
}

/** Reads and checks every notice, then renders the valid ones. */
export function loadNotices(contentDir: string, projectDir = process.cwd()): Promise<LoadedNotices> {
  // Nothing here waits today; callers await all the same, and a failure reaches them as a rejection.
  return Promise.resolve().then(() => {
    const { notices, problems } = checkNotices(contentDir, projectDir);
    return { notices: notices.map(renderNotice), problems };
  });
}
