import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC);

const TEXT = join(BASIC.out, 'pagefind');
const FACTS = join(BASIC.out, 'pagefind-facts');
const entry = (bundle: string) => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
const fragments = (bundle: string, language: string) =>
  readdirSync(join(bundle, 'fragment'))
    .filter((name) => name.startsWith(`${language}_`))
    .map((name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(bundle, 'fragment', name)))
          .toString()
          .replace(/^pagefind_dcd/, ''),
      ),
    );
const urls = (found: { url: string }[]) => found.map((fragment) => fragment.url).sort();

describe('the search index', () => {
  it('holds each language version in its language, and every notice once in the facts', () => {
    expect(
      Object.fromEntries(
        Object.entries(entry(TEXT).languages as Record<string, { page_count: number }>).map(([language, index]) => [
          language,
          index.page_count,
        ]),
      ),
    ).toEqual({
      en: 3,
      el: 1,
      fr: 2,
    });
    expect(urls(fragments(TEXT, 'en'))).toEqual(
      ['comm-ted-2024-404', 'digit-ast-2024-202', 'epso-ad-2024-101'].map((slug) => `/careers/en/vacancies/${slug}/`),
    );
    expect(urls(fragments(TEXT, 'fr'))).toEqual(['/careers/fr/vacancies/epso-ad-2024-101/', '/careers/fr/vacancies/juri-ca-2024-303/']);
    expect(Object.keys(entry(FACTS).languages)).toEqual(['mul']);
    expect(urls(fragments(FACTS, 'mul'))).toEqual(
      [
        'en/vacancies/comm-ted-2024-404',
        'en/vacancies/digit-ast-2024-202',
        'en/vacancies/epso-ad-2024-101',
        'fr/vacancies/juri-ca-2024-303',
      ].map((path) => `/careers/${path}/`),
    );
  });

  it('indexes the body of a notice only in the languages it is written in, and its titles everywhere', () => {
    // "You will shape the cybersecurity strategy of the Union.": a word of the English text alone.
    const body = /\bshape\b/;
    expect(fragments(TEXT, 'en').filter((fragment) => body.test(fragment.content))).toHaveLength(1);
    expect(
      [...fragments(TEXT, 'el'), ...fragments(TEXT, 'fr'), ...fragments(FACTS, 'mul')].some((fragment) => body.test(fragment.content)),
    ).toBe(false);
    const facts = fragments(FACTS, 'mul').find((fragment) => fragment.url.includes('epso-ad-2024-101'));
    for (const text of [
      'Policy Officer – Cybersecurity Strategy',
      'Υπάλληλος πολιτικής',
      'Chargé de politique',
      'EPSO/AD/2024/101',
      'EPSOAD2024101',
      'Βρυξέλλες',
      'Belgia',
    ]) {
      expect(facts.content).toContain(text);
    }
  });

  it('holds each word of a text once, without the punctuation around it', () => {
    const english = fragments(TEXT, 'en').find((fragment) => fragment.url.includes('epso-ad-2024-101'));
    // "The post / You will shape the cybersecurity strategy of the Union. / How to apply / Apply on the application page before the deadline."
    expect(english.content.slice(english.content.indexOf('The post')).split(' ')).toEqual(
      'The post You will shape cybersecurity strategy of Union How to apply on application page before deadline'.split(' '),
    );
  });

  it('carries the same filters and facts in every language, for the browser to label', () => {
    const greek = fragments(TEXT, 'el')[0];
    const facts = fragments(FACTS, 'mul').find((fragment) => fragment.url.includes('epso-ad-2024-101'));
    expect(greek.filters).toEqual({
      staffCategory: ['official'],
      functionGroup: ['AD'],
      grade: ['AD6'],
      place: ['BE Brussels'],
      service: ['DG CNECT'],
      domain: ['policy'],
      language: ['en', 'el', 'fr'],
      state: ['open'],
    });
    expect(facts.filters).toEqual(greek.filters);
    const neutral = {
      slug: 'epso-ad-2024-101',
      reference: 'EPSO/AD/2024/101',
      original: 'en',
      staffCategory: 'official',
      grade: 'AD6',
      places: 'BE Brussels',
      deadline: String(Date.parse('2024-06-03T10:00:00Z')),
      timeZone: 'Europe/Brussels',
      status: '',
      state: 'open',
      published: String(Date.parse('2024-04-15T00:00:00Z')),
    };
    expect(greek.meta).toEqual({ ...neutral, title: 'Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας', titleLang: 'el' });
    expect(facts.meta).toEqual({ ...neutral, title: 'Policy Officer – Cybersecurity Strategy', titleLang: 'en' });
    const closed = fragments(FACTS, 'mul').find((fragment) => fragment.url.includes('comm-ted-2024-404'));
    expect(closed.meta).toMatchObject({ state: 'closed', grade: 'AST3–AST5', places: 'BE Brussels\nLU Luxembourg' });
  });

  it('leaves the pages without anything for the indexer to read', () => {
    expect(readFileSync(join(BASIC.out, 'el', 'vacancies', 'epso-ad-2024-101', 'index.html'), 'utf8')).not.toContain('data-pagefind');
  });
});
