/** Facts as a reader sees them in their language, formatted with Intl. */
import type { Deadline } from '../content/deadline.ts';
import { gradeLabel, type GradeSpec } from '../content/grade.ts';
import { intlLocale, type Language } from '../browser/languages.ts';
import { zoneName } from '../browser/clock.ts';
import type { Translate } from './i18n.ts';
import { once } from './once.ts';
import type { NoticeFacts, PayPeriod, Post } from '../schemas/notice.ts';
import { zoneCity } from './names.ts';
import type { Pay } from './pay.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to make and used for thousands of notices: one per locale and options. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(formatters, `${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

const displayNames = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<string, Intl.ListFormat>();

function regionNames(language: Language): Intl.DisplayNames {
  return once(displayNames, language, () => new Intl.DisplayNames([intlLocale(language)], { type: 'region' }));
}

function listFormat(language: Language, type: Intl.ListFormatType): Intl.ListFormat {
  return once(listFormats, `${language} ${type}`, () => new Intl.ListFormat(intlLocale(language), { type }));
}

export function formatDeadline(deadline: Deadline, language: Language, t: Translate): string {
  const at = new Date(deadline.epochMilliseconds);
  const date = dateTimeFormat(intlLocale(language), { dateStyle: 'full', timeZone: deadline.timeZone }).format(at);
  // The EU writes times on the 24-hour clock, in every language.
  const time = dateTimeFormat(intlLocale(language), { timeStyle: 'short', hourCycle: 'h23', timeZone: deadline.timeZone }).format(at);
  if (deadline.timeZone === 'Europe/Brussels') return t('notice.deadlineAt', { date, time });
  // Named like Brussels: by its city, in the reader's language; a zone without a city the data knows by its name.
  const city = zoneCity(deadline.timeZone, language);
  if (city) return t('facts2.deadlineAtCity', { date, time, city });
  return t('notice.deadlineAtZone', { date, time, zone: zoneName(at, deadline.timeZone, intlLocale(language)) });
}

export function formatDate(isoDate: string, language: Language): string {
  return dateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatGrade(grade: GradeSpec, language: Language, t: Translate): string {
  if (grade.kind === 'single') return gradeLabel(grade.grade);
  if (grade.kind === 'range') return t('notice.gradeRange', { from: gradeLabel(grade.from), to: gradeLabel(grade.to) });
  return listFormat(language, 'disjunction').format(grade.grades.map(gradeLabel));
}

/** The letters of an article's points in the alphabets that number them with their own letters. */
const POINT_LETTERS: Partial<Record<Language, Record<string, string>>> = {
  el: { a: 'α', b: 'β', c: 'γ', d: 'δ', e: 'ε', f: 'στ' },
  bg: { a: 'а', b: 'б', c: 'в', d: 'г', e: 'д', f: 'е' },
};

/**
 * The legal basis as each language cites an article: points grouped under their article,
 * "2(b)", "2(d)" -> "Article 2(b) and (d)", "article 2, points b) et d)", "Artikel 2 Buchstaben b und d";
 * several articles under one noun, plural where the language makes it so: "Articles 3a and 3b", "articles 3 bis et 3 ter".
 */
export function formatLegalBasis(facts: NoticeFacts, language: Language, t: Translate): string | undefined {
  if (!facts.legalBasis) return undefined;
  const points = new Map<string, string[]>();
  for (const base of facts.legalBasis) {
    const [, article = base, point] = /^(\d+[a-z]?)(?:\(([a-z])\))?$/.exec(base) ?? [];
    points.set(article, point ? [...(points.get(article) ?? []), point] : (points.get(article) ?? []));
  }
  const [article, letters] = [...points][0]!;
  // Only articles without points (3a, 3b) are ever cited together: each staff category has one article with points.
  if (points.size === 1 && letters.length > 0) {
    const written = letters.map((letter) => t('facts2.point', { letter: POINT_LETTERS[language]?.[letter] ?? letter }));
    return t('facts2.legalBasisPoints', { count: letters.length, article, points: listFormat(language, 'conjunction').format(written) });
  }
  const articles = listFormat(language, 'conjunction').format([...points.keys()].map((number) => articleNumber(number, language)));
  return t('notice.legalBasis', { count: points.size, articles });
}

/** Latin ordinals, which number inserted articles in French, Italian, Spanish and Dutch: "3 bis", "3 ter". */
const LATIN_ORDINALS: Record<string, string> = { a: 'bis', b: 'ter', c: 'quater', d: 'quinquies', e: 'sexies', f: 'septies' };

/**
 * An article's number as each language writes it, from its digits and the letter of an article inserted later
 * (the Interinstitutional Style Guide, 3.3.2): "3a" is "3 bis", "3.º-A", "3α", "3 a" or "3.a"; Hungarian numbers
 * are ordinals with a dot ("3a. cikke"), as Latvian and Croatian ones are ("3.a pants", "članak 3.a").
 */
const ARTICLE_NUMBERS: Partial<Record<Language, (digits: string, letter: string) => string>> = {
  fr: latinNumber,
  it: latinNumber,
  es: latinNumber,
  nl: latinNumber,
  pt: (digits, letter) => `${digits}.º${letter && `-${letter.toUpperCase()}`}`,
  el: (digits, letter) => `${digits}${POINT_LETTERS.el![letter] ?? letter}`,
  bg: (digits, letter) => `${digits}${POINT_LETTERS.bg![letter] ?? letter}`,
  fi: (digits, letter) => (letter ? `${digits} ${letter}` : digits),
  hr: (digits, letter) => `${digits}.${letter}`,
  lv: (digits, letter) => `${digits}.${letter}`,
  hu: (digits, letter) => `${digits}${letter}.`,
};

function latinNumber(digits: string, letter: string): string {
  return letter ? `${digits} ${LATIN_ORDINALS[letter] ?? letter}` : digits;
}

/** "3a" as the reader's language numbers it. */
function articleNumber(article: string, language: Language): string {
  const [, digits, letter = ''] = /^(\d+)([a-z]?)$/.exec(article) ?? [];
  const write = ARTICLE_NUMBERS[language];
  return digits && write ? write(digits, letter) : article;
}

/** Places with their countries, "Bruxelles (Belgique) et Luxembourg (Luxembourg)"; `places` are already in the reader's language. */
export function formatPlaces(places: string[], facts: NoticeFacts, language: Language): string {
  return listFormat(language, 'conjunction').format(
    places.map((place, index) => formatPlace(place, facts.locations[index]!.country, language)),
  );
}

/** A country's name in the reader's language ("Belgique"), from its ISO code. */
export function countryName(country: string, language: Language): string {
  return regionNames(language).of(country) ?? country;
}

export function formatPlace(place: string, country: string, language: Language): string {
  return `${place} (${countryName(country, language)})`;
}

/** Each kind of post on its own: "1 post, AD5, Brussels (Belgium)". */
export function formatPosts(posts: Post[], places: string[], facts: NoticeFacts, language: Language, t: Translate): string[] {
  return posts.map((post) =>
    [
      t('facts2.postCount', { count: post.count }),
      post.grade && formatGrade(post.grade, language, t),
      formatPlace(places[post.location]!, facts.locations[post.location]!.country, language),
    ]
      .filter(Boolean)
      .join(', '),
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An amount of money as the EU writes it in each language, with the currency's code: "5 672,78 EUR", "EUR 5,672.78". */
export function formatMoney(amount: number, currency: string, language: Language): string {
  return moneyFormat(currency, language).format(amount);
}

function moneyFormat(currency: string, language: Language): Intl.NumberFormat {
  return once(
    numberFormats,
    `${language} ${currency}`,
    () =>
      new Intl.NumberFormat(intlLocale(language), {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        trailingZeroDisplay: 'stripIfInteger',
      }),
  );
}

const PERIOD_KEYS: Record<PayPeriod, string> = {
  month: 'facts2.perMonth',
  year: 'facts2.perYear',
  day: 'facts2.perDay',
  hour: 'facts2.perHour',
};
const KIND_KEYS = { 'basic-salary': 'facts2.basicSalary', grant: 'facts2.grant', allowance: 'facts2.allowance' } as const;

export function formatPay(pay: Pay, language: Language, t: Translate): string {
  if (pay.kind === 'grid') {
    const salaries = pay.salaries.map((salary) =>
      t('facts2.gridSalary', { amount: formatMoney(salary.amount, 'EUR', language), grade: gradeLabel(salary.grade) }),
    );
    return t('facts2.gridPay', { salaries: listFormat(language, 'unit').format(salaries) });
  }
  const { amount, min, max, currency, period, kind } = pay.pay;
  const money = amount !== undefined ? formatMoney(amount, currency, language) : moneyFormat(currency, language).formatRange(min!, max!);
  return t('facts2.payStated', { amount: t(PERIOD_KEYS[period], { amount: money }), kind: t(KIND_KEYS[kind]) });
}

/** The contract: indefinite, or its length and whether it is renewable. */
export function formatContractDuration(facts: NoticeFacts, t: Translate): string | undefined {
  if (facts.contract === 'indefinite') return t('facts2.indefinite');
  const duration = facts.contractDuration;
  if (!duration) return undefined;
  const length =
    duration.maxYears === undefined || duration.maxYears === duration.minYears
      ? t('notice.years', { count: duration.minYears })
      : t('notice.yearsRange', { min: duration.minYears, count: duration.maxYears });
  if (duration.renewable === undefined) return length;
  return t(duration.renewable ? 'facts2.renewable' : 'facts2.notRenewable', { duration: length });
}
