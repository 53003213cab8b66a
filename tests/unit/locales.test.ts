import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { SAME_AS_ENGLISH } from '../../src/site/translations.ts';

const LOCALES = join(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
const read = (language: string) => new Map(flatten(JSON.parse(readFileSync(join(LOCALES, `${language}.json`), 'utf8'))));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const english = read('en');
const englishBases = new Set([...english.keys()].map((key) => key.replace(PLURAL, '')));
const pluralBases = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));

describe('the interface strings in locales/', () => {
  it('exist for exactly the 24 official languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(LANGUAGES.map((language) => `${language}.json`).sort());
  });

  describe.each(LANGUAGES.filter((language) => language !== 'en'))('in %s', (language) => {
    const messages = read(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('have the same keys as English, no missing and no extra', () => {
      expect(new Set([...messages.keys()].map((key) => key.replace(PLURAL, '')))).toEqual(englishBases);
    });

    it("have exactly the language's CLDR plural forms for every counted string", () => {
      for (const base of pluralBases) {
        const forms = [...messages.keys()].filter((key) => key.replace(PLURAL, '') === base).map((key) => key.match(PLURAL)![1]);
        expect(forms.sort(), base).toEqual([...categories].sort());
      }
    });

    it('keep the placeholders of the English strings', () => {
      for (const [key, text] of messages) {
        const englishKey = english.has(key) ? key : `${key.replace(PLURAL, '')}_other`;
        expect(placeholders(text), key).toEqual(placeholders(english.get(englishKey)!));
      }
    });

    it('are translations, not English left in place', () => {
      const same = [...messages].filter(([key, text]) => english.get(key) === text && /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '')));
      expect(same.map(([key]) => key).sort()).toEqual([...(SAME_AS_ENGLISH[language] ?? [])].sort());
    });
  });
});
