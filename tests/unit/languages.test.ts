import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/browser/languages.ts';
import { translator } from '../../src/site/i18n.ts';

describe('a language named in a sentence', () => {
  it('is in lower case for a Greek reader, as Greek writes it: "στα ελληνικά", "στα αγγλικά"', () => {
    expect(languageName('el', 'el')).toBe('ελληνικά');
    const note = translator('el')('official.noticeNotTranslated', { original: languageName('en', 'el') });
    expect(note).toContain('στα ελληνικά');
    expect(note).toContain('στα αγγλικά');
  });

  it('keeps the case each other language gives it', () => {
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('en', 'ga')).toBe('Béarla');
  });
});
