import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/content/deadline.ts';
import { countryName, formatDeadline, formatMoney } from '../../src/site/format.ts';
import { translator } from '../../src/site/i18n.ts';
import { languageName, type Language } from '../../src/browser/languages.ts';
import { withoutIntlData } from './without-intl-data.ts';

function deadlineIn(timeZone: string, language: Language): string {
  const parsed = parseDeadline('2024-05-03T18:00', timeZone);
  if (!parsed.ok) throw new Error(parsed.message);
  return formatDeadline(parsed.value, language, translator(language));
}

describe('a deadline as the page writes it', () => {
  it('is on the 24-hour clock in Greek and English', () => {
    expect(deadlineIn('Asia/Tokyo', 'el')).toContain('18:00');
    expect(deadlineIn('Asia/Tokyo', 'el')).not.toMatch(/[πμ]\.μ\./);
    expect(deadlineIn('Europe/Brussels', 'en')).toBe('Friday 3 May 2024, 18:00 Brussels time');
  });

  it("names another zone in the page's language, or by its GMT offset where Intl has no words for it", () => {
    expect(deadlineIn('Asia/Tokyo', 'el')).toContain('Χειμερινή ώρα Ιαπωνίας');
    expect(deadlineIn('Asia/Tokyo', 'en')).toContain('Japan Standard Time');
    withoutIntlData(['ga', 'mt'], () => {
      expect(deadlineIn('Asia/Tokyo', 'ga')).toContain('GMT+9');
      expect(deadlineIn('Asia/Tokyo', 'mt')).toContain('GMT+9');
      expect(deadlineIn('Asia/Tokyo', 'mt')).not.toMatch(/Japan|PM/);
    });
  });
});

describe('Portuguese as the EU writes it, which is Portugal’s', () => {
  it('names countries and languages as in Portugal: Polónia, checo, neerlandês', () => {
    expect(countryName('PL', 'pt')).toBe('Polónia');
    expect(languageName('cs', 'pt')).toBe('checo');
    expect(languageName('nl', 'pt')).toBe('neerlandês');
  });

  it('writes amounts as Portugal does, 6152,64 EUR, not as Brazil does, EUR 6.152,64', () => {
    expect(formatMoney(6152.64, 'EUR', 'pt').replace(/\s/g, ' ')).toBe('6152,64 EUR');
  });
});
