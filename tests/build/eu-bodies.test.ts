import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EU_BODIES, built } from '../support/fixture-sites.ts';

await built(EU_BODIES);

// Notices modelled on four bodies' real ones, built on 1 March 2025 when all are open.
const page = (language: string, slug: string) => readFileSync(join(EU_BODIES.out, language, 'vacancies', slug, 'index.html'), 'utf8');

/** The facts panel as "label: value" lines, spaces made plain. */
function facts(language: string, slug: string): Record<string, string> {
  const section = /<section class="facts"[\s\S]*?<\/section>/.exec(page(language, slug))![0];
  const entries = [...section.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map(([, label, value]) => [
    label!.trim(),
    value!
      .replace(/<li>/g, ' | ')
      .replace(/<a [\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .replace(/^ \| /, '')
      .trim(),
  ]);
  return Object.fromEntries(entries);
}

function jobPosting(language: string, slug: string): Record<string, unknown> {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(language, slug))![1]!;
  return JSON.parse(json) as Record<string, unknown>;
}

describe('notices of the Commission, the EEAS, the Parliament and an agency', () => {
  it('name the institution officially in the reader’s language', () => {
    expect(facts('fr', 'com-2025-1183').Institution).toBe('Commission européenne');
    expect(facts('el', 'com-2025-1183')['Θεσμικό όργανο']).toBe('Ευρωπαϊκή Επιτροπή');
    expect(facts('en', 'pe-ad-2025-14').Institution).toBe('European Parliament');
    expect(facts('lv', 'pe-ad-2025-14').Iestāde).toBe('Eiropas Parlaments');
    expect(facts('pl', '452310').Instytucja).toBe('Europejska Służba Działań Zewnętrznych');
    // An agency named by the site's organisationNames.
    expect(facts('fr', 'emsa-ca-2025-03').Institution).toBe('Agence européenne pour la sécurité maritime');
  });

  it('name places and countries in the reader’s language', () => {
    expect(facts('el', 'com-2025-1183')['Τόπος απασχόλησης']).toBe('Βρυξέλλες (Βέλγιο)');
    expect(facts('fr', 'com-2025-1183')['Lieu d’affectation']).toBe('Bruxelles (Belgique)');
    expect(facts('pl', '452310')['Miejsce zatrudnienia']).toBe('Bruksela (Belgia)');
    expect(facts('fr', 'emsa-ca-2025-03')['Lieu d’affectation']).toBe('Lisbonne (Portugal)');
  });

  it('tie each grade of the Parliament’s notice to its place, post by post', () => {
    expect(facts('en', 'pe-ad-2025-14').Posts).toBe('1 post, AD5, Brussels (Belgium) | 1 post, AD7, Luxembourg (Luxembourg)');
    expect(facts('fr', 'pe-ad-2025-14').Postes).toBe('1 poste, AD5, Bruxelles (Belgique) | 1 poste, AD7, Luxembourg (Luxembourg)');
    expect(facts('lv', 'pe-ad-2025-14')['Amata vietas']).toBe(
      '1 amata vieta, AD5, Brisele (Beļģija) | 1 amata vieta, AD7, Luksemburga (Luksemburga)',
    );
    expect(facts('pl', 'pe-ad-2025-14').Stanowiska).toBe(
      '1 stanowisko, AD5, Bruksela (Belgia) | 1 stanowisko, AD7, Luksemburg (Luksemburg)',
    );
    expect(facts('el', 'pe-ad-2025-14')).not.toHaveProperty('Βαθμός');
  });

  it('show the listing entry with its posts, never "AD5/AD7"', () => {
    const listing = readFileSync(join(EU_BODIES.out, 'en', 'index.html'), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(listing).toContain('1 post, AD5, Brussels (Belgium) 1 post, AD7, Luxembourg (Luxembourg)');
    expect(listing).not.toContain('AD5/AD7');
  });

  it('show the basic salary for the grades offered, and for contract agents only what the notice states', () => {
    expect(facts('en', 'pe-ad-2025-14').Pay).toBe('Basic monthly salary at step 1: EUR 6,152.64 (AD5), EUR 7,876.27 (AD7)');
    expect(facts('fr', 'pe-ad-2025-14').Rémunération).toBe(
      'Traitement de base mensuel à l’échelon 1 : 6 152,64 EUR (AD5) et 7 876,27 EUR (AD7)',
    );
    expect(facts('fr', 'emsa-ca-2025-03').Rémunération).toBe('4 100–4 650 EUR par mois (traitement de base)');
    expect(facts('en', 'com-2025-1183')).not.toHaveProperty('Pay');
  });

  it('state the contract: indefinite, or its length and renewal, and when the post is available', () => {
    expect(facts('en', 'pe-ad-2025-14')['Contract duration']).toBe('Indefinite');
    expect(facts('fr', 'com-2025-1183')['Durée du contrat']).toBe('2 ans, renouvelable');
    expect(facts('pl', '452310')['Rozpoczęcie pracy']).toBe('Od zaraz');
    expect(facts('en', 'emsa-ca-2025-03')['Post available from']).toBe('1 June 2025');
  });

  it('cite the legal basis as each language cites an article', () => {
    expect(facts('lv', 'pe-ad-2025-14')['Darbinieku kategorija']).toContain('2. panta b) un d) punkts');
    expect(facts('en', 'pe-ad-2025-14')['Staff category']).toContain('Article 2(b) and (d)');
    expect(facts('pl', 'pe-ad-2025-14')['Kategoria personelu']).toContain('art. 2 lit. b) i d)');
    expect(facts('el', 'pe-ad-2025-14')['Κατηγορία προσωπικού']).toContain('άρθρο 2 στοιχεία β) και δ)');
    expect(facts('fr', 'emsa-ca-2025-03')['Catégorie de personnel']).toContain('article 3 bis du régime applicable');
    expect(facts('pt', 'emsa-ca-2025-03')['Categoria de pessoal']).toContain('artigo 3.º-A do Regime');
  });

  it('name the city of a deadline outside Brussels as they name Brussels', () => {
    expect(facts('en', 'emsa-ca-2025-03')['Deadline for applications']).toBe('Monday 31 March 2025, 12:00 Lisbon time');
    expect(facts('fr', 'emsa-ca-2025-03')['Date limite de candidature']).toBe('lundi 31 mars 2025, 12:00 (heure de Lisbonne)');
    expect(facts('el', 'emsa-ca-2025-03')['Προθεσμία υποβολής αιτήσεων']).toContain('12:00 τοπική ώρα (Λισαβόνα)');
    expect(facts('en', '452310')['Deadline for applications']).toContain('12:00 Brussels time');
  });

  it('give Google one jobLocation per place, the institution in the page’s language, and the right employment type and pay', () => {
    const parliament = jobPosting('en', 'pe-ad-2025-14');
    expect(parliament.jobLocation).toEqual([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Brussels', addressCountry: 'BE' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Luxembourg', addressCountry: 'LU' } },
    ]);
    expect(parliament.hiringOrganization).toMatchObject({ name: 'European Parliament' });
    expect(parliament.employmentType).toEqual(['FULL_TIME']);
    expect(parliament.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 6152.64, maxValue: 7876.27, unitText: 'MONTH' },
    });
    expect(jobPosting('pl', 'pe-ad-2025-14').hiringOrganization).toMatchObject({ name: 'Parlament Europejski' });
    const eeas = jobPosting('en', '452310');
    expect(eeas.employmentType).toEqual(['FULL_TIME', 'TEMPORARY']);
    expect(eeas.baseSalary).toMatchObject({ value: { value: 7876.27, unitText: 'MONTH' } });
    expect(jobPosting('en', 'com-2025-1183')).not.toHaveProperty('baseSalary');
    expect(jobPosting('fr', 'com-2025-1183').hiringOrganization).toMatchObject({ name: 'Commission européenne' });
  });

  it('list every post, the contract and the pay in vacancies.json', () => {
    const data = JSON.parse(readFileSync(join(EU_BODIES.out, 'vacancies.json'), 'utf8')) as { notices: Record<string, unknown>[] };
    const parliament = data.notices.find((notice) => notice.reference === 'PE/AD/2025/14')!;
    expect(parliament.posts).toEqual([
      { count: 1, grades: ['AD5'], location: { city: 'Bruksela', country: 'BE' } },
      { count: 1, grades: ['AD7'], location: { city: 'Luksemburg', country: 'LU' } },
    ]);
    expect(parliament.contract).toBe('indefinite');
    expect(parliament.pay).toMatchObject({
      source: 'staff-regulations-grid',
      appliesFrom: '2025-07-01',
      byGrade: { AD5: 6152.64, AD7: 7876.27 },
    });
  });
});
