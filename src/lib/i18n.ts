/**
 * The one i18next instance. Resources come from `locales/<lang>.json`; plural
 * forms follow CLDR through Intl.PluralRules. There is no fallback language:
 * a missing string is a failing test, never English on a Polish page.
 */
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from './languages.ts';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*.json', { eager: true, import: 'default' });

export const resources = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), { translation: messages }]),
);

const instance = i18next.createInstance();
instance.init({
  resources,
  supportedLngs: [...LANGUAGES],
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes what it renders; escaping here too would show &amp; to readers.
  interpolation: { escapeValue: false },
});

export type Translate = TFunction;

export function translator(language: Language): Translate {
  return instance.getFixedT(language);
}
