/**
 * Which translations exist and which are out of date (see content/fingerprint.ts),
 * for notices and for the interface strings.
 */
import { LANGUAGES, type Language } from '../browser/languages.ts';
import type { Notice } from '../content/notices.ts';
import type { Messages } from './locales.ts';

/**
 * - original: the version that carries the facts
 * - present: a translation made from the current original
 * - outdated: a translation made from an earlier original
 * - unchecked: a translation that does not say what it was made from
 * - missing: no version in this language
 */
export type TranslationState = 'original' | 'present' | 'outdated' | 'unchecked' | 'missing';

export interface NoticeTranslations {
  slug: string;
  reference: string;
  original: Language;
  /** The original's current fingerprint: what an up-to-date translation has as translatedFrom. */
  fingerprint: string;
  languages: Record<Language, TranslationState>;
}

export function noticeTranslations(notice: Notice): NoticeTranslations {
  const languages = Object.fromEntries(
    LANGUAGES.map((language): [Language, TranslationState] => {
      const version = notice.versions.find((candidate) => candidate.language === language);
      if (!version) return [language, 'missing'];
      if (language === notice.original) return [language, 'original'];
      if (!version.translatedFrom) return [language, 'unchecked'];
      return [language, version.translatedFrom === notice.fingerprint ? 'present' : 'outdated'];
    }),
  ) as Record<Language, TranslationState>;
  return { slug: notice.slug, reference: notice.facts.reference, original: notice.original, fingerprint: notice.fingerprint, languages };
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Strings a language rightly writes exactly as English does (the same word,
 * not English left in place). The locales test and `npm run translations`
 * both read this list.
 */
export const SAME_AS_ENGLISH: Partial<Record<Language, string[]>> = {
  cs: ['domain.audit', 'domain.finance'],
  da: ['notice.organisation', 'notice.status', 'domain.administration'],
  de: ['notice.organisation', 'notice.status', 'domain.audit'],
  et: ['domain.audit'],
  fr: [
    'notice.grade',
    'notice.organisation',
    'notice.service',
    'notice.attachments',
    'functionGroup.AST',
    'domain.administration',
    'domain.audit',
    'domain.communication',
    'countdown.minutes_one',
    'countdown.minutes_other',
    'official.contact',
  ],
  hr: ['notice.status'],
  it: ['domain.audit'],
  mt: ['notice.status', 'facts2.postCount_one'],
  nl: ['notice.status', 'domain.audit', 'search.filters', 'official.contact'],
  pl: ['notice.status'],
  ro: ['domain.audit', 'facts2.postCount_one', 'official.contact'],
  sk: ['domain.audit'],
  sl: ['domain.finance'],
  sv: ['notice.organisation', 'notice.status', 'domain.administration'],
};

export function flattenMessages(messages: Messages, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]): [string, string][] =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...flattenMessages(value, `${prefix}${key}.`)],
    ),
  );
}

export interface UiStringsStatus {
  language: Language;
  /** English keys this language lacks (plural keys by their base: "listing.count"). */
  missing: string[];
  /** Strings written exactly as in English that are not on the allowlist: most likely not translated yet. */
  sameAsEnglish: string[];
}

/** For each language but English: the interface strings still to translate. */
export function uiStringsStatus(messages: Partial<Record<Language, Messages>>, allowed = SAME_AS_ENGLISH): UiStringsStatus[] {
  const english = flattenMessages(messages.en ?? {});
  const bases = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL, '')));
  const englishBases = bases(english.keys());
  return LANGUAGES.filter((language) => language !== 'en').map((language) => {
    const own = flattenMessages(messages[language] ?? {});
    const ownBases = bases(own.keys());
    const sameAsEnglish = [...own]
      .filter(([key, text]) => english.get(key) === text && /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '')))
      .map(([key]) => key)
      .filter((key) => !(allowed[language] ?? []).includes(key));
    return { language, missing: [...englishBases].filter((base) => !ownBases.has(base)), sameAsEnglish };
  });
}

export interface TranslationsReport {
  notices: NoticeTranslations[];
  ui: UiStringsStatus[];
}

export function translationsReport(notices: Notice[], messages: Partial<Record<Language, Messages>>): TranslationsReport {
  return { notices: notices.map(noticeTranslations), ui: uiStringsStatus(messages) };
}
