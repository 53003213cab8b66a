import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/content/deadline.ts';
import type { NoticeFacts } from '../../src/schemas/notice.ts';
import { formatDeadline, formatLegalBasis } from '../../src/site/format.ts';
import { translator } from '../../src/site/i18n.ts';
import { organisationNames, placeName, zoneCity } from '../../src/site/names.ts';
import type { Language } from '../../src/browser/languages.ts';

// Czech lists keep "a" on the line of what follows it, with a no-break space; read here as a space.
const legalBasis = (bases: string[], language: Language) =>
  formatLegalBasis({ legalBasis: bases } as NoticeFacts, language, translator(language))?.replace(/\u00a0/g, ' ');

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
  // As the Interinstitutional Style Guide cites subdivisions of an act (3.2.3) and numbers inserted articles (3.3.2):
  // (a) one point of an article, (b) two points of it, (c) one inserted article, (d) two inserted articles.
  it.each<[Language, string, string, string, string, string]>([
    ['en', 'Article 2(f)', 'Article 2(b) and (d)', 'Article 3a', 'Articles 3a and 3b', 'of the Conditions of Employment of Other Servants'],
    [
      'fr',
      'article 2, point f),',
      'article 2, points b) et d),',
      'article 3 bis',
      'articles 3 bis et 3 ter',
      'du régime applicable aux autres agents',
    ],
    [
      'it',
      'articolo 2, lettera f),',
      'articolo 2, lettere b) e d),',
      'articolo 3 bis',
      'articoli 3 bis e 3 ter',
      'del regime applicabile agli altri agenti',
    ],
    [
      'es',
      'artículo 2, letra f),',
      'artículo 2, letras b) y d),',
      'artículo 3 bis',
      'artículos 3 bis y 3 ter',
      'del Régimen aplicable a los otros agentes',
    ],
    [
      'pt',
      'artigo 2.º, alínea f),',
      'artigo 2.º, alíneas b) e d),',
      'artigo 3.º-A',
      'artigos 3.º-A e 3.º-B',
      'do Regime Aplicável aos Outros Agentes',
    ],
    [
      'el',
      'άρθρο 2 στοιχείο στ)',
      'άρθρο 2 στοιχεία β) και δ)',
      'άρθρο 3α',
      'άρθρα 3α και 3β',
      'του Καθεστώτος που εφαρμόζεται στο λοιπό προσωπικό',
    ],
    ['bg', 'член 2, буква е)', 'член 2, букви б) и г)', 'член 3а', 'членове 3а и 3б', 'от Условията за работа на другите служители'],
    ['cs', 'čl. 2 písm. f)', 'čl. 2 písm. b) a d)', 'článek 3a', 'články 3a a 3b', 'pracovního řádu ostatních zaměstnanců'],
    ['pl', 'art. 2 lit. f)', 'art. 2 lit. b) i d)', 'art. 3a', 'art. 3a i 3b', 'Warunków zatrudnienia innych pracowników'],
    ['hr', 'članak 2. točka (f)', 'članak 2. točke (b) i (d)', 'članak 3.a', 'članci 3.a i 3.b', 'Uvjeta zaposlenja ostalih službenika'],
    ['sv', 'artikel 2 f', 'artikel 2 b och d', 'artikel 3a', 'artiklarna 3a och 3b', 'i anställningsvillkoren för övriga anställda'],
    [
      'mt',
      'Artikolu 2, il-punt (f),',
      'Artikolu 2, il-punti (b) u (d),',
      'Artikolu 3a',
      'Artikoli 3a u 3b',
      'tal-Kondizzjonijiet tal-Impjieg ta’ Aġenti Oħra',
    ],
  ])('is cited in %s as the Official Journal cites points and inserted articles', (language, point, points, article, articles, ceos) => {
    expect(legalBasis(['2(f)'], language)).toBe(`${point} ${ceos}`);
    expect(legalBasis(['2(b)', '2(d)'], language)).toBe(`${points} ${ceos}`);
    expect(legalBasis(['3a'], language)).toBe(`${article} ${ceos}`);
    expect(legalBasis(['3a', '3b'], language)).toBe(`${articles} ${ceos}`);
  });

  it('puts the articles before their noun where the language does, singular after several in Finnish and Latvian', () => {
    expect(legalBasis(['3a', '3b'], 'fi')).toBe('muuhun henkilöstöön sovellettavien palvelussuhteen ehtojen 3 a ja 3 b artikla');
    expect(legalBasis(['2(b)', '2(d)'], 'fi')).toBe(
      'muuhun henkilöstöön sovellettavien palvelussuhteen ehtojen 2 artiklan b ja d alakohta',
    );
    expect(legalBasis(['3b'], 'lv')).toBe('Pārējo darbinieku nodarbināšanas kārtības 3.b pants');
    expect(legalBasis(['3a', '3b'], 'lv')).toBe('Pārējo darbinieku nodarbināšanas kārtības 3.a un 3.b pants');
    expect(legalBasis(['2(b)', '2(d)'], 'lv')).toBe('Pārējo darbinieku nodarbināšanas kārtības 2. panta b) un d) punkts');
  });

  it('names two articles in the dual in Slovenian: "člena 3a in 3b"', () => {
    expect(legalBasis(['3a'], 'sl')).toBe('člen 3a Pogojev za zaposlitev drugih uslužbencev');
    expect(legalBasis(['3a', '3b'], 'sl')).toBe('člena 3a in 3b Pogojev za zaposlitev drugih uslužbencev');
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
