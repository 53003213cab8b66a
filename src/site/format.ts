/** Facts as a reader sees them in their language, formatted with Intl. */
import type { Deadline } from '../content/deadline.ts';
import { gradeLabel, type GradeSpec } from '../content/grade.ts';
import { dateLocale, type Language } from '../browser/languages.ts';
import { zoneName } from '../browser/clock.ts';
import type { Translate } from './i18n.ts';
import { once } from './once.ts';
import type { NoticeFacts } from '../schemas/notice.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to make and used for thousands of notices: one per locale and options. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(formatters, `${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

const displayNames = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<string, Intl.ListFormat>();

function regionNames(language: Language): Intl.DisplayNames {
  return once(displayNames, language, () => new Intl.DisplayNames([language], { type: 'region' }));
}

function listFormat(language: Language, type: Intl.ListFormatType): Intl.ListFormat {
  return once(listFormats, `${language} ${type}`, () => new Intl.ListFormat(language, { type }));
}

export function formatDeadline(deadline: Deadline, language: Language, t: Translate): string {
  const at = new Date(deadline.epochMilliseconds);
  const date = dateTimeFormat(dateLocale(language), { dateStyle: 'full', timeZone: deadline.timeZone }).format(at);
  // The EU writes times on the 24-hour clock, in every language.
  const time = dateTimeFormat(dateLocale(language), { timeStyle: 'short', hourCycle: 'h23', timeZone: deadline.timeZone }).format(at);
  if (deadline.timeZone === 'Europe/Brussels') return t('notice.deadlineAt', { date, time });
  return t('notice.deadlineAtZone', { date, time, zone: zoneName(at, deadline.timeZone, dateLocale(language)) });
}

export function formatDate(isoDate: string, language: Language): string {
  return dateTimeFormat(dateLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatGrade(grade: GradeSpec, language: Language, t: Translate): string {
  if (grade.kind === 'single') return gradeLabel(grade.grade);
  if (grade.kind === 'range') return t('notice.gradeRange', { from: gradeLabel(grade.from), to: gradeLabel(grade.to) });
  return listFormat(language, 'disjunction').format(grade.grades.map(gradeLabel));
}

export function formatLegalBasis(facts: NoticeFacts, language: Language, t: Translate): string | undefined {
  if (!facts.legalBasis) return undefined;
  const articles = language === 'lv' ? latvianArticles(facts.legalBasis) : facts.legalBasis.join('/');
  return t('notice.legalBasis', { articles });
}

/**
 * Articles cited as Latvian law cites them: points grouped under their article,
 * "2(b)", "2(d)" -> "2. panta b) un d) punkts"; "3b" -> "3.b pants".
 */
export function latvianArticles(bases: readonly string[]): string {
  const points = new Map<string, string[]>();
  for (const base of bases) {
    const [, article = base, point] = /^(\d+[a-z]?)(?:\(([a-z])\))?$/.exec(base) ?? [];
    const known = points.get(article) ?? [];
    points.set(article, point ? [...known, `${point})`] : known);
  }
  const and = (items: string[]) => listFormat('lv', 'conjunction').format(items);
  const ordinal = (article: string) => article.replace(/^(\d+)/, '$1.');
  return and(
    [...points].map(([article, letters]) =>
      letters.length ? `${ordinal(article)} panta ${and(letters)} punkts` : `${ordinal(article)} pants`,
    ),
  );
}

export function formatPlaces(places: string[], facts: NoticeFacts, language: Language): string {
  const countries = regionNames(language);
  const named = places.map((place, index) => `${place} (${countries.of(facts.locations[index]!.country)})`);
  return listFormat(language, 'conjunction').format(named);
}

export function formatContractDuration(facts: NoticeFacts, t: Translate): string | undefined {
  const duration = facts.contractDuration;
  if (!duration) return undefined;
  return duration.maxYears === undefined || duration.maxYears === duration.minYears
    ? t('notice.years', { count: duration.minYears })
    : t('notice.yearsRange', { min: duration.minYears, count: duration.maxYears });
}
