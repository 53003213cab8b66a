/** Facts as a reader sees them in their language, formatted with Intl. */
import type { Deadline } from '../content/deadline.ts';
import { gradeLabel, type GradeSpec } from '../content/grade.ts';
import { dateLocale, type Language } from '../browser/languages.ts';
import type { Translate } from './i18n.ts';
import type { NoticeFacts } from '../schemas/notice.ts';

export function formatDeadline(deadline: Deadline, language: Language, t: Translate): string {
  const at = new Date(deadline.epochMilliseconds);
  const date = new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'full', timeZone: deadline.timeZone }).format(at);
  const time = new Intl.DateTimeFormat(dateLocale(language), { timeStyle: 'short', timeZone: deadline.timeZone }).format(at);
  if (deadline.timeZone === 'Europe/Brussels') return t('notice.deadlineAt', { date, time });
  const zone = new Intl.DateTimeFormat(dateLocale(language), { timeZone: deadline.timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return t('notice.deadlineAtZone', { date, time, zone });
}

export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatGrade(grade: GradeSpec, language: Language, t: Translate): string {
  if (grade.kind === 'single') return gradeLabel(grade.grade);
  if (grade.kind === 'range') return t('notice.gradeRange', { from: gradeLabel(grade.from), to: gradeLabel(grade.to) });
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(grade.grades.map(gradeLabel));
}

export function formatLegalBasis(facts: NoticeFacts, t: Translate): string | undefined {
  if (!facts.legalBasis) return undefined;
  return t('notice.legalBasis', { articles: facts.legalBasis.join('/') });
}

export function formatPlaces(places: string[], facts: NoticeFacts, language: Language): string {
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  const named = places.map((place, index) => `${place} (${countries.of(facts.locations[index]!.country)})`);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(named);
}

export function formatContractDuration(facts: NoticeFacts, t: Translate): string | undefined {
  const duration = facts.contractDuration;
  if (!duration) return undefined;
  return duration.maxYears === undefined || duration.maxYears === duration.minYears
    ? t('notice.years', { count: duration.minYears })
    : t('notice.yearsRange', { min: duration.minYears, count: duration.maxYears });
}
