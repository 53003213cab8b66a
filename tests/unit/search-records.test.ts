import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CustomRecord } from 'pagefind';
import { loadSite } from '../../src/site/model.ts';
import { searchRecords } from '../../src/outputs/search-records.ts';
import { BASIC } from '../support/fixture-sites.ts';

// The basic fixture's notices, as the build loads them: no site is built.
let text: CustomRecord[];
let facts: CustomRecord[];
beforeAll(async () => {
  vi.stubEnv('EU_VACANCIES_NOW', BASIC.now);
  const site = await loadSite(BASIC.content);
  text = [...searchRecords(site, 'text')];
  facts = [...searchRecords(site, 'facts')];
});
afterAll(() => vi.unstubAllEnvs());

const of = (records: CustomRecord[], language: string, slug: string) =>
  records.find((record) => record.language === language && record.url.includes(slug))!;

describe('what the search indexes', () => {
  it('indexes the body of a notice only in the languages it is written in, and its titles everywhere', () => {
    // "You will shape the cybersecurity strategy of the Union.": a word of the English text alone.
    const body = /\bshape\b/;
    expect(text.filter((record) => body.test(record.content)).map((record) => record.url)).toEqual([
      '/careers/en/vacancies/epso-ad-2024-101/',
    ]);
    expect(facts.some((record) => body.test(record.content))).toBe(false);
    const known = of(facts, 'mul', 'epso-ad-2024-101').content;
    for (const words of [
      'Policy Officer – Cybersecurity Strategy',
      'Υπάλληλος πολιτικής',
      'Chargé de politique',
      'EPSO/AD/2024/101',
      'EPSOAD2024101',
      'Βρυξέλλες',
      'Belgia',
    ]) {
      expect(known).toContain(words);
    }
  });

  it('holds each word of a text once, without the punctuation around it', () => {
    const english = of(text, 'en', 'epso-ad-2024-101').content;
    // "The post / You will shape the cybersecurity strategy of the Union. / How to apply / Apply on the application page before the deadline."
    expect(english.slice(english.indexOf('The post')).split(' ')).toEqual(
      'The post You will shape cybersecurity strategy of Union How to apply on application page before deadline'.split(' '),
    );
  });
});
