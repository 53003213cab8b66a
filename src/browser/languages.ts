/** The 24 official languages of the European Union, by ISO 639-1 code, in the order the EU lists them. */
export const LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/**
 * The locale Intl writes a language in: dates, numbers, plural forms, names of countries and languages.
 * English on EU sites follows the EU's own style (day before month, 24-hour clock), as en-IE does; plain "en" is American.
 * The EU's Portuguese is Portugal's: plain "pt" is Brazilian, which counts 0 as one ("0 vaga aberta")
 * and writes "Polônia" and "EUR 6.152,64" where pt-PT writes "0 vagas abertas", "Polónia" and "6152,64 EUR".
 */
export function intlLocale(language: Language): string {
  return INTL_LOCALES[language] ?? language;
}

const INTL_LOCALES: Partial<Record<Language, string>> = { en: 'en-IE', pt: 'pt-PT' };

// Every page names the 24 languages: making an Intl.DisplayNames for each name, tens of thousands of pages over, cost seconds of a build.
const names = new Map<string, string>();

function displayName(language: Language, reader: Language): string {
  const key = `${language} ${reader}`;
  let name = names.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([intlLocale(reader)], { type: 'language' }).of(language) ?? language;
    names.set(key, name);
  }
  return name;
}

/** A language's name as its own speakers write it ("Deutsch", "Gaeilge"), for the language chooser. */
export function endonym(language: Language): string {
  const name = displayName(language, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** Readers whose language writes language names in lower case mid-sentence, where Intl capitalises them ("Ελληνικά"). */
const LOWER_CASE_NAMES: ReadonlySet<Language> = new Set(['el']);

/** A language's name in the reader's language, as written mid-sentence ("allemand" for a French reader, "ελληνικά" for a Greek one). */
export function languageName(language: Language, reader: Language): string {
  const name = displayName(language, reader);
  return LOWER_CASE_NAMES.has(reader) ? name.toLocaleLowerCase(reader) : name;
}
