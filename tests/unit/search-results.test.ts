import { describe, expect, it } from 'vitest';
import { placesText, resultLanguage, SortedMerge, type ResultMeta } from '../../src/browser/search.ts';

describe('search results', () => {
  it('merges lists sorted alike into one, downloading no more than each list may give next', async () => {
    const loaded: number[] = [];
    const list = (...values: number[]) => values.map((value) => ({ data: () => Promise.resolve((loaded.push(value), value)) }));
    const merged = new SortedMerge([list(1, 4, 5, 9), list(2, 3, 4, 10, 11)], (a, b) => a < b);
    expect(merged.size).toBe(9);
    expect(await merged.take(2)).toEqual([1, 2]);
    expect(loaded.sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    // Asked twice at once, as a double click on "show more" does: each gets its own results.
    expect(await Promise.all([merged.take(3), merged.take(3)])).toEqual([
      [3, 4, 4],
      [5, 9, 10],
    ]);
    expect(await merged.take(10)).toEqual([11]);
    expect(await merged.take(10)).toEqual([]);
  });

  it('opens a closed notice in its original when it is not written in the reader’s language', () => {
    const meta = (state: ResultMeta['state'], titleLang: string) => ({ state, titleLang, original: 'fr' }) as ResultMeta;
    expect(resultLanguage(meta('closed', 'fr'), 'pl')).toBe('fr');
    expect(resultLanguage(meta('closed', 'pl'), 'pl')).toBe('pl');
    expect(resultLanguage(meta('open', 'fr'), 'pl')).toBe('pl');
  });

  it('names each place as the page’s place filter names it, in the reader’s language', () => {
    const labels = new Map([
      ['BE Brussels', 'Βρυξέλλες (Βέλγιο)'],
      ['LU Luxembourg', 'Λουξεμβούργο (Λουξεμβούργο)'],
    ]);
    expect(placesText({ places: 'BE Brussels\nLU Luxembourg' } as ResultMeta, 'el', labels)).toBe(
      'Βρυξέλλες (Βέλγιο) και Λουξεμβούργο (Λουξεμβούργο)',
    );
    // A place the filter does not name keeps its city as the index has it, its country in the reader's language.
    expect(placesText({ places: 'IT Ispra' } as ResultMeta, 'el', labels)).toBe('Ispra (Ιταλία)');
  });
});
