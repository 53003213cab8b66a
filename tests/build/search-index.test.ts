import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { BASIC } from '../support/fixture-sites.ts';

const PAGEFIND = join(BASIC.out, 'pagefind');
const fragments = (language: string) =>
  readdirSync(join(PAGEFIND, 'fragment'))
    .filter((name) => name.startsWith(`${language}_`))
    .map((name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name)))
          .toString()
          .replace(/^pagefind_dcd/, ''),
      ),
    );

describe('the search index', () => {
  it('holds every notice for every language, and nothing but notices', () => {
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(entry.languages[language].page_count, language).toBe(4);
      expect(
        fragments(language)
          .map((fragment) => fragment.url)
          .sort(),
      ).toEqual(
        ['comm-ted-2024-404', 'digit-ast-2024-202', 'epso-ad-2024-101', 'juri-ca-2024-303'].map(
          (slug) => `/${language}/vacancies/${slug}/`,
        ),
      );
    }
  });

  it('indexes the body of a notice only in the languages it is written in', () => {
    const body = 'shape the cybersecurity strategy';
    const withBody = LANGUAGES.filter((language) => fragments(language).some((fragment) => fragment.content.includes(body)));
    expect(withBody).toEqual(['en']);
    const polish = fragments('pl').find((fragment) => fragment.url.includes('epso-ad-2024-101'));
    expect(polish.content).toContain('Policy Officer – Cybersecurity Strategy');
    expect(polish.content).toContain('EPSO/AD/2024/101');
    expect(polish.content.length).toBeLessThan(
      fragments('en').find((fragment) => fragment.url.includes('epso-ad-2024-101')).content.length + 400,
    );
  });

  it('carries the filters and the facts a result shows', () => {
    const greek = fragments('el').find((fragment) => fragment.url.includes('epso-ad-2024-101'));
    expect(greek.filters).toMatchObject({
      staffCategory: ['official'],
      functionGroup: ['AD'],
      grade: ['AD6'],
      place: ['BE Brussels'],
      language: ['en', 'el', 'fr'],
    });
    expect(greek.meta).toMatchObject({ reference: 'EPSO/AD/2024/101', deadline: String(Date.parse('2024-06-03T10:00:00Z')) });
    expect(greek.meta.title).toBe('Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας');
  });
});
