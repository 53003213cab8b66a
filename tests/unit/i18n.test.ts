import { describe, expect, it } from 'vitest';
import { intlLocale, LANGUAGES } from '../../src/browser/languages.ts';
import { translator } from '../../src/site/i18n.ts';
import { MESSAGES } from '../../src/site/locales.ts';
import { SAME_AS_ENGLISH, flattenMessages } from '../../src/site/translations.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('translated strings', () => {
  it.each([
    ['pl', [1, 2, 5, 22, 25], ['1 rok', '2 lata', '5 lat', '22 lata', '25 lat']],
    ['cs', [1, 2, 5], ['1 rok', '2 roky', '5 let']],
    ['sk', [1, 3, 5], ['1 rok', '3 roky', '5 rokov']],
    ['lt', [1, 2, 10], ['1 metai', '2 metai', '10 metų']],
    ['lv', [0, 1, 2, 10, 21], ['0 gadu', '1 gads', '2 gadi', '10 gadu', '21 gads']],
    ['en', [1, 3], ['1 year', '3 years']],
  ] as const)('count years in %s with the right plural forms', (language, counts, expected) => {
    const t = translator(language);
    expect(counts.map((count) => t('notice.years', { count }))).toEqual(expected);
  });

  it.each([
    ['sl', [1, 2, 3, 5], ['1 leto', '2 leti', '3 leta', '5 let']],
    ['ga', [1, 2, 3, 7, 11], ['1 bhliain', '2 bhliain', '3 bliana', '7 mbliana', '11 bliain']],
    ['mt', [1, 2, 3, 11, 20], ['1 sena', '2 snin', '3 snin', '11-il sena', '20 sena']],
  ] as const)('count years in %s, which has forms for two, few and many', (language, counts, expected) => {
    const t = translator(language);
    expect(counts.map((count) => t('notice.years', { count }))).toEqual(expected);
  });

  it('count in European Portuguese, where none is plural ("0 vagas abertas"), not in Brazilian ("0 vaga aberta")', () => {
    const t = translator('pt');
    expect([0, 1, 2].map((count) => t('listing.count', { count }))).toEqual(['0 vagas abertas', '1 vaga aberta', '2 vagas abertas']);
    expect(t('notice.years', { count: 0 })).toBe('0 anos');
  });

  it('fill in placeholders without escaping what the page escapes anyway', () => {
    expect(translator('fr')('site.title', { organisation: 'Cour des comptes & co' })).toContain('Cour des comptes & co');
  });

  it('never show a key or an English string on another language page, for any string and any count', () => {
    const english = translator('en');
    const keys = [...flattenMessages(MESSAGES.en).keys()];
    const plurals = new Set(keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
    const bases = [...new Set(keys.map((key) => key.replace(PLURAL, '')))];
    const checked: string[] = [];
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      const t = translator(language);
      const rules = new Intl.PluralRules(intlLocale(language));
      for (const base of bases) {
        for (const count of plurals.has(base) ? [0, 1, 2, 3, 5, 11, 21, 101] : [undefined]) {
          // Other placeholders stay unfilled, the same in both languages: only the words around them count.
          const values = { count };
          const text = t(base, values);
          const key = count === undefined ? base : `${base}_${rules.select(count)}`;
          expect(text, `${language} ${key}`).not.toBe(base);
          if ((SAME_AS_ENGLISH[language] ?? []).includes(key) || !/\p{L}/u.test(english(base, values).replace(/\{\{\w+\}\}/g, '')))
            continue;
          expect(text, `${language} ${key}`).not.toBe(english(base, values));
          checked.push(key);
        }
      }
    }
    // Every string was looked at in each of the 23 languages.
    expect(checked.length).toBeGreaterThan(23 * bases.length);
  });
});
