/**
 * The one i18next instance. Resources come from `locales/<lang>.json`; plural
 * forms follow CLDR through Intl.PluralRules. There is no fallback language:
 * a missing string is a failing test, never English on a Polish page.
 */
import i18next, { type TFunction } from 'i18next';
import { intlLocale, LANGUAGES, type Language } from '../browser/languages.ts';
import { MESSAGES } from './locales.ts';
import { once } from './once.ts';

const instance = i18next.createInstance();
// i18next hands its language code to Intl.PluralRules, so each language is registered under its Intl locale:
// Portuguese as pt-PT, where 0 takes the plural ("0 vagas"), not as pt, which is Brazilian ("0 vaga").
// With initAsync: false, init has finished when it returns: its promise adds nothing.
void instance.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [intlLocale(language), { translation: MESSAGES[language] }])),
  supportedLngs: LANGUAGES.map(intlLocale),
  lng: intlLocale('en'),
  // pt-PT alone: never a lookup in a plain "pt" that has no strings.
  load: 'currentOnly',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes what it renders; escaping here too would show &amp; to readers.
  interpolation: { escapeValue: false },
});

export type Translate = TFunction;

const translators = new Map<Language, Translate>();

/**
 * The strings of a language. Tens of thousands of pages ask for the same labels again and again,
 * and i18next resolves each request anew: a string asked for without options is looked up once.
 */
export function translator(language: Language): Translate {
  return once(translators, language, () => {
    // i18next's TFunction is typed for every form of call; at run time it is a function of a key and options.
    const t = instance.getFixedT(intlLocale(language)) as unknown as (key: string, ...options: unknown[]) => string;
    const labels = new Map<string, string>();
    const cached = (key: string, ...options: unknown[]) => (options.length ? t(key, ...options) : once(labels, key, () => t(key)));
    return cached as unknown as Translate;
  });
}
