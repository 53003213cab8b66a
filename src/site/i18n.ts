/**
 * The one i18next instance. Resources come from `locales/<lang>.json`; plural
 * forms follow CLDR through Intl.PluralRules. There is no fallback language:
 * a missing string is a failing test, never English on a Polish page.
 */
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../browser/languages.ts';
import { MESSAGES } from './locales.ts';
import { once } from './once.ts';

const instance = i18next.createInstance();
// With initAsync: false, init has finished when it returns: its promise adds nothing.
void instance.init({
  resources: Object.fromEntries(Object.entries(MESSAGES).map(([language, messages]) => [language, { translation: messages }])),
  supportedLngs: [...LANGUAGES],
  lng: 'en',
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
    const t = instance.getFixedT(language) as unknown as (key: string, ...options: unknown[]) => string;
    const labels = new Map<string, string>();
    const cached = (key: string, ...options: unknown[]) => (options.length ? t(key, ...options) : once(labels, key, () => t(key)));
    return cached as unknown as Translate;
  });
}
