/**
 * Notices as the site shows them: checked (check.ts), then each language
 * version's Markdown rendered once (render.ts).
 */
import type { Language } from '../browser/languages.ts';
import type { NoticeFacts } from '../schemas/notice.ts';
import { checkNotices, type CheckedNotice } from './check.ts';
import type { ContentProblem } from './problems.ts';
import type { Attachment } from './read.ts';
import { renderTexts } from './texts.ts';

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

/** A checked notice with the HTML of its versions' texts, in their order. */
function noticeOf({ slug, facts, original, versions, fingerprint, attachments }: CheckedNotice, html: string[]): Notice {
  return {
    slug,
    facts,
    original: original.language,
    fingerprint,
    attachments,
    versions: versions.map((version, index): NoticeVersion => {
      const data = version.frontmatter.data as { title?: string; places?: string[]; translatedFrom?: string; corrigenda?: string[] };
      const translation =
        version === original ? {} : { translatedFrom: data.translatedFrom, corrigenda: data.corrigenda?.map((text) => text.trim()) };
      return {
        language: version.language,
        title: (data.title ?? facts.title).trim(),
        places: data.places ?? facts.locations.map((location) => location.city),
        html: html[index]!,
        file: version.file,
        ...translation,
      };
    }),
  };
}

/** Reads and checks every notice, then renders the valid ones. */
export async function loadNotices(contentDir: string, projectDir = process.cwd()): Promise<LoadedNotices> {
  const { notices, problems } = checkNotices(contentDir, projectDir);
  const texts = notices.flatMap(({ slug, versions, attachments }) =>
    versions.map((version) => ({ markdown: version.frontmatter.body, language: version.language, slug, attachments })),
  );
  const html = await renderTexts(texts);
  let rendered = 0;
  return { notices: notices.map((notice) => noticeOf(notice, html.slice(rendered, (rendered += notice.versions.length)))), problems };
}
