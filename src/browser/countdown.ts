/**
 * The pure part of the deadline countdown, shared by the build and the
 * browser: no time-zone data, no date library, only instants and Intl.
 */
import { clockTime, zoneName } from './clock.ts';
export type NoticeState = 'open' | 'closing-soon' | 'closed';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Open until the deadline; "closing soon" in its last `closingSoonDays` days of real time. */
export function noticeState(deadlineMs: number, nowMs: number, closingSoonDays: number): NoticeState {
  if (nowMs >= deadlineMs) return 'closed';
  return deadlineMs - nowMs <= closingSoonDays * DAY ? 'closing-soon' : 'open';
}

/** Plural forms by CLDR category ("one", "few", …), each with {{count}}. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** The countdown's strings in one language, handed to the browser in a data-* attribute. */
export interface CountdownStrings {
  /** The locale of the page's language, for plural rules, dates and times. */
  lang: string;
  left: string;
  and: string;
  days: PluralForms;
  hours: PluralForms;
  minutes: PluralForms;
  lessThanMinute: string;
  nowClosingSoon: string;
  nowClosed: string;
  inYourTimeZone: string;
  states: Record<NoticeState, string>;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

function count(forms: PluralForms, n: number, rules: Intl.PluralRules): string {
  return fill(forms[rules.select(n)] ?? forms.other ?? '', { count: n });
}

/**
 * Time left as a reader says it: days and hours while more than a day is left,
 * hours and minutes in the last day. Real elapsed time, so a span across a
 * daylight-saving change counts 47 or 49 hours, never "2 days".
 */
export function formatTimeLeft(ms: number, strings: CountdownStrings): string {
  const rules = new Intl.PluralRules(strings.lang);
  if (ms < MINUTE) return strings.lessThanMinute;
  const [big, small, bigUnit, smallUnit] =
    ms >= DAY
      ? [Math.floor(ms / DAY), Math.floor((ms % DAY) / HOUR), strings.days, strings.hours]
      : [Math.floor(ms / HOUR), Math.floor((ms % HOUR) / MINUTE), strings.hours, strings.minutes];
  const parts = [big && count(bigUnit, big, rules), small && count(smallUnit, small, rules)].filter(Boolean) as string[];
  const time = parts.length === 2 ? fill(strings.and, { first: parts[0]!, second: parts[1]! }) : parts[0]!;
  return fill(strings.left, { time });
}

/** Milliseconds until what the countdown shows can next change: the next unit boundary, the closing-soon boundary or the deadline. */
export function nextChangeIn(ms: number, closingSoonDays: number): number {
  if (ms <= 0) return Infinity;
  const unit = ms > DAY ? HOUR : MINUTE;
  const boundaries = [ms % unit || unit, ms, ms - closingSoonDays * DAY].filter((delay) => delay > 0);
  return Math.min(...boundaries);
}

/**
 * The deadline in the reader's own time zone, when it reads differently there
 * ("11:00 in your time zone (Western European Time)"), on the 24-hour clock, with the
 * zone's GMT offset where the language has no name for it; undefined when it is the same.
 */
export function formatInReaderZone(
  deadlineMs: number,
  deadlineZone: string,
  readerZone: string,
  strings: CountdownStrings,
): string | undefined {
  const at = new Date(deadlineMs);
  const wallClock = (timeZone: string) =>
    new Intl.DateTimeFormat('en', { timeZone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(at);
  if (wallClock(deadlineZone) === wallClock(readerZone)) return undefined;
  const sameDay = (timeZone: string) => new Intl.DateTimeFormat('en', { timeZone, dateStyle: 'short' }).format(at);
  const time = clockTime(at, readerZone, strings.lang, sameDay(deadlineZone) !== sameDay(readerZone));
  const zone = zoneName(at, readerZone, strings.lang);
  return fill(strings.inYourTimeZone, { time, zone });
}
