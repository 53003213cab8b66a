import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC);

// The basic fixture's index is written in parts of two versions per language (its site.yaml):
// its three English versions take two parts, its two French and one Greek one part each.
const TEXT = join(BASIC.out, 'pagefind');
const TEXT_2 = join(BASIC.out, 'pagefind-2');
const FACTS = join(BASIC.out, 'pagefind-facts');
const entry = (part: string) => JSON.parse(readFileSync(join(part, 'pagefind-entry.json'), 'utf8'));
const pageCounts = (part: string) =>
  Object.fromEntries(
    Object.entries(entry(part).languages as Record<string, { page_count: number }>).map(([language, index]) => [
      language,
      index.page_count,
    ]),
  );
/** The records of the parts in one language, and the record of their words where there are several parts. */
const records = (parts: string[], language: string) =>
  parts.flatMap((part) =>
    readdirSync(join(part, 'fragment'))
      .filter((name) => name.startsWith(`${language}_`))
      .map((name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(part, 'fragment', name)))
            .toString()
            .replace(/^pagefind_dcd/, ''),
        ),
      ),
  );
const isWords = (record: { url: string }) => record.url.endsWith('#words');
/** The notices' records of a bundle's parts in one language. */
const fragments = (parts: string | string[], language: string) => records([parts].flat(), language).filter((record) => !isWords(record));
const urls = (found: { url: string }[]) => found.map((fragment) => fragment.url).sort();

describe('the search index', () => {
  it('holds each language version in its language, and every notice once in the facts', () => {
    // Each English part also holds the record of the words of both.
    expect([TEXT, TEXT_2].map(pageCounts)).toEqual([{ en: 3, el: 1, fr: 2 }, { en: 2 }]);
    expect(pageCounts(FACTS)).toEqual({ mul: 4 });
    expect(urls(fragments([TEXT, TEXT_2], 'en'))).toEqual(
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

  it('keeps no text in the fragments a result downloads: the search shows its facts, not an excerpt', () => {
    const all = [...records([TEXT, TEXT_2], 'en'), ...records([TEXT], 'el'), ...records([TEXT], 'fr'), ...records([FACTS], 'mul')];
    expect(all).toHaveLength(3 + 2 + 1 + 2 + 4);
    expect(all.filter((record) => record.content !== '')).toEqual([]);
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

  it('gives each part of a language with several parts a record of their words, which no search lists', () => {
    // What the record does, every part resolving a search to the same words, the browser tests show ("2024/202" in English).
    expect([TEXT, TEXT_2].map((part) => records([part], 'en').filter(isWords))).toEqual([
      [expect.objectContaining({ filters: {} })],
      [expect.objectContaining({ filters: {} })],
    ]);
    // A language in one part has no such record: the index is Pagefind's own.
    expect(records([TEXT], 'fr').filter(isWords)).toEqual([]);
  });

  it('is written in the parts that each listing names, with Pagefind itself only in the first', () => {
    const listing = (language: string) => /data-indexes="([^"]*)"/.exec(readFileSync(join(BASIC.out, language, 'index.html'), 'utf8'))?.[1];
    expect(listing('en')).toBe('text text-2 facts');
    expect(listing('fr')).toBe('text facts');
    expect(listing('de')).toBe('facts');
    for (const part of [TEXT, FACTS]) expect(readdirSync(part)).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.unknown.pagefind']));
    expect(readdirSync(TEXT_2).filter((name) => /\.js$|^wasm\./.test(name))).toEqual([]);
    // Pagefind's own search interfaces are not the site's.
    expect(readdirSync(TEXT).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  it('leaves the pages without anything for the indexer to read', () => {
    expect(readFileSync(join(BASIC.out, 'el', 'vacancies', 'epso-ad-2024-101', 'index.html'), 'utf8')).not.toContain('data-pagefind');
  });
});
