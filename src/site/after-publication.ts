/**
 * What a notice shows once published, beyond its text: dated corrections, the
 * notice withdrawn or the selection cancelled, and the documents kept next to it.
 */
import { intlLocale, type Language } from '../browser/languages.ts';
import type { Notice, NoticeVersion } from '../content/notices.ts';
import type { Attachment } from '../content/read.ts';
import type { Translate } from './i18n.ts';
import { formatDate } from './format.ts';

/** The sentence that says the notice was taken back, for the top of its page. */
export function withdrawalMessage(notice: Notice, t: Translate): string | undefined {
  return notice.facts.status && t(`notice.${notice.facts.status}`);
}

export interface CorrigendumView {
  heading: string;
  /** The date, for <time datetime>. */
  date: string;
  text: string;
  /** Language of the text when it is the original's, not yet translated. */
  lang?: Language;
}

/** Corrections, newest first, in the reader's version where it translates them, else in the original's words. */
export function corrigendaView(notice: Notice, version: NoticeVersion, language: Language, t: Translate): CorrigendumView[] {
  return (notice.facts.corrigenda ?? [])
    .map((corrigendum, index) => {
      const translated = version.language === notice.original ? corrigendum.text : version.corrigenda?.[index];
      const textLanguage = translated === undefined ? notice.original : version.language;
      return {
        heading: t('notice.corrigendum', { date: formatDate(corrigendum.date, language) }),
        date: corrigendum.date,
        text: translated ?? corrigendum.text,
        lang: textLanguage === language ? undefined : textLanguage,
      };
    })
    .reverse();
}

export interface AttachmentView {
  name: string;
  href: string;
  /** Type and size as a reader sees them: "PDF, 245 kB". */
  details: string;
}

/** A file size in the reader's language: 980 B, 245 kB, 1.2 MB. */
export function formatBytes(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}

export function attachmentsView(attachments: Attachment[], href: (name: string) => string, language: Language): AttachmentView[] {
  return attachments.map((attachment) => ({
    name: attachment.name,
    href: href(attachment.name),
    details: `${attachment.type}, ${formatBytes(attachment.bytes, language)}`,
  }));
}
