import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/content/deadline.ts';
import type { NoticeFacts } from '../../src/schemas/notice.ts';
import { formatDeadline, formatLegalBasis } from '../../src/site/format.ts';
import { translator } from '../../src/site/i18n.ts';
import { organisationNames, placeName, zoneCity } from '../../src/site/names.ts';
import type { Language } from '../../src/browser/languages.ts';

const legalBasis = (bases: string[], language: Language) =>
  formatLegalBasis({ legalBasis: bases } as NoticeFacts, language, translator(language));

function deadlineIn(timeZone: string, language: Language): string {
  const deadline = parseDeadline('2025-03-31T12:00', timeZone);
  if (!deadline.ok) throw new Error(deadline.message);
  return formatDeadline(deadline.value, language, translator(language)).replace(/[\u00a0\u202f]/g, ' ');
}

describe('the name of an institution', () => {
  it('is its official name in each language, whichever language the notice names it in', () => {
    const parliament = organisationNames('Parlament Europejski');
    expect(parliament?.en).toBe('European Parliament');
    expect(parliament?.lv).toBe('Eiropas Parlaments');
    expect(organisationNames('European Commission')?.fr).toBe('Commission européenne');
    expect(organisationNames('european commission')?.el).toBe('Ευρωπαϊκή Επιτροπή');
  });

  it("comes from the site's own names for bodies the EU list does not hold", () => {
    const agency = { en: 'European Maritime Safety Agency', fr: 'Agence européenne pour la sécurité maritime' };
    expect(organisationNames('European Maritime Safety Agency')).toBeUndefined();
    expect(organisationNames('European Maritime Safety Agency', [agency])?.fr).toBe('Agence européenne pour la sécurité maritime');
  });
});

describe('the name of a place', () => {
  it('is the reader’s name for a usual duty station, written in any language', () => {
    expect(placeName('Brussels', 'BE', 'fr')).toBe('Bruxelles');
    expect(placeName('Brussels', 'BE', 'nl')).toBe('Brussel');
    expect(placeName('Bruksela', 'BE', 'el')).toBe('Βρυξέλλες');
    expect(placeName('Frankfurt am Main', 'DE', 'fr')).toBe('Francfort-sur-le-Main');
    expect(placeName('Luksemburg', 'LU', 'en')).toBe('Luxembourg');
  });

  it('is left as written when the data does not know it, or knows it in another country', () => {
    expect(placeName('Ispra', 'IT', 'fr')).toBeUndefined();
    expect(placeName('Luxembourg', 'BE', 'fr')).toBeUndefined();
  });
});

describe('a deadline in another time zone', () => {
  it('names its city as Brussels is named, in the reader’s language', () => {
    expect(zoneCity('Europe/Lisbon', 'fr')).toBe('Lisbonne');
    expect(deadlineIn('Europe/Lisbon', 'en')).toBe('Monday 31 March 2025, 12:00 Lisbon time');
    expect(deadlineIn('Europe/Lisbon', 'fr')).toBe('lundi 31 mars 2025, 12:00 (heure de Lisbonne)');
    expect(deadlineIn('Europe/Lisbon', 'de')).toBe('Montag, 31. März 2025, 12:00 Uhr Ortszeit Lissabon');
    expect(deadlineIn('Europe/Lisbon', 'el')).toContain('12:00 τοπική ώρα (Λισαβόνα)');
    expect(deadlineIn('Europe/Malta', 'it')).toContain('ore 12:00 (ora di La Valletta)');
  });

  it('keeps the zone’s name where the data has no city for it', () => {
    expect(deadlineIn('Asia/Tokyo', 'en')).toContain('(Japan Standard Time)');
  });
});

describe('the legal basis of a post', () => {
  it('is cited as each language cites the points of an article', () => {
    expect(legalBasis(['2(b)', '2(d)'], 'en')).toBe('Article 2(b) and (d) of the Conditions of Employment of Other Servants');
    expect(legalBasis(['2(b)', '2(d)'], 'fr')).toBe('article 2, points b) et d), du régime applicable aux autres agents');
    expect(legalBasis(['2(f)'], 'fr')).toBe('article 2, point f), du régime applicable aux autres agents');
    expect(legalBasis(['2(b)', '2(d)'], 'de')).toBe(
      'Artikel 2 Buchstaben b und d der Beschäftigungsbedingungen für die sonstigen Bediensteten',
    );
    expect(legalBasis(['2(b)', '2(d)'], 'pl')).toBe('artykuł 2 lit. b) i d) Warunków zatrudnienia innych pracowników');
    expect(legalBasis(['2(b)', '2(d)'], 'lv')).toBe('Pārējo darbinieku nodarbināšanas kārtības 2. panta b) un d) punkts');
  });

  it('numbers points with Greek and Cyrillic letters where the language does', () => {
    expect(legalBasis(['2(b)', '2(d)'], 'el')).toBe('άρθρο 2 στοιχεία β) και δ) του Καθεστώτος που εφαρμόζεται στο λοιπό προσωπικό');
    expect(legalBasis(['2(f)'], 'bg')).toBe('член 2, буква е) от Условията за работа на другите служители');
  });

  it('cites articles without points as before', () => {
    expect(legalBasis(['3a'], 'en')).toBe('Article 3a of the Conditions of Employment of Other Servants');
    expect(legalBasis(['3b'], 'lv')).toBe('Pārējo darbinieku nodarbināšanas kārtības 3.b pants');
  });

  it('gives each article its ordinal dot in Hungarian: "3a. cikke", "3a. és 3b. cikke", "2. cikkének b) és d) pontja"', () => {
    const conditions = 'az egyéb alkalmazottakra vonatkozó alkalmazási feltételek';
    expect(legalBasis(['3a'], 'hu')).toBe(`${conditions} 3a. cikke`);
    expect(legalBasis(['3a', '3b'], 'hu')).toBe(`${conditions} 3a. és 3b. cikke`);
    expect(legalBasis(['2(b)', '2(d)'], 'hu')).toBe(`${conditions} 2. cikkének b) és d) pontja`);
  });

  it('makes articles and points plural for several in Lithuanian: "3a ir 3b straipsniai", "2 straipsnio b ir d punktai"', () => {
    const conditions = 'Kitų tarnautojų įdarbinimo sąlygų';
    expect(legalBasis(['3a'], 'lt')).toBe(`${conditions} 3a straipsnis`);
    expect(legalBasis(['3a', '3b'], 'lt')).toBe(`${conditions} 3a ir 3b straipsniai`);
    expect(legalBasis(['2(f)'], 'lt')).toBe(`${conditions} 2 straipsnio f punktas`);
    expect(legalBasis(['2(b)', '2(d)'], 'lt')).toBe(`${conditions} 2 straipsnio b ir d punktai`);
  });
});
