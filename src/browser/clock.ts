/**
 * Times as the EU writes them: the 24-hour clock in every language, and a time
 * zone's name where the language has one, its GMT offset otherwise. Intl has no
 * data for some languages (Chromium ships none for Irish or Maltese) and then
 * answers in English or in its root locale: that is detected, never shown.
 */

/** Whether Intl formats dates in this language, rather than falling back to another. */
export function intlSpeaks(locale: string): boolean {
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  return language(new Intl.DateTimeFormat(locale).resolvedOptions().locale) === language(locale);
}

function zonePart(at: Date, timeZone: string, locale: string, timeZoneName: Intl.DateTimeFormatOptions['timeZoneName']) {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * The zone's name in the language ("Japan Standard Time", "Χειμερινή ώρα Ιαπωνίας"), or its
 * offset from GMT ("GMT+9") where Intl has no name in that language.
 */
export function zoneName(at: Date, timeZone: string, locale: string): string {
  const offset = () => zonePart(at, timeZone, intlSpeaks(locale) ? locale : 'en', 'shortOffset') ?? timeZone;
  if (!intlSpeaks(locale)) return offset();
  const name = zonePart(at, timeZone, locale, 'longGeneric');
  const english = locale.toLowerCase().startsWith('en');
  // The root locale writes "GMT+09:00"; a language without names borrows the English one.
  if (!name || /^(GMT|UTC)([+\-−]|$)/.test(name)) return offset();
  if (!english && name === zonePart(at, timeZone, 'en', 'longGeneric')) return offset();
  return name;
}

/** The time of day on the 24-hour clock ("18:00", "13.00" in Finnish), with the date in front when `withDate`. */
export function clockTime(at: Date, timeZone: string, locale: string, withDate = false): string {
  if (!intlSpeaks(locale)) {
    const time = new Intl.DateTimeFormat('en-GB', { timeZone, timeStyle: 'short', hourCycle: 'h23' }).format(at);
    return withDate ? `${figuresDate(at, timeZone)} ${time}` : time;
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    timeStyle: 'short',
    hourCycle: 'h23',
    ...(withDate ? { dateStyle: 'long' } : {}),
  }).format(at);
}

/** The date in figures, day first ("03.05.2024"), for a language Intl cannot write. */
function figuresDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}
