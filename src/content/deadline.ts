/**
 * Deadlines are written as local wall-clock times in a named time zone
 * (Europe/Brussels unless the notice says otherwise). They become instants at
 * build time, so the browser needs no time-zone data of its own.
 */
import { Temporal } from './temporal.ts';
import { wordProcessorProblem } from './typography.ts';

export { noticeState, type NoticeState } from '../browser/countdown.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

export interface Deadline {
  /** As the recruiter wrote it, normalised: "2024-04-19T12:00". */
  local: string;
  timeZone: string;
  /** The instant with the zone's offset at that moment: "2024-04-19T12:00:00+02:00". */
  iso: string;
  epochMilliseconds: number;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00)?$/;

export const DEADLINE_EXPECTED =
  'a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default)';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

function describeFound(text: string): string {
  const typography = wordProcessorProblem(text, 'the date');
  if (typography) return typography;
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(text)) return `"${text}" is written day first`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `"${text}" has a date but no time`;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return `"${text}" carries a time-zone offset`;
  return `"${text}" is not a date and time`;
}

/** Turns the wall-clock deadline into an instant, refusing times the clock change skips or repeats. */
export function parseDeadline(text: string, timeZone: string = DEFAULT_TIME_ZONE): Parsed<Deadline> {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return { ok: false, message: describeFound(text.trim()) };
  const local = `${match[1]}T${match[2]}`;
  let wallClock: Temporal.PlainDateTime;
  try {
    wallClock = Temporal.PlainDateTime.from(local, { overflow: 'reject' });
  } catch {
    const message = match[2]!.startsWith('24:')
      ? 'has the hour 24, which clocks never show: the day ends at 23:59'
      : 'is not a real date and time';
    return { ok: false, message: `"${text}" ${message}` };
  }
  const earlier = wallClock.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = wallClock.toZonedDateTime(timeZone, { disambiguation: 'later' });
  if (!earlier.toPlainDateTime().equals(wallClock)) {
    return { ok: false, message: `${local} does not exist in ${timeZone}: the clocks go forward that night and skip this hour` };
  }
  if (earlier.epochMilliseconds !== later.epochMilliseconds) {
    return { ok: false, message: `${local} happens twice in ${timeZone}: the clocks go back that night and repeat this hour` };
  }
  return {
    ok: true,
    value: {
      local,
      timeZone,
      iso: earlier.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
      epochMilliseconds: earlier.epochMilliseconds,
    },
  };
}
