/**
 * A notice's deadline as an iCalendar event (RFC 5545): the deadline in its
 * own time zone, with a VTIMEZONE block built from that zone's real
 * transitions, a reminder a day before, the reference in the summary and the
 * notice's address.
 *
 * A deadline is an instant, and the event says so by having no end: an event
 * whose DTSTART is a DATE-TIME and that has neither DTEND nor DURATION "ends on
 * the same calendar date and time of day" as it starts (RFC 5545 §3.6.1), while
 * a DTEND equal to DTSTART is invalid (§3.8.2.2: DTEND MUST be later). Any end
 * after the deadline (a DURATION of 15 minutes, say) would show time to apply
 * that candidates do not have; DURATION:PT0S says the same as no end, less plainly.
 */
import { Temporal } from '../content/temporal.ts';
import { once } from '../site/once.ts';
import type { Deadline } from '../content/deadline.ts';

export interface DeadlineEvent {
  /** Unique and stable across builds, so calendars update rather than duplicate. */
  uid: string;
  deadline: Deadline;
  summary: string;
  description: string;
  reminder: string;
  url: string;
  /** When the file was made, as an instant. */
  stamp: number;
  language: string;
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma; a line
 * break of any kind, a lone CR included (some readers take it for the end of the
 * line, and what follows for a property), becomes \n; the other control
 * characters, which TEXT does not allow, are removed, a tab aside.
 */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[^\P{Cc}\t]/gu, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  for (const character of line) {
    const limit = pieces.length === 0 ? 75 : 74;
    if (bytes.encode(current + character).length > limit) {
      pieces.push(current);
      current = '';
    }
    current += character;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const utc = (epochMs: number) =>
  new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const local = (dateTime: Temporal.PlainDateTime) => dateTime.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
const offset = (zoned: Temporal.ZonedDateTime) => zoned.offset.replace(':', '');

const timeZoneBlocks = new Map<string, string[]>();

/** The time-zone block of a deadline, made once per notice: each of its language versions has the same. */
function timeZoneBlock(deadline: Deadline): string[] {
  return once(timeZoneBlocks, `${deadline.timeZone} ${deadline.epochMilliseconds}`, () => makeTimeZoneBlock(deadline));
}

/** Observances of the zone around the deadline: the one in force and the one before it. */
function makeTimeZoneBlock(deadline: Deadline): string[] {
  const at = Temporal.Instant.fromEpochMilliseconds(deadline.epochMilliseconds).toZonedDateTimeISO(deadline.timeZone);
  const started = at.getTimeZoneTransition('previous');
  const lines = ['BEGIN:VTIMEZONE', `TZID:${deadline.timeZone}`];
  if (!started) {
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset(at)}`, `TZOFFSETTO:${offset(at)}`, 'END:STANDARD');
  } else {
    const before = started.subtract({ nanoseconds: 1 });
    const earlier = before.getTimeZoneTransition('previous');
    const observance = (start: Temporal.ZonedDateTime, from: Temporal.ZonedDateTime) => {
      const kind =
        start.toInstant().toZonedDateTimeISO(deadline.timeZone).offsetNanoseconds > from.offsetNanoseconds ? 'DAYLIGHT' : 'STANDARD';
      // DTSTART is the local time the transition happened at, read on the clock before it.
      const wallClock = Temporal.Instant.fromEpochNanoseconds(start.epochNanoseconds)
        .toZonedDateTimeISO('UTC')
        .add({ nanoseconds: from.offsetNanoseconds })
        .toPlainDateTime();
      return [`BEGIN:${kind}`, `DTSTART:${local(wallClock)}`, `TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(start)}`, `END:${kind}`];
    };
    if (earlier) lines.push(...observance(earlier, earlier.subtract({ nanoseconds: 1 })));
    lines.push(...observance(started, before));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export function deadlineCalendar(event: DeadlineEvent): string {
  const wallClock = Temporal.PlainDateTime.from(event.deadline.local);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//eu-vacancies//vacancy deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timeZoneBlock(event.deadline),
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp)}`,
    // No DTEND: the deadline is an instant (see above).
    `DTSTART;TZID=${event.deadline.timeZone}:${local(wallClock)}`,
    `SUMMARY;LANGUAGE=${event.language}:${text(event.summary)}`,
    `DESCRIPTION;LANGUAGE=${event.language}:${text(event.description)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(event.reminder)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
