/**
 * Synthetic notices for npm run bench: varied enough to take the build's
 * every path (languages, staff categories, grades, places, references,
 * e-mail or web applications, corrigenda, withdrawn notices), and written as
 * the content folder a recruiter would keep.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalFingerprint } from '../../src/content/fingerprint.ts';
import { slugOfReference } from '../../src/content/slug.ts';
import type { Domain, StaffCategory } from '../../src/schemas/notice.ts';
import { versionFileName } from '../../src/content/layout.ts';

type TextLanguage = 'en' | 'fr' | 'de' | 'it' | 'pl' | 'el';

export interface Version {
  language: TextLanguage;
  title: string;
  body: string;
}

export interface BenchNotice {
  slug: string;
  /** Facts as they are written in the original's frontmatter, in order. */
  facts: Record<string, unknown>;
  /** The original first. */
  versions: Version[];
}

const DAY = 86_400_000;
const TEN_YEARS_DAYS = 3652;

/** The example notice lends its text; languages it has no version in borrow the English one. */
const EXAMPLE = join(import.meta.dirname, '../../content/vacancies/digit-com-2024-461');
const FRONTMATTER = /^---[\s\S]*?\n---\n/;

const TITLES: Record<Domain, Record<TextLanguage, string>> = {
  administration: {
    en: 'Administrative Assistant',
    fr: 'Assistant administratif',
    de: 'Verwaltungsassistent',
    it: 'Assistente amministrativo',
    pl: 'Asystent administracyjny',
    el: 'Διοικητικός βοηθός',
  },
  audit: {
    en: 'Internal Auditor',
    fr: 'Auditeur interne',
    de: 'Interner Prüfer',
    it: 'Revisore interno',
    pl: 'Audytor wewnętrzny',
    el: 'Εσωτερικός ελεγκτής',
  },
  communication: {
    en: 'Communication Officer',
    fr: 'Chargé de communication',
    de: 'Referent für Kommunikation',
    it: 'Addetto alla comunicazione',
    pl: 'Specjalista ds. komunikacji',
    el: 'Υπεύθυνος επικοινωνίας',
  },
  economics: { en: 'Economist', fr: 'Économiste', de: 'Volkswirt', it: 'Economista', pl: 'Ekonomista', el: 'Οικονομολόγος' },
  finance: {
    en: 'Financial Officer',
    fr: 'Gestionnaire financier',
    de: 'Finanzreferent',
    it: 'Funzionario finanziario',
    pl: 'Specjalista ds. finansów',
    el: 'Οικονομικός υπάλληλος',
  },
  'human-resources': {
    en: 'HR Business Partner',
    fr: 'Partenaire RH',
    de: 'Personalreferent',
    it: 'Referente risorse umane',
    pl: 'Specjalista ds. kadr',
    el: 'Υπεύθυνος ανθρώπινου δυναμικού',
  },
  ict: {
    en: 'IT Security Officer',
    fr: 'Responsable de la sécurité informatique',
    de: 'IT-Sicherheitsbeauftragter',
    it: 'Responsabile della sicurezza informatica',
    pl: 'Specjalista ds. bezpieczeństwa IT',
    el: 'Υπεύθυνος ασφάλειας ΤΠ',
  },
  languages: { en: 'Translator', fr: 'Traducteur', de: 'Übersetzer', it: 'Traduttore', pl: 'Tłumacz', el: 'Μεταφραστής' },
  law: { en: 'Legal Officer', fr: 'Juriste', de: 'Jurist', it: 'Giurista', pl: 'Prawnik', el: 'Νομικός' },
  policy: {
    en: 'Policy Officer',
    fr: 'Chargé de politiques',
    de: 'Politikreferent',
    it: 'Funzionario delle politiche',
    pl: 'Specjalista ds. polityki',
    el: 'Υπεύθυνος πολιτικής',
  },
  research: {
    en: 'Research Fellow',
    fr: 'Chercheur',
    de: 'Wissenschaftlicher Mitarbeiter',
    it: 'Ricercatore',
    pl: 'Badacz',
    el: 'Ερευνητής',
  },
  security: {
    en: 'Security Officer',
    fr: 'Agent de sécurité',
    de: 'Sicherheitsbeauftragter',
    it: 'Addetto alla sicurezza',
    pl: 'Specjalista ds. bezpieczeństwa',
    el: 'Υπεύθυνος ασφαλείας',
  },
  statistics: { en: 'Statistician', fr: 'Statisticien', de: 'Statistiker', it: 'Statistico', pl: 'Statystyk', el: 'Στατιστικολόγος' },
};
const DOMAINS = Object.keys(TITLES) as Domain[];

/** Most notices are written in English. */
const ORIGINALS: TextLanguage[] = ['en', 'en', 'en', 'en', 'en', 'en', 'fr', 'fr', 'de', 'pl', 'el'];
const CATEGORIES: StaffCategory[] = [
  'temporary-agent',
  'temporary-agent',
  'temporary-agent',
  'official',
  'official',
  'contract-agent',
  'contract-agent',
  'seconded-national-expert',
  'trainee',
];
/** Grades each category takes; seconded national experts and trainees have none. */
const GRADES: Partial<Record<StaffCategory, (string | string[])[]>> = {
  'temporary-agent': ['AD5-AD7', 'AD6', 'AST3-AST5', 'AD8/AD10', ['AD5', 'AD7'], 'AST/SC1-AST/SC2'],
  official: ['AD5', 'AD7-AD9', 'AST4', 'AST/SC2', 'AD12'],
  'contract-agent': ['FGIV', 'FG III', 'FGII-FGIII', 'FG I'],
};
const LEGAL_BASES: Partial<Record<StaffCategory, string[][]>> = {
  'temporary-agent': [['2(b)'], ['2(f)'], ['2(b)', '2(d)']],
  'contract-agent': [['3a'], ['3b']],
};
const ABBREVIATIONS: Record<StaffCategory, string> = {
  'temporary-agent': 'TA',
  official: 'AD',
  'contract-agent': 'CA',
  'seconded-national-expert': 'SNE',
  trainee: 'TR',
};
const PLACES = [
  [{ city: 'Brussels', country: 'BE' }],
  [{ city: 'Brussels', country: 'BE' }],
  [{ city: 'Luxembourg', country: 'LU' }],
  [{ city: 'Strasbourg', country: 'FR' }],
  [{ city: 'Athens', country: 'GR' }],
  [{ city: 'Frankfurt am Main', country: 'DE' }],
  [{ city: 'Ispra', country: 'IT' }],
  [
    { city: 'Brussels', country: 'BE' },
    { city: 'Luxembourg', country: 'LU' },
  ],
];
const SERVICES = ['DIGIT CERT-EU', 'DG BUDG', 'DG COMP', 'Eurostat', 'Joint Research Centre', 'Secretariat-General'];
const ORGANISATIONS = ['European Commission', 'European External Action Service', 'European Parliament'];

/** Spreads choices evenly but without lockstep between fields (a 32-bit integer hash). */
function hash(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}
const pick = <T>(list: readonly T[], index: number, salt: number): T => list[hash(index * 97 + salt) % list.length]!;

function reference(index: number, category: StaffCategory, year: number): string {
  switch (hash(index) % 5) {
    case 0:
      return `BENCH/${year}/${index}`;
    case 1:
      return `EEAS/${100000 + index}`;
    case 2:
      return `COM/${ABBREVIATIONS[category]}/${year}/${index}`;
    case 3:
      return `EPSO/AD-AST/${index}/${String(year).slice(2)}`;
    default:
      return `DIGIT/COM/${year}/${index}`;
  }
}

/** A paragraph of the body's own words, different for each notice, so the search index grows as it would. */
function ownParagraph(words: string[], index: number): string {
  return Array.from({ length: 40 }, (_, n) => words[hash(index * 40 + n) % words.length]).join(' ');
}

const date = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

export function benchNotices(count: number, open: number, now: string): BenchNotice[] {
  const bodies = {} as Record<TextLanguage, string>;
  const english = readFileSync(join(EXAMPLE, 'index.en.md'), 'utf8').replace(FRONTMATTER, '');
  for (const language of ['en', 'fr', 'de', 'it', 'pl', 'el'] as const) {
    try {
      bodies[language] = readFileSync(join(EXAMPLE, versionFileName(language)), 'utf8').replace(FRONTMATTER, '');
    } catch {
      bodies[language] = english;
    }
  }
  const words = Object.fromEntries(
    Object.entries(bodies).map(([language, body]) => [language, body.match(/\p{L}{4,}/gu) ?? ['vacancy']]),
  ) as Record<TextLanguage, string[]>;
  // Now is 10:00 UTC, within the same day in Brussels: whole days from its date keep dates right.
  const today = Date.parse(`${now.slice(0, 10)}T00:00:00Z`);
  const closed = count - open;
  const notices: BenchNotice[] = [];
  for (let index = 0, opened = 0; index < count; index++) {
    // Open notices are spread among the others, so no range of folders is all open or all closed.
    const isOpen = Math.floor(((index + 1) * open) / count) > Math.floor((index * open) / count);
    const rank = isOpen ? opened++ : index - opened;
    const deadlineDay = isOpen
      ? today + (10 + Math.round((30 * rank) / Math.max(1, open - 1))) * DAY
      : today - Math.ceil(((rank + 1) * TEN_YEARS_DAYS) / closed) * DAY;
    const published = Math.min(deadlineDay - 30 * DAY, today);
    const category = pick(CATEGORIES, index, 1);
    const domain = pick(DOMAINS, index, 2);
    const original = pick(ORIGINALS, index, 3);
    const ref = reference(index, category, new Date(published).getUTCFullYear());
    const grades = GRADES[category];
    const legalBasis = LEGAL_BASES[category];
    const facts: Record<string, unknown> = {
      reference: ref,
      title: TITLES[domain][original],
      ...(index % 5 === 0 && { organisation: pick(ORGANISATIONS, index, 4) }),
      ...(index % 2 === 0 && { service: pick(SERVICES, index, 5) }),
      staffCategory: category,
      ...(legalBasis && index % 3 !== 1 && { legalBasis: pick(legalBasis, index, 6) }),
      ...(grades && { grade: pick(grades, index, 7) }),
      domain,
      locations: pick(PLACES, index, 8),
      published: date(published),
      deadline: `${date(deadlineDay)}T${pick(['12:00', '17:00', '23:59'], index, 9)}`,
      ...(legalBasis && { contractDuration: { minYears: 1, maxYears: pick([2, 3, 4], index, 10) }, probationMonths: 9 }),
      ...((domain === 'ict' || domain === 'security') && { securityClearance: pick(['EU SECRET', 'EU CONFIDENTIAL'], index, 11) }),
      apply:
        index % 7 === 0
          ? { url: `https://bench.example.eu/apply/${slugOfReference(ref)}` }
          : { email: 'jobs@bench.example.eu', ...(index % 4 === 0 && { subject: `Application ${ref}` }) },
      ...(!isOpen && index % 41 === 0 && { status: pick(['withdrawn', 'cancelled'], index, 12) }),
      ...(index % 23 === 0 && {
        corrigenda: [{ date: date(published + 5 * DAY), text: 'The list of documents to send was corrected.' }],
      }),
    };
    const versions: Version[] = [
      { language: original, title: TITLES[domain][original], body: `${bodies[original]}\n${ownParagraph(words[original], index)}\n` },
    ];
    // Every third notice has two or three translations.
    if (index % 3 === 0) {
      const others = (['fr', 'de', 'it', 'en'] as const).filter((language) => language !== original);
      for (const language of others.slice(0, 2 + (index % 2)))
        versions.push({
          language,
          title: TITLES[domain][language],
          body: `${bodies[language]}\n${ownParagraph(words[language], index)}\n`,
        });
    }
    notices.push({ slug: slugOfReference(ref), facts, versions });
  }
  return notices;
}

/** The content folder of eu-vacancies: site.yaml and one folder per notice. */
export function writeContent(notices: BenchNotice[], dir: string) {
  mkdirSync(join(dir, 'vacancies'), { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), 'organisation: Bench Institution\nsiteUrl: https://bench.example.eu\n');
  for (const { slug, facts, versions } of notices) {
    const folder = join(dir, 'vacancies', slug);
    mkdirSync(folder);
    const [original, ...translations] = versions;
    // JSON is YAML: one line per fact, quoted so that dates stay strings.
    const frontmatter = Object.entries(facts).map(([field, value]) => `${field}: ${JSON.stringify(value)}`);
    writeFileSync(join(folder, versionFileName(original!.language)), `---\n${frontmatter.join('\n')}\n---\n${original!.body}`);
    const fingerprint = translations.length ? originalFingerprint(original!.title, original!.body) : '';
    for (const { language, title, body } of translations)
      writeFileSync(
        join(folder, versionFileName(language)),
        `---\ntitle: ${JSON.stringify(title)}\ntranslatedFrom: ${JSON.stringify(fingerprint)}\n---\n${body}`,
      );
  }
}
